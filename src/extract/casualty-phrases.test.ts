import { test } from "node:test";
import assert from "node:assert/strict";
import { countPhrase, prepareClause, prepareSentence } from "./casualty-phrases.ts";

test("prepareClause blanks a date, and a year alone when the clause names no month", () => {
  assert.equal(prepareClause("On May 3, 2019, 4 were killed", true), prepareSentence("On May 3, 2019, 4 were killed"));
  assert.equal(prepareClause("On May 3, 2019, 4 were killed", true), `On ${" ".repeat(11)}, 4 were killed`);
  assert.equal(prepareClause("in 2019 4 were killed", false), "        4 were killed");
  assert.equal(prepareClause("6 soldiers were killed", false), "6 soldiers were killed");
});

test("prepareClause puts an estimate in place of a vague word", () => {
  assert.equal(prepareClause('"many" (estimated at twenty) were killed', false), "twenty were killed");
});

test("countPhrase reads a leading vague quantity from the phrase's first word", () => {
  assert.deepEqual(countPhrase("a few soldiers", null), { low: 2, high: null });
  assert.deepEqual(countPhrase("a few", null), { low: 2, high: null });
  assert.deepEqual(countPhrase("dozens of villagers", null), { low: 12, high: null });
  assert.deepEqual(countPhrase("Hundreds", null), { low: 100, high: null });
  assert.deepEqual(countPhrase("other fighters", null), { low: 2, high: null });
  assert.equal(countPhrase("additional vehicles", null), null);
});

test("'more than N' and 'over N' are N and up, as 'at least N' is", () => {
  assert.deepEqual(countPhrase("more than 50 militants", null), { low: 50, high: null });
  assert.deepEqual(countPhrase("over 12 soldiers", null), { low: 12, high: null });
  assert.deepEqual(countPhrase("at least 7 civilians", null), { low: 7, high: null });
});

test("a stated range of figures is its low and high, but a hyphenated number is one figure", () => {
  assert.deepEqual(countPhrase("six to eight attackers", null), { low: 6, high: 8 });
  assert.deepEqual(countPhrase("10-12 fighters", null), { low: 10, high: 12 });
  assert.deepEqual(countPhrase("one or two guards", null), { low: 1, high: 2 });
  assert.deepEqual(countPhrase("at least 3 to 5 raiders", null), { low: 3, high: null });
  assert.deepEqual(countPhrase("twenty-one soldiers", null), { low: 21, high: 21 });
});

test("prepareClause blanks an age after a name and rewrites 'between N and M', keeping every place", () => {
  const age = "A driver, Gul Khan, 41, was killed";
  assert.equal(prepareClause(age, false), "A driver, Gul Khan    , was killed");
  assert.equal(prepareClause(age, false).length, age.length);
  // a figure in a list is no age
  assert.equal(prepareClause("Losses: soldiers, 12, civilians, 4", false), "Losses: soldiers, 12, civilians, 4");
  const range = "between four and nine raiders were killed";
  assert.equal(prepareClause(range, false), "        four to  nine raiders were killed");
  assert.equal(prepareClause("between the two villages 3 were killed", false), "between the two villages 3 were killed");
});
