import { test } from "node:test";
import assert from "node:assert/strict";
import { addWeeks, weekOf, weeksBetween, weeksEndingWith, previousPeriod } from "./weeks.ts";

test("a Thursday opens a Thursday week and the Wednesday after closes it", () => {
  assert.equal(weekOf("2021-01-07", "thu"), "2021-01-07");
  assert.equal(weekOf("2021-01-13", "thu"), "2021-01-07");
  assert.equal(weekOf("2021-01-14", "thu"), "2021-01-14");
  assert.equal(weekOf("2021-01-06", "thu"), "2020-12-31");
});

test("other week starts, a year boundary, a leap day and a date before 1970", () => {
  assert.equal(weekOf("2021-01-10", "mon"), "2021-01-04");
  assert.equal(weekOf("2021-01-10", "sun"), "2021-01-10");
  assert.equal(weekOf("2021-01-08", "sat"), "2021-01-02");
  assert.equal(weekOf("2020-03-01", "thu"), "2020-02-27");
  assert.equal(weekOf("1969-12-31", "thu"), "1969-12-25");
});

test("weeks are counted and listed in order", () => {
  assert.equal(addWeeks("2021-01-07", 52), "2022-01-06");
  assert.equal(weeksBetween("2020-12-31", "2021-01-14"), 2);
  assert.deepEqual(weeksEndingWith("2021-01-14", 3), ["2020-12-31", "2021-01-07", "2021-01-14"]);
});

test("the previous period has the same length: a week, whole months, a whole year, or any span in days", () => {
  assert.deepEqual(previousPeriod("2021-01-07", "2021-01-13"), { start: "2020-12-31", end: "2021-01-06" });
  assert.deepEqual(previousPeriod("2021-03-01", "2021-03-31"), { start: "2021-02-01", end: "2021-02-28" });
  assert.deepEqual(previousPeriod("2021-01-01", "2021-03-31"), { start: "2020-10-01", end: "2020-12-31" });
  assert.deepEqual(previousPeriod("2020-01-01", "2020-12-31"), { start: "2019-01-01", end: "2019-12-31" });
  assert.deepEqual(previousPeriod("2021-02-10", "2021-02-19"), { start: "2021-01-31", end: "2021-02-09" });
});
