import { test } from "node:test";
import assert from "node:assert/strict";
import { tollCounts, totalCounts, type Count } from "./casualty-totals.ts";

function totals(sentence: string): Count[] {
  const out: Count[] = [];
  totalCounts(sentence, out, []);
  return out;
}

test("an update's running total is a total of its kind", () => {
  assert.deepEqual(totals("bringing to six the number of porters killed in the raid"), [{ kind: "killed", low: 6, high: 6, total: "update" }]);
  assert.deepEqual(totals("bringing the number of injured to 14"), [{ kind: "wounded", low: 14, high: 14, total: "update" }]);
  assert.deepEqual(totals("The toll has risen to nine"), [{ kind: "killed", low: 9, high: 9, total: "update" }]);
  assert.deepEqual(totals("the casualty toll rose to at least 20"), [{ kind: "either", low: 20, high: null, total: "update" }]);
});

test("a toll over a period or many attacks is no incident's total", () => {
  assert.deepEqual(totals("The toll has risen to 61 since early February"), []);
  assert.deepEqual(totals("bringing to 300 the number of guards killed in such attacks"), []);
  assert.deepEqual(totals("bringing the death toll this year to 80"), []);
});

test("a toll lists coordinated counts, and a bare figure is one account of the dead", () => {
  const items: Count[] = [];
  tollCounts("The toll given by the clinic is two guards and six raiders killed and one wounded", items);
  assert.deepEqual(items, [{ kind: "killed", low: 2, high: 2 }, { kind: "killed", low: 6, high: 6 }, { kind: "wounded", low: 1, high: 1 }]);
  const figure: Count[] = [];
  tollCounts("the mayor put the toll at 19", figure);
  assert.deepEqual(figure, [{ kind: "killed", low: 19, high: 19, total: "account" }]);
  const none: Count[] = [];
  tollCounts("the toll booth at 5 am", none);
  assert.deepEqual(none, []);
});
