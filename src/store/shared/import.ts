// A dataset file's incidents in bulk, inside the caller's transaction. Records are keyed by their
// stable id (`acled:<event_id_cnty>`, `gtd:<eventid>`, `ucdp:<id>`): a record imported before is
// compared with what that import stored (unchanged: nothing written; changed: a `reconcile`
// revision); a new record is matched against the incidents other sources reported (the merge rules
// of merge.ts, never against rows of its own dataset) and merged, or created in batches of
// multi-row inserts, flagged when a pair is only possibly the same.

import { sql, type Kysely } from "kysely";
import type { Incident } from "../../core/incident.ts";
import type { ImportIncidentsOptions, ImportIncidentsResult, ImportSource, IncidentRecord, IncidentState } from "../../core/store.ts";
import type { EngineAdapter } from "./adapter.ts";
import { sha256 } from "./ingest.ts";
import { compareIncidents, farApart, mergeChanges, shiftDay, type PointFields } from "./merge.ts";
import { pointOfJson } from "./point-of-json.ts";
import { chunks, documentFromRow, holdsNoBookkeeping, loadIncident, recordFromRow, reindex, SAME_AS_INCIDENT, stateOf, writeState, type CandidateRow } from "./rows.ts";
import type { Database, PossibleDuplicatesTable, ReportsTable } from "./schema.ts";
import { datasetOf, insertImported, type Created } from "./insert-imported.ts";
import { canonical, content, reconcileImported } from "./imported-records.ts";

const BATCH = 2000;
interface Prior {
  incident_id: string;
  data: string;
}

/** What a candidate needs read: its record (recordFromRow), not the analysis columns derived from `data`. */
const CANDIDATE_COLUMNS = ["id", "event_date", "admin1", "revision", "status", "retraction_reason", "created_at", "updated_at", "data"] as const;

/** A candidate, its coordinates (read from the JSON text) and its record (parsed when compared in full). */
type Slot = { row: CandidateRow; point?: PointFields | null; record: IncidentRecord | null };

export async function importIncidentRows(
  db: Kysely<Database>,
  adapter: EngineAdapter,
  now: string,
  source: ImportSource,
  incidents: AsyncIterable<Incident>,
  options: ImportIncidentsOptions,
): Promise<ImportIncidentsResult> {
  const result = { created: 0, merged: 0, updated: 0, unchanged: 0, repeated: 0, possibleDuplicates: 0 };
  const by = options.by ?? "import";
  const versions = await db.selectFrom("documents").selectAll().where("name", "=", source.name).orderBy("version", "desc").execute();
  const same = versions.find((v) => v.hash === source.hash);
  if (same) return { document: documentFromRow(same), status: "unchanged", ...result };
  const prev = versions[0];
  const version = prev ? prev.version + 1 : 1;
  const docId = sha256(`${source.format}\u0000${source.name}\u0000${source.hash}`).slice(0, 16);
  await db
    .insertInto("documents")
    .values({
      id: docId,
      name: source.name,
      hash: source.hash,
      version,
      text: "",
      title: `${source.format.toUpperCase()} file ${source.name}`,
      period_start: null,
      period_end: null,
      publisher: null,
      published: null,
      ingested_at: now,
      superseded_by: null,
      superseded_at: null,
      incident_count: 0,
      format: source.format,
    })
    .execute();
  if (prev) await db.updateTable("documents").set({ superseded_by: docId, superseded_at: now }).where("id", "=", prev.id).execute();

  const reportOf = (x: Incident, incidentId: string, data = JSON.stringify(x)): ReportsTable => ({
    document_id: docId,
    extracted_id: x.id,
    incident_id: incidentId,
    quote_start: x.quote_start,
    quote_end: x.quote_end,
    linked_at: now,
    data,
  });
  /** Incidents that took a record of this file: each absorbs at most one (the dataset counts them apart). */
  const absorbed = new Set<string>();
  /** Records of this file an earlier import already holds as they are: no report marks them. */
  const unchangedInFile = new Set<string>();
  /**
   * Per dataset, the (country, day) pairs with an active incident no row of that dataset reports:
   * the only days worth a candidate query. Read once per file and dataset, kept up to date with the
   * incidents this file creates (a merge only makes a pair stale, which costs one empty query). Without
   * it a batch would walk every incident of its days, its own dataset's included: a store filled by one
   * dataset would be read whole for each batch.
   */
  const foreignDays = new Map<string, Set<string>>();
  const foreignOf = async (dataset: string): Promise<Set<string>> => {
    let days = foreignDays.get(dataset);
    if (days === undefined) {
      days = new Set();
      const rows = await db
        .selectFrom("incidents")
        .select(["country", "event_date"])
        .distinct()
        .where("status", "=", "active")
        .where("datasets", "not like", `%|${dataset}|%`)
        .execute();
      for (const r of rows) days.add(`${r.country}\u0000${r.event_date}`);
      foreignDays.set(dataset, days);
    }
    return days;
  };

  /** A date and its neighbours, computed once per date (date arithmetic per candidate adds up). */
  const around = new Map<string, readonly string[]>();
  const daysAround = (date: string): readonly string[] => {
    let days = around.get(date);
    if (days === undefined) around.set(date, (days = [shiftDay(date, -1), date, shiftDay(date, 1)]));
    return days;
  };

  const flush = async (batch: readonly Incident[]): Promise<void> => {
    if (batch.length === 0) return;
    const ids = batch.map((x) => x.id);
    // What earlier imports stored for these records (the latest wins).
    const prior = new Map<string, Prior>();
    // Ids an earlier batch of this file already wrote a report for: repeats (the first wins).
    const inFile = new Set<string>();
    const taken = new Set<string>();
    for (const c of chunks(ids, 1, adapter.maxParameters)) {
      const rows = await db
        .selectFrom("reports")
        .innerJoin("documents", "documents.id", "reports.document_id")
        .innerJoin("incidents", "incidents.id", "reports.incident_id")
        .select(["reports.extracted_id", "reports.incident_id", "reports.data", "reports.document_id", "incidents.data as incident_data"])
        .where("documents.format", "is not", null)
        .where("reports.extracted_id", "in", c)
        .orderBy("reports.linked_at")
        .orderBy("documents.ingested_at")
        .execute();
      for (const r of rows) {
        if (r.document_id === docId) inFile.add(r.extracted_id);
        else prior.set(r.extracted_id, { incident_id: r.incident_id, data: r.data === SAME_AS_INCIDENT ? r.incident_data : r.data });
      }
      for (const r of await db.selectFrom("incidents").select("id").where("id", "in", c).execute()) taken.add(r.id);
    }

    const fresh: Incident[] = [];
    for (const x of batch) {
      if (inFile.has(x.id) || unchangedInFile.has(x.id)) {
        result.repeated++;
        continue;
      }
      const p = prior.get(x.id);
      if (!p) {
        fresh.push(x);
        continue;
      }
      const before = JSON.parse(p.data) as Incident;
      if (content(before) === content(x)) {
        result.unchanged++;
        unchangedInFile.add(x.id);
        continue;
      }
      const current = await loadIncident(db, p.incident_id);
      await db.insertInto("reports").values(reportOf(x, p.incident_id)).execute();
      if (!current) continue;
      // Its own record follows the source; an incident it was merged into combines the new figures.
      const own = canonical(current.source_dataset ?? null) === canonical(before.source_dataset ?? null) && current.quote === before.quote;
      const next = own ? reconcileImported(current, before, x) : { ...stateOf(current), ...mergeChanges(current, x) };
      const written = await writeState(db, adapter, current, next, { at: now, by, reason: `changed in ${source.name} (version ${version})`, kind: "reconcile" });
      if (written === current) await reindex(db, adapter, current.id);
      else result.updated++;
      // It may have moved to another day or country, where it is a candidate for the other datasets.
      for (const days of foreignDays.values()) days.add(`${written.country}\u0000${written.event_date}`);
    }
    if (fresh.length === 0) return;

    // Candidates: active incidents of the same country within a day that no row of this dataset
    // reports. Only the days the batch needs are read (each record's date and its neighbours), never
    // the span between its earliest and latest date: an unsorted file would otherwise read most of
    // the store for every batch.
    const wanted = new Map<string, { dataset: string; country: string; days: Set<string> }>();
    for (const x of fresh) {
      const dataset = datasetOf(x, source);
      const key = `${dataset}\u0000${x.country}`;
      const foreign = await foreignOf(dataset);
      for (const d of daysAround(x.event_date)) {
        if (!foreign.has(`${x.country}\u0000${d}`)) continue;
        let w = wanted.get(key);
        if (!w) wanted.set(key, (w = { dataset, country: x.country, days: new Set() }));
        w.days.add(d);
      }
    }
    const candidates = new Map<string, Map<string, Slot[]>>();
    for (const [key, w] of wanted) {
      const byDay = new Map<string, Slot[]>();
      for (const days of chunks([...w.days].sort(), 1, adapter.maxParameters - 2)) {
        const rows = await db
          .selectFrom("incidents")
          .select(CANDIDATE_COLUMNS)
          .where("country", "=", w.country)
          .where("event_date", "in", days)
          .where("status", "=", "active")
          .where("datasets", "not like", `%|${w.dataset}|%`)
          .execute();
        for (const row of rows) {
          const list = byDay.get(row.event_date) ?? [];
          list.push({ row, record: null });
          byDay.set(row.event_date, list);
        }
      }
      candidates.set(key, byDay);
    }

    const created: Created[] = [];
    const reports: ReportsTable[] = [];
    const pairs: PossibleDuplicatesTable[] = [];
    for (const x of fresh) {
      const dataset = datasetOf(x, source);
      const byDay = candidates.get(`${dataset}\u0000${x.country}`);
      let best: { slot: Slot; record: IncidentRecord; score: number } | null = null;
      const possible: { id: string; reason: string }[] = [];
      for (const date of daysAround(x.event_date)) {
        for (const slot of byDay?.get(date) ?? []) {
          if (absorbed.has(slot.row.id)) continue;
          if (slot.record === null) {
            // Most candidates are far away: their coordinates, read from the text, say so without parsing it.
            if (slot.point === undefined) slot.point = pointOfJson(slot.row.data, slot.row.admin1);
            if (slot.point !== null && farApart(slot.point, x)) continue;
          }
          const c = (slot.record ??= recordFromRow(slot.row));
          const m = compareIncidents(c, x);
          if (m.kind === "same" && (best === null || m.score < best.score)) best = { slot, record: c, score: m.score };
          else if (m.kind === "possible") possible.push({ id: c.id, reason: m.reason });
        }
      }
      if (best) {
        await db.insertInto("reports").values(reportOf(x, best.record.id)).execute();
        const next: IncidentState = { ...stateOf(best.record), ...mergeChanges(best.record, x) };
        const written = await writeState(db, adapter, best.record, next, { at: now, by, reason: `also reported by ${source.name}`, kind: "merge" });
        if (written === best.record) await reindex(db, adapter, written.id);
        await db
          .updateTable("incidents")
          .set({ datasets: sql<string>`datasets || ${`${dataset}|`}` })
          .where("id", "=", written.id)
          .execute();
        best.slot.record = written;
        absorbed.add(written.id);
        result.merged++;
        continue;
      }
      let id = x.id;
      for (let n = 2; taken.has(id); n++) id = `${x.id}-${n}`;
      taken.add(id);
      const report = reportOf(x, id);
      // The incident's `data` is the record as read unless its id had to change: then the report
      // shares it (SAME_AS_INCIDENT) instead of holding a second copy.
      const shared = id === x.id && holdsNoBookkeeping(x);
      created.push({ state: { ...x, id, status: "active", retraction_reason: null }, data: shared ? report.data : undefined });
      reports.push(shared ? { ...report, data: SAME_AS_INCIDENT } : report);
      for (const d of possible) {
        const [a, b] = id < d.id ? [id, d.id] : [d.id, id];
        pairs.push({ a, b, reason: d.reason, created_at: now });
      }
    }
    await insertImported(db, adapter, now, by, source, created, reports, pairs);
    for (const [dataset, days] of foreignDays) {
      for (const { state } of created) if (datasetOf(state, source) !== dataset) days.add(`${state.country}\u0000${state.event_date}`);
    }
    result.created += created.length;
    result.possibleDuplicates += pairs.length;
  };

  // Repeated ids are found without holding every id of the file in memory (6 million in a 2 GB
  // file): within a batch by this set, across batches by the reports this file already wrote, or,
  // for records an earlier import holds unchanged (no report is written), by `unchangedInFile`.
  const inBatch = new Set<string>();
  let batch: Incident[] = [];
  let read = 0;
  for await (const x of incidents) {
    read++;
    if (inBatch.has(x.id)) {
      result.repeated++;
      continue;
    }
    inBatch.add(x.id);
    batch.push(x);
    if (batch.length >= BATCH) {
      await flush(batch);
      batch = [];
      inBatch.clear();
      options.onProgress?.(read);
    }
  }
  await flush(batch);
  options.onProgress?.(read);
  await db.updateTable("documents").set({ incident_count: read - result.repeated }).where("id", "=", docId).execute();
  const stored = await db.selectFrom("documents").selectAll().where("id", "=", docId).executeTakeFirstOrThrow();
  return { document: documentFromRow(stored), status: prev ? "revised" : "new", ...result };
}
