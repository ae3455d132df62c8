import { test } from "node:test";
import assert from "node:assert/strict";
import { eventRange, eventRangeOf } from "./event-range.ts";

const ctx = { period: { start: "2020-08-06", end: "2020-08-12" } };

test("a range of days in any of the usual shapes gives its first day", () => {
  const cases: [string, string][] = [
    ["Troops raided hideouts south of Rafah between 3 and 8 August, killing eighteen.", "2020-08-03"],
    ["Army units combed the villages from 5 to 9 August 2020.", "2020-08-05"],
    ["The siege lasted from July 30 to August 4.", "2020-07-30"],
    ["Between 30 July and 2 August, the group shelled the camp.", "2020-07-30"],
    ["Security forces arrested 14 suspects on August 7-10, 2020.", "2020-08-07"],
    ["Sweeps went on from August 9 until 11 in the desert west of Anbar.", "2020-08-09"],
  ];
  for (const [sentence, date] of cases) assert.equal(eventRange(sentence, ctx)?.date, date, sentence);
});

test("a range across New Year takes the year of its first day", () => {
  assert.equal(eventRange("Raids took place between 29 December and 2 January 2020 north of Baiji.", {})?.date, "2019-12-29");
});

test("numbers that are not a range of days are not taken for one", () => {
  for (const s of ["Between 3 and 8 soldiers were wounded on August 7.", "The attack killed 2 and wounded 5 on 9 August.", "On 8 August, 10-12 gunmen stormed the post.", "Clashes from 8 to 3 August make no sense."]) {
    assert.equal(eventRange(s, ctx), null, s);
  }
});

test("a range dates the event unless a day the event happened comes first; a day that something was said does not count", () => {
  const said = "The spokesman said on 9 August that troops had killed eighteen militants between 3 and 8 August.";
  assert.equal(eventRangeOf(said, said.indexOf("9 August"), ctx)?.date, "2020-08-03");
  const happened = "On 9 August, an IED hit a patrol that had been searching the area between 3 and 8 August.";
  assert.equal(eventRangeOf(happened, happened.indexOf("9 August"), ctx), null);
  const only = "Between 3 and 8 August, the army arrested 30 suspects.";
  assert.equal(eventRangeOf(only, only.indexOf("8 August"), ctx)?.date, "2020-08-03");
});

test("a range whose days each carry their year ('between June 29, 2014 and August 18, 2015') is one range, and a backwards one is none", () => {
  assert.deepEqual(eventRange("The monitor counted 2,870 executions between July 1, 2014 and August 16, 2015.", ctx)?.days, 412);
  assert.equal(eventRange("The monitor counted 2,870 executions between July 1, 2014 and August 16, 2015.", ctx)?.date, "2014-07-01");
  assert.equal(eventRange("Figures were compared between August 16, 2015 and July 1, 2014.", ctx), null);
});

test("the day a statement or report was issued or published comes before the range it tells of and does not date the event", () => {
  const issued = "According to a statement issued on 9 August 2020 by the army spokesman, troops killed eight militants between 3 and 6 August.";
  assert.equal(eventRangeOf(issued, issued.indexOf("9 August"), ctx)?.date, "2020-08-03");
  const published = "A report published by the monitor on August 9, 2020 said that 40 people had died between July 1 and August 8, 2020.";
  assert.equal(eventRangeOf(published, published.indexOf("August 9"), ctx)?.date, "2020-07-01");
});
