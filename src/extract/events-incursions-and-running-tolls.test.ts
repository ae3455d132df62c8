import { test } from "node:test";
import assert from "node:assert/strict";
import { extractDocument } from "./extract.ts";

// Counts of "events", "incursions" and "incidents logged", the dead of a running toll told after
// its start day, and the dead that "died" or "were killed in" a province. Sentences written for these tests.

const read = (text: string, published: string) => extractDocument(text, { document: "t", published });
const figures = (text: string, published: string) => read(text, published).statistics.map((s) => [s.metric, s.total, s.breakdown.map((b) => [b.label, b.value])]);

test("'the month of June saw 26 organised violence events in Cabo Delgado: 10 in Palma district, ...' is a figure, not an event", () => {
  const out = read("Diocesan bulletin, July 2021\n\nAccording to the observatory, published on 12 July, the month of June 2021 saw 26 organised violence events in Cabo Delgado: 10 in Palma district, 8 in Macomia, 5 in Nangade and 3 in Muidumbe. The same project counts more than 3,000 deaths since October 2017; our own lists name 40 catechists killed.\n", "2021-07-15");
  assert.equal(out.incidents.length, 0);
  assert.deepEqual(out.statistics.map((s) => [s.metric, s.total, s.breakdown.map((b) => [b.label, b.value])]), [["attacks", 26, [["Palma district", 10], ["Macomia", 8], ["Nangade", 5], ["Muidumbe", 3]]]]);
});

test("'the region had recorded 40 Boko Haram incursions in April: 20 in the Mayo-Sava, ...' counts attacks", () => {
  assert.deepEqual(figures("Radio digest, April 2021\n\nThe governor said the region had recorded 40 Boko Haram incursions in April: 20 in the Mayo-Sava, 12 in the Mayo-Tsanaga and 8 in the Logone-et-Chari.\n", "2021-05-01"), [["attacks", 40, [["Mayo-Sava", 20], ["Mayo-Tsanaga", 12], ["Logone-et-Chari", 8]]]]);
});

test("'15 suspects had died during arrests in 2020, of whom 8 in Central Sulawesi, ...' counts the dead", () => {
  assert.deepEqual(figures("Digest, April 2021\n\nThe police chief said that 15 suspects had died during arrests in 2020, of whom 8 in Central Sulawesi, 4 in West Java and 3 in other provinces.\n", "2021-04-10"), [["killed", 15, [["Central Sulawesi", 8], ["West Java", 4], ["other provinces", 3]]]]);
});

test("a toll counted since a day told first ('since January 1, 2015, ... had killed 300 people: 150 in Cameroon, ...') is a figure, not an incident", () => {
  const out = read("Weekly, June 18-24, 2015\n\nAn update issued on June 23 said that since January 1, 2015, Boko Haram's attacks outside Nigeria had killed 300 people: 150 in Cameroon, 110 in Niger and 40 in Chad (UN OCHA, June 23, 2015).\n", "2015-06-25");
  assert.equal(out.incidents.length, 0);
  assert.deepEqual(out.statistics.map((s) => [s.metric, s.total, s.breakdown.map((b) => [b.label, b.value])]), [["killed", 300, [["Cameroon", 150], ["Niger", 110], ["Chad", 40]]]]);
});

test("'100 security incidents logged - Borno 35, Yobe 8, ...' and 'Of the terrorists killed, 28 were killed in Khyber Pakhtunkhwa and 12 in Balochistan'", () => {
  assert.deepEqual(figures("Our January 2024 tally is out (own data, open sources): 100 security incidents logged - Borno 35, Yobe 8, Zamfara 27, Katsina 20, Niger 10.\n", "2024-02-05"), [["attacks", 100, [["Borno", 35], ["Yobe", 8], ["Zamfara", 27], ["Katsina", 20], ["Niger", 10]]]]);
  assert.deepEqual(figures("Summary of operations in July 2023.\n\nSecurity forces conducted 1,300 intelligence based operations across the country during the month. In these operations, 40 terrorists were killed and 80 were apprehended. Of the terrorists killed, 28 were killed in Khyber Pakhtunkhwa and 12 in Balochistan.\n", "2023-08-01"), [["killed", 40, [["Khyber Pakhtunkhwa", 28], ["Balochistan", 12]]]]);
});
