// SQLite's analysis functions: unixepoch() day numbers, instr(), group_concat(), and virtual
// generated columns (computed on read; the analysis index stores them).

import { sql, type Kysely, type RawBuilder } from "kysely";
import type { AnalysisDialect, JsonColumn } from "../shared/analysis-dialect.ts";

function jsonPath(path: readonly string[]): string {
  return `$.${path.join(".")}`;
}

export const sqliteAnalysis: AnalysisDialect = {
  aggregateSettings: [],
  epochDay: (date: RawBuilder<unknown>) => sql<number>`(unixepoch(${date}) / 86400)`,
  dayText: (day: RawBuilder<unknown>) => sql<string>`date((${day}) * 86400, 'unixepoch')`,
  contains: (haystack: RawBuilder<unknown>, needle: RawBuilder<unknown>) => sql<boolean>`(instr(${haystack}, ${needle}) > 0)`,
  joinAgg: (value: RawBuilder<unknown>, separator: string) => sql<string>`group_concat(${value}, ${separator})`,
  async addJsonColumns(db: Kysely<unknown>, columns: readonly JsonColumn[]) {
    for (const c of columns) {
      await sql`alter table incidents add column ${sql.ref(c.name)} ${sql.raw(c.type)} generated always as (json_extract(data, ${sql.lit(jsonPath(c.path))})) virtual`.execute(db);
    }
  },
  async dropJsonColumns(db: Kysely<unknown>, columns: readonly JsonColumn[]) {
    for (const c of columns) await sql`alter table incidents drop column ${sql.ref(c.name)}`.execute(db);
  },
};
