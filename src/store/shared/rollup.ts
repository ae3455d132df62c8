// Migration 0005_rollup_days: the per-day counts aggregates read instead of a million incidents,
// as they are now (0004's, in rollup-0004.ts, are replaced). Three tables over the active incidents:
//   daily_place_counts  (event_date, country, admin1)
//   daily_counts        (event_date, country, admin1, category, target_type, perpetrator, claim)
//   daily_method_counts (event_date, country, method): one row per method an incident lists
//                       ('' for none), so an incident counts once under each, as `--by method` does
// each with the day as an integer (days since 1970-01-01: a week is integer arithmetic, no date
// function per row), the incident count and, per measure, the sum of lows, the sum of known highs
// and the number of known highs (a sum's high is open-ended unless every member's is known).
// Triggers on `incidents` keep them in the writing transaction whatever writes (edit, retract,
// merge, restore, a bench writing rows straight into the table). A bulk insert (insert-incidents.ts)
// instead marks its transaction in `bulk_loads`, which the insert trigger skips on, and adds its
// rows to the rollups with one grouped statement per rollup: the same sums, far fewer writes.
// `perpetrator` and `claim` may be null; the rollups store NULL_KEY instead, so their keys are
// NOT NULL and one unique index serves the upserts on both engines.

import { CompiledQuery, sql, type Kysely, type Migration, type RawBuilder } from "kysely";
import type { Incident } from "../../core/incident.ts";
import { METHODS } from "../../core/vocabulary.ts";
import type { EngineAdapter } from "./adapter.ts";
import { upsertStatements } from "./bulk-insert.ts";
import type { AnalysisDialect } from "./analysis-dialect.ts";
import { ROLLUPS_0004, rollupMigration as rollup0004 } from "./rollup-0004.ts";

export const ROLLUP_DAYS_MIGRATION = "0005_rollup_days";

/** Stands for null in the rollup's nullable key columns (no perpetrator or claim has a control character). */
export const NULL_KEY = "\u0001";

export const NULLABLE_KEYS: ReadonlySet<string> = new Set(["perpetrator", "claim"]);

/** A row here means: the transaction that wrote it adds its inserted incidents to the rollups itself. */
export const BULK_LOAD_TABLE = "bulk_loads";

export interface Rollup {
  readonly table: string;
  /** Columns of `incidents` it groups by. */
  readonly keys: readonly string[];
  /** Also grouped by method (column `method`): one row per method an incident lists, '' for none. */
  readonly perMethod: boolean;
  /** Per Thursday week (`week` = floor(day / 7)) rather than per day: weekly-rollup.ts. */
  readonly weekly?: boolean;
}

/** The rollups, coarsest first: aggregate.ts reads the first that can answer a query. */
export const ROLLUPS: readonly Rollup[] = [
  { table: "daily_place_counts", keys: ["event_date", "country", "admin1"], perMethod: false },
  { table: "daily_counts", keys: ["event_date", "country", "admin1", "category", "target_type", "perpetrator", "claim"], perMethod: false },
  { table: "daily_method_counts", keys: ["event_date", "country"], perMethod: true },
];

/** Rollup measure columns: [rollup column, incidents column, kind]. */
export const MEASURES = [
  ["killed_low", "killed_low", "sum"],
  ["killed_high", "killed_high", "sum"],
  ["killed_known", "killed_high", "count"],
  ["wounded_low", "wounded_low", "sum"],
  ["wounded_high", "wounded_high", "sum"],
  ["wounded_known", "wounded_high", "count"],
  ["casualties_low", "casualties_low", "sum"],
  ["casualties_high", "casualties_high", "sum"],
  ["casualties_known", "casualties_high", "count"],
] as const;

/** Columns of `incidents` whose change can move an incident between groups or change its measures. */
export const ROLLUP_SOURCE_COLUMNS = ["status", "event_date", "country", "admin1", "category", "methods", "target_type", "data"] as const;

const raw = (s: string) => sql.raw(s);

function keyValue(row: string, key: string): RawBuilder<unknown> {
  return NULLABLE_KEYS.has(key) ? sql`coalesce(${raw(`${row}.${key}`)}, ${sql.lit(NULL_KEY)})` : raw(`${row}.${key}`);
}

/** The vocabulary of methods and '' as a derived table `m`: the methods `--by method` counts. */
function methodTable(): RawBuilder<unknown> {
  return sql`(${sql.join([...METHODS, ""].map((m) => sql`select ${sql.lit(m)} as method`), sql` union all `)}) m`;
}

/** `method` (a column or m.method) is one the row's `|a|b|` list names, or '' for an empty list. */
function listsMethod(d: AnalysisDialect, methods: string, method: string): RawBuilder<unknown> {
  return sql`((${raw(method)} <> '' and ${d.contains(raw(methods), sql`'|' || ${raw(method)} || '|'`)}) or (${raw(method)} = '' and ${raw(methods)} = '||'))`;
}

function primaryKey(r: Rollup): string[] {
  return r.perMethod ? [...r.keys, "method"] : [...r.keys];
}

function columns(r: Rollup): string[] {
  return [...primaryKey(r), "day", "incidents", ...MEASURES.map(([c]) => c)];
}

function conflictUpdate(r: Rollup): RawBuilder<unknown> {
  const sets = ["incidents", ...MEASURES.map(([c]) => c)].map((c) => `${c} = ${r.table}.${c} + excluded.${c}`);
  return raw(`on conflict (${primaryKey(r).join(", ")}) do update set ${sets.join(", ")}`);
}

/**
 * Adds the active incidents that `where` selects (a condition on `incidents`) to a rollup: one
 * grouped upsert. Serves the migration's fill and every bulk insert.
 */
export function rollupAddRows(r: Rollup, d: AnalysisDialect, where: RawBuilder<unknown>): RawBuilder<unknown> {
  const keys = r.keys.map((k) => keyValue("incidents", k));
  const groups = r.perMethod ? [...keys, raw("m.method")] : keys;
  const measures = MEASURES.map(([, c, kind]) => (kind === "sum" ? raw(`coalesce(sum(incidents.${c}), 0)`) : raw(`count(incidents.${c})`)));
  const from = r.perMethod ? sql`incidents cross join ${methodTable()}` : raw("incidents");
  const methodCondition = r.perMethod ? sql` and ${listsMethod(d, "incidents.methods", "m.method")}` : sql``;
  return sql`insert into ${raw(r.table)} (${raw(columns(r).join(", "))})
    select ${sql.join([...groups, d.epochDay(raw("incidents.event_date")), raw("count(*)"), ...measures])}
    from ${from} where incidents.status = 'active' and (${where})${methodCondition}
    group by ${sql.join(groups)} ${conflictUpdate(r)}`;
}

/** The columns of a new `incidents` row a bulk insert adds to the rollups, and the incident its `data` holds. */
export interface NewIncidentRow {
  readonly row: { event_date: string; country: string; admin1: string; category: string; target_type: string; methods: string; status: string };
  readonly incident: Incident;
}

/** Days since 1970-01-01, as the engines' date arithmetic gives it; null where they give none. */
export function epochDayOf(date: string): number | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return null;
  const t = Date.parse(date);
  return Number.isNaN(t) ? null : Math.floor(t / 86_400_000);
}

/** What the analysis columns (analysis-migration.ts) derive from `data`, read from the incident itself. */
function keyOf(x: NewIncidentRow, key: string): string {
  const v = key === "perpetrator" ? x.incident.perpetrator : key === "claim" ? x.incident.claim : x.row[key as keyof NewIncidentRow["row"]];
  return v ?? NULL_KEY;
}

/** MEASURES as the incident's fields: killed_high is incident.killed.high. */
const MEASURE_FIELDS = MEASURES.map(([, c, kind]) => [...(c.split("_") as ["killed" | "wounded" | "casualties", "low" | "high"]), kind] as const);

function measureOf(x: NewIncidentRow, field: "killed" | "wounded" | "casualties", end: "low" | "high", kind: "sum" | "count"): number {
  const v = x.incident[field]?.[end] ?? null;
  return kind === "sum" ? (v ?? 0) : v === null ? 0 : 1;
}

/** Each row's MEASURES, the same for every rollup: computed once for all three. */
export function rollupMeasures(rows: readonly NewIncidentRow[]): number[][] {
  return rows.map((x) => MEASURE_FIELDS.map(([field, end, kind]) => measureOf(x, field, end, kind)));
}

/**
 * New rows' contribution to a rollup, summed per group in memory and written as multi-row upserts:
 * the same sums the triggers would add row by row, each group written once. The statements are
 * SQL text with bound parameters, as in bulk-insert.ts: compiling Kysely's nodes for a few thousand
 * values costs more than running the upsert.
 */
export function rollupUpserts(
  r: Rollup,
  rows: readonly NewIncidentRow[],
  adapter: Pick<EngineAdapter, "engine" | "maxParameters">,
  measures: readonly (readonly number[])[] = rollupMeasures(rows),
): CompiledQuery[] {
  const groups = new Map<string, unknown[]>();
  const perMethod = r.perMethod ? [...METHODS, ""] : null;
  for (let n = 0; n < rows.length; n++) {
    const x = rows[n]!;
    if (x.row.status !== "active") continue;
    const m = measures[n]!;
    const keys = r.keys.map((k) => keyOf(x, k));
    const methods = perMethod === null ? [null] : perMethod.filter((name) => (name === "" ? x.row.methods === "||" : x.row.methods.includes(`|${name}|`)));
    for (const method of methods) {
      const key = method === null ? keys : [...keys, method];
      const id = key.join("\u0000");
      let g = groups.get(id);
      if (g === undefined) groups.set(id, (g = [...key, epochDayOf(x.row.event_date), 0, ...MEASURES.map(() => 0)]));
      const at = key.length + 1;
      g[at] = (g[at] as number) + 1;
      for (let i = 0; i < m.length; i++) g[at + 1 + i] = (g[at + 1 + i] as number) + m[i]!;
    }
  }
  const sets = ["incidents", ...MEASURES.map(([c]) => c)].map((c) => `${c} = ${r.table}.${c} + excluded.${c}`);
  return upsertStatements(adapter, r.table, columns(r), `on conflict (${primaryKey(r).join(", ")}) do update set ${sets.join(", ")}`, [...groups.values()]);
}

export function measureValue(row: string, column: string, kind: "sum" | "count"): RawBuilder<unknown> {
  return kind === "sum" ? raw(`coalesce(${row}.${column}, 0)`) : raw(`(case when ${row}.${column} is null then 0 else 1 end)`);
}

/** Statements adding the trigger row `row` (an active incident) to every rollup. */
export function rollupAdd(d: AnalysisDialect, row = "new"): RawBuilder<unknown>[] {
  return ROLLUPS.map((r) => {
    const values = [...r.keys.map((k) => keyValue(row, k)), ...(r.perMethod ? [raw("m.method")] : []), d.epochDay(raw(`${row}.event_date`)), raw("1"), ...MEASURES.map(([, c, kind]) => measureValue(row, c, kind))];
    const cols = raw(columns(r).join(", "));
    // A SELECT with a WHERE clause: SQLite's parser needs one before ON CONFLICT.
    return r.perMethod
      ? sql`insert into ${raw(r.table)} (${cols}) select ${sql.join(values)} from ${methodTable()} where ${listsMethod(d, `${row}.methods`, "m.method")} ${conflictUpdate(r)}`
      : sql`insert into ${raw(r.table)} (${cols}) values (${sql.join(values)}) ${conflictUpdate(r)}`;
  });
}

/** Statements taking the trigger row `row` (an active incident) out of every rollup; empty groups go. */
export function rollupSubtract(d: AnalysisDialect, row = "old"): RawBuilder<unknown>[] {
  return ROLLUPS.flatMap((r) => {
    const keys = sql.join(r.keys.map((k) => sql`${raw(k)} = ${keyValue(row, k)}`), sql` and `);
    const where = r.perMethod ? sql`${keys} and ${listsMethod(d, `${row}.methods`, "method")}` : keys;
    const sets = ["incidents = incidents - 1", ...MEASURES.map(([c, src, kind]) => `${c} = ${c} - ${kind === "sum" ? `coalesce(${row}.${src}, 0)` : `(case when ${row}.${src} is null then 0 else 1 end)`}`)];
    return [sql`update ${raw(r.table)} set ${raw(sets.join(", "))} where ${where}`, sql`delete from ${raw(r.table)} where ${where} and incidents = 0`];
  });
}

/** A statement as text, for a trigger body: only literals, never parameters. */
export function triggerText(db: Kysely<unknown>, statement: RawBuilder<unknown>): string {
  const compiled = statement.compile(db);
  if (compiled.parameters.length > 0) throw new Error(`a trigger statement cannot take parameters: ${compiled.sql}`);
  return compiled.sql;
}

async function createRollups(db: Kysely<unknown>, adapter: EngineAdapter): Promise<void> {
  for (const r of ROLLUPS) {
    let t = db.schema.createTable(r.table);
    for (const k of primaryKey(r)) t = t.addColumn(k, "text", (c) => c.notNull());
    // Null only where the engine's date arithmetic gives none (not a YYYY-MM-DD), as over the incidents.
    t = t.addColumn("day", "integer").addColumn("incidents", "integer", (c) => c.notNull());
    for (const [c] of MEASURES) t = t.addColumn(c, "integer", (c2) => c2.notNull());
    // Columns added in a loop leave the builder no column names to check against.
    await t.addPrimaryKeyConstraint(`${r.table}_pk`, primaryKey(r) as never[]).execute();
    await rollupAddRows(r, adapter.analysis, sql`1 = 1`).execute(db);
  }
  const d = adapter.analysis;
  await d.createRollupTriggers(db, rollupAdd(d).map((s) => triggerText(db, s)), rollupSubtract(d).map((s) => triggerText(db, s)), ROLLUP_SOURCE_COLUMNS, { unlessAnyRowIn: BULK_LOAD_TABLE });
}

export function rollupDaysMigration(adapter: EngineAdapter): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await adapter.analysis.dropRollupTriggers(db);
      for (const r of ROLLUPS_0004) await db.schema.dropTable(r.table).execute();
      await db.schema.createTable(BULK_LOAD_TABLE).addColumn("id", "integer", (c) => c.primaryKey()).execute();
      await createRollups(db, adapter);
    },
    async down(db: Kysely<unknown>) {
      await adapter.analysis.dropRollupTriggers(db);
      for (const r of ROLLUPS) await db.schema.dropTable(r.table).execute();
      await db.schema.dropTable(BULK_LOAD_TABLE).execute();
      await rollup0004(adapter).up(db);
    },
  };
}
