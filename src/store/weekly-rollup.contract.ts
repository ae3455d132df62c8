// The weekly place rollup (weekly-rollup.ts) on every engine: where it answers, the same rows as
// the daily rollups and as grouping the incidents, first and last dates included, through ingest,
// edits that move an incident between weeks, retractions and bulk imports; where it cannot (a
// mid-week bound, another week start, a non-place filter) the daily rollups answer instead.

import { test } from "node:test";
import assert from "node:assert/strict";
import type { AggregateQuery, AggregateRow } from "../core/analysis.ts";
import type { Store } from "../core/store.ts";
import { incident, loadCorpus, type AnalysisStoreFactory } from "./analysis.contract.ts";
import { aggregate, rollupFor } from "./shared/aggregate.ts";
import { KyselyStore } from "./shared/kysely-store.ts";

/** Queries the weekly rollup answers: places by Thursday week, bounds on week boundaries (2020-12-31 and 2021-01-07 are Thursdays). */
export const WEEKLY_QUERIES: AggregateQuery[] = [
  { by: ["admin1", "week"], filter: {} },
  { by: ["week"], filter: {} },
  { by: ["week", "arena"], filter: {}, weekStart: "thu" },
  { by: ["country", "admin1", "week"], filter: { country: ["IQ", "EG"] } },
  { by: ["arena", "week"], filter: { from: "2020-12-31", to: "2021-01-13" } },
  { by: ["week", "country"], filter: { from: "2021-01-07", arena: ["Iraq", "Sinai"] } },
  { by: ["admin1", "week"], filter: { to: "2021-01-13", admin1: ["Diyala", "Kirkuk", "Anbar"] } },
];

/** Queries only the daily rollups answer, each still equal to grouping the incidents. */
const DAILY_QUERIES: AggregateQuery[] = [
  { by: ["admin1", "week"], filter: { from: "2021-01-08" } },
  { by: ["admin1", "week"], filter: { to: "2021-01-12" } },
  { by: ["arena", "week"], filter: { from: "2021-01-07", to: "2021-01-14" } },
  { by: ["admin1", "week"], filter: {}, weekStart: "mon" },
  { by: ["admin1", "week"], filter: { claim: ["claimed"] } },
  { by: ["admin1", "week", "category"], filter: {} },
];

/** Each weekly query: the weekly rollup read, and its rows equal to the daily rollups' and the incidents'. */
export async function weeklySameAsDaily(store: Store, label: string): Promise<void> {
  assert.ok(store instanceof KyselyStore);
  for (const q of WEEKLY_QUERIES) {
    const what = `${label}: ${JSON.stringify(q)}`;
    assert.equal(rollupFor(q)?.table, "weekly_place_counts", what);
    assert.equal(rollupFor(q, false)?.table, "daily_place_counts", what);
    const weekly = await store.aggregate(q);
    assert.ok(weekly.length > 0, `${what} has rows`);
    assert.deepEqual(weekly, await aggregate(store.db, store.adapter, q, { weekly: false }), `${what} (daily rollups)`);
    assert.deepEqual(weekly, await store.aggregateIncidents(q), `${what} (incidents)`);
  }
}

/** key → "incidents first..last". */
function spans(rows: readonly AggregateRow[]): Record<string, string> {
  return Object.fromEntries(rows.map((r) => [r.key.join(" / "), `${r.incidents} ${r.first}..${r.last}`]));
}

export function weeklyRollupContract(factory: AnalysisStoreFactory): void {
  const withCorpus = (name: string, body: (store: KyselyStore) => Promise<void>) =>
    test(name, async () => {
      const store = await factory();
      try {
        assert.ok(store instanceof KyselyStore);
        await loadCorpus(store);
        await body(store);
      } finally {
        await store.close();
      }
    });

  withCorpus("the weekly rollup gives the daily rollups' rows, first and last dates included, through edits, retractions and imports", async (store) => {
    await weeklySameAsDaily(store, "corpus");
    const arenaWeeks = { by: ["arena", "week"], filter: {} } satisfies AggregateQuery;
    // Counted by hand from CORPUS: Iraq's week of Thursday Jan 7 holds B (Thu), H (Fri) and C (Wed).
    assert.equal(spans(await store.aggregate(arenaWeeks))["Iraq / 2021-01-07"], "3 2021-01-07..2021-01-13");
    const rev = async (id: string) => (await store.getIncident(id))?.revision ?? 0;
    // C moves from the last day of one week to the last day of the next; B, the first day of its week, goes.
    await store.edit("C", { admin1: "Anbar", event_date: "2021-01-20" }, { by: "test", reason: "moved", expectedRevision: await rev("C") });
    await store.retract("B", "test: the first day of its week");
    await weeklySameAsDaily(store, "after an edit across weeks and a retraction");
    const after = spans(await store.aggregate(arenaWeeks));
    assert.equal(after["Iraq / 2021-01-07"], "1 2021-01-08..2021-01-08");
    assert.equal(after["Iraq / 2021-01-14"], "1 2021-01-20..2021-01-20");
    await store.importIncidents({ name: "weeks.jsonl", format: "jsonl", hash: "w" }, (async function* () {
      yield incident({ id: "jsonl:w1", event_date: "2021-01-19", country: "IQ", admin1: "Anbar", document: "weeks.jsonl" });
      yield incident({ id: "jsonl:w2", event_date: "2021-01-21", country: "IQ", admin1: "Anbar", document: "weeks.jsonl" });
      yield incident({ id: "jsonl:w3", event_date: "1969-12-24", country: "IQ", admin1: "Anbar", document: "weeks.jsonl" });
    })());
    await weeklySameAsDaily(store, "after a bulk import");
    const imported = spans(await store.aggregate({ by: ["admin1", "week"], filter: { admin1: ["Anbar"] } }));
    assert.deepEqual(imported, {
      "Anbar / 1969-12-18": "1 1969-12-24..1969-12-24",
      "Anbar / 2021-01-14": "2 2021-01-19..2021-01-20",
      "Anbar / 2021-01-21": "1 2021-01-21..2021-01-21",
    });
  });

  withCorpus("a mid-week bound, another week start or a non-place filter reads the daily rollups and is still right", async (store) => {
    for (const q of DAILY_QUERIES) {
      assert.notEqual(rollupFor(q)?.table, "weekly_place_counts", JSON.stringify(q));
      assert.notEqual(rollupFor(q), null, JSON.stringify(q));
      assert.deepEqual(await store.aggregate(q), await store.aggregateIncidents(q), JSON.stringify(q));
    }
    // A Friday from: Diyala's week of Jan 7 keeps H (Fri) but not B (Thu).
    assert.equal(spans(await store.aggregate({ by: ["admin1", "week"], filter: { from: "2021-01-08" } }))["Diyala / 2021-01-07"], "1 2021-01-08..2021-01-08");
    // Not a real day: left to the daily rollups, which compare the text as the incidents do.
    assert.equal(rollupFor({ by: ["week"], filter: { from: "2021-02-30" } })?.table, "daily_place_counts");
  });
}
