import { test } from "node:test";
import assert from "node:assert/strict";
import { extractDocument } from "./extract.ts";

// A conflict observatory's weekly lines of counts, a government's running figures, a security
// cell's weekly outcome and a monitor's month told province by province. Sentences written for these tests.

const read = (text: string, published: string) => extractDocument(text, { document: "t", published });
const stats = (text: string, published: string) => read(text, published).statistics.map((s) => [s.metric, s.total, s.breakdown.map((b) => [b.label, b.value])]);

test("'Political violence events this week: 12 (previous week: 8)' is a line of figures, and each list of counts ends with its line", () => {
  const text = "Weekly update, 5-11 July 2021\n\nPolitical violence events this week: 12 (previous week: 8)\nReported fatalities this week: 30 (previous week: 20)\nEvents by district: Macomia 4, Palma 3, Nangade 2, Meluco 2, Mueda 1\nFatalities by district: Macomia 10, Palma 8, Nangade 7, Meluco 0, Mueda 5\n";
  const all = stats(text, "2021-07-13");
  assert.deepEqual(all[0], ["attacks", 12, []]);
  assert.deepEqual(all.filter((s) => (s[2] as unknown[]).length > 0), [
    ["attacks", 12, [["Macomia", 4], ["Palma", 3], ["Nangade", 2], ["Meluco", 2], ["Mueda", 1]]],
    ["killed", 30, [["Macomia", 10], ["Palma", 8], ["Nangade", 7], ["Meluco", 0], ["Mueda", 5]]],
  ]);
});

test("'The number of injured stands at 383, distributed as Colombo 186, ...' is the wounded with their districts", () => {
  assert.deepEqual(stats("Situation report No. 4, 22 April 2019\n\nc) The number of injured stands at 390, distributed as Colombo 190, Gampaha 130 and Batticaloa 70.\n", "2019-04-22"), [["wounded", 390, [["Colombo", 190], ["Gampaha", 130], ["Batticaloa", 70]]]]);
});

test("'120 terrorists were neutralised' over a month is the enemy dead", () => {
  assert.deepEqual(stats("Communiqué, 1 June 2022\n\nFrom 1 to 31 May 2022, the army recorded 10 terrorist attacks against its positions. Over the same period, 120 terrorists were neutralised and 40 suspects were arrested.\n", "2022-06-01")[1], ["killed", 120, []]);
});

test("a cell's 'weekly outcome' ('12 terrorists killed, of whom 5 in Kirkuk, ...') is a figure by province, not an operation", () => {
  const out = read("Security Media Cell, statements of 17-23 May 2021\n\nThe weekly outcome of the operations of our forces in the provinces, 16-22 May 2021: 12 terrorists killed, of whom 5 in Kirkuk, 4 in Diyala and 3 in Anbar; 8 wanted persons arrested; 15 explosive devices dismantled.\n", "2021-05-23");
  assert.equal(out.incidents.length, 0);
  assert.deepEqual(out.statistics.map((s) => [s.metric, s.total, s.breakdown.map((b) => [b.label, b.value])]), [["killed", 12, [["Kirkuk", 5], ["Diyala", 4], ["Anbar", 3]]]]);
});

test("'Of the 100 people killed, 45 were members of the security forces (20 soldiers, ...), 35 were civilians and 20 were militants': the dead by who they were", () => {
  const text = "Monthly report, August 2023\n\nThe attacks left 100 people dead and 150 injured. Of the 100 people killed, 45 were members of the security forces (20 soldiers, 15 policemen and 10 levies), 35 were civilians and 20 were militants killed while carrying out attacks.\n";
  assert.deepEqual(stats(text, "2023-09-04")[0], ["killed", 100, [["members of the security forces", 45], ["civilians", 35], ["militants", 20]]]);
});

test("'By governorate, Idlib recorded 600 deaths, Hama 380 and Aleppo 90': the first province is a part like the others", () => {
  const text = "Monthly toll, May 2019\n\nThe monitor documented the deaths of 1,300 people across Syria during May 2019. By governorate, Idlib recorded 600 deaths, Hama 380 and Aleppo 90.\n";
  assert.deepEqual(stats(text, "2019-06-01")[0], ["killed", 1300, [["Idlib", 600], ["Hama", 380], ["Aleppo", 90]]]);
});
