import { test } from "node:test";
import assert from "node:assert/strict";
import { extractDocument } from "./extract.ts";

// Summaries of a month or a week as heldout31's police log, mission releases and weeklies give
// them, written anew: a list after "namely", a total opened by "Of the", two places "for 2 each",
// "killing or wounding", a toll counted "since" a month.

function statisticsOf(text: string, published: string | null = null) {
  return extractDocument(text, { document: "t", published }).statistics.map((s) => [s.metric, s.total, s.breakdown.map((b) => `${b.label} ${b.value}`).join(", ")]);
}

test("a toll's parts after 'namely' or a colon count the killed, though the sentence says 'in attacks'", () => {
  const text = [
    "COUNTY COMMAND - SUMMARY FOR MARCH 2020",
    "",
    "SUMMARY OF THE MONTH",
    "In all, 14 persons were killed in attacks, namely 5 police officers, 8 civilians and 1 chief, excluding the 3 attackers shot dead by officers.",
  ].join("\n");
  assert.deepEqual(statisticsOf(text, "2020-04-02"), [["killed", 14, "police officers 5, civilians 8, chief 1"]]);
});

test("'Of the 19 peacekeepers injured, 15 were wounded in Kidal region and 4 in Gao region' is a total and its parts", () => {
  const text = [
    "MISSION OVERVIEW, MARCH 2019",
    "",
    "MONTHLY OVERVIEW",
    "During the month the Mission recorded 11 attacks against its personnel: 7 in Kidal region and 4 in Gao region. Of the 19 peacekeepers injured, 15 were wounded in Kidal region and 4 in Gao region.",
  ].join("\n");
  assert.deepEqual(statisticsOf(text, "2019-04-01"), [
    ["attacks", 11, "Kidal 7, Gao 4"],
    ["wounded", 19, "Kidal 15, Gao 4"],
  ]);
});

test("'Iraq and Syria for 2 each and the Sahel for 1' gives each place its part, and 'killing or wounding 60 people' is casualties", () => {
  const text = [
    "Spotlight on Global Jihad (May 4-10, 2023)",
    "",
    "► According to issue 390 of Al-Naba', ISIS carried out 14 attacks between April 27 and May 3, 2023, killing or wounding 60 people. West Africa accounted for 5 of the attacks, Central Africa for 4, Iraq and Syria for 2 each and the Sahel for 1.",
  ].join("\n");
  assert.deepEqual(statisticsOf(text), [
    ["attacks", 14, "West Africa 5, Central Africa 4, Syria 2, Sahel 1, Iraq 2"],
    ["casualties", 60, ""],
  ]);
});

test("a toll counted 'since' a month runs from that month to the figure's date", () => {
  const text = [
    "Spotlight on Global Jihad (May 4-10, 2023)",
    "",
    "Note: The Syrian Observatory for Human Rights counts at least 97 people killed since March 2023 by ISIS attacks and landmines in the desert: 70 civilians and 27 soldiers (SOHR, May 8, 2023).",
  ].join("\n");
  const [s] = extractDocument(text, { document: "t" }).statistics;
  assert.ok(s);
  assert.deepEqual([s.metric, s.total, s.period], ["killed", 97, { start: "2023-03-01", end: "2023-05-08" }]);
});

test("a dated item reporting a toll counted since the start of the year is a statistic, its parts by target with their remarks left out", () => {
  const text = [
    "Spotlight on Global Jihad (March 6-12, 2025)",
    "",
    "Syria",
    "",
    "► On March 10, 2025, the monitor said that since the beginning of 2025, ISIS cells in the eastern countryside had killed 64 people: 29 fighters of the Kurdish-led forces and their Arab tribal allies, 23 shepherds, most of them from nomadic families, and 12 members of other forces (SOHR, March 10, 2025).",
  ].join("\n");
  const out = extractDocument(text, { document: "t" });
  const [s] = out.statistics;
  assert.ok(s);
  assert.deepEqual([s.metric, s.total, s.period], ["killed", 64, { start: "2025-01-01", end: "2025-03-10" }]);
  assert.deepEqual(s.breakdown.map((p) => p.value), [29, 23, 12]);
  assert.equal(out.incidents.length, 0);
});

test("a running toll told after an incident in its paragraph is a statistic, and no part of the incident's toll", () => {
  const text = [
    "Spotlight on Global Jihad (March 3-9, 2022)",
    "",
    "Syria",
    "",
    "► On March 6, 2022, the Asayish raided tents in the camp's third sector and arrested five women accused of running a Hisba cell (Hawar News, March 7, 2022). According to the SOHR, 33 residents have been murdered in the camp since January 12, 2022: 19 Iraqis, eleven Syrians and three guards (SOHR, March 8, 2022).",
  ].join("\n");
  const out = extractDocument(text, { document: "t" });
  const [s] = out.statistics;
  assert.ok(s);
  assert.deepEqual([s.metric, s.total, s.period, s.breakdown.map((p) => `${p.label}:${p.value}`).join(", ")], ["killed", 33, { start: "2022-01-12", end: "2022-03-08" }, "Iraqis:19, Syrians:11, guards:3"]);
  assert.equal(out.incidents.length, 1);
  assert.deepEqual(out.incidents[0]!.killed, { low: 0, high: 0 });
});

test("a dated item on an infographic the group published is figures, not an incident", () => {
  const text = [
    "Spotlight on Global Jihad (July 28 - August 3, 2016)",
    "",
    "Iraq",
    "",
    "► On August 1, 2016, Amaq published an infographic claiming that since the start of the siege of the old town on June 4, 2016 and up to July 30, its fighters had killed or wounded 900 members of the Iraqi forces: 500 from the army, 300 from the police and 100 from the militias.",
  ].join("\n");
  const out = extractDocument(text, { document: "t" });
  const [s] = out.statistics;
  assert.ok(s);
  assert.deepEqual([s.metric, s.total, s.period, s.breakdown.map((p) => p.value)], ["casualties", 900, { start: "2016-06-04", end: "2016-07-30" }, [500, 300, 100]]);
});

test("a paragraph reporting on the group's operations for a week is its figures, not an attack", () => {
  const text = [
    "Spotlight on Global Jihad (May 5-11, 2016)",
    "",
    "ISIS's weekly summary",
    "",
    "In al-Naba' issue 30 (May 10, 2016), ISIS reported on its operations in Syria for the week of April 29 - May 5, 2016. According to the weekly, 40 operations were carried out: 18 in Deir ez-Zor, 12 in Aleppo and 10 in Homs. The same issue claimed that these operations had killed or wounded 230 regime soldiers.",
  ].join("\n");
  const out = extractDocument(text, { document: "t" });
  assert.equal(out.incidents.length, 0);
  assert.deepEqual(out.statistics.map((s) => [s.metric, s.total]), [["attacks", 40], ["casualties", 230]]);
});

test("a dated item on the group's weekly infographic 'covering' a week is figures of that week", () => {
  const text = [
    "Spotlight on Global Jihad (July 4-10, 2024)",
    "",
    "ISIS's weekly figures",
    "",
    "► On July 4, 2024, al-Naba' published its weekly infographic, covering June 27 - July 3, 2024. According to the infographic, ISIS's provinces carried out 22 attacks: 10 in West Africa, eight in Central Africa and four in Iraq.",
  ].join("\n");
  const out = extractDocument(text, { document: "t" });
  assert.equal(out.incidents.length, 0);
  assert.deepEqual(out.statistics.map((s) => [s.metric, s.total, s.period]), [["attacks", 22, { start: "2024-06-27", end: "2024-07-03" }]]);
});

test("a running toll whose victims take many words, and an operation that 'has so far killed' its enemies, are figures", () => {
  const text = [
    "Spotlight on Global Jihad (May 3-9, 2018)",
    "",
    "Syria",
    "",
    "► The monitor estimates that since the beginning of 2018, more than 210 soldiers of the Syrian army and allied Iraqi militiamen have been killed in ISIS ambushes in the desert (SOHR, May 7, 2018).",
    "",
    "► According to the army spokesman, the campaign has so far killed 96 \"takfiri elements\" and led to the arrest of 1,400 suspects.",
  ].join("\n");
  const out = extractDocument(text, { document: "t" });
  assert.deepEqual(out.statistics.map((s) => [s.metric, s.total]), [["killed", 210], ["killed", 96]]);
});

test("a weekly's parts 'in the other provinces', a yearless 'between December 17 and 23', 'Nine attacks were carried out in ...', a side that 'lost 93 fighters killed', a campaign's running counts", () => {
  const text = [
    "Spotlight on Global Jihad (December 24-30, 2020)",
    "",
    "ISIS's weekly summary",
    "",
    "Issue 300 of Al-Naba', published on December 24, 2020, covered the provinces' activity between December 17 and 23. The provinces carried out 30 attacks: 14 in Iraq, 9 in West Africa and 7 in Syria. ISIS claimed that 120 people were killed or wounded, 50 of them in Iraq, 40 in West Africa and 30 in the other provinces.",
    "",
    "In issue 301 of Al-Naba', ISIS reported 20 attacks in the week of December 24-30, 2020. Nine attacks were carried out in Central Africa, six in West Africa and five in Iraq.",
    "",
    "The battle for Tikrit",
    "",
    "Tikrit has been held by ISIS since June 2014. According to the Ministry of Defense, between December 2 and December 10, 2020 the attacking forces lost 48 fighters killed. These figures cannot be verified.",
    "",
    "Since the start of the offensive on October 17, 2020, ISIS has sent about 200 suicide car bombs against the advancing forces. The Command also claimed that about 1,900 ISIS operatives had been killed in the city.",
  ].join("\n");
  const out = extractDocument(text, { document: "t", published: "2020-12-31" });
  const got = out.statistics.map((s) => `${s.metric} ${s.total} ${s.period.start}..${s.period.end} ${s.breakdown.map((p) => `${p.label}:${p.value}`).join(",")}`);
  assert.ok(got.includes("casualties 120 2020-12-17..2020-12-23 Iraq:50,West Africa:40,other provinces:30"), got.join("\n"));
  assert.ok(got.includes("attacks 20 2020-12-24..2020-12-30 Central Africa:9,West Africa:6,Iraq:5"), got.join("\n"));
  assert.ok(got.some((g) => g.startsWith("killed 48 2020-12-02..2020-12-10")), got.join("\n"));
  assert.ok(got.some((g) => g.startsWith("attacks 200 2020-10-17..")), got.join("\n"));
  assert.ok(got.some((g) => g.startsWith("killed 1900 2020-10-17..")), got.join("\n"));
});

test("a UN mission's month: 'N were killed and another M were wounded ... in May 2016', then 'Of those killed, ...; of the wounded, ...'", () => {
  const text = [
    "Spotlight on Global Jihad (June 2-8, 2016)",
    "",
    "Iraq",
    "",
    "► According to the UN mission, at least 860 Iraqis were killed and another 1,400 were wounded in acts of violence in May 2016. Of those killed, 600 were civilians and 260 were members of the security forces; of the wounded, 1,100 were civilians and 300 were members of the security forces.",
  ].join("\n");
  const out = extractDocument(text, { document: "t" });
  const got = out.statistics.map((s) => `${s.metric} ${s.total} ${s.period.start}..${s.period.end} ${s.breakdown.map((p) => p.value).join(",")}`);
  assert.deepEqual(got, ["killed 860 2016-05-01..2016-05-31 600,260", "wounded 1400 2016-05-01..2016-05-31 1100,300"]);
});
