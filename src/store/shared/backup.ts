// The portable backup: every table as JSON lines in the store's own column format, engine-neutral.
//   {"spotlight_backup":1,"engine":"postgres","schema":["0001_initial",…],"created_at":"…"}
//   {"t":"documents","r":{…}}  … statistics, incidents (with seq), reports, revisions, possible_duplicates
//   {"end":true,"rows":{"documents":3,…}}
// The full-text index is not written: a restore rebuilds it. A restore runs in the caller's
// transaction and refuses a newer schema, a non-empty store (unless forced) and a cut-off file.

import { sql, type Kysely, type RawBuilder } from "kysely";
import type { Incident } from "../../core/incident.ts";
import { SchemaTooNewError, StoreError, type RestoreResult } from "../../core/store.ts";
import type { EngineAdapter } from "./adapter.ts";
import { ANALYSIS_COLUMNS } from "./analysis-migration.ts";
import { LATEST_SCHEMA, migrations } from "./migrations.ts";
import { chunks, SAME_AS_INCIDENT } from "./rows.ts";
import type { Database } from "./schema.ts";
import { searchFields } from "./search-text.ts";

export const BACKUP_FORMAT = 1;
const PAGE = 1000;

/** The tables in load order (a row's references come before it), with their keys. */
const TABLES = [
  ["documents", ["id"]],
  ["statistics", ["document_id", "ordinal"]],
  ["incidents", ["seq"]],
  ["reports", ["document_id", "extracted_id"]],
  ["revisions", ["incident_id", "revision"]],
  ["possible_duplicates", ["a", "b"]],
] as const;
type TableName = (typeof TABLES)[number][0];

/** Columns the engine derives (generated from `data`): never written, never loaded. */
const DERIVED: Partial<Record<TableName, ReadonlySet<string>>> = { incidents: new Set(ANALYSIS_COLUMNS.map((c) => c.name)) };

function stored(table: TableName, row: Record<string, unknown>): Record<string, unknown> {
  const skip = DERIVED[table];
  return skip ? Object.fromEntries(Object.entries(row).filter(([k]) => !skip.has(k))) : row;
}

interface Header {
  spotlight_backup: number;
  engine: string;
  schema: string[];
  created_at: string;
}

export async function writeBackup(db: Kysely<Database>, adapter: EngineAdapter, now: string, write: (line: string) => void | Promise<void>): Promise<RestoreResult> {
  const schema = (await db.selectFrom("spotlight_migration").select("name").orderBy("name").execute()).map((r) => r.name);
  const header: Header = { spotlight_backup: BACKUP_FORMAT, engine: adapter.engine, schema, created_at: now };
  await write(JSON.stringify(header));
  const rows: Record<string, number> = {};
  for (const [table, key] of TABLES) {
    rows[table] = 0;
    let after: unknown[] | null = null;
    for (;;) {
      // Keyset pages (row-value comparison, on both engines): memory stays flat whatever the size.
      const refs = key.map((k) => sql.ref(k));
      const where: RawBuilder<unknown> = after === null ? sql`` : key.length === 1 ? sql`where ${refs[0]} > ${after[0]}` : sql`where (${sql.join(refs)}) > (${sql.join(after)})`;
      const page: Record<string, unknown>[] = (await sql<Record<string, unknown>>`select * from ${sql.table(table)} ${where} order by ${sql.join(refs)} limit ${PAGE}`.execute(db)).rows;
      for (const r of page) await write(JSON.stringify({ t: table, r: stored(table, r) }));
      rows[table] += page.length;
      if (page.length < PAGE) break;
      const lastRow: Record<string, unknown> = page[page.length - 1]!;
      after = key.map((k) => lastRow[k]);
    }
  }
  await write(JSON.stringify({ end: true, rows }));
  return { schema, rows };
}

/** Rows of one table inserted in multi-row statements. */
async function insertRows(db: Kysely<Database>, adapter: EngineAdapter, table: TableName, rows: readonly Record<string, unknown>[]): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]!).length;
  const any = db as unknown as Kysely<Record<string, Record<string, unknown>>>;
  for (const part of chunks(rows, columns, adapter.maxParameters)) await any.insertInto(table).values(part).execute();
}

export async function readBackup(db: Kysely<Database>, adapter: EngineAdapter, lines: AsyncIterable<string>, force: boolean): Promise<RestoreResult> {
  let header: Header | null = null;
  let end: Record<string, number> | null = null;
  const rows: Record<string, number> = Object.fromEntries(TABLES.map(([t]) => [t, 0]));
  let pending: { table: TableName; rows: Record<string, unknown>[] } | null = null;
  const flush = async () => {
    if (pending) await insertRows(db, adapter, pending.table, pending.rows);
    pending = null;
  };
  let n = 0;
  for await (const text of lines) {
    n++;
    if (text.trim() === "") continue;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      throw new StoreError("invalid_change", `line ${n} of the backup is not JSON: the file is damaged or not a Spotlight backup`);
    }
    const o = value as Record<string, unknown>;
    if (header === null) {
      if (o["spotlight_backup"] === undefined || !Array.isArray(o["schema"])) throw new StoreError("invalid_change", "not a Spotlight backup (the first line names no spotlight_backup schema)");
      if (o["spotlight_backup"] !== BACKUP_FORMAT) throw new StoreError("schema_too_new", `the backup format ${String(o["spotlight_backup"])} is newer than this version's (${BACKUP_FORMAT}); upgrade Spotlight to restore it`);
      header = o as unknown as Header;
      const known = new Set(Object.keys(migrations(adapter)));
      const unknown = header.schema.filter((s) => !known.has(s));
      if (unknown.length > 0) throw new SchemaTooNewError(unknown, LATEST_SCHEMA);
      const existing = Number((await db.selectFrom("incidents").select((eb) => eb.fn.countAll().as("n")).executeTakeFirstOrThrow()).n) + Number((await db.selectFrom("documents").select((eb) => eb.fn.countAll().as("n")).executeTakeFirstOrThrow()).n);
      if (existing > 0) {
        if (!force) throw new StoreError("not_empty", "the database is not empty: restore into an empty database, or pass --force to replace its contents");
        await adapter.clearSearch(db);
        for (const [table] of [...TABLES].reverse()) await sql`delete from ${sql.table(table)}`.execute(db);
      }
      continue;
    }
    if (end !== null) throw new StoreError("invalid_change", `line ${n} of the backup follows its end line`);
    if (o["end"] === true) {
      end = o["rows"] as Record<string, number>;
      continue;
    }
    const table = o["t"] as TableName;
    if (!TABLES.some(([t]) => t === table) || typeof o["r"] !== "object" || o["r"] === null) throw new StoreError("invalid_change", `line ${n} of the backup is not a row of a Spotlight table`);
    if (pending !== null && ((pending as { table: TableName }).table !== table || (pending as { rows: unknown[] }).rows.length >= PAGE)) await flush();
    pending ??= { table, rows: [] };
    (pending as { rows: Record<string, unknown>[] }).rows.push(stored(table, o["r"] as Record<string, unknown>));
    rows[table] = (rows[table] ?? 0) + 1;
  }
  await flush();
  if (header === null) throw new StoreError("invalid_change", "the backup is empty");
  if (end === null) throw new StoreError("invalid_change", "the backup is cut off (no end line): nothing was restored");
  for (const [t] of TABLES) {
    if ((end[t] ?? 0) !== rows[t]) throw new StoreError("invalid_change", `the backup's end line counts ${end[t] ?? 0} ${t} rows but the file holds ${rows[t]}: nothing was restored`);
  }
  await adapter.syncSerial(db);
  await rebuildSearch(db, adapter);
  return { schema: header.schema, rows };
}

/** The full-text entries of every incident, from its state and the quotes of its reports. */
async function rebuildSearch(db: Kysely<Database>, adapter: EngineAdapter): Promise<void> {
  let after = -1;
  for (;;) {
    const page = await db.selectFrom("incidents").select(["seq", "id", "data"]).where("seq", ">", after).orderBy("seq").limit(PAGE).execute();
    if (page.length === 0) return;
    const quotes = new Map<string, string[]>();
    for (const part of chunks(page.map((p) => p.id), 1, adapter.maxParameters)) {
      // A report sharing its incident's record (SAME_AS_INCIDENT) adds no quote the incident lacks.
      for (const r of await db.selectFrom("reports").select(["incident_id", "data"]).where("incident_id", "in", part).where("data", "!=", SAME_AS_INCIDENT).execute()) {
        const list = quotes.get(r.incident_id) ?? [];
        list.push((JSON.parse(r.data) as Incident).quote);
        quotes.set(r.incident_id, list);
      }
    }
    const docs = page.map((p) => {
      const incident = JSON.parse(p.data) as Incident;
      return { seq: p.seq, ...searchFields(incident, [incident.quote, ...(quotes.get(p.id) ?? [])]) };
    });
    for (const part of chunks(docs, 4, adapter.maxParameters)) await adapter.writeSearch(db, part);
    after = page[page.length - 1]!.seq;
  }
}
