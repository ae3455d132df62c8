import { test } from "node:test";
import assert from "node:assert/strict";
import { dateAlone } from "./date-alone.ts";

test("a text that is only a date, a weekday at most, gives the date; anything more gives none", () => {
  const ctx = { period: { start: "2023-03-06", end: "2023-03-12" } };
  assert.equal(dateAlone("Friday, 10 Mar", ctx), "2023-03-10");
  assert.equal(dateAlone("10 Mar", ctx), "2023-03-10");
  assert.equal(dateAlone("local radio, 10 Mar", ctx), null);
});

test("a page's timestamp line is a date with a year and a time of day", () => {
  assert.equal(dateAlone("September 9, 2022 2:12 PM UTC", {}, { withYear: true, withTime: true }), "2022-09-09");
  assert.equal(dateAlone("September 9, 2022 2:12 PM UTC", {}, { withYear: true }), null);
  assert.equal(dateAlone("Gunmen attacked on September 9, 2022", {}, { withYear: true, withTime: true }), null);
});
