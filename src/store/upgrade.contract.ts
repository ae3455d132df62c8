// A database made before migration 0005 (rollups with integer days and a per-method rollup) keeps
// its incidents and gets rollups equal to grouping them. The incidents are written as rows while the
// schema is at 0004, so 0004's triggers count them and 0005 must rebuild every rollup from them.

import assert from "node:assert/strict";
import { sql, type Kysely } from "kysely";
import type { AggregateQuery } from "../core/analysis.ts";
import { CORPUS } from "./analysis.contract.ts";
import type { EngineAdapter } from "./shared/adapter.ts";
import type { KyselyStore } from "./shared/kysely-store.ts";
import { migrateUpTo } from "./shared/migrations.ts";
import { stateColumns } from "./shared/rows.ts";
import type { Database } from "./shared/schema.ts";

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
