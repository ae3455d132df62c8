import { test } from "node:test";
import assert from "node:assert/strict";
import { extractDocument } from "./extract.ts";

// A paragraph's opening that frames the event told after it: a claim announced before its day,
// the day of the subject's history in a relative clause, a province's founding. Sentences written
// for these tests; and a report of what happened the day before it.

const rows = (text: string) => extractDocument(text, { document: "t" }).incidents.map((i) => [i.event_date, i.perpetrator, i.claim, i.quote.slice(0, 12)]);

test("a lead claiming 'another attack' gives its claim to the dated event after it, and its relative clause's day dates nothing", () => {
  const text = [
    "Spotlight on Global Jihad (June 6-12, 2019)",
    "",
    "Central Africa",
    "",
    "► The Central Africa Province, which ISIS first named on April 18, 2019, claimed another attack near Oicha. On June 8, 2019, its operatives raided an army post north of the town. Three soldiers were killed. Local officials blamed the ADF.",
  ].join("\n");
  assert.deepEqual(rows(text), [["2019-06-08", "ISIS", "claimed", "On June 8, 2"]]);
});

test("a group's announcement of a new province is no incident", () => {
  const text = [
    "Spotlight on Global Jihad (June 6-12, 2019)",
    "",
    "Pakistan",
    "",
    "► On June 7, 2019, ISIS announced the establishment of a \"Pakistan Province\" after a clash in Mastung in which one of its men was killed.",
  ].join("\n");
  assert.deepEqual(rows(text), []);
});

test("a report 'that on the previous day' forces struck dates the strike the day before the report", () => {
  const text = [
    "Spotlight on Global Jihad (June 6-12, 2019)",
    "",
    "Syria",
    "",
    "► On June 9, 2019, the Coalition announced that on the previous day, its aircraft had struck an ISIS cell near Hajin, killing two operatives.",
  ].join("\n");
  assert.deepEqual(rows(text).map((r) => r[0]), ["2019-06-08"]);
});

test("a wave of protests renewed, with its dead over several days, is no incident", () => {
  const text = [
    "Spotlight on Global Jihad (June 6-12, 2019)",
    "",
    "Iraq",
    "",
    "► The protests that started last month in Basra and other southern cities against power cuts were renewed on June 7, 2019. According to a rights group, 40 protesters were killed between June 7 and 11. There is no sign that ISIS is involved.",
  ].join("\n");
  assert.deepEqual(rows(text), []);
});

test("a report that 'one day earlier' aircraft struck dates the strike the day before it", () => {
  const text = [
    "Spotlight on Global Jihad (June 6-12, 2019)",
    "",
    "Iraq",
    "",
    "► On June 10, 2019, the Coalition reported that one day earlier, its aircraft had struck an ISIS depot west of Mosul.",
  ].join("\n");
  assert.deepEqual(rows(text).map((r) => r[0]), ["2019-06-09"]);
});

test("a group reported bulldozing an ancient site is an attack on it", () => {
  const text = [
    "Spotlight on Global Jihad (June 6-12, 2019)",
    "",
    "Iraq",
    "",
    "► On June 8, 2019, the antiquities authority announced that ISIS operatives had begun bulldozing the remains of an Assyrian palace about 20 km east of Mosul.",
  ].join("\n");
  assert.deepEqual(rows(text).map((r) => [r[0], r[1]]), [["2019-06-08", "ISIS"]]);
});

test("a report of strikes carried out 'the previous day', told after them, dates them the day before the report", () => {
  const text = [
    "Spotlight on Global Jihad (June 6-12, 2019)",
    "",
    "Syria",
    "",
    "► On June 10, the Coalition said its aircraft had carried out three strikes near Hajin the previous day, destroying two ISIS positions.",
  ].join("\n");
  assert.deepEqual(rows(text).map((r) => r[0]), ["2019-06-09"]);
});
