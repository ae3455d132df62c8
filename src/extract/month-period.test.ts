import { test } from "node:test";
import assert from "node:assert/strict";
import { findQuarter, sincePeriod } from "./month-period.ts";

test("a count 'since the beginning of 2024' runs from the year's first day to the figure's date", () => {
  assert.deepEqual(sincePeriod("since the beginning of 2024 its cells have carried out 90 attacks", "2024-06-30"), { start: "2024-01-01", end: "2024-06-30" });
});

test("a count since a month runs from that month's first day", () => {
  assert.deepEqual(sincePeriod("at least 40 people killed since March 2023", "2023-05-08"), { start: "2023-03-01", end: "2023-05-08" });
});

test("a count since a day runs from that day, written either way round", () => {
  assert.deepEqual(sincePeriod("33 people have been murdered in the camp since January 12, 2022", "2022-03-01"), { start: "2022-01-12", end: "2022-03-01" });
  assert.deepEqual(sincePeriod("33 people have been murdered in the camp since 12 January 2022", "2022-03-01"), { start: "2022-01-12", end: "2022-03-01" });
});

test("a start after the figure's date, or no date to end on, is no period", () => {
  assert.equal(sincePeriod("killed since January 12, 2022", "2021-12-01"), null);
  assert.equal(sincePeriod("killed since January 12, 2022", null), null);
});

test("a count since the start of a campaign on a day runs from that day, to the day the text says it runs to", () => {
  assert.deepEqual(sincePeriod("since the start of the siege of the old town on June 4, 2016 and up to July 30, it had killed 900", "2016-08-02"), { start: "2016-06-04", end: "2016-07-30" });
  assert.deepEqual(sincePeriod("since the beginning of the fighting in the city on May 2, 2017, 310 people have been killed", "2017-06-20"), { start: "2017-05-02", end: "2017-06-20" });
});

test("a year's first or second half is its six months", () => {
  assert.deepEqual(findQuarter("attacks in the first half of 2023"), { start: "2023-01-01", end: "2023-06-30" });
  assert.deepEqual(findQuarter("civilians killed in the first six months of 2023"), { start: "2023-01-01", end: "2023-06-30" });
  assert.deepEqual(findQuarter("the last six months of 2022"), { start: "2022-07-01", end: "2022-12-31" });
  assert.deepEqual(findQuarter("compared with the second half of 2022"), { start: "2022-07-01", end: "2022-12-31" });
  assert.deepEqual(findQuarter("in the third quarter of 2022"), { start: "2022-07-01", end: "2022-09-30" });
});
