// PostgreSQL's differences: serial keys, a tsvector table with a GIN index. Words are folded
// in JS (search-text.ts) so no extension (unaccent) is needed on the server.

import { sql, type Kysely, type SqlBool } from "kysely";
import type { EngineAdapter, SearchDocument, SearchPlan } from "../shared/adapter.ts";
import { postgresAnalysis } from "./analysis.ts";
import type { Database } from "../shared/schema.ts";
import { foldWords } from "../shared/search-text.ts";

/** Up to this many matches, a full-text page reads them first (an index lookup each), then sorts. */
const FEW_MATCHES = 10_000;

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
  async planSearch(db: Kysely<Database>, tokens: readonly string[]) {
    // The planner walks the page order testing each row's tsvector unless it expects few matches,
    // and it cannot tell a rare word from a common one: 100 ms and more for a word in 1 incident of 60.
    const rows = await sql<{ seq: number }>`select seq from incident_search where doc @@ to_tsquery('simple', ${tsQuery(tokens)}) limit ${FEW_MATCHES + 1}`.execute(db);
    return rows.rows.length <= FEW_MATCHES ? { kind: "few" as const, seqs: rows.rows.map((r) => r.seq) } : { kind: "many" as const };
  },
  matchSearch(tokens: readonly string[], plan: SearchPlan) {
    if (plan.kind === "few") return sql<SqlBool>`incidents.seq = any(${[...plan.seqs]}::integer[])`;
    return sql<SqlBool>`incidents.seq in (select seq from incident_search where doc @@ to_tsquery('simple', ${tsQuery(tokens)}))`;
  },
};
