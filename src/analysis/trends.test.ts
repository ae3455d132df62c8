import { test } from "node:test";
import assert from "node:assert/strict";
import { computeTrends, surgeTest, type WeeklyCount } from "./trends.ts";
import { addWeeks } from "./weeks.ts";

const W0 = "2020-01-02"; // a Thursday
const week = (i: number) => addWeeks(W0, i);

/** Counts for weeks 0, 1, 2, … of one place and group. */
function series(place: string, counts: readonly number[], group = "ISIS", from = 0): WeeklyCount[] {
  return counts.map((n, i) => ({ place, group, week: week(from + i), incidents: n })).filter((c) => c.incidents > 0);
}

test("small counts: 2, then 3 over a baseline of 0.5 a week are not surges, 4 is", () => {
  // 52 weeks alternating 1, 0: both averages are 0.5.
  const history = Array.from({ length: 52 }, (_, i) => (i % 2 === 0 ? 1 : 0));
  const at = (n: number) => computeTrends(series("Kirkuk", [...history, n]), { weeks: [week(52)], coverageStart: W0, quietWeeks: 12 }).places[0]!.weeks[0]!;
  const two = at(2);
  assert.deepEqual([two.avg4, two.avg52], [0.5, 0.5]);
  assert.deepEqual([two.surge?.surge, two.surge?.reason], [false, "fewer than 3 incidents"], "ACLED's rule alone would flag 2 against 0.5");
  const three = at(3);
  assert.equal(three.surge?.surge, false);
  assert.match(three.surge?.reason ?? "", /not improbable.*p = 0\.014/); // 1 - e^-0.5 (1 + 0.5 + 0.125) = 0.0144
  const four = at(4);
  assert.equal(four.surge?.surge, true);
  assert.ok(Math.abs((four.surge?.p ?? 0) - 0.0017516) < 1e-6);
});

test("large counts: 126 over a flat 100 is a surge, 125 is not more than 25% above", () => {
  assert.deepEqual(surgeTest(126, 100, 100).surge, true);
  assert.deepEqual(surgeTest(125, 100, 100), { surge: false, p: surgeTest(125, 100, 100).p, reason: "not more than 25% above the 4-week average" });
  // 4 recent weeks of 200 after 48 of 100: the 52-week average is 107.69; 240 is below 1.25 × 200.
  const counts = series("Diyala", [...Array<number>(48).fill(100), ...Array<number>(4).fill(200), 240]);
  const w = computeTrends(counts, { weeks: [week(52)], coverageStart: W0, quietWeeks: 12 }).places[0]!.weeks[0]!;
  assert.deepEqual([w.avg4, w.avg52, w.surge?.surge], [200, 107.69, false]);
});

test("both averages must be exceeded: a count above the 52-week but not the 4-week average is no surge", () => {
  assert.equal(surgeTest(20, 18, 5).reason, "not more than 25% above the 4-week average");
  assert.equal(surgeTest(20, 5, 18).reason, "not more than 25% above the 52-week average");
  assert.equal(surgeTest(20, 5, 5).surge, true);
});

test("week over week and year over year changes, with percentages", () => {
  const counts = [...series("Anbar", [4], "ISIS", 0), ...series("Anbar", [5, 10], "ISIS", 51)];
  const [w] = computeTrends(counts, { weeks: [week(52)], coverageStart: W0, quietWeeks: 12 }).places[0]!.weeks;
  assert.deepEqual(w?.wow, { change: 5, percent: 100 });
  assert.deepEqual(w?.yoy, { change: 6, percent: 150 });
  const zero = computeTrends(series("Anbar", [0, 3], "ISIS", 0), { weeks: [week(1)], coverageStart: W0, quietWeeks: 12 }).places[0]!.weeks[0]!;
  assert.deepEqual(zero.wow, { change: 3, percent: null }, "no percentage from zero");
  assert.equal(zero.yoy, null, "a year back is before the store's first week");
});

test("averages use covered weeks only: ten weeks of data give a ten-week 52-week average", () => {
  const counts = series("Raqqa", [2, 2, 2, 2, 2, 2, 4, 4, 4, 4, 9]);
  const w = computeTrends(counts, { weeks: [week(10)], coverageStart: W0, quietWeeks: 12 }).places[0]!.weeks[0]!;
  assert.deepEqual([w.avg4, w.avg52], [4, 2.8]);
  const early = computeTrends(counts, { weeks: [week(3)], coverageStart: W0, quietWeeks: 12 }).places[0]!.weeks[0]!;
  assert.deepEqual([early.avg4, early.surge], [null, null], "three covered weeks are too few for a baseline");
});

test("a group active where it had no incident in the prior N weeks is a new area; a short gap or a short history is not", () => {
  const counts = [
    // Active weeks 0-10, quiet 11-24 (14 weeks), back in week 25.
    ...series("Kirkuk", [...Array<number>(11).fill(1), ...Array<number>(14).fill(0), 2]),
    // Active weeks 0-13, quiet 14-24 (11 weeks), back in week 25: not new with N = 12.
    ...series("Diyala", [...Array<number>(14).fill(1), ...Array<number>(11).fill(0), 1]),
    // First seen in week 5: the store knows only 5 weeks before, fewer than 12.
    ...series("Babil", [1], "ISIS", 5),
    // Another group's first incident in Diyala, week 25, with 25 covered weeks before.
    ...series("Diyala", [3], "JNIM", 25),
    // An unknown perpetrator is never a "group" that is new.
    ...series("Nineveh", [1], "unknown", 25),
  ];
  const weeks = Array.from({ length: 26 }, (_, i) => week(i));
  const t = computeTrends(counts, { weeks, coverageStart: W0, quietWeeks: 12 });
  assert.deepEqual(t.newAreas.map((a) => [a.group, a.place, a.week, a.incidents]), [
    ["JNIM", "Diyala", week(25), 3],
    ["ISIS", "Kirkuk", week(25), 2],
  ]);
  // Weeks before the store's first are not covered: the first week's places, and Babil, are not new.
  assert.deepEqual(t.noPriorCoverage.map((a) => [a.group, a.place, a.week, a.coveredWeeks]), [
    ["ISIS", "Diyala", week(0), 0],
    ["ISIS", "Kirkuk", week(0), 0],
    ["ISIS", "Babil", week(5), 5],
  ]);
});

test("a place is new only where the store covered its arena in the quiet weeks; after a gap it has no prior coverage", () => {
  // Weeks in which the store holds any incident: Iraq 0-9 and 20-30 (a gap of ten weeks), Syria 0-30.
  const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => week(a + i));
  const coverage = new Map([["Iraq", new Set([...range(0, 9), ...range(20, 30)])], ["Syria", new Set(range(0, 30))]]);
  const inArena = (area: string, c: WeeklyCount[]) => c.map((x) => ({ ...x, area }));
  const counts = [
    // Weeks 10-21 before week 22: covered 20 and 21 only.
    ...inArena("Iraq", series("Kirkuk", [2], "ISIS", 22)),
    // Weeks 17-28 before week 29: covered 20-28, 9 of 12.
    ...inArena("Iraq", series("Diyala", [1], "ISIS", 29)),
    // Weeks 13-24 before week 25, all covered.
    ...inArena("Syria", series("Raqqa", [4], "ISIS", 25)),
    // An arena the store never covered.
    ...inArena("Sinai", series("North Sinai", [1], "ISIS", 15)),
  ];
  const weeks = range(0, 30);
  const strict = computeTrends(counts, { weeks, coverageStart: W0, quietWeeks: 12, coverage });
  assert.deepEqual(strict.newAreas.map((a) => [a.place, a.week, a.area, a.coveredWeeks]), [["Raqqa", week(25), "Syria", 12]]);
  assert.deepEqual(strict.noPriorCoverage.map((a) => [a.place, a.week, a.coveredWeeks]), [
    ["North Sinai", week(15), 0],
    ["Kirkuk", week(22), 2],
    ["Diyala", week(29), 9],
  ]);
  // Three quarters of the quiet weeks (9 of 12) suffice when asked.
  const lenient = computeTrends(counts, { weeks, coverageStart: W0, quietWeeks: 12, coverage, minCoverage: 0.75 });
  assert.deepEqual(lenient.newAreas.map((a) => a.place), ["Raqqa", "Diyala"]);
  assert.deepEqual(lenient.noPriorCoverage.map((a) => a.place), ["North Sinai", "Kirkuk"]);
});

test("places are listed by their incidents over the weeks shown, busiest first", () => {
  const counts = [...series("A", [1, 1]), ...series("B", [0, 5]), ...series("C", [1])];
  const t = computeTrends(counts, { weeks: [week(0), week(1)], coverageStart: W0, quietWeeks: 12 });
  assert.deepEqual(t.places.map((p) => [p.place, p.weeks.map((w) => w.incidents).join(",")]), [["B", "0,5"], ["A", "1,1"], ["C", "1,0"]]);
});
