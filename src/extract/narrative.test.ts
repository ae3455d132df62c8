import { test } from "node:test";
import assert from "node:assert/strict";
import { extractDocument } from "./extract.ts";

// Articles tell incidents in running prose: days counted from the incident told before, days of the
// week, and summaries of a newspaper's figures that are no incident.

test("a paragraph opening 'Two days later' is dated from the incident of the paragraph before", () => {
  const text = [
    "Burkina Faso: the roads north of Kaya",
    "Published November 17, 2022",
    "",
    "On Nov. 2, gunmen ambushed a fuel convoy near Barsalogho, killing four drivers.",
    "",
    "Two days later, the air force said its aircraft had struck a camp of the attackers near Pensa, killing 15 fighters.",
  ].join("\n");
  const dates = extractDocument(text, { document: "t" }).incidents.map((i) => i.event_date);
  assert.deepEqual(dates, ["2022-11-02", "2022-11-04"]);
});

test("a sentence opening 'And last Saturday' starts an incident of its own within the paragraph", () => {
  const text = [
    "Sahel notebook",
    "Published Thursday, November 17, 2022",
    "",
    "On Nov. 8, militants burned a school in Gorom-Gorom, local media reported. Nobody was hurt. And last Saturday, a bus struck a mine south of Dori, killing six passengers.",
  ].join("\n");
  const incidents = extractDocument(text, { document: "t" }).incidents;
  assert.equal(incidents.length, 2);
  assert.equal(incidents[1]?.event_date, "2022-11-12");
  assert.deepEqual(incidents[1]?.killed, { low: 6, high: 6 });
  assert.deepEqual(incidents[0]?.killed, { low: 0, high: 0 });
});

test("a bullet summing up a newspaper's weekly figures gives statistics and no incident", () => {
  const text = [
    "Weekly review, March 2-8, 2023",
    "",
    "Statistics",
    "",
    "► The group's weekly newsletter (issue 380, March 9, 2023) summed up its activity for March 2-8, 2023. It claimed 31 attacks, in which 120 people were killed and wounded. The attacks were divided among the provinces as follows: Iraq (10), Syria (8), West Africa (13).",
  ].join("\n");
  const out = extractDocument(text, { document: "t" });
  assert.equal(out.incidents.length, 0);
  const attacks = out.statistics.find((s) => s.metric === "attacks");
  assert.equal(attacks?.total, 31);
  assert.deepEqual(attacks?.breakdown.map((b) => b.value), [10, 8, 13]);
});
