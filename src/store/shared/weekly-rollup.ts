// Migration 0007_weekly_rollup: weekly_place_counts, the active incidents per (country, admin1,
// week) with week = floor(day / 7). Day 0 (1970-01-01) is a Thursday, so these are the default
// Thursday-to-Wednesday weeks. `stats --by admin1,week` reads ~16,000 rows here instead of
// regrouping ~113,000 daily rows. Besides the daily rollups' count and measures, d0..d6 count the
// incidents on each day of the week (d0 the Thursday), so a group's first and last event dates
// come out exact (first non-zero day of its earliest week, last of its latest) and stay exact when
// a trigger takes an incident out again. Kept like the daily rollups: by the rollup triggers (this
// migration recreates them with the weekly statements added) and by a bulk insert's grouped upserts.

import { CompiledQuery, sql, type Kysely, type Migration, type RawBuilder } from "kysely";
import type { AggregateQuery, StatDimension } from "../../core/analysis.ts";
import type { EngineAdapter } from "./adapter.ts";
import type { AnalysisDialect } from "./analysis-dialect.ts";
import { upsertStatements } from "./bulk-insert.ts";
import { BULK_LOAD_TABLE, epochDayOf, MEASURES, measureValue, rollupAdd, rollupMeasures, rollupSubtract, ROLLUP_SOURCE_COLUMNS, triggerText, type NewIncidentRow, type Rollup } from "./rollup.ts";

export const WEEKLY_ROLLUP_MIGRATION = "0007_weekly_rollup";

/** The weekly rollup as aggregate.ts sees it: grouped by country and admin1, per Thursday week. */
export const WEEKLY_ROLLUP: Rollup = { table: "weekly_place_counts", keys: ["country", "admin1"], perMethod: false, weekly: true };

const TABLE = WEEKLY_ROLLUP.table;
const KEYS = ["country", "admin1", "week"] as const;
/** Incidents per day of the week, d0 the Thursday that starts it. */
export const WEEKDAY_COLUMNS = ["d0", "d1", "d2", "d3", "d4", "d5", "d6"] as const;
const COUNTS = ["incidents", ...MEASURES.map(([c]) => c), ...WEEKDAY_COLUMNS];
const COLUMNS = [...KEYS, ...COUNTS];

const raw = (s: string) => sql.raw(s);

/** Day of the week of a day number, 0 for Thursday (the remainder's sign follows the dividend on both engines). */
function weekday(day: RawBuilder<unknown>): RawBuilder<number> {
  return sql<number>`(((${day}) % 7 + 7) % 7)`;
}

/** floor(day / 7), with integer division only. */
function weekOf(day: RawBuilder<unknown>): RawBuilder<number> {
  return sql<number>`(((${day}) - ${weekday(day)}) / 7)`;
}

/** The week of a day number, as JavaScript computes it for the bulk path and query bounds. */
export function weekOfDay(day: number): number {
  return Math.floor(day / 7);
}

const conflict = raw(`on conflict (${KEYS.join(", ")}) do update set ${COUNTS.map((c) => `${c} = ${TABLE}.${c} + excluded.${c}`).join(", ")}`);

/** Statement adding the trigger row `row` (an active incident) to the weekly rollup. */
export function weeklyAdd(d: AnalysisDialect, row = "new"): RawBuilder<unknown> {
  const day = d.epochDay(raw(`${row}.event_date`));
  const days = WEEKDAY_COLUMNS.map((_, i) => sql`(case when ${weekday(day)} = ${sql.lit(i)} then 1 else 0 end)`);
  const values = [raw(`${row}.country`), raw(`${row}.admin1`), weekOf(day), raw("1"), ...MEASURES.map(([, c, kind]) => measureValue(row, c, kind)), ...days];
  return sql`insert into ${raw(TABLE)} (${raw(COLUMNS.join(", "))}) values (${sql.join(values)}) ${conflict}`;
}

/** Statements taking the trigger row `row` (an active incident) out of the weekly rollup; empty weeks go. */
export function weeklySubtract(d: AnalysisDialect, row = "old"): RawBuilder<unknown>[] {
  const day = d.epochDay(raw(`${row}.event_date`));
  const where = sql`country = ${raw(`${row}.country`)} and admin1 = ${raw(`${row}.admin1`)} and week = ${weekOf(day)}`;
  const sets = [
    sql`incidents = incidents - 1`,
    ...MEASURES.map(([c, src, kind]) => sql`${raw(c)} = ${raw(c)} - ${measureValue(row, src, kind)}`),
    ...WEEKDAY_COLUMNS.map((c, i) => sql`${raw(c)} = ${raw(c)} - (case when ${weekday(day)} = ${sql.lit(i)} then 1 else 0 end)`),
  ];
  return [sql`update ${raw(TABLE)} set ${sql.join(sets)} where ${where}`, sql`delete from ${raw(TABLE)} where ${where} and incidents = 0`];
}

/** Adds every active incident: one grouped insert (the migration's fill). */
function weeklyFill(d: AnalysisDialect): RawBuilder<unknown> {
  const day = d.epochDay(raw("event_date"));
  const measures = MEASURES.map(([, c, kind]) => (kind === "sum" ? raw(`coalesce(sum(${c}), 0)`) : raw(`count(${c})`)));
  const days = WEEKDAY_COLUMNS.map((_, i) => sql`sum(case when ${weekday(day)} = ${sql.lit(i)} then 1 else 0 end)`);
  return sql`insert into ${raw(TABLE)} (${raw(COLUMNS.join(", "))})
    select country, admin1, ${weekOf(day)}, count(*), ${sql.join([...measures, ...days])}
    from incidents where status = 'active' group by country, admin1, ${weekOf(day)}`;
}

/**
 * New rows' contribution to the weekly rollup, summed per (country, admin1, week) in memory and
 * written as multi-row upserts with bound parameters, as rollup.ts's rollupUpserts does for the daily ones.
 */
export function weeklyUpserts(
  rows: readonly NewIncidentRow[],
  adapter: Pick<EngineAdapter, "engine" | "maxParameters">,
  measures: readonly (readonly number[])[] = rollupMeasures(rows),
): CompiledQuery[] {
  const groups = new Map<string, unknown[]>();
  for (let n = 0; n < rows.length; n++) {
    const x = rows[n]!;
    if (x.row.status !== "active") continue;
    const day = epochDayOf(x.row.event_date);
    // Validation admits only YYYY-MM-DD dates; a row without a day would fail the NOT NULL week as a trigger's insert does.
    if (day === null) throw new Error(`incident event_date is not a date: ${x.row.event_date}`);
    const week = weekOfDay(day);
    const id = `${x.row.country}\u0000${x.row.admin1}\u0000${week}`;
    let g = groups.get(id);
    if (g === undefined) groups.set(id, (g = [x.row.country, x.row.admin1, week, ...COUNTS.map(() => 0)]));
    g[3] = (g[3] as number) + 1;
    const m = measures[n]!;
    for (let i = 0; i < m.length; i++) g[4 + i] = (g[4 + i] as number) + m[i]!;
    const at = 4 + MEASURES.length + (day - week * 7);
    g[at] = (g[at] as number) + 1;
  }
  const conflict = `on conflict (${KEYS.join(", ")}) do update set ${COUNTS.map((c) => `${c} = ${TABLE}.${c} + excluded.${c}`).join(", ")}`;
  return upsertStatements(adapter, TABLE, COLUMNS, conflict, [...groups.values()]);
}

async function createTriggers(db: Kysely<unknown>, d: AnalysisDialect, weekly: boolean): Promise<void> {
  const add = weekly ? [...rollupAdd(d), weeklyAdd(d)] : rollupAdd(d);
  const subtract = weekly ? [...rollupSubtract(d), ...weeklySubtract(d)] : rollupSubtract(d);
  await d.createRollupTriggers(db, add.map((s) => triggerText(db, s)), subtract.map((s) => triggerText(db, s)), ROLLUP_SOURCE_COLUMNS, { unlessAnyRowIn: BULK_LOAD_TABLE });
}

export function weeklyRollupMigration(adapter: EngineAdapter): Migration {
  const d = adapter.analysis;
  return {
    async up(db: Kysely<unknown>) {
      await d.dropRollupTriggers(db);
      let t = db.schema.createTable(TABLE).addColumn("country", "text", (c) => c.notNull()).addColumn("admin1", "text", (c) => c.notNull()).addColumn("week", "integer", (c) => c.notNull());
      for (const c of COUNTS) t = t.addColumn(c, "integer", (c2) => c2.notNull());
      // Columns added in a loop leave the builder no column names to check against.
      await t.addPrimaryKeyConstraint(`${TABLE}_pk`, [...KEYS] as never[]).execute();
      await weeklyFill(d).execute(db);
      await createTriggers(db, d, true);
    },
    async down(db: Kysely<unknown>) {
      await d.dropRollupTriggers(db);
      await db.schema.dropTable(TABLE).execute();
      await createTriggers(db, d, false);
    },
  };
}

/** Dimensions the weekly rollup holds: arena is a function of country and admin1 (core/arenas.ts). */
const WEEKLY_DIMENSIONS: ReadonlySet<StatDimension> = new Set(["country", "admin1", "arena", "week"]);
const WEEKLY_FILTERS: ReadonlySet<string> = new Set(["from", "to", "country", "admin1", "arena"]);

/** The day number of a YYYY-MM-DD that names a real day (Date.parse would roll 02-30 over to March). */
function exactDay(date: string): number | null {
  const day = epochDayOf(date);
  return day !== null && new Date(day * 86_400_000).toISOString().slice(0, 10) === date ? day : null;
}

/** The weeks a from/to filter keeps, or null when a bound falls mid-week (only the daily rollups answer that). */
export function weekBounds(from: string | undefined, to: string | undefined): { from: number | null; to: number | null } | null {
  const start = from === undefined ? null : exactDay(from);
  const end = to === undefined ? null : exactDay(to);
  if ((from !== undefined && (start === null || start - weekOfDay(start) * 7 !== 0)) || (to !== undefined && (end === null || end - weekOfDay(end) * 7 !== 6))) return null;
  return { from: start === null ? null : weekOfDay(start), to: end === null ? null : weekOfDay(end) };
}

/**
 * True when the weekly rollup answers the query exactly: Thursday weeks asked for, every other
 * dimension and filter a place, and date bounds on week boundaries (from a Thursday, to a Wednesday).
 */
export function weeklyAnswers(query: AggregateQuery): boolean {
  if (query.withIds === true || (query.weekStart ?? "thu") !== "thu" || !query.by.includes("week")) return false;
  if (!query.by.every((dim) => WEEKLY_DIMENSIONS.has(dim))) return false;
  if (Object.entries(query.filter).some(([k, v]) => v !== undefined && !WEEKLY_FILTERS.has(k))) return false;
  return weekBounds(query.filter.from, query.filter.to) !== null;
}
