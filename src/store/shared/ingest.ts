// One document's ingest, inside the caller's transaction: store the text, then for each
// extracted incident either reconcile it with the previous version's incident (same quote),
// merge it into an incident another document reported, or create it.

import { createHash } from "node:crypto";
import type { Kysely } from "kysely";
import type { Extraction, Incident } from "../../core/incident.ts";
import { EDITABLE_FIELDS, type DocumentInput, type IncidentRecord, type IncidentState, type IngestResult } from "../../core/store.ts";
import type { EngineAdapter } from "./adapter.ts";
import { compareIncidents, mergeChanges, sameEvent, shiftDay } from "./merge.ts";
import { chunks, documentFromRow, loadIncident, recordFromRow, reindex, reportRecord, stateColumns, stateOf, writeState, type IncidentRow } from "./rows.ts";
import type { Database, PossibleDuplicatesTable, ReportsTable } from "./schema.ts";
import { bulkInsert } from "./bulk-insert.ts";
import { insertIncidentRows } from "./insert-incidents.ts";
import { searchFields } from "./search-text.ts";

export function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

const INGEST_BY = "ingest";

/** Fields a revised text may change: the editable ones, the sources and the offset. */
const RECONCILED = [...EDITABLE_FIELDS, "sources", "offset"] as const;

function reconcile(current: IncidentRecord, before: Incident, after: Incident): IncidentState {
  const next: Record<string, unknown> = { ...stateOf(current) };
  const was = before as unknown as Record<string, unknown>;
  const now = after as unknown as Record<string, unknown>;
  for (const f of RECONCILED) if (JSON.stringify(was[f]) !== JSON.stringify(now[f])) next[f] = now[f];
  // The incident's own quote follows its document's text when this document is the one it cites.
  if (current.document === after.document && current.quote === before.quote) {
    next["quote"] = after.quote;
    next["quote_start"] = after.quote_start;
    next["quote_end"] = after.quote_end;
  }
  return next as unknown as IncidentState;
}

interface Created {
  state: IncidentState;
  duplicates: { id: string; reason: string }[];
}

export async function ingestDocumentRows(db: Kysely<Database>, adapter: EngineAdapter, now: string, input: DocumentInput, extraction: Extraction): Promise<IngestResult> {
  const result = { created: 0, merged: 0, updated: 0, retracted: 0, possibleDuplicates: 0 };
  const hash = sha256(input.text);
  const versions = await db.selectFrom("documents").selectAll().where("name", "=", input.name).orderBy("version", "desc").execute();
  const same = versions.find((v) => v.hash === hash);
  if (same) return { document: documentFromRow(same), status: "unchanged", ...result };
  const prev = versions[0];
  const docId = sha256(`${input.name}\u0000${input.text}`).slice(0, 16);
  const version = prev ? prev.version + 1 : 1;
  const docRow = {
    id: docId,
    name: input.name,
    hash,
    version,
    text: input.text,
    title: extraction.title,
    period_start: extraction.period?.start ?? null,
    period_end: extraction.period?.end ?? null,
    publisher: input.publisher ?? null,
    published: input.published ?? extraction.published,
    ingested_at: now,
    superseded_by: null,
    superseded_at: null,
    incident_count: extraction.incidents.length,
  };
  await db.insertInto("documents").values(docRow).execute();
  if (prev) await db.updateTable("documents").set({ superseded_by: docId, superseded_at: now }).where("id", "=", prev.id).execute();

  // The previous version's reports by quote: the same quote in the new text is the same incident.
  const prevByQuote = new Map<string, { incident_id: string; extracted: Incident }[]>();
  if (prev) {
    const rows = await db
      .selectFrom("reports")
      .innerJoin("incidents", "incidents.id", "reports.incident_id")
      .select(["reports.incident_id", "reports.data", "incidents.data as incident_data"])
      .where("reports.document_id", "=", prev.id)
      .execute();
    for (const r of rows) {
      const extracted = reportRecord(r.data, r.incident_data);
      const list = prevByQuote.get(extracted.quote) ?? [];
      list.push({ incident_id: r.incident_id, extracted });
      prevByQuote.set(extracted.quote, list);
    }
  }

  // Candidates for merging: active incidents of the same country within a day of this document's dates.
  const windows = new Map<string, { lo: string; hi: string }>();
  for (const x of extraction.incidents) {
    const w = windows.get(x.country);
    if (!w) windows.set(x.country, { lo: x.event_date, hi: x.event_date });
    else {
      if (x.event_date < w.lo) w.lo = x.event_date;
      if (x.event_date > w.hi) w.hi = x.event_date;
    }
  }
  // Per country, by event date; rows are parsed only when an incident of this document is within a day of them.
  type Slot = { row: IncidentRow; record: IncidentRecord | null };
  const candidateCache = new Map<string, Map<string, Slot[]>>();
  const candidates = async (country: string): Promise<Map<string, Slot[]>> => {
    let byDay = candidateCache.get(country);
    if (!byDay) {
      const w = windows.get(country)!;
      const rows = await db
        .selectFrom("incidents")
        .selectAll()
        .where("country", "=", country)
        .where("event_date", ">=", shiftDay(w.lo, -1))
        .where("event_date", "<=", shiftDay(w.hi, 1))
        .where("status", "=", "active")
        .execute();
      byDay = new Map();
      for (const row of rows) {
        const list = byDay.get(row.event_date) ?? [];
        list.push({ row, record: null });
        byDay.set(row.event_date, list);
      }
      candidateCache.set(country, byDay);
    }
    return byDay;
  };

  const taken = new Set<string>();
  for (const c of chunks(extraction.incidents.map((x) => x.id), 1, adapter.maxParameters)) {
    for (const r of await db.selectFrom("incidents").select("id").where("id", "in", c).execute()) taken.add(r.id);
  }
  const uniqueId = (id: string): string => {
    let out = id;
    for (let n = 2; taken.has(out); n++) out = `${id}-${n}`;
    taken.add(out);
    return out;
  };

  const touched = new Set<string>();
  const created: Created[] = [];
  const newReports: ReportsTable[] = [];
  // Pass 1: the same quote in the revised text is the same incident. Pass 2: an incident the
  // previous version told differently (same day, place and kind; counts may change).
  const previous = new Map<Incident, { incident_id: string; extracted: Incident }>();
  const claimed = new Set<{ incident_id: string; extracted: Incident }>();
  for (const x of extraction.incidents) {
    const old = prevByQuote.get(x.quote)?.find((o) => !claimed.has(o));
    if (old) {
      previous.set(x, old);
      claimed.add(old);
    }
  }
  const leftovers = [...prevByQuote.values()].flat().filter((o) => !claimed.has(o));
  for (const x of extraction.incidents) {
    if (previous.has(x)) continue;
    const old = leftovers.find((o) => !claimed.has(o) && sameEvent(o.extracted, x));
    if (old) {
      previous.set(x, old);
      claimed.add(old);
    }
  }

  for (const x of extraction.incidents) {
    const report = { document_id: docId, extracted_id: x.id, quote_start: x.quote_start, quote_end: x.quote_end, linked_at: now, data: JSON.stringify(x) };
    const old = previous.get(x);
    const current = old && !touched.has(old.incident_id) ? await loadIncident(db, old.incident_id) : null;
    if (old && current) {
      await db.insertInto("reports").values({ ...report, incident_id: current.id }).execute();
      const next = reconcile(current, old.extracted, x);
      const written = await writeState(db, adapter, current, next, { at: now, by: INGEST_BY, reason: `revised text of ${input.name} (version ${version})`, kind: "reconcile" });
      if (written === current) await reindex(db, adapter, current.id);
      else result.updated++;
      touched.add(current.id);
      continue;
    }
    let best: { slot: Slot; record: IncidentRecord; score: number } | null = null;
    const possible: { id: string; reason: string }[] = [];
    const byDay = await candidates(x.country);
    for (const date of [shiftDay(x.event_date, -1), x.event_date, shiftDay(x.event_date, 1)]) {
      for (const slot of byDay.get(date) ?? []) {
        if (touched.has(slot.row.id)) continue;
        const c = (slot.record ??= recordFromRow(slot.row));
        const m = compareIncidents(c, x);
        if (m.kind === "same" && (best === null || m.score < best.score)) best = { slot, record: c, score: m.score };
        else if (m.kind === "possible") possible.push({ id: c.id, reason: m.reason });
      }
    }
    if (best) {
      await db.insertInto("reports").values({ ...report, incident_id: best.record.id }).execute();
      const next: IncidentState = { ...stateOf(best.record), ...mergeChanges(best.record, x) };
      const written = await writeState(db, adapter, best.record, next, { at: now, by: INGEST_BY, reason: `also reported by ${input.name}`, kind: "merge" });
      if (written === best.record) await reindex(db, adapter, written.id);
      best.slot.record = written;
      touched.add(written.id);
      result.merged++;
      continue;
    }
    const id = uniqueId(x.id);
    created.push({ state: { ...x, id, status: "active", retraction_reason: null }, duplicates: possible });
    newReports.push({ ...report, incident_id: id });
    touched.add(id);
  }

  await insertCreated(db, adapter, now, created, newReports);
  result.created = created.length;
  result.possibleDuplicates = created.reduce((n, c) => n + c.duplicates.length, 0);

  // Incidents only the previous version reported, and the revision no longer does: retracted, with the reason.
  if (prev) {
    const dropped = new Set<string>();
    for (const list of prevByQuote.values()) for (const o of list) if (!touched.has(o.incident_id)) dropped.add(o.incident_id);
    for (const id of dropped) {
      const current = await loadIncident(db, id);
      if (!current || current.status !== "active") continue;
      const live = await db
        .selectFrom("reports")
        .innerJoin("documents", "documents.id", "reports.document_id")
        .select("reports.document_id")
        .where("reports.incident_id", "=", id)
        .where("documents.superseded_by", "is", null)
        .executeTakeFirst();
      if (live) continue;
      const reason = `no longer reported by the revised text of ${input.name} (version ${version})`;
      await writeState(db, adapter, current, { ...stateOf(current), status: "retracted", retraction_reason: reason }, { at: now, by: INGEST_BY, reason, kind: "retract" });
      result.retracted++;
    }
  }
  const stored = await db.selectFrom("documents").selectAll().where("id", "=", docId).executeTakeFirstOrThrow();
  return { document: documentFromRow(stored), status: prev ? "revised" : "new", ...result };
}

/** New incidents in bulk: rows, their first revision, their reports, search entries, possible-duplicate flags. */
async function insertCreated(db: Kysely<Database>, adapter: EngineAdapter, now: string, created: readonly Created[], reports: readonly ReportsTable[]): Promise<void> {
  if (created.length === 0) return;
  const rows = created.map((c) => ({ id: c.state.id, ...stateColumns(c.state), revision: 1, created_at: now, updated_at: now }));
  const seqById = await insertIncidentRows(db, adapter, rows.map((row, i) => ({ row, incident: created[i]!.state })));
  const revisions = created.map((c) => ({ incident_id: c.state.id, revision: 1, at: now, by: INGEST_BY, reason: "extracted", kind: "create", before: "{}", after: "{}" }));
  await bulkInsert(db, adapter, "revisions", revisions);
  await bulkInsert(db, adapter, "reports", reports);
  const search = created.map((c) => ({ seq: seqById.get(c.state.id)!, ...searchFields(c.state, [c.state.quote]) }));
  for (const part of chunks(search, 4, adapter.maxParameters)) await adapter.writeSearch(db, part, { fresh: true });
  const pairs: PossibleDuplicatesTable[] = [];
  for (const c of created) {
    for (const d of c.duplicates) {
      const [a, b] = c.state.id < d.id ? [c.state.id, d.id] : [d.id, c.state.id];
      pairs.push({ a, b, reason: d.reason, created_at: now });
    }
  }
  await bulkInsert(db, adapter, "possible_duplicates", pairs);
}
