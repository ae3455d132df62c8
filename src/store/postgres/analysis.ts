// PostgreSQL's analysis functions: date subtraction, strpos(), string_agg(), and stored
// generated columns (computed once per write; `data` is JSON text, cast to jsonb).

import { sql, type Kysely, type RawBuilder } from "kysely";
import type { AnalysisDialect, JsonColumn, RollupTriggerOptions } from "../shared/analysis-dialect.ts";

/** Hash aggregates over a million incidents spill to disk at the default 4 MB. */
export const AGGREGATE_WORK_MEM = "64MB";

export const postgresAnalysis: AnalysisDialect = {
  aggregateSettings: [sql`set local work_mem = ${sql.lit(AGGREGATE_WORK_MEM)}`],
  epochDay: (date: RawBuilder<unknown>) => sql<number>`((${date})::date - date '1970-01-01')`,
  dayText: (day: RawBuilder<unknown>) => sql<string>`to_char(date '1970-01-01' + (${day})::integer, 'YYYY-MM-DD')`,
  contains: (haystack: RawBuilder<unknown>, needle: RawBuilder<unknown>) => sql<boolean>`(strpos(${haystack}, ${needle}) > 0)`,
  joinAgg: (value: RawBuilder<unknown>, separator: string) => sql<string>`string_agg(${value}, ${separator})`,
  async addJsonColumns(db: Kysely<unknown>, columns: readonly JsonColumn[]) {
    // One ALTER: each ADD COLUMN ... STORED would otherwise rewrite the table again.
    const adds = columns.map((c) => {
      const value = sql`((data::jsonb) #>> ${sql.lit(`{${c.path.join(",")}}`)})`;
      const typed = c.type === "integer" ? sql`(${value})::integer` : value;
      return sql`add column ${sql.ref(c.name)} ${sql.raw(c.type)} generated always as (${typed}) stored`;
    });
    await sql`alter table incidents ${sql.join(adds)}`.execute(db);
  },
  async dropJsonColumns(db: Kysely<unknown>, columns: readonly JsonColumn[]) {
    await sql`alter table incidents ${sql.join(columns.map((c) => sql`drop column ${sql.ref(c.name)}`))}`.execute(db);
  },
  async createRollupTriggers(db: Kysely<unknown>, add: readonly string[], subtract: readonly string[], columns: readonly string[], options: RollupTriggerOptions = {}) {
    const body = (statements: readonly string[]) => statements.map((s) => `      ${s};`).join("\n");
    // Other transactions never see the bulk insert's (uncommitted, then deleted) row.
    const unless = options.unlessAnyRowIn === undefined ? "" : `    if tg_op = 'INSERT' and exists (select 1 from ${options.unlessAnyRowIn}) then
      return null;
    end if;
`;
    await sql
      .raw(`create function incidents_rollup() returns trigger language plpgsql as $rollup$
  begin
${unless}    if tg_op = 'UPDATE' or tg_op = 'DELETE' then
      if old.status = 'active' then
${body(subtract)}
      end if;
    end if;
    if tg_op = 'UPDATE' or tg_op = 'INSERT' then
      if new.status = 'active' then
${body(add)}
      end if;
    end if;
    return null;
  end
$rollup$`)
      .execute(db);
    await sql.raw(`create trigger incidents_rollup after insert or delete or update of ${columns.join(", ")} on incidents for each row execute function incidents_rollup()`).execute(db);
  },
  async dropRollupTriggers(db: Kysely<unknown>) {
    await sql.raw("drop trigger if exists incidents_rollup on incidents").execute(db);
    await sql.raw("drop function if exists incidents_rollup()").execute(db);
  },
};
