// The Store on top of Kysely: the same query code for every engine; `EngineAdapter` holds
// the few differences.

import type { Kysely } from "kysely";
import type { Extraction, Incident, Range } from "../../core/incident.ts";
import {
  StaleRevisionError,
  StoreError,
  type DocumentInput,
  type EditMeta,
  type IncidentChanges,
  type IncidentDetail,
  type IncidentFilter,
  type IncidentPage,
  type IncidentRecord,
  type IncidentState,
  type IngestResult,
  type ImportIncidentsOptions,
  type ImportIncidentsResult,
  type ImportSource,
  type RestoreResult,
  type Page,
  type Report,
  type RetractMeta,
  type Revision,
  type Store,
  type StoredDocument,
} from "../../core/store.ts";
import type { EngineAdapter } from "./adapter.ts";
import type { AggregateQuery, AggregateRow, StatisticFilter, StoredStatistic } from "../../core/analysis.ts";
import { aggregate } from "./aggregate.ts";
import { insertStatistics, listStatistics } from "./statistics.ts";
import { validateChanges } from "./validate.ts";
import { ingestDocumentRows } from "./ingest.ts";
import { importIncidentRows } from "./import.ts";
import { readBackup, writeBackup } from "./backup.ts";
import { documentFromRow, loadIncident, recordFromRow, reportRecord, revisionFromRow, stateOf, writeState } from "./rows.ts";
import type { Database } from "./schema.ts";
import { searchTokens } from "./search-text.ts";

export interface StoreOptions {
  /** The time written on documents and revisions; tests pass a fake clock. */
  clock?: () => Date;
}

const MAX_PAGE = 10_000;

function sumRanges(a: Range, b: Range): Range {
  return { low: a.low + b.low, high: a.high === null || b.high === null ? null : a.high + b.high };
}

function encodeCursor(date: string, seq: number): string {
  return `${date}~${seq}`;
}

function decodeCursor(cursor: string): { date: string; seq: number } {
  const m = /^(\d{4}-\d{2}-\d{2})~(\d+)$/.exec(cursor);
  if (!m) throw new StoreError("invalid_change", `not a page cursor: ${cursor}`);
  return { date: m[1]!, seq: Number(m[2]) };
}

export class KyselyStore implements Store {
  readonly db: Kysely<Database>;
  readonly adapter: EngineAdapter;
  readonly #clock: () => Date;

  constructor(db: Kysely<Database>, adapter: EngineAdapter, options: StoreOptions = {}) {
    this.db = db;
    this.adapter = adapter;
    this.#clock = options.clock ?? (() => new Date());
  }

  get engine() {
    return this.adapter.engine;
  }

  #now(): string {
    return this.#clock().toISOString();
  }

  async ingest(document: DocumentInput, extraction: Extraction): Promise<IngestResult> {
    const now = this.#now();
    return this.db.transaction().execute(async (trx) => {
      const result = await ingestDocumentRows(trx, this.adapter, now, document, extraction);
      if (result.status !== "unchanged") await insertStatistics(trx, this.adapter, result.document.id, extraction.statistics);
      return result;
    });
  }

  async getDocument(id: string): Promise<StoredDocument | null> {
    const row = await this.db.selectFrom("documents").selectAll().where("id", "=", id).executeTakeFirst();
    return row ? documentFromRow(row) : null;
  }

  async listDocuments(): Promise<StoredDocument[]> {
    const rows = await this.db.selectFrom("documents").selectAll().orderBy("name").orderBy("version").execute();
    return rows.map(documentFromRow);
  }

  async getIncident(id: string, options: { asOf?: string } = {}): Promise<IncidentDetail | null> {
    const current = await loadIncident(this.db, id);
    if (!current) return null;
    let record: IncidentRecord = current;
    let asOf: string | null = null;
    if (options.asOf !== undefined) {
      const t = Date.parse(options.asOf);
      if (Number.isNaN(t)) throw new StoreError("invalid_change", `not a date or time: ${options.asOf}`);
      asOf = new Date(t).toISOString();
      const later = await this.db.selectFrom("revisions").selectAll().where("incident_id", "=", id).where("at", ">", asOf).orderBy("revision", "desc").execute();
      if (later.some((r) => r.revision === 1)) return null;
      const state: Record<string, unknown> = { ...stateOf(current) };
      for (const r of later.map(revisionFromRow)) Object.assign(state, r.before);
      const revision = current.revision - later.length;
      const at = await this.db.selectFrom("revisions").select("at").where("incident_id", "=", id).where("revision", "=", revision).executeTakeFirst();
      record = { ...(state as unknown as IncidentState), revision, created_at: current.created_at, updated_at: at?.at ?? current.updated_at };
    }
    let reportsQuery = this.db
      .selectFrom("reports")
      .innerJoin("documents", "documents.id", "reports.document_id")
      .innerJoin("incidents", "incidents.id", "reports.incident_id")
      .select(["reports.document_id", "reports.data", "reports.quote_start", "reports.quote_end", "reports.linked_at", "documents.name", "documents.version", "documents.superseded_at", "incidents.data as incident_data"])
      .where("reports.incident_id", "=", id);
    if (asOf !== null) reportsQuery = reportsQuery.where("reports.linked_at", "<=", asOf);
    const reports: Report[] = (await reportsQuery.orderBy("reports.linked_at").orderBy("documents.version").execute()).map((r) => ({
      document_id: r.document_id,
      document: r.name,
      document_version: r.version,
      superseded: r.superseded_at !== null && (asOf === null || r.superseded_at <= asOf),
      quote: reportRecord(r.data, r.incident_data).quote,
      quote_start: r.quote_start,
      quote_end: r.quote_end,
      linked_at: r.linked_at,
    }));
    let dupQuery = this.db.selectFrom("possible_duplicates").selectAll().where((eb) => eb.or([eb("a", "=", id), eb("b", "=", id)]));
    if (asOf !== null) dupQuery = dupQuery.where("created_at", "<=", asOf);
    const possible_duplicates = (await dupQuery.orderBy("created_at").execute()).map((d) => ({ id: d.a === id ? d.b : d.a, reason: d.reason }));
    return { ...record, reports, possible_duplicates };
  }

  async listIncidents(filter: IncidentFilter, page: Page): Promise<IncidentPage> {
    const limit = Math.max(1, Math.min(MAX_PAGE, Math.floor(page.limit)));
    let q = this.db.selectFrom("incidents").selectAll();
    if (!filter.includeRetracted) q = q.where("status", "=", "active");
    if (filter.country !== undefined) q = q.where("country", "=", filter.country);
    if (filter.from !== undefined) q = q.where("event_date", ">=", filter.from);
    if (filter.to !== undefined) q = q.where("event_date", "<=", filter.to);
    if (filter.category !== undefined) q = q.where("category", "=", filter.category);
    if (filter.method !== undefined) q = q.where("methods", "like", `%|${filter.method}|%`);
    const tokens = filter.search === undefined ? [] : searchTokens(filter.search);
    // A country or a date range already narrows the page's walk; only an open search asks the index first.
    const narrow = filter.country !== undefined || filter.from !== undefined || filter.to !== undefined;
    if (tokens.length > 0) q = q.where(this.adapter.matchSearch(tokens, narrow ? { kind: "many" } : await this.adapter.planSearch(this.db, tokens)));
    else if (filter.search !== undefined && filter.search.trim() !== "") return { incidents: [], next: null };
    if (page.after) {
      const c = decodeCursor(page.after);
      q = q.where((eb) => eb(eb.refTuple("event_date", "seq"), ">", eb.tuple(c.date, c.seq)));
    }
    const rows = await q.orderBy("event_date").orderBy("seq").limit(limit + 1).execute();
    const more = rows.length > limit;
    const shown = more ? rows.slice(0, limit) : rows;
    const last = shown[shown.length - 1];
    return { incidents: shown.map(recordFromRow), next: more && last ? encodeCursor(last.event_date, last.seq) : null };
  }

  async history(id: string): Promise<Revision[]> {
    const rows = await this.db.selectFrom("revisions").selectAll().where("incident_id", "=", id).orderBy("revision").execute();
    return rows.map(revisionFromRow);
  }

  async edit(id: string, changes: IncidentChanges, meta: EditMeta): Promise<IncidentRecord> {
    const clean = validateChanges(changes);
    if (meta.by.trim() === "") throw new StoreError("invalid_change", "an edit needs the editor's name (--by)");
    if (meta.reason.trim() === "") throw new StoreError("invalid_change", "an edit needs a reason (--reason)");
    const at = this.#now();
    return this.db.transaction().execute(async (trx) => {
      const current = await this.#forWrite(trx, id, meta.expectedRevision);
      if (current.status === "retracted") throw new StoreError("retracted", `incident ${id} is retracted (${current.retraction_reason ?? "no reason given"}); it cannot be edited`);
      const next: IncidentState = { ...stateOf(current), ...clean };
      if ((clean.killed || clean.wounded) && !clean.casualties) next.casualties = sumRanges(next.killed, next.wounded);
      if (clean.killed && clean.fatalities === undefined) next.fatalities = next.killed.low;
      return writeState(trx, this.adapter, current, next, { at, by: meta.by, reason: meta.reason, kind: "edit" });
    });
  }

  async retract(id: string, reason: string, meta: RetractMeta = {}): Promise<IncidentRecord> {
    if (reason.trim() === "") throw new StoreError("invalid_change", "a retraction needs a reason");
    const at = this.#now();
    return this.db.transaction().execute(async (trx) => {
      const current = await this.#forWrite(trx, id, meta.expectedRevision);
      if (current.status === "retracted") throw new StoreError("retracted", `incident ${id} is already retracted`);
      return writeState(trx, this.adapter, current, { ...stateOf(current), status: "retracted", retraction_reason: reason }, { at, by: meta.by ?? "unknown", reason, kind: "retract" });
    });
  }

  async #forWrite(db: Kysely<Database>, id: string, expected: number | undefined): Promise<IncidentRecord> {
    const current = await loadIncident(db, id);
    if (!current) throw new StoreError("not_found", `no incident ${id}`);
    if (expected !== undefined && current.revision !== expected) throw new StaleRevisionError(id, expected, current.revision);
    return current;
  }

  async possibleDuplicates(): Promise<{ a: string; b: string; reason: string }[]> {
    return this.db.selectFrom("possible_duplicates").select(["a", "b", "reason"]).orderBy("created_at").orderBy("a").execute();
  }

  async aggregate(query: AggregateQuery): Promise<AggregateRow[]> {
    return aggregate(this.db, this.adapter, query);
  }

  /** `aggregate` without the rollups: every query groups the incidents (tests compare the two). */
  async aggregateIncidents(query: AggregateQuery): Promise<AggregateRow[]> {
    return aggregate(this.db, this.adapter, query, { rollup: false });
  }

  async listStatistics(filter: StatisticFilter = {}): Promise<StoredStatistic[]> {
    return listStatistics(this.db, filter);
  }

  async importIncidents(source: ImportSource, incidents: AsyncIterable<Incident>, options: ImportIncidentsOptions = {}): Promise<ImportIncidentsResult> {
    const now = this.#now();
    return this.db.transaction().execute((trx) => importIncidentRows(trx, this.adapter, now, source, incidents, options));
  }

  async exportBackup(write: (line: string) => void | Promise<void>): Promise<RestoreResult> {
    const now = this.#now();
    // One snapshot: PostgreSQL reads every page at the transaction's start; SQLite's transaction holds its read lock.
    const trx = this.adapter.engine === "postgres" ? this.db.transaction().setIsolationLevel("repeatable read") : this.db.transaction();
    return trx.execute((t) => writeBackup(t, this.adapter, now, write));
  }

  async importBackup(lines: AsyncIterable<string>, options: { force?: boolean } = {}): Promise<RestoreResult> {
    return this.db.transaction().execute((trx) => readBackup(trx, this.adapter, lines, options.force ?? false));
  }

  async close(): Promise<void> {
    await this.db.destroy();
  }
}
