// SQLite's analysis functions: unixepoch() day numbers, instr(), group_concat(), and virtual
// generated columns (computed on read; the analysis index stores them).

import { sql, type Kysely, type RawBuilder } from "kysely";
import type { AnalysisDialect, JsonColumn, RollupTriggerOptions } from "../shared/analysis-dialect.ts";

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
  async createRollupTriggers(db: Kysely<unknown>, add: readonly string[], subtract: readonly string[], columns: readonly string[], options: RollupTriggerOptions = {}) {
    const body = (statements: readonly string[]) => statements.map((s) => `${s};`).join("\n");
    const unless = options.unlessAnyRowIn === undefined ? "" : ` and not exists (select 1 from ${options.unlessAnyRowIn})`;
    const triggers = [
      `create trigger incidents_rollup_insert after insert on incidents when new.status = 'active'${unless} begin ${body(add)} end`,
      `create trigger incidents_rollup_delete after delete on incidents when old.status = 'active' begin ${body(subtract)} end`,
      `create trigger incidents_rollup_update_old after update of ${columns.join(", ")} on incidents when old.status = 'active' begin ${body(subtract)} end`,
      `create trigger incidents_rollup_update_new after update of ${columns.join(", ")} on incidents when new.status = 'active' begin ${body(add)} end`,
    ];
    for (const t of triggers) await sql.raw(t).execute(db);
  },
  async dropRollupTriggers(db: Kysely<unknown>) {
    for (const t of ["insert", "delete", "update_old", "update_new"]) await sql.raw(`drop trigger if exists incidents_rollup_${t}`).execute(db);
  },
};
