import { test } from "node:test";
import assert from "node:assert/strict";
import { extractDocument } from "./extract.ts";

// A count a later sentence states inside the paragraph's total, with its own parts ("Of the 20
// attacks in Iraq, 7 were in Diyala, ..."): a breakdown of that count, not more parts of the total.
// Sentences written for these tests.

const stats = (text: string) => extractDocument(text, { document: "t" }).statistics.map((s) => [s.metric, s.dimension, s.total, s.breakdown.map((b) => [b.label, b.value])]);

test("'Of the 20 attacks in Iraq, 7 were in Diyala, ...' breaks Iraq's count down by province, apart from the week's arenas", () => {
  const text = "Weekly, March 5-11, 2020\n\n► According to the weekly infographic, ISIS carried out 50 attacks between February 27 and March 4, 2020: 20 in Iraq, 15 in West Africa, 10 in Syria and 5 in Central Africa. Of the 20 attacks in Iraq, 7 were in Diyala, 6 in Kirkuk, 4 in Salah al-Din and 3 in Anbar.\n";
  assert.deepEqual(stats(text), [
    ["attacks", "arena", 50, [["Iraq", 20], ["West Africa", 15], ["Syria", 10], ["Central Africa", 5]]],
    ["attacks", "admin1", 20, [["Diyala", 7], ["Kirkuk", 6], ["Salah al-Din", 4], ["Anbar", 3]]],
  ]);
});

test("a second arena's count with its provinces, 'divided as follows', is its own breakdown", () => {
  const text = "Weekly, August 4-10, 2016\n\n► According to the infographic, ISIS carried out 40 attacks in Iraq that week: 14 in the Nineveh Province, 11 in the Anbar Province, 9 in the Salah al-Din Province and 6 in the Kirkuk Province. The same issue claimed 30 attacks in Syria in the same week, divided as follows: Aleppo 12, Deir ez-Zor 10 and Homs 8.\n";
  assert.deepEqual(stats(text).map((s) => [s[1], s[2], (s[3] as unknown[]).length]), [["admin1", 40, 4], ["admin1", 30, 3]]);
});

test("'Another 4 attacks were carried out in Syria, 3 in Iraq and 1 in the Sahel' goes on with the week's parts", () => {
  const text = "Weekly, September 1-7, 2022\n\n► Al-Naba' reported that ISIS carried out 26 attacks worldwide between August 25 and 31, 2022. Most of them were in Africa: 9 in West Africa, 6 in Central Africa and 3 in Mozambique. Another 4 attacks were carried out in Syria, 3 in Iraq and 1 in the Sahel.\n";
  assert.deepEqual(stats(text), [["attacks", "arena", 26, [["West Africa", 9], ["Central Africa", 6], ["Mozambique", 3], ["Syria", 4], ["Iraq", 3], ["Sahel", 1]]]]);
});

test("'four took place in Diyala, three in Kirkuk and two in Salah al-Din': a part that 'took place' in a province is read like one 'carried out' there", () => {
  const text = "Weekly, June 16-22, 2022\n\n► Al-Naba' reported 31 attacks between June 9 and 15, 2022. Most were in Africa: 15 in West Africa, 9 in Central Africa and 7 in Syria.\n\n► Of the nine attacks in Iraq, four took place in Diyala, three in Kirkuk and two in Salah al-Din.\n";
  assert.deepEqual(stats(text)[1]?.[3], [["Diyala", 4], ["Kirkuk", 3], ["Salah al-Din", 2]]);
});

test("a week's strike tally ('the releases add up to 90 airstrikes ..., of which 70 were in Iraq and 20 in Syria') is a statistic by arena, not a strike", () => {
  const text = "Weekly, August 6-12, 2015\n\n► The Coalition's daily strike releases add up to 90 airstrikes against ISIS between July 30 and August 5, 2015, of which 70 were in Iraq and 20 in Syria.\n";
  const out = extractDocument(text, { document: "t" });
  assert.equal(out.incidents.length, 0);
  assert.deepEqual(stats(text), [["attacks", "arena", 90, [["Iraq", 70], ["Syria", 20]]]]);
});

test("'In Iraq, most of the attacks were carried out in the Diyala Province (8), followed by ...' breaks Iraq's part of the week down, apart from the arenas", () => {
  const text = "Weekly, April 16-22, 2020\n\nAccording to the weekly, 60 attacks were carried out between April 16 and 22, 2020: 25 in Iraq, 15 in Syria, 12 in West Africa and 8 in Central Africa. In Iraq, most of the attacks were carried out in the Diyala Province (8), followed by Kirkuk (7), Salah al-Din (6) and Baghdad (4).\n";
  assert.deepEqual(stats(text), [
    ["attacks", "arena", 60, [["Iraq", 25], ["Syria", 15], ["West Africa", 12], ["Central Africa", 8]]],
    ["attacks", "admin1", 25, [["Diyala", 8], ["Kirkuk", 7], ["Salah al-Din", 6], ["Baghdad", 4]]],
  ]);
});

test("'Of the operations in Iraq, 45 were in the Nineveh Province' is Iraq's count with one of its parts", () => {
  const text = "Weekly, April 16-22, 2020\n\nThe infographic lists 100 operations: 60 in Iraq, 30 in Syria and 10 in Sinai. Of the operations in Iraq, 45 were in the Nineveh Province, most of them in and around Mosul.\n";
  assert.deepEqual(stats(text)[1], ["attacks", "admin1", 60, [["Nineveh", 45]]]);
});

test("a paragraph of its own that opens 'Within Iraq, Diyala again led with five attacks, ...' counts within Iraq's part of the week", () => {
  const text = "Weekly, October 8-14, 2020\n\nAccording to the weekly, ISIS carried out 35 attacks between October 8 and October 14, 2020: 13 in Iraq, nine in West Africa, seven in Central Africa and six in Syria.\n\nWithin Iraq, Diyala again led with five attacks, followed by Kirkuk (four), Salah al-Din (three) and Baghdad (one).\n";
  assert.deepEqual(stats(text)[1]?.slice(0, 3), ["attacks", "admin1", 13]);
});

test("the leader of a week's list in other words: 'was again at the top with 14 attacks', 'ahead of West Africa with 7', 'Central Africa 8 attacks, West Africa 5, ...'", () => {
  const top = "Weekly, June 30 - July 6, 2022\n\nAl-Naba reported 38 attacks in the week. The West Africa Province was again at the top with 14 attacks, followed by Iraq (8), Syria (7), Central Africa (5) and Mozambique (4).\n";
  assert.deepEqual((stats(top)[0]?.[3] as [string, number][]).find(([l]) => l === "West Africa"), ["West Africa", 14]);
  const ahead = "Weekly, November 30 - December 6, 2023\n\nThe provinces carried out 27 attacks in the week. Central Africa topped the list with 9 attacks, ahead of West Africa with 7; they were followed by Mozambique (5), Iraq (4) and Syria (2).\n";
  assert.deepEqual((stats(ahead)[0]?.[3] as [string, number][]).find(([l]) => l === "West Africa"), ["West Africa", 7]);
  const noun = "Weekly, October 24-30, 2024\n\nThe weekly summed up the attacks of the week. The group claimed 20 attacks that killed or wounded 90 people. Its breakdown was: Central Africa 8 attacks, West Africa 5, the Sahel 3, Syria 2 and Iraq 2.\n";
  assert.deepEqual(stats(noun)[0], ["attacks", "arena", 20, [["Central Africa", 8], ["West Africa", 5], ["Sahel", 3], ["Syria", 2], ["Iraq", 2]]]);
});
