import { test } from "node:test";
import assert from "node:assert/strict";
import { extractDocument } from "./extract.ts";

test("a table's row whose label names no known place is still a part of the breakdown, and the rows after it are read", () => {
  const text = [
    "Quarterly Security Review", "April-June 2022", "", "Attacks by province", "",
    "Province | Attacks | Killed",
    "Sindh (urban districts) | 5 | 7",
    "Former tribal agencies | 12 | 30",
    "Balochistan | 9 | 14",
    "Total | 26 | 51",
    "",
  ].join("\n");
  const stats = extractDocument(text, { document: "t" }).statistics;
  const attacks = stats.find((s) => s.metric === "attacks");
  assert.deepEqual(attacks?.breakdown.map((b) => b.value), [5, 12, 9]);
  assert.equal(attacks?.breakdown[1]?.label, "Former tribal agencies");
  assert.equal(attacks?.total, 26);
});
