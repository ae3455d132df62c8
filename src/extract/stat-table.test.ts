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

test("a fixed-width table, its columns aligned by runs of spaces, is read as a pipe table is; 'Shaheed' counts the dead", () => {
  const text = [
    "Fortnightly Report", "1-15 March 2023", "", "Attacks by district:", "",
    "District            Attacks    Shaheed    Injured    Arrested",
    "Bannu                  3          2          4          1",
    "Lakki Marwat           2          0          1          0",
    "Khyber                 1          1          0          2",
    "Total                  6          3          5          3",
    "",
  ].join("\n");
  const stats = extractDocument(text, { document: "t" }).statistics.map((s) => [s.metric, s.total, s.breakdown.map((b) => [b.label, b.value])]);
  assert.deepEqual(stats, [
    ["attacks", 6, [["Bannu", 3], ["Lakki Marwat", 2], ["Khyber", 1]]],
    ["killed", 3, [["Bannu", 2], ["Lakki Marwat", 0], ["Khyber", 1]]],
    ["wounded", 5, [["Bannu", 4], ["Lakki Marwat", 1], ["Khyber", 0]]],
  ]);
});
