import { test } from "node:test";
import assert from "node:assert/strict";
import { DocumentCountries } from "./document-countries.ts";

test("a title in capitals joining two places with AND counts the country of each", () => {
  const seen = new DocumentCountries();
  // "KABUL" is shared with a town in Israel; "NANGARHAR" is not.
  seen.note("WEEKLY INCIDENT SHEET - KABUL AND NANGARHAR");
  assert.deepEqual(seen.ranked(), ["AF"]);
});
