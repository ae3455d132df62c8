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
  const head = `insert into ${table} (${columns.join(", ")}) values `;
  for (const [start, end] of stableParts(rows.length, Math.max(1, Math.floor(adapter.maxParameters / columns.length)))) {
    const params: unknown[] = [];
    const tuples: string[] = [];
    for (const row of rows.slice(start, end)) {
      const marks: string[] = [];
      for (const v of row) {
        params.push(v);
        marks.push(adapter.engine === "postgres" ? `$${params.length}` : "?");
      }
      tuples.push(`(${marks.join(", ")})`);
    }
    out.push(CompiledQuery.raw(`${head}${tuples.join(", ")} ${conflict}`, params));
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
    const part = rows.slice(start, end);
    const params: unknown[] = [];
    const tuples: string[] = [];
    for (const row of part) {
      const marks: string[] = [];
      for (const c of columns) {
        params.push((row as Readonly<Record<string, unknown>>)[c] ?? null);
        marks.push(adapter.engine === "postgres" ? `$${params.length}` : "?");
      }
      tuples.push(`(${marks.join(", ")})`);
    }
    const result = await db.executeQuery<R>(CompiledQuery.raw(`insert into ${table} (${columns.join(", ")}) values ${tuples.join(", ")}${tail}`, params));
    out.push(...result.rows);
  }
  return out;
}
