// A dataset file's new incidents, written in bulk (import.ts decides which records are new): rows,
// first revisions, reports, full-text entries and possible-duplicate flags, as multi-row inserts.

import type { Kysely } from "kysely";
import type { Incident } from "../../core/incident.ts";
import type { ImportSource, IncidentState } from "../../core/store.ts";
import type { EngineAdapter } from "./adapter.ts";
import { bulkInsert } from "./bulk-insert.ts";
import { insertIncidentRows } from "./insert-incidents.ts";
import { chunks, stateColumns } from "./rows.ts";
import type { Database, PossibleDuplicatesTable, ReportsTable } from "./schema.ts";
import { searchFields } from "./search-text.ts";

/** A new incident and, when the caller has it, the JSON text its `data` holds. */
export type Created = { state: IncidentState; data: string | undefined };

/** The dataset a record belongs to: rows of one dataset are never merged with each other. */
export function datasetOf(x: Incident, source: ImportSource): string {
  return (x.source_dataset?.name ?? source.format).replace(/[^a-z0-9_-]/gi, "").toLowerCase() || "dataset";
}

/** New incidents as multi-row inserts: rows, first revisions, reports, search entries, possible-duplicate flags. */
export async function insertImported(
  db: Kysely<Database>,
  adapter: EngineAdapter,
  now: string,
  by: string,
  source: ImportSource,
  items: readonly Created[],
  reports: readonly ReportsTable[],
  pairs: readonly PossibleDuplicatesTable[],
): Promise<void> {
  if (items.length === 0) return;
  const created = items.map((c) => c.state);
  const rows = items.map(({ state: s, data }) => ({ row: { id: s.id, ...stateColumns(s, data), revision: 1, created_at: now, updated_at: now, datasets: `|${datasetOf(s, source)}|` }, incident: s }));
  const seqById = await insertIncidentRows(db, adapter, rows);
  const reason = `imported from ${source.name}`;
  const revisions = created.map((s) => ({ incident_id: s.id, revision: 1, at: now, by, reason, kind: "create", before: "{}", after: "{}" }));
  await bulkInsert(db, adapter, "revisions", revisions);
  await bulkInsert(db, adapter, "reports", reports);
  const search = created.map((s) => ({ seq: seqById.get(s.id)!, ...searchFields(s, [s.quote]) }));
  for (const part of chunks(search, 4, adapter.maxParameters)) await adapter.writeSearch(db, part, { fresh: true });
  await bulkInsert(db, adapter, "possible_duplicates", pairs);
}
