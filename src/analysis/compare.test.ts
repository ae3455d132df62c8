import { test } from "node:test";
import assert from "node:assert/strict";
import type { AggregateRow, StoredStatistic } from "../core/analysis.ts";
import { compareFigure, compareStatistic, differenceSummary, methodFromLabel, placeKey, planComparison, scopeOf } from "./compare.ts";

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

test("a figure we exceed names our incidents the claim lacks; one we fall short of says by how much", () => {
  assert.equal(compareFigure("Iraq", "Iraq", 3, { low: 4, high: 4 }, ["a", "b", "c", "d"], "incidents").explanation, "we count 1 more: the published figure lacks at least 1 of our 4 incidents (a, b, c, d)");
  const short = compareFigure("Sinai", "Sinai", 2, { low: 1, high: 1 }, ["e"], "incidents");
  assert.deepEqual([short.difference, short.explanation], [-1, "our count is short by 1: the published figure has 2, we have 1 incident (e)"]);
  assert.equal(compareFigure("x", null, 5, { low: 5, high: 5 }, [], "incidents").explanation, "agrees");
});

test("a claimed casualty count inside our range agrees; an open-ended range is never short", () => {
  assert.deepEqual([compareFigure("t", null, 12, { low: 10, high: 14 }, [], "casualties").difference, compareFigure("t", null, 12, { low: 10, high: 14 }, [], "casualties").explanation], [0, "within our range 10-14"]);
  assert.equal(compareFigure("t", null, 50, { low: 10, high: null }, [], "casualties").difference, 0);
  assert.equal(compareFigure("t", null, 15, { low: 10, high: 14 }, [], "casualties").difference, -1);
});

test("published labels are read as places, methods and arenas", () => {
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
  const c = compareStatistic(plan, [row(["Iraq"], 4, ["a", "b", "c", "d"]), row(["Sinai"], 1, ["e"]), row(["Somalia"], 1, ["f"])], []);
  assert.deepEqual(c.items.map((i) => [i.label, i.key, i.claimed, i.ours.low, i.difference]), [
    ["Iraq", "Iraq", 3, 4, 1],
    ["Sinai Peninsula", "Sinai", 2, 1, -1],
    ["West Africa", "West Africa", 1, 0, -1],
  ]);
  assert.deepEqual([c.total.claimed, c.total.ours.low, c.total.difference], [6, 6, 0]);
  assert.deepEqual(c.unlisted.map((u) => [u.label, u.ours.low, u.ids]), [["Somalia", 1, ["f"]]]);
  assert.equal(differenceSummary(c), "by item: Iraq +1, Sinai Peninsula -1, West Africa -1, Somalia +1 (not in the published breakdown)");
});

test("an admin-1 breakdown is scoped to the arena its subject names and skips labels spanning several provinces", () => {
  const s = statistic({
    subject: "attacks by admin1 (Summary of ISIS's activity in Iraq in 2020)",
    dimension: "admin1",
    total: 10,
    breakdown: [{ label: "Diyala", value: 6 }, { label: "Al-Anbar", value: 3 }, { label: "Kirkuk and Salah al-Din", value: 1 }],
  });
  const plan = planComparison(s, { perpetrators: ["ISIS"] });
  assert.equal(plan.scope, "Iraq");
  assert.deepEqual(plan.items?.by, ["arena", "admin1"]);
  const c = compareStatistic(plan, [row(["Iraq"], 9, []), row(["Syria"], 2, [])], [row(["Iraq", "Diyala"], 6, []), row(["Iraq", "Anbar"], 2, ["x", "y"]), row(["Iraq", "Kirkuk"], 1, ["z"]), row(["Syria", "Raqqa"], 2, [])]);
  assert.deepEqual(c.items.map((i) => [i.label, i.key, i.difference]), [["Diyala", "Diyala", 0], ["Al-Anbar", "Anbar", -1], ["Kirkuk and Salah al-Din", null, null]]);
  assert.deepEqual([c.total.label, c.total.ours.low, c.total.difference], ["total (Iraq)", 9, -1]);
  assert.deepEqual(c.unlisted.map((u) => [u.label, u.ids]), [["Kirkuk", ["z"]]], "Raqqa is outside the scope");
});
