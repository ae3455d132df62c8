// A database made before migration 0005 (rollups with integer days and a per-method rollup) keeps
// its incidents and gets rollups equal to grouping them. The incidents are written as rows while the
// schema is at 0004, so 0004's triggers count them and 0005 must rebuild every rollup from them.

import assert from "node:assert/strict";
import { sql, type Kysely } from "kysely";
import type { AggregateQuery } from "../core/analysis.ts";
import type { Incident } from "../core/incident.ts";
import { CORPUS, incident } from "./analysis.contract.ts";
import type { EngineAdapter } from "./shared/adapter.ts";
import type { KyselyStore } from "./shared/kysely-store.ts";
import { migrateUpTo } from "./shared/migrations.ts";
import { stateColumns } from "./shared/rows.ts";
import type { Database } from "./shared/schema.ts";
import { weeklySameAsDaily } from "./weekly-rollup.contract.ts";

const QUERIES: AggregateQuery[] = [
  { by: ["admin1", "week"], filter: {} },
  { by: ["arena", "month"], filter: {} },
  { by: ["claim", "perpetrator", "target_type"], filter: { country: ["IQ", "EG"] } },
  { by: ["method"], filter: {} },
  { by: ["country", "method", "week"], filter: {}, weekStart: "mon" },
];

/** `db` is an empty database; `open` opens it as a store (which migrates it to the latest schema). */
export async function checkUpgradeFrom0004(db: Kysely<Database>, adapter: EngineAdapter, open: () => Promise<KyselyStore>): Promise<void> {
  await migrateUpTo(db, adapter, "0004_rollup");
  const now = "2024-01-01T00:00:00.000Z";
  for (const x of CORPUS) {
    const status = x.id === "F" ? "retracted" : "active";
    await db.insertInto("incidents").values({ id: x.id, ...stateColumns({ ...x, status, retraction_reason: status === "active" ? null : "test" }), revision: 1, created_at: now, updated_at: now }).execute();
  }
  const old = await sql<{ n: number }>`select count(*) as n from daily_place_counts`.execute(db);
  assert.ok(Number(old.rows[0]?.n) > 0, "0004's triggers counted the rows");
  await db.destroy();
  const store = await open();
  try {
    for (const q of QUERIES) assert.deepEqual(await store.aggregate(q), await store.aggregateIncidents(q), JSON.stringify(q));
    assert.equal((await store.aggregate({ by: [], filter: {} }))[0]?.incidents, CORPUS.length - 1);
  } finally {
    await store.close();
  }
}

/**
 * A database at 0006 (daily rollups only) with incidents gets a weekly rollup equal to the daily
 * rollups and the incidents, and the triggers 0007 recreates keep it so for rows written directly.
 */
export async function checkUpgradeFrom0006(db: Kysely<Database>, adapter: EngineAdapter, open: () => Promise<KyselyStore>): Promise<void> {
  await migrateUpTo(db, adapter, "0006_page_indexes");
  const now = "2024-01-01T00:00:00.000Z";
  const row = (x: Incident, status: "active" | "retracted") => ({ id: x.id, ...stateColumns({ ...x, status, retraction_reason: status === "active" ? null : "test" }), revision: 1, created_at: now, updated_at: now });
  for (const x of CORPUS) await db.insertInto("incidents").values(row(x, x.id === "F" ? "retracted" : "active")).execute();
  await db.destroy();
  const store = await open();
  try {
    const weeks = await sql<{ n: number }>`select count(*) as n from weekly_place_counts`.execute(store.db);
    assert.ok(Number(weeks.rows[0]?.n) > 0, "0007 filled the weekly rollup");
    await weeklySameAsDaily(store, "after the upgrade");
    // The insert trigger (a row written straight into the table) adds to the weekly rollup too.
    await store.db.insertInto("incidents").values(row(incident({ id: "direct", event_date: "2021-01-12", country: "IQ", admin1: "Diyala" }), "active")).execute();
    await weeklySameAsDaily(store, "after a direct insert");
    assert.equal((await store.aggregate({ by: [], filter: {} }))[0]?.incidents, CORPUS.length);
  } finally {
    await store.close();
  }
}
