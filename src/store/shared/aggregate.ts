// Aggregates computed by the engine. Two levels, the same SQL on both engines:
//   inner: the active incidents that pass the filter, grouped by event_date and the raw columns
//          the dimensions need, taken as a prefix of the analysis index's column order, so the
//          engine can stream the index in order (no sort, no row reads);
//   outer: those (far fewer) groups regrouped by the dimensions (week, arena, method, …).
// Ranges stay ranges: a sum's high is null as soon as one member's high is null.
// When every column the dimensions and filters need is a key of a rollup (rollup.ts: per-day
// counts, the day also as an integer) and no ids are asked for, the outer level reads the rollup's
// rows instead of the inner level's groups: the same rows, already summed; `--by method` reads the
// per-method rollup instead of joining every incident with the method vocabulary. Places by
// Thursday week read the weekly rollup (weekly-rollup.ts) when it answers exactly.

import { sql, type Kysely, type RawBuilder } from "kysely";
import { NONE_LABEL, WEEKDAYS, type AggregateFilter, type AggregateQuery, type AggregateRow, type StatDimension, type Weekday } from "../../core/analysis.ts";
import { ARENA_RULES, OTHER_ARENA } from "../../core/arenas.ts";
import type { Range } from "../../core/incident.ts";
import { METHODS } from "../../core/vocabulary.ts";
import type { EngineAdapter } from "./adapter.ts";
import type { AnalysisDialect } from "./analysis-dialect.ts";
import { NULL_KEY, NULLABLE_KEYS, ROLLUPS, type Rollup } from "./rollup.ts";
import type { Database } from "./schema.ts";
import { WEEKDAY_COLUMNS, WEEKLY_ROLLUP, weekBounds, weeklyAnswers } from "./weekly-rollup.ts";

/** Raw columns the inner level may group by, in the analysis index's order (after status). */
const GROUP_COLUMNS = ["event_date", "country", "admin1", "category", "target_type", "perpetrator", "claim", "methods"] as const;
type GroupColumn = (typeof GROUP_COLUMNS)[number];

const NEEDS: Record<StatDimension, readonly GroupColumn[]> = {
  country: ["country"],
  admin1: ["country", "admin1"],
  arena: ["country", "admin1"],
  week: ["event_date"],
  month: ["event_date"],
  year: ["event_date"],
  method: ["methods"],
  target_type: ["target_type"],
  perpetrator: ["perpetrator"],
  claim: ["claim"],
  category: ["category"],
};

const ID_SEPARATOR = "\u001f";
const EPOCH_WEEKDAY = 4; // 1970-01-01 was a Thursday

const col = (table: string | null, name: string): RawBuilder<unknown> => sql.ref(table === null ? name : `${table}.${name}`);

function orNone(value: RawBuilder<unknown>): RawBuilder<string> {
  return sql<string>`case when ${value} is null or ${value} = '' then ${sql.lit(NONE_LABEL)} else ${value} end`;
}

/** The arena of a row as a CASE over ARENA_RULES (constants from our own table, inlined). */
export function arenaCase(table: string | null): RawBuilder<string> {
  const whens = ARENA_RULES.map((r) => {
    const cc = sql`${col(table, "country")} = ${sql.lit(r.country)}`;
    const cond = r.admin1 === undefined ? cc : sql`${cc} and ${col(table, "admin1")} in (${sql.join(r.admin1.map((a) => sql.lit(a)))})`;
    return sql`when ${cond} then ${sql.lit(r.arena)}`;
  });
  return sql<string>`(case ${sql.join(whens, sql` `)} else ${sql.lit(OTHER_ARENA)} end)`;
}

/** The day number of the first day of the week holding `date`, weeks starting on `start`. */
export function weekStartDay(d: AnalysisDialect, date: RawBuilder<unknown>, start: Weekday): RawBuilder<number> {
  return weekOfDay(d.epochDay(date), start);
}

/** The same from a day number: integer arithmetic only. */
function weekOfDay(day: RawBuilder<unknown>, start: Weekday): RawBuilder<number> {
  const shift = (WEEKDAYS.indexOf(start) - EPOCH_WEEKDAY + 7) % 7;
  return sql<number>`(${day} - (((${day} - ${sql.lit(shift)}) % 7) + 7) % 7)`;
}

/** The vocabulary of methods as a derived table, plus '' for incidents that list none. */
function methodTable(): RawBuilder<unknown> {
  return sql`(${sql.join([...METHODS, ""].map((m) => sql`select ${sql.lit(m)} as method`), sql` union all `)})`;
}

/** A dimension's value in the outer level; `rollup` is the source when a rollup is read. */
function keyExpression(dim: StatDimension, d: AnalysisDialect, weekStart: Weekday, rollup: Rollup | null): RawBuilder<unknown> {
  switch (dim) {
    case "country":
      return col("g", "country");
    case "admin1":
      return orNone(col("g", "admin1"));
    case "arena":
      return arenaCase("g");
    case "week":
      // A day number here; formatted as a date only once per group (outermost select).
      if (rollup?.weekly === true) return col("g", "day");
      return rollup !== null ? weekOfDay(col("g", "day"), weekStart) : weekStartDay(d, col("g", "event_date"), weekStart);
    case "month":
      return sql`substr(${col("g", "event_date")}, 1, 7)`;
    case "year":
      return sql`substr(${col("g", "event_date")}, 1, 4)`;
    case "method":
      return sql`case when ${col(rollup?.perMethod === true ? "g" : "m", "method")} = '' then ${sql.lit(NONE_LABEL)} else ${col(rollup?.perMethod === true ? "g" : "m", "method")} end`;
    case "target_type":
      return col("g", "target_type");
    case "perpetrator":
      return orNone(col("g", "perpetrator"));
    case "claim":
      return orNone(col("g", "claim"));
    case "category":
      return col("g", "category");
  }
}

function filterConditions(f: AggregateFilter, d: AnalysisDialect, rollup: boolean): RawBuilder<unknown>[] {
  // A rollup holds active incidents only, with NULL_KEY for a null claim.
  const out: RawBuilder<unknown>[] = rollup ? [] : [sql`status = 'active'`];
  const anyOf = (column: string, values: readonly string[] | undefined) => {
    if (values !== undefined) out.push(values.length === 0 ? sql`1 = 0` : sql`${sql.ref(column)} in (${sql.join(values)})`);
  };
  if (f.from !== undefined) out.push(sql`event_date >= ${f.from}`);
  if (f.to !== undefined) out.push(sql`event_date <= ${f.to}`);
  anyOf("country", f.country);
  anyOf("admin1", f.admin1);
  anyOf("category", f.category);
  anyOf("target_type", f.target_type);
  anyOf("perpetrator", f.perpetrator);
  if (f.claim !== undefined) {
    const named = f.claim.filter((c) => c !== NONE_LABEL);
    const parts: RawBuilder<unknown>[] = [];
    if (named.length > 0) parts.push(sql`claim in (${sql.join(named)})`);
    if (f.claim.includes(NONE_LABEL)) parts.push(rollup ? sql`claim = ${sql.lit(NULL_KEY)}` : sql`claim is null`);
    out.push(parts.length === 0 ? sql`1 = 0` : sql`(${sql.join(parts, sql` or `)})`);
  }
  if (f.method !== undefined) {
    const parts = f.method.map((m) => d.contains(sql.ref("methods"), sql.val(`|${m}|`)));
    out.push(parts.length === 0 ? sql`1 = 0` : sql`(${sql.join(parts, sql` or `)})`);
  }
  if (f.arena !== undefined) out.push(f.arena.length === 0 ? sql`1 = 0` : sql`${arenaCase(null)} in (${sql.join(f.arena)})`);
  return out;
}

/** The columns a filter reads (besides status). */
function filterColumns(f: AggregateFilter): GroupColumn[] {
  const out: GroupColumn[] = [];
  if (f.from !== undefined || f.to !== undefined) out.push("event_date");
  if (f.country !== undefined) out.push("country");
  if (f.admin1 !== undefined || f.arena !== undefined) out.push("country", "admin1");
  if (f.category !== undefined) out.push("category");
  if (f.target_type !== undefined) out.push("target_type");
  if (f.perpetrator !== undefined) out.push("perpetrator");
  if (f.claim !== undefined) out.push("claim");
  if (f.method !== undefined) out.push("methods");
  return out;
}

/**
 * The coarsest rollup that can answer the query, or null when it needs incidents (ids, or methods
 * other than as a dimension: a per-method rollup counts an incident once under each of its
 * methods, which is what `--by method` shows and what a method filter must not do).
 */
export function rollupFor(query: AggregateQuery, weekly = true): Rollup | null {
  if (query.withIds === true) return null;
  if (weekly && weeklyAnswers(query)) return WEEKLY_ROLLUP;
  const needed = new Set<string>(filterColumns(query.filter));
  for (const dim of query.by) for (const c of NEEDS[dim]) needed.add(c);
  const perMethod = needed.delete("methods");
  if (perMethod && (!query.by.includes("method") || query.filter.method !== undefined)) return null;
  return ROLLUPS.find((r) => r.perMethod === perMethod && [...needed].every((c) => r.keys.includes(c))) ?? null;
}

/**
 * The weekly rollup's rows with `day` the week's Thursday and, as day numbers, the first and last
 * days that hold an incident (the first and last non-zero weekday counts).
 */
function weeklySource(query: AggregateQuery, d: AnalysisDialect): RawBuilder<unknown> {
  const { from, to, ...places } = query.filter;
  const conditions = filterConditions(places, d, true);
  const weeks = weekBounds(from, to);
  if (weeks === null) throw new Error("the weekly rollup cannot answer a mid-week date bound");
  if (weeks.from !== null) conditions.push(sql`week >= ${weeks.from}`);
  if (weeks.to !== null) conditions.push(sql`week <= ${weeks.to}`);
  const where = conditions.length > 0 ? sql` where ${sql.join(conditions, sql` and `)}` : sql``;
  const firstDay = sql.join(WEEKDAY_COLUMNS.map((c, i) => sql`when ${sql.ref(c)} > 0 then ${sql.lit(i)}`), sql` `);
  const lastDay = sql.join(WEEKDAY_COLUMNS.map((c, i) => sql`when ${sql.ref(c)} > 0 then ${sql.lit(i)}`).reverse(), sql` `);
  return sql`(select country, admin1, week * 7 as day, incidents as n,
      killed_low as kl, killed_high as kh, killed_known as kc, wounded_low as wl, wounded_high as wh, wounded_known as wc,
      casualties_low as cl, casualties_high as ch, casualties_known as cc,
      week * 7 + (case ${firstDay} end) as first_day, week * 7 + (case ${lastDay} end) as last_day
    from ${sql.table(WEEKLY_ROLLUP.table)}${where})`;
}

/** The rollup's rows shaped as the inner level's groups (same column names, nulls restored). */
function rollupSource(rollup: Rollup, query: AggregateQuery, d: AnalysisDialect): RawBuilder<unknown> {
  if (rollup.weekly === true) return weeklySource(query, d);
  const keys = rollup.keys.map((k) => (NULLABLE_KEYS.has(k) ? sql`nullif(${sql.ref(k)}, ${sql.lit(NULL_KEY)}) as ${sql.ref(k)}` : sql.ref(k)));
  keys.push(sql.ref("day"));
  if (rollup.perMethod) keys.push(sql.ref("method"));
  const conditions = filterConditions(query.filter, d, true);
  const where = conditions.length > 0 ? sql` where ${sql.join(conditions, sql` and `)}` : sql``;
  return sql`(select ${sql.join(keys)}, incidents as n,
      killed_low as kl, killed_high as kh, killed_known as kc, wounded_low as wl, wounded_high as wh, wounded_known as wc,
      casualties_low as cl, casualties_high as ch, casualties_known as cc
    from ${sql.table(rollup.table)}${where})`;
}

export interface AggregateSqlOptions {
  /** Read a rollup when one can answer (default true); false always groups the incidents. */
  rollup?: boolean;
  /** Read the weekly rollup when it answers (default true); false reads the daily ones (tests compare the two). */
  weekly?: boolean;
}

/** The whole statement, for the store and for the bench's hand-typed comparison. */
export function aggregateSql(adapter: EngineAdapter, query: AggregateQuery, options: AggregateSqlOptions = {}): RawBuilder<Record<string, unknown>> {
  const d = adapter.analysis;
  const rollup = options.rollup === false ? null : rollupFor(query, options.weekly !== false);
  const weekStart = query.weekStart ?? "thu";
  const needed = new Set<GroupColumn>(["event_date"]);
  for (const dim of query.by) for (const c of NEEDS[dim]) needed.add(c);
  const last = Math.max(...[...needed].map((c) => GROUP_COLUMNS.indexOf(c)));
  const groupColumns = GROUP_COLUMNS.slice(0, last + 1);
  const refs = groupColumns.map((c) => sql.ref(c));
  const ids = query.withIds ? sql`, ${d.joinAgg(sql.ref("id"), ID_SEPARATOR)} as ids` : sql``;
  const inner = sql`select ${sql.join(refs)}, count(*) as n,
      sum(killed_low) as kl, sum(killed_high) as kh, count(killed_high) as kc,
      sum(wounded_low) as wl, sum(wounded_high) as wh, count(wounded_high) as wc,
      sum(casualties_low) as cl, sum(casualties_high) as ch, count(casualties_high) as cc${ids}
    from incidents where ${sql.join(filterConditions(query.filter, d, false), sql` and `)}
    group by ${sql.join(refs)}`;
  const keys = query.by.map((dim, i) => sql`${keyExpression(dim, d, weekStart, rollup)} as ${sql.ref(`k${i}`)}`);
  const joinMethods = query.by.includes("method") && rollup === null;
  // CROSS JOIN keeps the grouped rows as the outer loop (SQLite would otherwise rerun them per method).
  const join = joinMethods
    ? sql` cross join ${methodTable()} m where (m.method <> '' and ${d.contains(sql.ref("g.methods"), sql`'|' || m.method || '|'`)}) or (m.method = '' and g.methods = '||')`
    : sql``;
  const high = (h: string, c: string) => sql`case when sum(${sql.ref(`g.${c}`)}) = sum(g.n) then sum(${sql.ref(`g.${h}`)}) end`;
  const ordinals = query.by.map((_, i) => sql.lit(i + 1));
  const grouping = ordinals.length > 0 ? sql` group by ${sql.join(ordinals)} order by ${sql.join(ordinals)}` : sql``;
  const outerIds = query.withIds ? sql`, ${d.joinAgg(sql.ref("g.ids"), ID_SEPARATOR)} as ids` : sql``;
  // Joined with the methods, the grouped rows are materialised once (both engines would otherwise
  // recompute them for each method).
  const withInner = joinMethods ? sql`with g as materialized (${inner}) ` : sql``;
  const source = rollup !== null ? sql`${rollupSource(rollup, query, d)} g` : joinMethods ? sql`g` : sql`(${inner}) g`;
  // The weekly rollup's first and last are day numbers, formatted once per group below.
  const weekly = rollup?.weekly === true;
  const dates = weekly ? sql`min(g.first_day) as first, max(g.last_day) as last` : sql`min(g.event_date) as first, max(g.event_date) as last`;
  const outer = sql<Record<string, unknown>>`${withInner}select ${keys.length > 0 ? sql`${sql.join(keys)}, ` : sql``}sum(g.n) as n,
      sum(g.kl) as kl, ${high("kh", "kc")} as kh, sum(g.wl) as wl, ${high("wh", "wc")} as wh, sum(g.cl) as cl, ${high("ch", "cc")} as ch,
      ${dates}${outerIds}
    from ${source}${join}${grouping}`;
  const week = query.by.indexOf("week");
  if (week < 0) return outer;
  const first = weekly ? sql`${d.dayText(sql.ref("o.first"))} as first, ${d.dayText(sql.ref("o.last"))} as last` : sql`o.first, o.last`;
  const shown = query.by.map((_, i) => (i === week ? sql`${d.dayText(sql.ref(`o.k${i}`))} as ${sql.ref(`k${i}`)}` : sql.ref(`o.k${i}`)));
  return sql<Record<string, unknown>>`select ${sql.join(shown)}, o.n, o.kl, o.kh, o.wl, o.wh, o.cl, o.ch, ${first}${query.withIds ? sql`, o.ids` : sql``}
    from (${outer}) o order by ${sql.join(ordinals)}`;
}

function num(v: unknown): number {
  return typeof v === "number" ? v : Number(v);
}

function range(low: unknown, high: unknown): Range {
  return { low: num(low ?? 0), high: high === null || high === undefined ? null : num(high) };
}

export function aggregateRowFrom(r: Record<string, unknown>, dims: number, withIds: boolean): AggregateRow {
  const row: AggregateRow = {
    key: Array.from({ length: dims }, (_, i) => String(r[`k${i}`])),
    incidents: num(r["n"]),
    killed: range(r["kl"], r["kh"]),
    wounded: range(r["wl"], r["wh"]),
    casualties: range(r["cl"], r["ch"]),
    first: String(r["first"]),
    last: String(r["last"]),
  };
  if (withIds) row.ids = String(r["ids"] ?? "").split(ID_SEPARATOR).filter((x) => x !== "").sort();
  return row;
}

export async function aggregate(db: Kysely<Database>, adapter: EngineAdapter, query: AggregateQuery, options: AggregateSqlOptions = {}): Promise<AggregateRow[]> {
  const statement = aggregateSql(adapter, query, options);
  const settings = adapter.analysis.aggregateSettings;
  const { rows } =
    settings.length === 0
      ? await statement.execute(db)
      : await db.transaction().execute(async (trx) => {
          for (const s of settings) await s.execute(trx);
          return statement.execute(trx);
        });
  // With no dimension the single row exists even when nothing matched.
  return rows.filter((r) => r["n"] !== null && num(r["n"]) > 0).map((r) => aggregateRowFrom(r, query.by.length, query.withIds === true));
}
