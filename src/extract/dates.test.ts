import { test } from "node:test";
import assert from "node:assert/strict";
import { findDates, findPeriod, inferYear, weekdayOnOrBefore } from "./dates.ts";
import { eventDateOf } from "./event-date.ts";

const periodCases: [string, string, string][] = [
  ["Weekly review, March 3-9, 2022", "2022-03-03", "2022-03-09"],
  ["Spotlight, from June 9 to June 15, 2018", "2018-06-09", "2018-06-15"],
  ["Review of December 28, 2022 - January 3, 2023", "2022-12-28", "2023-01-03"],
  ["Week of December 29 - January 4, 2023", "2022-12-29", "2023-01-04"],
  ["Roundup: 14–20 October 2019", "2019-10-14", "2019-10-20"],
  ["Monthly digest, 28 February - 6 March 2024", "2024-02-28", "2024-03-06"],
  ["SITREP 11/23 - LAKE CHAD BASIN - 13 TO 19 MAR 23", "2023-03-13", "2023-03-19"],
  ["SITREP - 28 DEC TO 3 JAN 24", "2023-12-28", "2024-01-03"],
];
for (const [text, start, end] of periodCases) {
  test(`findPeriod reads "${text}" as ${start}..${end}`, () => {
    const p = findPeriod(text);
    assert.ok(p);
    assert.equal(p.start, start);
    assert.equal(p.end, end);
  });
}

test("findPeriod finds nothing in a sentence with one date", () => {
  assert.equal(findPeriod("On May 4, 2020, a bomb exploded."), null);
});

const dateCases: [string, string | null][] = [
  ["On March 14, 2022, gunmen attacked a checkpoint.", "2022-03-14"],
  ["On 14 March 2022 gunmen attacked a checkpoint.", "2022-03-14"],
  ["On Sept. 3, 2019, a mortar round fell.", "2019-09-03"],
  ["June 9: a roadside bomb hit a patrol.", "2022-06-09"],
  ["Thursday 16 June: 4 killed", "2022-06-16"],
  ["Officials may 12 arrests", null],
  ["The attack on 2021-02-05 was claimed.", "2021-02-05"],
  ["Anbar – 14/06: troops arrested five suspects.", "2022-06-14"],
  ["Nineveh, 12.06 - a bomb killed two shepherds.", "2022-06-12"],
  ["The patrol found 2/3 of the depot empty.", null],
];
for (const [text, expected] of dateCases) {
  test(`findDates reads the first date of "${text}" as ${expected}`, () => {
    const found = findDates(text, { period: { start: "2022-06-09", end: "2022-06-15" } });
    assert.equal(found[0]?.date ?? null, expected);
  });
}

test("a December date in a week that ends in January belongs to the earlier year", () => {
  assert.equal(inferYear(12, 30, { period: { start: "2022-12-29", end: "2023-01-04" } }), 2022);
  assert.equal(inferYear(1, 2, { period: { start: "2022-12-29", end: "2023-01-04" } }), 2023);
});

test("a month and year without a day is a month-precision date", () => {
  const [d] = findDates("In February 2020 the province resumed its activity.");
  assert.equal(d?.date, "2020-02-01");
  assert.equal(d?.precision, 3);
});

test("weekdayOnOrBefore finds the Tuesday before a Friday", () => {
  assert.equal(weekdayOnOrBefore("Tuesday", "2021-01-15"), "2021-01-12");
  assert.equal(weekdayOnOrBefore("friday", "2021-01-15"), "2021-01-15");
});

test("findPeriod reads a range whose ends carry weekdays", () => {
  const p = findPeriod("Log for Sunday 27 December 2020 - Saturday 2 January 2021");
  assert.equal(p?.start, "2020-12-27");
  assert.equal(p?.end, "2021-01-02");
});

test("numeric dates with a year: dots read day first, and the period decides an ambiguous order", () => {
  assert.equal(findDates("Entry of 03.02.2021: a patrol was hit.")[0]?.date, "2021-02-03");
  assert.equal(findDates("07/25/2018 gunmen fired on a post")[0]?.date, "2018-07-25");
  assert.equal(findDates("05/04/2022 a mine exploded", { period: { start: "2022-04-01", end: "2022-04-30" } })[0]?.date, "2022-04-05");
});

test("a short numeric date counts only as the label of an item, near the report's period", () => {
  const feb = { period: { start: "2021-02-01", end: "2021-02-28" } };
  assert.equal(findDates("2/11 - Gedo: a base was shelled.", feb)[0]?.date, "2021-02-11");
  assert.equal(findDates("11.02: gunmen attacked a post", feb)[0]?.date, "2021-02-11");
  assert.equal(findDates("Turnout rose to 2/3 of voters.", feb).length, 0);
  assert.equal(findDates("A ratio of 3.5 - 4 was reported.", feb).length, 0);
  assert.equal(findDates("9/30 - Gedo: a base was shelled.", feb).length, 0);
  assert.equal(findDates("Thu 2/18 - Gedo: a base was shelled.", feb)[0]?.date, "2021-02-18");
});

test("a fixed-date holiday dates an item under the next day's header", () => {
  const first = "Late on New Year's Eve, gunmen burned a tractor near the farm.";
  const c = { dates: {}, dayDate: "2021-01-01", underDayHeader: true, references: [] };
  assert.equal(eventDateOf(first, first, c), "2020-12-31");
  assert.equal(eventDateOf("Gunmen burned a tractor near the farm.", "Gunmen burned a tractor near the farm.", c), "2021-01-01");
});

test("a post's day and month with a time, after a bar or after 'On' is read day-first or month-first as the period makes likelier", () => {
  const ctx = { period: { start: "2023-07-03", end: "2023-07-09" } };
  assert.deepEqual(findDates("#Mali | 04/07 14:20 — convoy hit", ctx).map((d) => d.date), ["2023-07-04"]);
  assert.deepEqual(findDates("#Chad | 08/07 — fighters attacked", ctx).map((d) => d.date), ["2023-07-08"]);
  assert.deepEqual(findDates("On 06/07, a patrol was ambushed.", ctx).map((d) => d.date), ["2023-07-06"]);
  assert.deepEqual(findDates("Curfew from 7/5 14:00", { period: { start: "2023-07-03", end: "2023-07-09" } }).map((d) => d.date), ["2023-07-05"]);
  assert.deepEqual(findDates("about 3/4 of the town", ctx), []);
});

test("findDates reads 'on the 9th' as a day of the month the period covers, and not 'the 5th Corps' or 'the 10th anniversary'", () => {
  const ctx = { period: { start: "2021-10-01", end: "2021-10-31" } };
  assert.deepEqual(findDates("Late on the 22nd, a car bomb went off.", ctx).map((d) => d.date), ["2021-10-22"]);
  assert.deepEqual(findDates("The 5th Corps moved on the 3rd Brigade's lines to mark the 10th anniversary.", ctx).map((d) => d.date), []);
  // A week across two months: the day is in whichever month keeps it inside the period.
  assert.deepEqual(findDates("on the 30th", { period: { start: "2020-12-28", end: "2021-01-03" } }).map((d) => d.date), ["2020-12-30"]);
});

test("'the first day of 2025' and 'the last day of 2024' are the year's first and last days", () => {
  assert.deepEqual(findDates("On the first day of 2025, gunmen attacked a post.").map((d) => [d.date, d.precision]), [["2025-01-01", 1]]);
  assert.deepEqual(findDates("On the last day of 2024, a bomb went off.").map((d) => [d.date, d.precision]), [["2024-12-31", 1]]);
});
