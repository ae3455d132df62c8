// Tolls monitors publish with the groups they are made of. Sentences written for this test.
import { test } from "node:test";
import assert from "node:assert/strict";
import { figureParts, personLabel, personParts, tollsIn } from "./stat-tolls.ts";
import { extractDocument } from "./extract.ts";

test("a cumulative count 'has risen to N since ...' is a toll with the groups 'including' lists, number words too", () => {
  const got = tollsIn("With today's victims, the number of civilians killed by unexploded ordnance in the region has risen to 48 since January, including nine children and 14 women, according to the monitor.");
  assert.deepEqual(got, [{ metric: "killed", total: 48, parts: [{ label: "children", value: 9 }, { label: "women", value: 14 }] }]);
});

test("'namely' parts keep the group a 'members of' phrase names", () => {
  const got = tollsIn("Consequently, the number of soldiers and members of the allied tribal militias killed in ambushes in the eastern desert since early 2022 has reached 95, namely 60 soldiers and 35 members of the tribal militias.");
  assert.deepEqual(got, [{ metric: "killed", total: 95, parts: [{ label: "soldiers", value: 60 }, { label: "tribal militias", value: 35 }] }]);
});

test("the first metric word of the counted phrase decides: people killed in attacks are the killed", () => {
  const [got] = tollsIn("The number of people killed in attacks on markets has risen to 30 since the start of the year.");
  assert.equal(got?.metric, "killed");
  assert.equal(got?.total, 30);
});

test("one attack's updated toll is no published toll", () => {
  assert.deepEqual(tollsIn("A second guard died in hospital today, bringing to four the number of guards killed in that attack."), []);
  assert.deepEqual(tollsIn("The number of dead in the bombing has risen to 12, hospital sources said."), []);
});

test("a period's total 'N people were killed: ...' is a toll when its parts add up to it", () => {
  const got = tollsIn("The month saw 31 attacks, in which 40 people were killed: 22 policemen and 18 civilians.");
  assert.deepEqual(got, [{ metric: "killed", total: 40, parts: [{ label: "policemen", value: 22 }, { label: "civilians", value: 18 }] }]);
  assert.deepEqual(tollsIn("The month saw 31 attacks, in which 40 people were killed: 22 policemen and 11 civilians."), []);
});

test("the list stops at the first item that is not a group of people", () => {
  assert.deepEqual(personParts(", including 5 children, 2 in hospital"), [{ label: "children", value: 5 }]);
  assert.deepEqual(personParts(" in three provinces"), []);
});

test("a toll over months stands alone, with the groups an 'including' names further on", () => {
  const got = tollsIn("At least 210 civilians have been killed in attacks by armed groups in the province since early March, including 35 children.");
  assert.deepEqual(got, [{ metric: "killed", total: 210, parts: [{ label: "children", value: 35 }] }]);
  assert.deepEqual(tollsIn("Five civilians were killed in the village since Monday, including 2 children."), []);
});

test("a count that 'now stands at' N is a cumulative toll too", () => {
  const [got] = tollsIn("The number of aid workers killed in the country since 2021 now stands at 17.");
  assert.deepEqual(got, { metric: "killed", total: 17, parts: [] });
});

test("'Of the N killed, N1 were X and N2 Y' splits a total by who died when the parts add up", () => {
  assert.deepEqual(tollsIn("Of the 45 killed, 30 were soldiers and 15 civilians."), [{ metric: "killed", total: 45, parts: [{ label: "soldiers", value: 30 }, { label: "civilians", value: 15 }] }]);
  assert.deepEqual(tollsIn("Of the 45 killed, 30 were soldiers."), []);
});

test("a campaign's figures give each side's dead as parts without a total", () => {
  const got = figureParts("According to the figures the command released, 847 Boko Haram fighters were killed and 190 surrendered, while the MNJTF lost 23 soldiers.");
  assert.deepEqual(got, [{ label: "Boko Haram fighters", value: 847 }, { label: "MNJTF soldiers", value: 23 }]);
});

test("the same counts without saying whose figures they are are no statistic", () => {
  assert.deepEqual(figureParts("On Monday 12 gunmen were killed and the army lost 3 soldiers near Gwoza."), []);
});

test("a part's participle clause is not its label: '45 civilians killed by the militants'", () => {
  assert.equal(personLabel("civilians killed by the militants"), "civilians");
});

test("a campaign's dead by side, given at the end of an incident's bullet, is a published figure of its own", () => {
  const text = "Weekly, May 3-9, 2018\n\n► On May 6, 2018, army units killed four takfiri operatives near Rafah, according to the army spokesman. The spokesman added that since the start of the operation on February 9, 2018, 210 takfiri operatives and 31 soldiers and officers had been killed.\n";
  const out = extractDocument(text, { document: "t" });
  assert.equal(out.incidents.length, 1);
  assert.deepEqual(out.statistics.map((s) => [s.metric, s.breakdown.map((b) => [b.label, b.value])]), [["killed", [["takfiri operatives", 210], ["soldiers and officers", 31]]]]);
});

// Running and weekly tolls told in other words (sentences written for these tests).
const totalsOf = (text: string) => extractDocument(text, { document: "t" }).statistics.map((s) => [s.metric, s.dimension, s.total]);

test("'N people were killed in these attacks' and 'killed or wounded ..., N of them killed' give the week's dead", () => {
  const week = "Weekly, May 9-15, 2025\n\n► According to al-Naba', ISIS carried out 25 attacks between May 1 and 7, 2025: 11 in West Africa, 8 in Central Africa and 6 in Iraq. According to al-Naba', 96 people were killed in these attacks.\n";
  assert.deepEqual(totalsOf(week), [["attacks", "arena", 25], ["killed", "total", 96]]);
  const both = "Weekly, May 9-15, 2025\n\n► ISIS carried out 25 attacks between May 1 and 7, 2025: 11 in West Africa, 8 in Central Africa and 6 in Iraq. ISIS claimed that 150 people were killed or wounded in the attacks, 64 of them killed.\n";
  assert.deepEqual(totalsOf(both), [["attacks", "arena", 25], ["casualties", "total", 150], ["killed", "total", 64]]);
});

test("a running count told span first ('since the beginning of 2023 about 75 soldiers of the army and the militias supporting it have been killed') counts the dead, never the year", () => {
  const text = "Weekly, March 2-8, 2023\n\n► According to the monitor's count, since the beginning of 2023 about 75 soldiers of the Syrian army and the militias supporting it have been killed in ISIS attacks in the desert.\n";
  assert.deepEqual(totalsOf(text), [["killed", "total", 75]]);
});

test("murders recorded in a camp since the start of the year, told at the end of an item on one murder, are a published figure", () => {
  const text = "Weekly, November 10-16, 2022\n\n► On November 12, 2022, the body of a woman was found in the camp. She had been stabbed. Since the beginning of 2022, at least 31 camp residents have been murdered, most of them women (monitor, November 13, 2022).\n\n► About 50,000 people still live in the camp. Since the beginning of the year, 33 murders have been recorded in the camp (monitor, November 15, 2022).\n";
  const out = extractDocument(text, { document: "t" });
  assert.equal(out.incidents.length, 1);
  assert.deepEqual(out.statistics.map((s) => [s.metric, s.total]), [["killed", 31], ["killed", 33]]);
});

test("a monitor's month in which 'N Iraqis lost their lives', then 'Of these, A were civilians (...) and B belonged to the security forces'", () => {
  const text = "Weekly, August 6-12, 2015\n\n► According to the mission's monthly count, at least 1,100 Iraqis lost their lives in acts of terrorism and violence in July 2015. Of these, 700 were civilians (including members of the civil police) and 400 belonged to the Iraqi security forces.\n";
  const out = extractDocument(text, { document: "t" }).statistics;
  assert.deepEqual(out.map((s) => [s.metric, s.total, s.period, s.breakdown.map((b) => [b.label, b.value])]), [["killed", 1100, { start: "2015-07-01", end: "2015-07-31" }, [["civilians", 700], ["Iraqi security forces", 400]]]]);
});
