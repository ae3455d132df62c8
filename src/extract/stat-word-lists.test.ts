import { test } from "node:test";
import assert from "node:assert/strict";
import { extractDocument } from "./extract.ts";

// Breakdowns written out in words ("eleven were carried out in Iraq", "two each in ...") and method
// labels kept in the list's own words.

function statisticsOf(paragraph: string) {
  return extractDocument(`Weekly review, March 3-9, 2022\n\n${paragraph}`, { document: "t" }).statistics;
}

test("counts in words with a verb before the place, and one count for each of several places", () => {
  const [s] = statisticsOf("The group's weekly newsletter said its fighters carried out 31 attacks. Of the 31 attacks, twelve were carried out in Iraq, eight in West Africa, four each in Syria, Somalia and Pakistan, and three in Central Africa.");
  assert.ok(s);
  assert.equal(s.total, 31);
  assert.deepEqual(s.breakdown.map((b) => [b.label, b.value]), [["Iraq", 12], ["West Africa", 8], ["Syria", 4], ["Somalia", 4], ["Pakistan", 4], ["Central Africa", 3]]);
});

test("a list of methods keeps its own words as labels", () => {
  const [s] = statisticsOf("According to the infographic, the province carried out 38 operations: 17 IED detonations, 11 sniper operations, 6 martyrdom operations and 4 attacks with Grad rockets.");
  assert.ok(s);
  assert.equal(s.dimension, "method");
  assert.deepEqual(s.breakdown.map((b) => [b.label, b.value]), [["IED detonations", 17], ["sniper operations", 11], ["martyrdom operations", 6], ["attacks with Grad rockets", 4]]);
});

test("a running total the forces give 'since' a day, its parts by area in their own words", () => {
  const [s] = statisticsOf("Results so far: since 2 March the troops have eliminated 64 terrorists, 40 of them in northern Mali and 24 in central Mali, and destroyed 120 shelters. Nine (9) soldiers have been martyred since the start of the campaign.");
  assert.ok(s);
  assert.equal(s.metric, "killed");
  assert.equal(s.total, 64);
  assert.deepEqual(s.breakdown.map((b) => [b.label, b.value]), [["northern Mali", 40], ["central Mali", 24]]);
});

test("'Nine of them were in West Africa' and 'one each in Somalia and Iraq' are parts of the total, and 'the first quarter of 2025' is its three months", () => {
  const [s] = statisticsOf("The weekly listed 19 attacks. Nine of them were in West Africa, seven in Central Africa, and one each in Somalia and Iraq.");
  assert.deepEqual(s?.breakdown, [{ label: "West Africa", value: 9 }, { label: "Central Africa", value: 7 }, { label: "Somalia", value: 1 }, { label: "Iraq", value: 1 }]);
  assert.equal(s?.total, 19);
  const [q] = statisticsOf("An infographic on the first quarter of 2025 shows 40 attacks in Syria: 25 in Deir ez-Zor and 15 in al-Hasakah.");
  assert.deepEqual(q?.period, { start: "2025-01-01", end: "2025-03-31" });
});

test("a dated paragraph saying an outlet broadcast a summary of operations gives its figures", () => {
  const [s] = statisticsOf("On March 6, 2022, the group's radio broadcast a summary of its operations in Iraq between February 26 and March 4. According to it, its fighters carried out 30 operations: 12 in Kirkuk, 10 in Diyala and 8 in Anbar.");
  assert.equal(s?.total, 30);
  assert.deepEqual(s?.breakdown.map((b) => b.value), [12, 10, 8]);
});
