// Multi-row inserts written as SQL text directly: Kysely's builder spends more on a 2,000-row insert
// (an operation node per value, then compiling them) than the engine spends storing it. Table and
// column names come from our own schema, never from input; every value is a bound parameter.

import { CompiledQuery, type Kysely } from "kysely";
import type { EngineAdapter } from "./adapter.ts";
import type { Database } from "./schema.ts";

/**
 * [start, end) ranges of at most `size` rows whose lengths repeat from call to call: full parts, then
 * the rest as powers of two. A statement's text depends on its row count, and preparing a new
 * 2,000-row text (SQLite keeps prepared statements per text: sqlite/dialect.ts) costs more than
 * running a few more statements.
 */
export function stableParts(count: number, size: number): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  for (; count - start >= size; start += size) out.push([start, start + size]);
  for (let p = 1 << 30; p >= 1; p >>= 1) if (count - start >= p) out.push([start, (start += p)]);
  return out;
}

/** Statement texts by engine, table, columns, row count and tail: built once, not per batch. */
const TEXTS = new Map<string, string>();
const MAX_TEXTS = 512;

/** `insert into T (columns) values (…), …` for `count` rows, then `tail`; placeholders numbered for PostgreSQL. */
function insertText(engine: EngineAdapter["engine"], table: string, columns: readonly string[], count: number, tail: string): string {
  const key = `${engine}\u0000${table}\u0000${columns.join(",")}\u0000${count}\u0000${tail}`;
  let text = TEXTS.get(key);
  if (text === undefined) {
    const tuples: string[] = [];
    for (let r = 0, n = 0; r < count; r++) {
      const marks: string[] = [];
      for (let c = 0; c < columns.length; c++) marks.push(engine === "postgres" ? `$${++n}` : "?");
      tuples.push(`(${marks.join(", ")})`);
    }
    text = `insert into ${table} (${columns.join(", ")}) values ${tuples.join(", ")}${tail}`;
    if (TEXTS.size >= MAX_TEXTS) TEXTS.delete(TEXTS.keys().next().value!);
    TEXTS.set(key, text);
  }
  return text;
}

/**
 * Rows of values (in `columns` order) as multi-row upserts under the parameter limit: `conflict` is
 * the ON CONFLICT clause. Serves the rollups' grouped additions.
 */
export function upsertStatements(
  adapter: Pick<EngineAdapter, "engine" | "maxParameters">,
  table: string,
  columns: readonly string[],
  conflict: string,
  rows: readonly (readonly unknown[])[],
): CompiledQuery[] {
  const out: CompiledQuery[] = [];
  for (const [start, end] of stableParts(rows.length, Math.max(1, Math.floor(adapter.maxParameters / columns.length)))) {
    const params: unknown[] = [];
    for (let i = start; i < end; i++) for (const v of rows[i]!) params.push(v);
    out.push(CompiledQuery.raw(insertText(adapter.engine, table, columns, end - start, ` ${conflict}`), params));
  }
  return out;
}

/** Inserts `rows` (all with the columns of the first) in statements under the parameter limit; returns `returning` of each row, in order. */
export async function bulkInsert<T extends keyof Database, R = never>(
  db: Kysely<Database>,
  adapter: EngineAdapter,
  table: T,
  rows: readonly object[],
  returning: readonly string[] = [],
): Promise<R[]> {
  const first = rows[0];
  if (first === undefined) return [];
  const columns = Object.keys(first);
  const size = Math.max(1, Math.floor(adapter.maxParameters / columns.length));
  const out: R[] = [];
  const tail = returning.length > 0 ? ` returning ${returning.join(", ")}` : "";
  for (const [start, end] of stableParts(rows.length, size)) {
    const params: unknown[] = [];
    for (let i = start; i < end; i++) {
      const row = rows[i] as Readonly<Record<string, unknown>>;
      for (const c of columns) params.push(row[c] ?? null);
    }
    const result = await db.executeQuery<R>(CompiledQuery.raw(insertText(adapter.engine, table, columns, end - start, tail), params));
    for (const r of result.rows) out.push(r);
  }
  return out;
}
