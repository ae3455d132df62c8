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

test("a two-cell table under a 'Governorate | Incidents' header, and a breakdown on one line of 'name count' cells, are breakdowns with their totals", () => {
  const text = [
    "Field office log, March 2022", "",
    "Weekly summary (7-13 March), incidents recorded by the office:",
    "Governorate | Incidents",
    "Kirkuk | 6",
    "Diyala | 4",
    "Nineveh | 1",
    "TOTAL | 11",
    "",
    "Weekly summary (14-20 March):",
    "Kirkuk 5 | Diyala 2 | Anbar (Rutba) 1 | TOTAL 8",
    "",
  ].join("\n");
  const stats = extractDocument(text, { document: "t" }).statistics.map((s) => [s.metric, s.dimension, s.total, s.breakdown.map((b) => [b.label, b.value])]);
  assert.deepEqual(stats, [
    ["attacks", "admin1", 11, [["Kirkuk", 6], ["Diyala", 4], ["Nineveh", 1]]],
    ["attacks", "admin1", 8, [["Kirkuk", 5], ["Diyala", 2], ["Anbar", 1]]],
  ]);
});

test("a table of districts keeps rows with accented names and reads them as districts; a table of countries keeps each country's own name", () => {
  const text = [
    "Cabo Delgado Conflict Notes", "January-March 2021", "", "Summary tables", "",
    "District | Events | Fatalities",
    "Mocímboa da Praia | 9 | 30",
    "Muidumbe | 4 | 11",
    "Meluco | 2 | 1",
    "Total | 15 | 42",
    "",
    "Incidents against aid workers, by country:",
    "",
    "Country | Incidents | Injured",
    "Niger (Tillabéri) | 3 | 1",
    "Nigeria (BAY) | 5 | 2",
    "Total | 8 | 3",
    "",
  ].join("\n");
  const stats = extractDocument(text, { document: "t" }).statistics.map((s) => [s.metric, s.dimension, s.total, s.breakdown.map((b) => [b.label, b.value])]);
  assert.deepEqual(stats, [
    ["attacks", "district", 15, [["Mocímboa da Praia", 9], ["Muidumbe", 4], ["Meluco", 2]]],
    ["killed", "district", 42, [["Mocímboa da Praia", 30], ["Muidumbe", 11], ["Meluco", 1]]],
    ["attacks", "arena", 8, [["Niger", 3], ["Nigeria", 5]]],
    ["wounded", "arena", 3, [["Niger", 1], ["Nigeria", 2]]],
  ]);
});

test("two columns of one count, headed by who counted and printed over their own weeks, are two statistics with their publishers and periods", () => {
  const text = [
    "WEEKLY CLAIMS REVIEW", "Week 10: 5-11 March 2021", "Published 12 March 2021 | Province Claims Monitor (PCM)", "",
    "2. CLAIMS BY PROVINCE", "",
    "Province        PCM log      al-Naba' 276",
    "                5-11 Mar     4-10 Mar",
    "Iraq               14           17",
    "Syria               6            8",
    "West Africa         9           11",
    "Hind                1            1",
    "Total              30           37",
    "",
  ].join("\n");
  const stats = extractDocument(text, { document: "t" }).statistics.map((s) => [s.publisher, s.period.start, s.period.end, s.metric, s.total, s.breakdown.map((b) => [b.label, b.value])]);
  assert.deepEqual(stats, [
    ["Province Claims Monitor (PCM)", "2021-03-05", "2021-03-11", "attacks", 30, [["Iraq", 14], ["Syria", 6], ["West Africa", 9], ["Hind", 1]]],
    ["Al-Naba'", "2021-03-04", "2021-03-10", "attacks", 37, [["Iraq", 17], ["Syria", 8], ["West Africa", 11], ["Hind", 1]]],
  ]);
});

test("a chart described in a sentence, its bars listed as 'name count' cells after a colon, is a breakdown whose total the description states", () => {
  const text = [
    "Weekly Claims Review", "5-11 March 2021", "", "Iraq", "",
    "[Chart 2: the 12 Iraqi claims of the week by governorate. Bars: Kirkuk 5 | Diyala 4 | Anbar 3.]",
    "",
  ].join("\n");
  const stats = extractDocument(text, { document: "t" }).statistics.map((s) => [s.metric, s.total, s.breakdown.map((b) => [b.label, b.value])]);
  assert.deepEqual(stats, [["attacks", 12, [["Kirkuk", 5], ["Diyala", 4], ["Anbar", 3]]]]);
});
