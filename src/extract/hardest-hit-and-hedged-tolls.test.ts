import { test } from "node:test";
import assert from "node:assert/strict";
import { extractDocument } from "./extract.ts";

// A monitor's month or half year led by its hardest-hit province, and the tolls of a week's
// attacks told with a hedge. Sentences written for these tests.

const stats = (text: string, published: string) =>
  extractDocument(text, { document: "t", published }).statistics.map((s) => [s.metric, s.total, s.breakdown.map((b) => [b.label, b.value]), s.period]);

test("'The governorate of Baghdad was the hardest hit, with 250 civilians killed, followed by Nineveh (100) and Diyala (60)': the leader is a part too", () => {
  const text = "According to the UN mission, at least 700 civilians were killed and 1,300 were wounded in Iraq in January 2016. The governorate of Baghdad was the hardest hit, with 250 civilians killed, followed by Nineveh (100) and Diyala (60).\n";
  const month = { start: "2016-01-01", end: "2016-01-31" };
  assert.deepEqual(stats(text, "2016-02-02"), [
    ["killed", 700, [["Nineveh", 100], ["Diyala", 60], ["Baghdad", 250]], month],
    ["wounded", 1300, [], month],
  ]);
});

test("'Kunar Province was the worst affected, with 500 civilian deaths, followed by Kabul with 300' in 'the first six months of 2018'", () => {
  const text = "According to the report, 1,500 civilians were killed and 3,000 wounded in the first six months of 2018. Kunar Province was the worst affected, with 500 civilian deaths, followed by Kabul with 300.\n";
  const half = { start: "2018-01-01", end: "2018-06-30" };
  assert.deepEqual(stats(text, "2018-07-16"), [
    ["killed", 1500, [["Kunar", 500], ["Kabul", 300]], half],
    ["wounded", 3000, [], half],
  ]);
});

test("'Baghdad was again the hardest-hit governorate, with 250 killed and 600 wounded': the leader's wounded are a part of the wounded", () => {
  const text = "According to the UN mission, at least 1,000 Iraqis were killed and 1,500 were wounded in acts of violence in March 2015. Baghdad was again the hardest-hit governorate, with 250 killed and 600 wounded. It was followed by Salah al-Din, with 90 killed, and Diyala, with 70 killed.\n";
  assert.deepEqual(stats(text, "2015-04-02").map((s) => s.slice(0, 3)), [
    ["killed", 1000, [["Baghdad", 250], ["Salah al-Din", 90], ["Diyala", 70]]],
    ["wounded", 1500, [["Baghdad", 600]]],
  ]);
});

test("a week's casualties told with a hedge ('were said to have been killed or wounded', 'were reportedly killed or wounded') or by who they were", () => {
  const week = "Weekly, September 21-27, 2017\n\n";
  assert.deepEqual(stats(`${week}According to the weekly infographic, ISIS carried out 40 attacks: 20 in Iraq, 15 in Syria and 5 in the Sinai. In these attacks, 280 people were said to have been killed or wounded.\n`, "2017-09-28")[1]?.slice(0, 2), ["casualties", 280]);
  assert.deepEqual(stats(`${week}According to the weekly infographic, ISIS carried out 40 attacks: 20 in Iraq, 15 in Syria and 5 in the Sinai. In these attacks, 150 people were reportedly killed or wounded.\n`, "2017-09-28")[1]?.slice(0, 2), ["casualties", 150]);
  assert.deepEqual(stats(`${week}According to the weekly, ISIS carried out 80 operations in Iraq: 50 in Nineveh and 30 in Kirkuk. According to the weekly, 390 members of the Iraqi forces and the militias were killed or wounded in these operations.\n`, "2017-09-28")[1]?.slice(0, 2), ["casualties", 390]);
});

test("'In these attacks, 70 people were killed, most of them soldiers': the dead of the attacks just counted", () => {
  assert.deepEqual(stats("Weekly, September 21-27, 2017\n\nThe monitor counted 90 attacks in the Badia this month. In these attacks, 70 people were killed, most of them soldiers.\n", "2017-09-28").map((s) => s.slice(0, 2)), [["attacks", 90], ["killed", 70]]);
});
