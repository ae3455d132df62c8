// SQLite's differences: rowid keys, FTS5 with diacritics folded by the tokenizer.

import { CompiledQuery, sql, type Kysely, type SqlBool } from "kysely";
import type { EngineAdapter, SearchDocument } from "../shared/adapter.ts";
import { sqliteAnalysis } from "./analysis.ts";
import { stableParts } from "../shared/bulk-insert.ts";
import type { Database } from "../shared/schema.ts";

/** FTS5 query: every token as a quoted prefix. Tokens are letters and digits only. */
function ftsQuery(tokens: readonly string[]): string {
  return tokens.map((t) => `"${t.replaceAll('"', '""')}"*`).join(" ");
}

export const sqliteAdapter: EngineAdapter = {
  engine: "sqlite",
  serialType: "integer",
  analysis: sqliteAnalysis,
  maxParameters: 30_000,
  async createSearchIndex(db: Kysely<unknown>) {
    await sql`create virtual table incident_fts using fts5(quotes, places, targets, tokenize = 'unicode61 remove_diacritics 2')`.execute(db);
  },
  async dropSearchIndex(db: Kysely<unknown>) {
    await sql`drop table if exists incident_fts`.execute(db);
  },
  async writeSearch(db: Kysely<Database>, docs: readonly SearchDocument[], options: { fresh?: boolean } = {}) {
    if (docs.length === 0) return;
    // SQL text with bound parameters: Kysely's compile of a few thousand values costs more than the insert.
    if (options.fresh !== true) await db.executeQuery(CompiledQuery.raw(`delete from incident_fts where rowid in (${docs.map(() => "?").join(", ")})`, docs.map((d) => d.seq)));
    for (const [start, end] of stableParts(docs.length, Infinity)) {
      const params: unknown[] = [];
      for (const d of docs.slice(start, end)) params.push(d.seq, d.quotes, d.places, d.targets);
      await db.executeQuery(CompiledQuery.raw(`insert into incident_fts (rowid, quotes, places, targets) values ${"(?, ?, ?, ?), ".repeat(end - start - 1)}(?, ?, ?, ?)`, params));
    }
  },
  async clearSearch(db: Kysely<Database>) {
    await sql`delete from incident_fts`.execute(db);
  },
  async syncSerial() {
    // An integer primary key continues from the largest rowid by itself.
  },
  async planSearch() {
    // SQLite tests each seq of the page order against the FTS matches inside the page index (no row
    // read), which stays cheap whether a word is rare or common.
    return { kind: "many" } as const;
  },
  matchSearch(tokens: readonly string[]) {
    return sql<SqlBool>`incidents.seq in (select rowid from incident_fts where incident_fts match ${ftsQuery(tokens)})`;
  },
};
