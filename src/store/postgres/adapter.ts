// PostgreSQL's differences: serial keys, a tsvector table with a GIN index. Words are folded
// in JS (search-text.ts) so no extension (unaccent) is needed on the server.

import { sql, type Kysely, type SqlBool } from "kysely";
import type { EngineAdapter, SearchDocument } from "../shared/adapter.ts";
import { postgresAnalysis } from "./analysis.ts";
import type { Database } from "../shared/schema.ts";
import { foldWords } from "../shared/search-text.ts";

function tsQuery(tokens: readonly string[]): string {
  return tokens.map((t) => `${t}:*`).join(" & ");
}

export const postgresAdapter: EngineAdapter = {
  engine: "postgres",
  serialType: "serial",
  analysis: postgresAnalysis,
  maxParameters: 60_000,
  async createSearchIndex(db: Kysely<unknown>) {
    await sql`create table incident_search (seq integer primary key references incidents (seq), doc tsvector not null)`.execute(db);
    await sql`create index incident_search_doc on incident_search using gin (doc)`.execute(db);
  },
  async dropSearchIndex(db: Kysely<unknown>) {
    await sql`drop table if exists incident_search`.execute(db);
  },
  async writeSearch(db: Kysely<Database>, docs: readonly SearchDocument[]) {
    if (docs.length === 0) return;
    const rows = docs.map((d) => sql`(${d.seq}, to_tsvector('simple', ${foldWords(`${d.quotes} ${d.places} ${d.targets}`).join(" ")}))`);
    await sql`insert into incident_search (seq, doc) values ${sql.join(rows)} on conflict (seq) do update set doc = excluded.doc`.execute(db);
  },
  async clearSearch(db: Kysely<Database>) {
    await sql`delete from incident_search`.execute(db);
  },
  async syncSerial(db: Kysely<Database>) {
    await sql`select setval(pg_get_serial_sequence('incidents', 'seq'), coalesce((select max(seq) from incidents), 0) + 1, false)`.execute(db);
  },
  matchSearch(tokens: readonly string[]) {
    return sql<SqlBool>`incidents.seq in (select seq from incident_search where doc @@ to_tsquery('simple', ${tsQuery(tokens)}))`;
  },
};
