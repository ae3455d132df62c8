// New incident rows in bulk, for ingest and dataset imports: multi-row inserts while the rollups'
// insert trigger stands aside (a row in bulk_loads, which only this transaction ever sees), then
// the rows' sums per group written to each rollup once (the weekly one too). Per-row upserts in a
// trigger cost more than the row itself (and on SQLite re-read the JSON behind every analysis column).

import { sql, type Insertable, type Kysely } from "kysely";
import type { EngineAdapter } from "./adapter.ts";
import { bulkInsert } from "./bulk-insert.ts";
import type { Incident } from "../../core/incident.ts";
import { BULK_LOAD_TABLE, ROLLUPS, rollupMeasures, rollupUpserts } from "./rollup.ts";
import type { Database, IncidentsTable } from "./schema.ts";
import { weeklyUpserts } from "./weekly-rollup.ts";

type NewRow = Insertable<IncidentsTable> & { methods: string; target_type: string };

/** Inserts the rows (in this transaction; `incident` is what each row's `data` holds) and returns their `seq` keys by id. */
export async function insertIncidentRows(db: Kysely<Database>, adapter: EngineAdapter, items: readonly { row: NewRow; incident: Incident }[]): Promise<Map<string, number>> {
  const seqById = new Map<string, number>();
  const rows = items.map((x) => x.row);
  const first = rows[0];
  if (first === undefined) return seqById;
  await sql`insert into ${sql.table(BULK_LOAD_TABLE)} (id) values (1)`.execute(db);
  for (const r of await bulkInsert<"incidents", { seq: number; id: string }>(db, adapter, "incidents", rows, ["seq", "id"])) seqById.set(r.id, r.seq);
  const measures = rollupMeasures(items);
  for (const r of ROLLUPS) for (const statement of rollupUpserts(r, items, adapter, measures)) await db.executeQuery(statement);
  for (const statement of weeklyUpserts(items, adapter, measures)) await db.executeQuery(statement);
  await sql`delete from ${sql.table(BULK_LOAD_TABLE)}`.execute(db);
  return seqById;
}
