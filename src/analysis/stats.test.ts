import { test } from "node:test";
import assert from "node:assert/strict";
import { formatRange, lethality, shownMetrics, statNotes, statRecords } from "./stats.ts";

test("lethality is casualties per incident with the range carried through", () => {
  assert.deepEqual(lethality({ low: 11, high: null }, 4), { low: 2.75, high: null });
  assert.deepEqual(lethality({ low: 6, high: 6 }, 3), { low: 2, high: 2 });
  assert.deepEqual(lethality({ low: 1, high: 2 }, 3), { low: 0.33, high: 0.67 });
  assert.deepEqual(lethality({ low: 0, high: 0 }, 0), { low: 0, high: 0 });
});

test("records name their keys by dimension", () => {
  const [r] = statRecords(["arena", "week"], [{ key: ["Iraq", "2021-01-07"], incidents: 2, killed: { low: 1, high: 3 }, wounded: { low: 0, high: 0 }, casualties: { low: 1, high: 3 }, first: "2021-01-07", last: "2021-01-08" }]);
  assert.deepEqual(r?.key, { arena: "Iraq", week: "2021-01-07" });
  assert.deepEqual(r?.lethality, { low: 0.5, high: 1.5 });
});

test("ranges print as a number, low-high, or low+ when open-ended", () => {
  assert.deepEqual([formatRange({ low: 3, high: 3 }), formatRange({ low: 2, high: 5 }), formatRange({ low: 2, high: null })], ["3", "2-5", "2+"]);
});

test("a metric shows the incident count beside it", () => {
  assert.deepEqual(shownMetrics("casualties"), ["incidents", "casualties"]);
  assert.deepEqual(shownMetrics("incidents"), ["incidents"]);
  assert.equal(shownMetrics(undefined).length, 5);
});

test("grouping by method says that incidents are counted once per method", () => {
  const row = (n: number) => ({ key: ["ied"], incidents: n, killed: { low: 0, high: 0 }, wounded: { low: 0, high: 0 }, casualties: { low: 0, high: 0 }, first: "", last: "" });
  assert.match(statNotes(["method"], 7, [row(5), row(3)])[0]!, /once per method.*8 incident-methods for 7 incidents/);
  assert.equal(statNotes(["week"], 7, [row(7)]).length, 1);
});
