import { test } from "node:test";
import assert from "node:assert/strict";
import type { AggregateRow, StoredStatistic } from "../core/analysis.ts";
import { compareFigure, compareStatistic, differenceSummary, methodFromLabel, placeKey, planComparison, scopeOf } from "./compare.ts";
import type { Admin1Resolver } from "./place-labels.ts";

function statistic(over: Partial<StoredStatistic>): StoredStatistic {
  return {
    document_id: "d1",
    document: "weekly.txt",
    publisher: "Al-Naba' weekly",
    published: "2021-01-14",
    subject: "attacks by arena",
    period: { start: "2021-01-07", end: "2021-01-13" },
    metric: "attacks",
    dimension: "arena",
    total: 6,
    breakdown: [],
    quote: "…",
    quote_start: 0,
    quote_end: 1,
    ...over,
  };
}

function row(key: string[], incidents: number, ids: string[], casualties = { low: 0, high: 0 as number | null }): AggregateRow {
  return { key, incidents, killed: { low: 0, high: 0 }, wounded: { low: 0, high: 0 }, casualties, first: "2021-01-07", last: "2021-01-13", ids };
}

/** A stand-in for the gazetteer's admin-1 names: a few spellings, as src/geo/data/admin1-names.json has them. */
const ADMIN1: Record<string, [string, string]> = {
  diyala: ["IQ", "Diyala"], anbar: ["IQ", "Anbar"], "al-anbar": ["IQ", "Anbar"], kirkuk: ["IQ", "Kirkuk"], "salah al-din": ["IQ", "Salah al-Din"], baghdad: ["IQ", "Baghdad"],
  "deir ez-zor": ["SY", "Deir ez-Zor"], raqqa: ["SY", "Raqqa"], "al-raqqah": ["SY", "Raqqa"], homs: ["SY", "Homs"], hims: ["SY", "Homs"], hama: ["SY", "Hama"], "al-hasakah": ["SY", "Al-Hasakah"],
};
const admin1Of: Admin1Resolver = (name) => {
  const hit = ADMIN1[name.toLowerCase().replace(/\s+(?:province|region)$/, "")];
  return hit ? { country: hit[0], admin1: hit[1] } : null;
};

test("a figure we exceed names our incidents as the candidates; one we fall short of says by how much", () => {
  const more = compareFigure("Iraq", "Iraq", 3, { low: 4, high: 4 }, ["a", "b", "c", "d"], "incidents");
  assert.deepEqual([more.difference, more.status, more.ids], [1, "more", ["a", "b", "c", "d"]]);
  assert.equal(more.explanation, "we count 1 more: the published figure lacks at least 1 of our 4 incidents (a total cannot say which, so all of ours are the candidates)");
  const short = compareFigure("Sinai", "Sinai", 2, { low: 1, high: 1 }, ["e"], "incidents");
  assert.deepEqual([short.difference, short.explanation], [-1, "our count is short by 1: the published figure has 2, we have 1 incident, so it counts at least 1 we do not have"]);
  assert.equal(compareFigure("West Africa", "West Africa", 1, { low: 0, high: 0 }, [], "incidents").explanation, "our count is short by 1: the published figure has 1, we have none, so it counts at least 1 we do not have");
  assert.equal(compareFigure("x", null, 5, { low: 5, high: 5 }, [], "incidents").explanation, "agrees");
});

test("casualty figures: inside our range agrees, an open-ended range cannot be short, and the wording counts incidents right", () => {
  const within = compareFigure("t", null, 12, { low: 10, high: 14 }, ["a", "b"], "casualties");
  assert.deepEqual([within.difference, within.status, within.explanation], [0, "within_range", "within our range 10-14"]);
  const open = compareFigure("t", null, 50, { low: 10, high: null }, ["a"], "casualties");
  assert.deepEqual([open.difference, open.status, open.explanation], [0, "open_range", "cannot tell: we count at least 10 casualties in 1 incident, not all with an upper bound, so 50 is possible"]);
  const short = compareFigure("Khorasan", "Khorasan", 9, { low: 1, high: 1 }, ["k"], "casualties");
  assert.deepEqual([short.difference, short.explanation], [-8, "our count is short by 8: the published figure has 9 casualties, our 1 incident records 1"]);
  assert.equal(compareFigure("Iraq", "Iraq", 8, { low: 9, high: 9 }, ["a", "b", "c"], "casualties").explanation, "we count 1 more: our 3 incidents record at least 9 casualties, the published figure 8");
});

test("published labels are read as methods and arenas", () => {
  assert.equal(placeKey("Al-Anbar Province"), placeKey("Anbar"));
  assert.equal(placeKey("Tillabéri"), placeKey("Tillaberi"));
  assert.deepEqual(["IEDs", "sniper fire", "targeted killings", "exchanges of fire", "other attacks", "poetry"].map(methodFromLabel), ["ied", "sniper", "shooting", "armed_assault", "other", null]);
  assert.equal(scopeOf("attacks by admin1 (Summary of ISIS's activity in Syria in 2020)"), "Syria");
  assert.equal(scopeOf("attacks by arena (Main events of 2020)"), null);
});

test("an arena breakdown is compared item by item, and the total's difference is located", () => {
  const s = statistic({ breakdown: [{ label: "Iraq", value: 3 }, { label: "Sinai Peninsula", value: 2 }, { label: "West Africa", value: 1 }] });
  const plan = planComparison(s, { perpetrators: ["ISIS"] });
  assert.deepEqual(plan.totals, { by: ["arena"], filter: { from: "2021-01-07", to: "2021-01-13", category: ["attack"], perpetrator: ["ISIS"] }, withIds: true });
  assert.deepEqual(plan.items?.by, ["arena", "country", "admin1"]);
  assert.equal(plan.previous, null, "no previous-period figure, no query for it");
  const totals = [row(["Iraq"], 4, ["a", "b", "c", "d"]), row(["Sinai"], 1, ["e"]), row(["Somalia"], 1, ["f"])];
  const items = [row(["Iraq", "IQ", "Diyala"], 3, ["a", "b", "c"]), row(["Iraq", "IQ", "Kirkuk"], 1, ["d"]), row(["Sinai", "EG", "North Sinai"], 1, ["e"]), row(["Somalia", "SO", "Bari"], 1, ["f"])];
  const c = compareStatistic(plan, totals, items);
  assert.deepEqual(c.items.map((i) => [i.label, i.key, i.claimed, i.ours.low, i.difference]), [
    ["Iraq", "Iraq", 3, 4, 1],
    ["Sinai Peninsula", "Sinai", 2, 1, -1],
    ["West Africa", "West Africa", 1, 0, -1],
  ]);
  assert.deepEqual(c.items[0]?.ids, ["a", "b", "c", "d"]);
  assert.deepEqual([c.total.claimed, c.total.ours.low, c.total.difference], [6, 6, 0]);
  assert.deepEqual(c.unlisted.map((u) => [u.label, u.ours.low, u.ids]), [["Somalia", 1, ["f"]]]);
  assert.equal(differenceSummary(c), "by item: Iraq +1, Sinai Peninsula -1, West Africa -1, Somalia +1 (not in the published breakdown)");
  assert.equal(c.previous, null);
});

test("ISIS's province names in an arena breakdown count their arena or country", () => {
  const s = statistic({ total: 5, breakdown: [{ label: "Wilayat Gharb Ifriqiya", value: 3 }, { label: "Mozambique", value: 2 }] });
  const items = [row(["West Africa", "NG", "Borno"], 2, ["n1", "n2"]), row(["West Africa", "NE", "Diffa"], 1, ["n3"]), row(["Central Africa", "MZ", "Cabo Delgado"], 1, ["m1"]), row(["Central Africa", "CD", "North Kivu"], 4, ["c1", "c2", "c3", "c4"])];
  const c = compareStatistic(planComparison(s, { perpetrators: ["ISIS"], admin1Of }), [row(["West Africa"], 3, ["n1", "n2", "n3"]), row(["Central Africa"], 5, ["m1", "c1", "c2", "c3", "c4"])], items);
  assert.deepEqual(c.items.map((i) => [i.label, i.key, i.ours.low, i.difference]), [["Wilayat Gharb Ifriqiya", "West Africa", 3, 0], ["Mozambique", "MZ", 1, -1]]);
  assert.deepEqual(c.unlisted.map((u) => [u.label, u.ours.low]), [["Central Africa", 4]], "the Congo's incidents are the part of Central Africa the breakdown leaves out");
});

test("an admin-1 breakdown: a region and a list of provinces are compared with the sum of their admin-1s, and a region whose parts are listed is not counted twice", () => {
  const s = statistic({
    subject: "attacks by admin1 (Summary of ISIS's activity in Syria in 2020)",
    dimension: "admin1",
    period: { start: "2020-01-01", end: "2020-12-31" },
    total: 20,
    breakdown: [
      { label: "Euphrates Valley", value: 12 },
      { label: "Deir ez-Zor", value: 9 },
      { label: "Al-Raqqah", value: 3 },
      { label: "Homs and Hama", value: 5 },
      { label: "Wilayat al-Barakah", value: 2 },
      { label: "Atlantis", value: 1 },
    ],
  });
  const plan = planComparison(s, { perpetrators: ["ISIS"], admin1Of });
  assert.equal(plan.scope, "Syria");
  // Ours: Deir ez-Zor 7, Raqqa 4, Homs 2, Hama 1, Al-Hasakah 2, Aleppo 1 (= 17 in Syria); Anbar 5 in Iraq.
  const items = [
    row(["Syria", "SY", "Deir ez-Zor"], 7, ["d1", "d2", "d3", "d4", "d5", "d6", "d7"]),
    row(["Syria", "SY", "Raqqa"], 4, ["r1", "r2", "r3", "r4"]),
    row(["Syria", "SY", "Homs"], 2, ["h1", "h2"]),
    row(["Syria", "SY", "Hama"], 1, ["m1"]),
    row(["Syria", "SY", "Al-Hasakah"], 2, ["k1", "k2"]),
    row(["Syria", "SY", "Aleppo"], 1, ["a1"]),
    row(["Iraq", "IQ", "Anbar"], 5, ["x1", "x2", "x3", "x4", "x5"]),
  ];
  const c = compareStatistic(plan, [row(["Syria"], 17, []), row(["Iraq"], 5, [])], items);
  assert.deepEqual(c.items.map((i) => [i.label, i.key, i.claimed, i.ours.low, i.difference]), [
    ["Euphrates Valley", "Deir ez-Zor + Raqqa", 12, 11, -1], // 7 + 4; Iraq's Anbar left out by the Syria scope
    ["Deir ez-Zor", "Deir ez-Zor", 9, 7, -2],
    ["Al-Raqqah", "Raqqa", 3, 4, 1],
    ["Homs and Hama", "Homs + Hama", 5, 3, -2],
    ["Wilayat al-Barakah", "Al-Hasakah", 2, 2, 0],
    ["Atlantis", null, 1, 0, null],
  ]);
  const valley = c.items[0]!;
  assert.deepEqual(valley.listedParts, ["Deir ez-Zor", "Al-Raqqah"]);
  assert.match(valley.explanation, /Euphrates Valley spans 2 admin-1s \(Deir ez-Zor, Raqqa\): compared with their sum/);
  assert.match(valley.explanation, /its parts outside Syria are left out/);
  assert.match(c.items[3]!.explanation, /names 2 places \(Homs, Hama\): compared with their sum/);
  assert.equal(c.items[5]!.status, "not_compared");
  assert.deepEqual([c.total.label, c.total.ours.low, c.total.difference], ["total (Syria)", 17, -3]);
  assert.deepEqual(c.unlisted.map((u) => [u.label, u.ids]), [["Aleppo", ["a1"]]], "Anbar is outside the scope");
  // The valley is the sum of two listed items: the summary counts the parts only.
  assert.equal(differenceSummary(c), "by item: Deir ez-Zor -2, Al-Raqqah +1, Homs and Hama -2, Aleppo +1 (not in the published breakdown)");
});

test("without the gazetteer, admin-1 labels are matched to the rows by name, and the arena is voted from them", () => {
  const s = statistic({ subject: "attacks by admin1", dimension: "admin1", total: 10, breakdown: [{ label: "Diyala", value: 6 }, { label: "Al-Anbar", value: 3 }, { label: "Kirkuk and Salah al-Din", value: 1 }] });
  const plan = planComparison(s, { perpetrators: ["ISIS"] });
  assert.equal(plan.scope, null);
  const items = [row(["Iraq", "IQ", "Diyala"], 6, []), row(["Iraq", "IQ", "Anbar"], 2, ["x", "y"]), row(["Iraq", "IQ", "Kirkuk"], 1, ["z"]), row(["Syria", "SY", "Raqqa"], 2, [])];
  const c = compareStatistic(plan, [row(["Iraq"], 9, []), row(["Syria"], 2, [])], items);
  assert.equal(c.scope, "Iraq");
  assert.deepEqual(c.items.map((i) => [i.label, i.ours.low, i.difference]), [["Diyala", 6, 0], ["Al-Anbar", 2, -1], ["Kirkuk and Salah al-Din", 1, 0]]);
  assert.deepEqual([c.total.label, c.total.ours.low, c.total.difference], ["total (Iraq)", 9, -1]);
  assert.deepEqual(c.unlisted, [], "Raqqa is outside the voted scope");
});

test("a previous-week figure is compared with our count for the week before, and a week the store does not cover is said to be a gap", () => {
  const s = statistic({ total: 6, previous_period_total: 9, breakdown: [{ label: "Iraq", value: 6 }] });
  const plan = planComparison(s, { perpetrators: ["ISIS"] });
  assert.deepEqual(plan.previous?.period, { start: "2020-12-31", end: "2021-01-06" });
  assert.deepEqual(plan.previous?.totals.filter, { from: "2020-12-31", to: "2021-01-06", category: ["attack"], perpetrator: ["ISIS"] });
  assert.deepEqual(plan.previous?.coverage, { by: [], filter: { from: "2020-12-31", to: "2021-01-06" } });
  const totals = [row(["Iraq"], 5, ["a", "b", "c", "d", "e"])];
  const items = [row(["Iraq", "IQ", "Diyala"], 5, ["a", "b", "c", "d", "e"])];
  const covered = compareStatistic(plan, totals, items, { coverage: [row([], 8, [])], previousTotals: [row(["Iraq"], 7, ["p1", "p2", "p3", "p4", "p5", "p6", "p7"]), row(["Syria"], 4, ["s1", "s2", "s3", "s4"])], previousCoverage: [row([], 13, [])] });
  assert.deepEqual([covered.previous?.total.claimed, covered.previous?.total.ours.low, covered.previous?.total.difference, covered.previous?.coverage], [9, 11, 2, 13]);
  assert.equal(covered.previous?.total.label, "previous period total");
  assert.doesNotMatch(covered.previous?.total.explanation ?? "", /no incident of any kind/);
  const gap = compareStatistic(plan, totals, items, { coverage: [row([], 8, [])], previousTotals: [], previousCoverage: [] });
  assert.deepEqual([gap.previous?.total.ours.low, gap.previous?.total.difference, gap.previous?.coverage], [0, -9, 0]);
  assert.match(gap.previous?.total.explanation ?? "", /^our count is short by 9: .*\(the store holds no incident of any kind in this period/);
  assert.equal(compareStatistic(plan, totals, items).previous, null, "not given the rows, the comparison leaves the previous week out");
});

test("a year-long statistic's previous period is the year before", () => {
  const plan = planComparison(statistic({ period: { start: "2020-01-01", end: "2020-12-31" }, previous_period_total: 1000 }), { perpetrators: ["ISIS"] });
  assert.deepEqual(plan.previous?.period, { start: "2019-01-01", end: "2019-12-31" });
});
