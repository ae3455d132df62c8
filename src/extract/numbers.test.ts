import { test } from "node:test";
import assert from "node:assert/strict";
import { parseCardinal } from "./numbers.ts";

const cases: [string, number | null][] = [
  ["23 fighters", 23],
  ["1,422 attacks", 1422],
  ["twenty-three soldiers", 23],
  ["twenty three", 23],
  ["fourteen", 14],
  ["a hundred and twelve", 112],
  ["two thousand", 2000],
  ["a dozen", 12],
  ["an officer", 1],
  ["soldiers", null],
];

for (const [input, expected] of cases) {
  test(`parseCardinal reads "${input}" as ${expected}`, () => {
    assert.equal(parseCardinal(input), expected);
  });
}
