import { test } from "node:test";
import assert from "node:assert/strict";
import { prepareClause, prepareSentence } from "./casualty-phrases.ts";

test("prepareClause blanks a date, and a year alone when the clause names no month", () => {
  assert.equal(prepareClause("On May 3, 2019, 4 were killed", true), prepareSentence("On May 3, 2019, 4 were killed"));
  assert.equal(prepareClause("On May 3, 2019, 4 were killed", true), `On ${" ".repeat(11)}, 4 were killed`);
  assert.equal(prepareClause("in 2019 4 were killed", false), "        4 were killed");
  assert.equal(prepareClause("6 soldiers were killed", false), "6 soldiers were killed");
});

test("prepareClause puts an estimate in place of a vague word", () => {
  assert.equal(prepareClause('"many" (estimated at twenty) were killed', false), "twenty were killed");
});
