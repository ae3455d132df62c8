import { test } from "node:test";
import assert from "node:assert/strict";
import { sideTolls } from "./stat-side-tolls.ts";
import { extractDocument } from "./extract.ts";

// The dead of a span or a campaign told side by side, each count before who they were. Sentences
// written for these tests.

const stats = (text: string) => extractDocument(text, { document: "t" }).statistics.map((s) => [s.metric, s.dimension, s.total, s.breakdown.map((b) => [b.label, b.value])]);

test("'since April 2, 40 soldiers and policemen, 17 civilians and 120 militants had been killed' is each side's dead, with no total", () => {
  assert.deepEqual(sideTolls("The army said that since April 2, 40 soldiers and policemen, 17 civilians and 120 militants had been killed in the city."), [
    { metric: "killed", total: null, parts: [{ label: "soldiers and policemen", value: 40 }, { label: "civilians", value: 17 }, { label: "militants", value: 120 }] },
  ]);
});

test("sides after a colon take the count before it as their total when they add up to it, and so does 'a total of' after them", () => {
  assert.deepEqual(sideTolls('The group said it had killed 60 fighters that month: 35 rebels of the "Sahwat," 15 SDF fighters and 10 Turkish soldiers.'), [
    { metric: "killed", total: 60, parts: [{ label: 'rebels of the "Sahwat"', value: 35 }, { label: "SDF fighters", value: 15 }, { label: "Turkish soldiers", value: 10 }] },
  ]);
  assert.deepEqual(sideTolls("The final toll of the siege: 80 guards and prison staff, 210 ISIS operatives (inmates and attackers) and three civilians were killed, a total of 293."), [
    { metric: "killed", total: 293, parts: [{ label: "guards and prison staff", value: 80 }, { label: "ISIS operatives", value: 210 }, { label: "civilians", value: 3 }] },
  ]);
});

test("each part's verb is read in its own clause: the dead, then the wounded", () => {
  assert.deepEqual(sideTolls("Of those killed, 500 were civilians and 200 were policemen; of the wounded, 900 were civilians and 300 were policemen."), [
    { metric: "killed", total: null, parts: [{ label: "civilians", value: 500 }, { label: "policemen", value: 200 }] },
    { metric: "wounded", total: null, parts: [{ label: "civilians", value: 900 }, { label: "policemen", value: 300 }] },
  ]);
});

test("'killed or wounded ...: 70 from the army, 50 from the Federal Police' counts both, by the bodies named", () => {
  assert.deepEqual(sideTolls("It claimed that 150 members of the security forces had been killed or wounded that week: 70 from the army, 50 from the Federal Police and 30 from the Popular Mobilization."), [
    { metric: "casualties", total: 150, parts: [{ label: "army", value: 70 }, { label: "Federal Police", value: 50 }, { label: "Popular Mobilization", value: 30 }] },
  ]);
});

test("one event's dead is no side toll, nor are counts that name no people", () => {
  assert.deepEqual(sideTolls("The bomb killed 3 soldiers and 2 civilians near the market."), []);
  assert.deepEqual(sideTolls("Since January, 12 villages and 4 towns have been emptied, and 30 people killed."), []);
});

test("in a weekly's paragraph of figures, 'more than 300 SDF fighters and about 450 ISIS operatives have been killed since ...' gives each side, and neither is the total", () => {
  const text = "Weekly, May 9-15, 2019\n\n► According to the monitor's count, more than 300 SDF fighters and about 450 ISIS operatives have been killed since the offensive began in September.\n\n► The SDF said ISIS cells had carried out 19 attacks in April: 12 in Deir ez-Zor and 7 in al-Hasakah. The attacks killed six SDF fighters and three civilians.\n";
  assert.deepEqual(stats(text), [
    ["killed", "target", null, [["SDF fighters", 300], ["ISIS operatives", 450]]],
    ["attacks", "admin1", 19, [["Deir ez-Zor", 12], ["al-Hasakah", 7]]],
    ["killed", "target", null, [["SDF fighters", 6], ["civilians", 3]]],
  ]);
});

test("a running toll by side told in an item that reports an event is a published figure too", () => {
  const text = "Weekly, June 8-14, 2017\n\n► On June 12, 2017, army aircraft bombed militant positions in the city. In a statement issued the next day, the army said that since May 23, 40 soldiers and policemen, 17 civilians and 120 militants had been killed in the city.\n\n► On February 11, the SDF published the final toll of the prison siege: 80 guards and prison staff, 210 ISIS operatives and three civilians were killed, a total of 293 (SDF website, February 11, 2022).\n";
  assert.deepEqual(stats(text), [
    ["killed", "target", null, [["soldiers and policemen", 40], ["civilians", 17], ["militants", 120]]],
    ["killed", "target", 293, [["guards and prison staff", 80], ["ISIS operatives", 210], ["civilians", 3]]],
  ]);
});

test("the murdered of a camp by nationality: 'N of them Iraqis and M Syrians', 'one was of another nationality'", () => {
  assert.deepEqual(sideTolls("According to the camp's security forces, 31 residents have been murdered since the beginning of 2023, 20 of them Iraqis and 11 Syrians."), [
    { metric: "killed", total: 31, parts: [{ label: "Iraqis", value: 20 }, { label: "Syrians", value: 11 }] },
  ]);
  assert.deepEqual(sideTolls("Since January, 15 murders have been recorded in the camp: 9 of the victims were Iraqis, 4 were Syrians and 2 were of another nationality."), [
    { metric: "killed", total: 15, parts: [{ label: "Iraqis", value: 9 }, { label: "Syrians", value: 4 }, { label: "other nationality", value: 2 }] },
  ]);
  const text = "Weekly, December 2-8, 2021\n\n► According to the camp administration, 40 people were murdered in the camp between the beginning of the year and the end of November: 25 Iraqis and 15 Syrians.\n";
  assert.deepEqual(stats(text), [["killed", "target", 40, [["Iraqis", 25], ["Syrians", 15]]]]);
});

test("a monitor's running count that 'stands at N people killed since January 1: ...' is a toll by side, not an event", () => {
  const text = "Weekly, August 8-14, 2024\n\n► The monitor's running count for the desert stands, as of August 6, 2024, at 300 people killed since January 1: 180 Syrian soldiers and members of pro-regime militias, 70 civilians and 50 ISIS operatives.\n";
  assert.deepEqual(stats(text), [["killed", "target", 300, [["Syrian soldiers and members of pro-regime militias", 180], ["civilians", 70], ["ISIS operatives", 50]]]]);
});
