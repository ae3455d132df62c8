// The engine's floor for a bulk import: the rows an import wrote (incidents, reports, revisions,
// full-text entries), read back from the finished store and written again into an empty store of
// the same schema by plain prepared statements, with no logic at all: no merge rules, no JSON
// building, no Kysely. No import into this schema can be faster than this on the same machine, so
// it says how far the store's own code is from the engine, and what a rate target asks of the schema.

import BetterSqlite3 from "better-sqlite3";
import { performance } from "node:perf_hooks";
import { openSqliteStore } from "../src/store/sqlite/open.ts";
import { BULK_LOAD_TABLE } from "../src/store/shared/rollup.ts";

export interface FloorRate {
  incidents: number;
  seconds: number;
  incidentsPerSec: number;
  /** Seconds spent on each table's inserts. */
  tables: Record<string, number>;
}

const INCIDENT_COLUMNS = ["seq", "id", "event_date", "country", "admin1", "category", "methods", "target_type", "status", "retraction_reason", "revision", "created_at", "updated_at", "data", "datasets"];
const BATCH = 2000;

/**
 * Writes the first `limit` incidents of `from` (with their reports, revisions and full-text entries)
 * into a new store at `to`, `perTransaction` incidents per transaction, as an import would batch them.
 * `lean`: the least any schema meeting the store's requirements could write instead: no analysis
 * index (the rollups answer most aggregates), reports without their copy of the record, no creation
 * revision row (it could be implied), a full-text index without stored content.
 */
export async function sqliteFloor(from: string, to: string, limit: number, perTransaction: number, lean = false): Promise<FloorRate> {
  // The schema comes from the store's own migrations, so the floor follows it as it changes.
  const { store } = await openSqliteStore(to);
  await store.close();
  const src = new BetterSqlite3(from, { readonly: true });
  const dst = new BetterSqlite3(to);
  dst.pragma("journal_mode = WAL");
  dst.pragma("synchronous = NORMAL");
  dst.pragma("cache_size = -262144");
  if (lean) {
    dst.exec("drop index incidents_analysis");
    dst.exec("drop table incident_fts");
    dst.exec("create virtual table incident_fts using fts5(quotes, places, targets, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2')");
  }
  try {
    for (const d of src.prepare("select * from documents").all() as Record<string, unknown>[]) {
      const cols = Object.keys(d);
      dst.prepare(`insert into documents (${cols.join(", ")}) values (${cols.map(() => "?").join(", ")})`).run(cols.map((c) => d[c]));
    }
    const read = {
      incidents: src.prepare(`select ${INCIDENT_COLUMNS.join(", ")} from incidents where seq > ? order by seq limit ?`).raw(),
      reports: src.prepare("select document_id, extracted_id, incident_id, quote_start, quote_end, linked_at, data from reports where incident_id = ?").raw(),
      revisions: src.prepare('select incident_id, revision, at, "by", reason, kind, before, after from revisions where incident_id = ? and revision = 1').raw(),
      search: src.prepare("select rowid, quotes, places, targets from incident_fts where rowid = ?").raw(),
    };
    const write = {
      incidents: dst.prepare(`insert into incidents (${INCIDENT_COLUMNS.join(", ")}) values (${INCIDENT_COLUMNS.map(() => "?").join(", ")})`),
      reports: dst.prepare("insert into reports (document_id, extracted_id, incident_id, quote_start, quote_end, linked_at, data) values (?, ?, ?, ?, ?, ?, ?)"),
      revisions: dst.prepare('insert into revisions (incident_id, revision, at, "by", reason, kind, before, after) values (?, ?, ?, ?, ?, ?, ?, ?)'),
      search: dst.prepare("insert into incident_fts (rowid, quotes, places, targets) values (?, ?, ?, ?)"),
    };
    const tables: Record<string, number> = { incidents: 0, reports: 0, revisions: 0, search: 0, commit: 0 };
    const timed = (table: string, f: () => void): void => {
      const t = performance.now();
      f();
      tables[table] = (tables[table] ?? 0) + (performance.now() - t) / 1000;
    };
    let last = 0;
    let done = 0;
    let seconds = 0;
    while (done < limit) {
      // Read a transaction's rows first: only the writes are timed.
      const batches: { incidents: unknown[][]; reports: unknown[][]; revisions: unknown[][]; search: unknown[][] }[] = [];
      for (let n = 0; n < perTransaction && done < limit; ) {
        const incidents = read.incidents.all(last, Math.min(BATCH, limit - done, perTransaction - n)) as unknown[][];
        if (incidents.length === 0) break;
        const b = { incidents, reports: [] as unknown[][], revisions: [] as unknown[][], search: [] as unknown[][] };
        for (const row of incidents) {
          const [seq, id] = row as [number, string];
          for (const r of read.reports.all(id) as unknown[][]) b.reports.push(lean ? [...r.slice(0, 6), ""] : r);
          if (!lean) b.revisions.push(...(read.revisions.all(id) as unknown[][]));
          b.search.push(...(read.search.all(seq) as unknown[][]));
          last = seq;
        }
        batches.push(b);
        n += incidents.length;
        done += incidents.length;
      }
      if (batches.length === 0) break;
      const t = performance.now();
      dst.exec("begin");
      dst.prepare(`insert into ${BULK_LOAD_TABLE} (id) values (1)`).run();
      for (const b of batches) {
        timed("incidents", () => b.incidents.forEach((r) => write.incidents.run(r)));
        timed("revisions", () => b.revisions.forEach((r) => write.revisions.run(r)));
        timed("reports", () => b.reports.forEach((r) => write.reports.run(r)));
        timed("search", () => b.search.forEach((r) => write.search.run(r)));
      }
      dst.prepare(`delete from ${BULK_LOAD_TABLE}`).run();
      timed("commit", () => dst.exec("commit"));
      seconds += (performance.now() - t) / 1000;
    }
    return { incidents: done, seconds, incidentsPerSec: done / seconds, tables };
  } finally {
    src.close();
    dst.close();
  }
}
