import { test } from "node:test";
import assert from "node:assert/strict";
import { extractDocument } from "./extract.ts";

// A count with the part of it a sentence singles out ("..., 29 of them in Mosul", "..., 60 of them
// civilians"), and counts of airstrikes over a week or split among places. Sentences written for these tests.

const read = (text: string) => extractDocument(text, { document: "t", published: "2016-12-08" });
const stats = (text: string) => read(text).statistics.map((s) => [s.metric, s.total, s.breakdown.map((b) => [b.label, b.value])]);

test("'33 suicide operations ..., 29 of them in Mosul' after the week's total is a count of its own, with its city", () => {
  const text = "Weekly, December 1-7, 2016\n\nAl-Naba' reported 90 operations in the week: 50 in Nineveh, 25 in Syria and 15 in Sinai. The weekly said that 33 suicide operations had been carried out during the week, 29 of them in Mosul.\n";
  assert.deepEqual(stats(text), [
    ["attacks", 90, [["Nineveh", 50], ["Syria", 25], ["Sinai Peninsula", 15]]],
    ["attacks", 33, [["Mosul", 29]]],
  ]);
});

test("a lone city or area named by 'of them in' is kept: '19 \"martyrdom operations\" ..., 15 of them in Mosul'", () => {
  assert.deepEqual(stats('Weekly, December 1-7, 2016\n\nThe weekly claimed 19 "martyrdom operations" (suicide bombings), 15 of them in Mosul.\n'), [["attacks", 19, [["Mosul", 15]]]]);
});

test("'25 of the operations were suicide bombings, 19 of which were carried out in Mosul' breaks the kind's count down", () => {
  const text = "Weekly, December 1-7, 2016\n\nAl-Naba' reported 90 operations in the week. According to the weekly, 25 of the operations were suicide bombings, 19 of which were carried out in Mosul.\n";
  assert.deepEqual(stats(text), [["attacks", 90, []], ["attacks", 25, [["Mosul", 19]]]]);
});

test("'98 people have been killed ..., 60 of them civilians': the dead with who part of them were", () => {
  const text = "Weekly, December 1-7, 2016\n\nThe monitor says that since the start of the season, 98 people have been killed in the desert in attacks and mine blasts, 60 of them civilians.\n";
  assert.deepEqual(stats(text), [["killed", 98, [["civilians", 60]]]]);
  assert.deepEqual(stats("Weekly, December 1-7, 2016\n\nAccording to the monitor, 64 people were wounded in the shelling during the week, 40 of them civilians.\n"), [["wounded", 64, [["civilians", 40]]]]);
});

test("'These attacks killed eleven people, eight of them in Gulu, two in Lira and one in Kitgum': a toll in words split by place, beside the attacks 'recorded' in words", () => {
  const text = "Monthly figures, 1 to 30 November 2021.\n\nThe region recorded five bomb attacks: Gulu 3, Lira 1 and Kitgum 1. These attacks killed eleven people, eight of them in Gulu, two in Lira and one in Kitgum.\n";
  assert.deepEqual(stats(text), [
    ["attacks", 5, [["Gulu", 3], ["Lira", 1], ["Kitgum", 1]]],
    ["killed", 11, [["Gulu", 8], ["Lira", 2], ["Kitgum", 1]]],
  ]);
});

test("a week's airstrikes, '70 airstrikes in Iraq, 22 of them in the Sinjar area', are a figure and no strike", () => {
  const out = read("Weekly, December 1-7, 2016\n\nThe coalition said that during the week its aircraft had carried out 70 airstrikes in Iraq, 22 of them in the Sinjar area (CENTCOM, December 7).\n");
  assert.equal(out.incidents.length, 0);
  assert.deepEqual(out.statistics.map((s) => [s.metric, s.total, s.breakdown.map((b) => [b.label, b.value])]), [["attacks", 70, [["Sinjar area", 22]]]]);
});

test("airstrikes split among places after a span of days ('48 air strikes against ISIS: 30 in Iraq and 18 in Syria') are a figure by arena", () => {
  const out = read("Weekly, December 1-7, 2016\n\nAccording to CENTCOM, between December 1 and December 6, 2016, the coalition carried out 48 air strikes against ISIS: 30 in Iraq and 18 in Syria.\n");
  assert.equal(out.incidents.length, 0);
  assert.deepEqual(out.statistics.map((s) => [s.metric, s.dimension, s.total, s.breakdown.map((b) => [b.label, b.value])]), [["attacks", "arena", 48, [["Iraq", 30], ["Syria", 18]]]]);
});

test("a few days' airstrikes on one area stay one incident ('Between December 2 and 4, Russian aircraft carried out about 40 airstrikes on ISIS hideouts ...')", () => {
  const out = read("Weekly, December 1-7, 2016\n\nBetween December 2 and 4, 2016, Russian aircraft carried out about 40 airstrikes on ISIS hideouts in the desert north of Palmyra. According to the SOHR, at least nine ISIS operatives were killed (SOHR, December 4, 2016).\n");
  assert.equal(out.incidents.length, 1);
  assert.equal(out.incidents[0]?.killed.low, 9);
});

test("a monitor's executions over a span, then 'Of them, 1,500 were civilians, 900 were ..., 300 were ... and 170 were ...': a figure by target, no incident", () => {
  const out = read("Weekly, August 13-19, 2015\n\nAccording to a report published by the monitor on August 19, 2015, ISIS executed 2,870 people in Syria between July 1, 2014 and August 16, 2015. Of them, 1,500 were civilians, 900 were soldiers of the regime, 300 were rebels and 170 were members of ISIS itself accused of spying.\n");
  assert.equal(out.incidents.length, 0);
  assert.deepEqual(out.statistics.map((s) => [s.metric, s.dimension, s.total, s.breakdown.map((b) => [b.label, b.value]), s.period]), [
    ["killed", "target", 2870, [["civilians", 1500], ["soldiers of the regime", 900], ["rebels", 300], ["members of ISIS", 170]], { start: "2014-07-01", end: "2015-08-16" }],
  ]);
});

test("a running toll told on a day ('On March 5, a spokesman said that some 1,300 ISIS operatives had been killed ... since February 19') is a figure", () => {
  const out = extractDocument("Weekly, March 2-8, 2017\n\nOn March 5, a spokesman for the command said that some 1,300 ISIS operatives had been killed in western Mosul since February 19 (Al-Sumaria, March 5, 2017).\n", { document: "t" });
  assert.equal(out.incidents.length, 0);
  assert.deepEqual(out.statistics.map((s) => [s.metric, s.total]), [["killed", 1300]]);
});
