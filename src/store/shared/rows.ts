// Rows to records and back, and the bookkeeping every incident write shares: compare-and-set
// update, revision row, full-text entry.

import type { Kysely, Selectable } from "kysely";
import type { Incident } from "../../core/incident.ts";
import { StaleRevisionError, type IncidentRecord, type IncidentState, type Revision, type RevisionKind, type StoredDocument } from "../../core/store.ts";
import type { EngineAdapter } from "./adapter.ts";
import type { Database, DocumentsTable, IncidentsTable, RevisionsTable } from "./schema.ts";
import { searchFields } from "./search-text.ts";

export type IncidentRow = Selectable<IncidentsTable>;

const NOT_INCIDENT = new Set(["status", "retraction_reason", "revision", "created_at", "updated_at", "reports", "possible_duplicates"]);

/** The interchange fields of a record (what `incidents.data` holds). */
export function incidentOf(r: IncidentState): Incident {
  return Object.fromEntries(Object.entries(r).filter(([k]) => !NOT_INCIDENT.has(k))) as unknown as Incident;
}

export function stateOf(r: IncidentRecord): IncidentState {
  const { revision: _v, created_at: _c, updated_at: _u, ...state } = r;
  return state;
}

/** The columns a record is read from. */
export type CandidateRow = Pick<IncidentRow, "id" | "revision" | "status" | "retraction_reason" | "created_at" | "updated_at" | "data" | "event_date" | "admin1">;

export function recordFromRow(row: Omit<CandidateRow, "event_date" | "admin1">): IncidentRecord {
  const incident = JSON.parse(row.data) as Incident;
  return {
    ...incident,
    id: row.id,
    revision: row.revision,
    status: row.status === "retracted" ? "retracted" : "active",
    retraction_reason: row.retraction_reason,
    created_at: row.created_at,
    updated_at: row.updated_at,
  };
}

/**
 * `reports.data` of a report whose record is, character for character, the `data` its incident was
 * created with: a dataset import's new incidents (most of a file) would otherwise store every record
 * twice. It stays true while the incident is at revision 1; `writeState` writes the record out in
 * full before the incident's first change (migration 0008 marks databases that may hold it).
 */
export const SAME_AS_INCIDENT = "";

/** The record a report holds, given the report's `data` and its incident's current `data`. */
export function reportRecord(reportData: string, incidentData: string): Incident {
  return JSON.parse(reportData === SAME_AS_INCIDENT ? incidentData : reportData) as Incident;
}

/** `JSON.stringify(incident)` is what `data` holds for a state made of it (same keys, none of the bookkeeping). */
export function holdsNoBookkeeping(incident: object): boolean {
  for (const k in incident) if (NOT_INCIDENT.has(k)) return false;
  return true;
}

/** The columns an incident's state sets (all but seq, revision and timestamps); `data` when the caller has it already. */
export function stateColumns(s: IncidentState, data?: string) {
  return {
    event_date: s.event_date,
    country: s.country,
    admin1: s.admin1,
    category: s.category,
    methods: `|${s.methods.join("|")}|`,
    target_type: s.target_type,
    status: s.status,
    retraction_reason: s.retraction_reason,
    data: data ?? JSON.stringify(incidentOf(s)),
  };
}

export function documentFromRow(d: Selectable<DocumentsTable>): StoredDocument {
  return {
    id: d.id,
    name: d.name,
    hash: d.hash,
    title: d.title,
    period: d.period_start !== null && d.period_end !== null ? { start: d.period_start, end: d.period_end } : null,
    publisher: d.publisher,
    published: d.published,
    ingested_at: d.ingested_at,
    version: d.version,
    superseded_by: d.superseded_by,
    incident_count: d.incident_count,
    format: d.format,
  };
}

export function revisionFromRow(r: Selectable<RevisionsTable>): Revision {
  return {
    incident_id: r.incident_id,
    revision: r.revision,
    at: r.at,
    by: r.by,
    reason: r.reason,
    kind: r.kind as RevisionKind,
    before: JSON.parse(r.before) as Partial<IncidentState>,
    after: JSON.parse(r.after) as Partial<IncidentState>,
  };
}

/** The fields whose values differ, as before/after halves. */
export function diffStates(a: IncidentState, b: IncidentState): { before: Partial<IncidentState>; after: Partial<IncidentState> } {
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof IncidentState>;
  for (const k of keys) {
    if (JSON.stringify(a[k]) !== JSON.stringify(b[k])) {
      before[k] = a[k] ?? null;
      after[k] = b[k] ?? null;
    }
  }
  return { before: before as Partial<IncidentState>, after: after as Partial<IncidentState> };
}

export interface WriteMeta {
  at: string;
  by: string;
  reason: string;
  kind: RevisionKind;
}

export async function loadIncident(db: Kysely<Database>, id: string): Promise<IncidentRecord | null> {
  const row = await db.selectFrom("incidents").selectAll().where("id", "=", id).executeTakeFirst();
  return row ? recordFromRow(row) : null;
}

/** Re-indexes an incident for full-text search from its current state and every quote reporting it. */
export async function reindex(db: Kysely<Database>, adapter: EngineAdapter, id: string): Promise<void> {
  const row = await db.selectFrom("incidents").select(["seq", "data"]).where("id", "=", id).executeTakeFirstOrThrow();
  const reports = await db.selectFrom("reports").select("data").where("incident_id", "=", id).where("data", "!=", SAME_AS_INCIDENT).execute();
  const incident = JSON.parse(row.data) as Incident;
  // A report holding SAME_AS_INCIDENT has the incident's own quote, which is in the list already.
  const quotes = [incident.quote, ...reports.map((r) => (JSON.parse(r.data) as Incident).quote)];
  await adapter.writeSearch(db, [{ seq: row.seq, ...searchFields(incident, quotes) }]);
}

/**
 * Writes `next` as the incident's new state if it differs from `current`: a compare-and-set on the
 * revision number (a concurrent writer makes this refuse, never overwrite) and a revision row.
 * Returns the new record, or `current` when nothing changed.
 */
export async function writeState(db: Kysely<Database>, adapter: EngineAdapter, current: IncidentRecord, next: IncidentState, meta: WriteMeta): Promise<IncidentRecord> {
  const diff = diffStates(stateOf(current), next);
  if (Object.keys(diff.after).length === 0) return current;
  const revision = current.revision + 1;
  // Reports sharing the incident's record get their own copy before the record changes.
  if (current.revision === 1) {
    await db
      .updateTable("reports")
      .set((eb) => ({ data: eb.selectFrom("incidents").select("incidents.data").whereRef("incidents.id", "=", "reports.incident_id").where("incidents.revision", "=", 1) }))
      .where("incident_id", "=", current.id)
      .where("data", "=", SAME_AS_INCIDENT)
      .execute();
  }
  const result = await db
    .updateTable("incidents")
    .set({ ...stateColumns(next), revision, updated_at: meta.at })
    .where("id", "=", current.id)
    .where("revision", "=", current.revision)
    .executeTakeFirst();
  if (result.numUpdatedRows === 0n) {
    const now = await db.selectFrom("incidents").select("revision").where("id", "=", current.id).executeTakeFirst();
    throw new StaleRevisionError(current.id, current.revision, now?.revision ?? -1);
  }
  await db
    .insertInto("revisions")
    .values({ incident_id: current.id, revision, at: meta.at, by: meta.by, reason: meta.reason, kind: meta.kind, before: JSON.stringify(diff.before), after: JSON.stringify(diff.after) })
    .execute();
  await reindex(db, adapter, current.id);
  return { ...next, revision, created_at: current.created_at, updated_at: meta.at };
}

/** Splits rows into statements that stay under the engine's parameter limit. */
export function chunks<T>(rows: readonly T[], columns: number, maxParameters: number): T[][] {
  const size = Math.max(1, Math.floor(maxParameters / columns));
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}
