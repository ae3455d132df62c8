// Claimed vs observed: a published statistic (a group's infographic, an outlet's tally) set
// against Spotlight's own count for the same period, place and measure, and, when the statistic
// gives the previous period's total ("compared to 45 in the previous week"), that total against
// our count for the previous period. The store aggregates; this file plans the queries, reads the
// published labels (place-labels.ts, regions.ts, method labels) and explains each difference.

import type { AggregateFilter, AggregateQuery, AggregateRow, StatDimension, StoredStatistic } from "../core/analysis.ts";
import { ARENA_ALIASES } from "../core/arenas.ts";
import type { Period, Range } from "../core/incident.ts";
import type { Method } from "../core/vocabulary.ts";
import { compareFigure, notCompared, sumRanges, withNote, type ComparedFigure, type Measure } from "./compare-figure.ts";
import { arenaOfCover, coverKeys, coverMatches, readPlaceLabel, type Admin1Resolver, type PlaceLabel } from "./place-labels.ts";
import { previousPeriod } from "./weeks.ts";

export { compareFigure, type ComparedFigure, type Measure } from "./compare-figure.ts";
export { placeKey } from "./place-labels.ts";

export interface CompareOptions {
  /** Our incidents counted against a group's claims: its perpetrator names (default ISIS). */
  perpetrators: readonly string[];
  /** The gazetteer's admin-1 names; without it, admin-1 labels are matched to the rows by name. */
  admin1Of?: Admin1Resolver;
}

export interface ComparisonPlan {
  statistic: StoredStatistic;
  measure: Measure;
  /** The dimension the breakdown's labels are read as, or null when only the total can be compared. */
  dimension: StatDimension | null;
  /** The arena the subject names ("… in Syria in 2020"), or null. */
  scope: string | null;
  /** Totals per arena, with ids; and, when there is a dimension, per arena, country and admin-1 (or method). */
  totals: AggregateQuery;
  items: AggregateQuery | null;
  /** Every active incident of the period, any kind: none means the store does not cover the period. */
  coverage: AggregateQuery;
  /** The previous period, when the statistic gives its total. */
  previous: { period: Period; claimed: number; totals: AggregateQuery; coverage: AggregateQuery } | null;
  options: CompareOptions;
}

export interface PreviousComparison {
  period: Period;
  total: ComparedFigure;
  coverage: number | null;
}

export interface Comparison {
  statistic: StoredStatistic;
  measure: Measure;
  scope: string | null;
  total: ComparedFigure;
  items: ComparedFigure[];
  /** Places or methods where we count incidents that the published breakdown does not list. */
  unlisted: ComparedFigure[];
  /** Active incidents of any kind in the store for the period; null when not asked. */
  coverage: number | null;
  previous: PreviousComparison | null;
}

/** The rows of a plan's other queries; a comparison leaves out what it is not given. */
export interface ComparisonRows {
  coverage?: readonly AggregateRow[];
  previousTotals?: readonly AggregateRow[];
  previousCoverage?: readonly AggregateRow[];
}

const MEASURES: Record<StoredStatistic["metric"], Measure> = { attacks: "incidents", casualties: "casualties", killed: "killed", wounded: "wounded" };

/** Published method labels, lower-cased, to the method vocabulary. */
const METHOD_LABELS: readonly [RegExp, Method][] = [
  [/\bsuicide|martyrdom/, "suicide_bombing"],
  [/\bieds?\b|explosive device|roadside bomb|bomb/, "ied"],
  [/sniper|sniping/, "sniper"],
  [/targeted killing|assassination/, "shooting"],
  [/exchanges? of fire|clash|armed attack|raid|storming/, "armed_assault"],
  [/ambush/, "ambush"],
  [/rocket|mortar|shelling|artillery/, "rocket_artillery"],
  [/arson|sabotage|burning/, "arson_sabotage"],
  [/abduction|kidnapping/, "kidnapping"],
  [/execution|beheading/, "execution"],
  [/^other\b/, "other"],
];

export function methodFromLabel(label: string): Method | null {
  const l = label.toLowerCase();
  for (const [re, m] of METHOD_LABELS) if (re.test(l)) return m;
  return null;
}

/** The arena a subject names as a whole word, or null. */
export function scopeOf(subject: string): string | null {
  const s = ` ${subject.toLowerCase().replace(/[^a-z-]+/g, " ")} `;
  for (const [arena, aliases] of Object.entries(ARENA_ALIASES)) if (aliases.some((a) => s.includes(` ${a} `))) return arena;
  return null;
}

function dimensionOf(statDimension: string): StatDimension | null {
  if (statDimension === "arena" || statDimension === "admin1" || statDimension === "method") return statDimension;
  return null;
}

export function planComparison(statistic: StoredStatistic, options: CompareOptions): ComparisonPlan {
  const filterFor = (p: Period): AggregateFilter => ({ from: p.start, to: p.end, category: ["attack"], perpetrator: options.perpetrators });
  const dimension = dimensionOf(statistic.dimension);
  const filter = filterFor(statistic.period);
  const prev = statistic.previous_period_total === undefined ? null : previousPeriod(statistic.period.start, statistic.period.end);
  return {
    statistic,
    measure: MEASURES[statistic.metric],
    dimension,
    scope: dimension === "arena" ? null : scopeOf(statistic.subject),
    totals: { by: ["arena"], filter, withIds: true },
    items: dimension === null ? null : { by: dimension === "method" ? ["arena", "method"] : ["arena", "country", "admin1"], filter, withIds: true },
    coverage: { by: [], filter: { from: statistic.period.start, to: statistic.period.end } },
    previous:
      prev === null || statistic.previous_period_total === undefined
        ? null
        : { period: prev, claimed: statistic.previous_period_total, totals: { by: ["arena"], filter: filterFor(prev), withIds: true }, coverage: { by: [], filter: { from: prev.start, to: prev.end } } },
    options,
  };
}

function valueOf(row: AggregateRow | undefined, measure: Measure): Range {
  if (!row) return { low: 0, high: 0 };
  return measure === "incidents" ? { low: row.incidents, high: row.incidents } : row[measure];
}

const idsOf = (rows: readonly AggregateRow[]) => [...new Set(rows.flatMap((r) => r.ids ?? []))].sort();

function figureOf(label: string, key: string | null, claimed: number | null, rows: readonly AggregateRow[], measure: Measure): ComparedFigure {
  return compareFigure(label, key, claimed, sumRanges(rows.map((r) => valueOf(r, measure))), idsOf(rows), measure);
}

const NO_COVERAGE = "the store holds no incident of any kind in this period, so the difference says where our sources stop, not what the claim adds";

function coverageNote(f: ComparedFigure, coverage: number | null): ComparedFigure {
  return coverage === 0 && f.claimed !== null && f.claimed > 0 ? withNote(f, NO_COVERAGE) : f;
}

/** The comparison of one statistic, given the rows of its plan's queries. */
export function compareStatistic(plan: ComparisonPlan, totals: readonly AggregateRow[], items: readonly AggregateRow[], more: ComparisonRows = {}): Comparison {
  const { statistic, measure } = plan;
  const coverage = more.coverage === undefined ? null : (more.coverage[0]?.incidents ?? 0);
  const body = plan.dimension === "method" ? compareMethods(plan, items) : plan.dimension === null ? { scope: plan.scope, items: [], unlisted: [] } : comparePlaces(plan, items);
  const scope = body.scope;
  const scoped = totals.filter((r) => scope === null || r.key[0] === scope);
  let total = figureOf(scope === null ? "total" : `total (${scope})`, scope, statistic.total, scoped, measure);
  if (plan.dimension === "method") total = withNote(total, "an incident with several methods counts once under each method listed");
  total = coverageNote(total, coverage);
  let previous: PreviousComparison | null = null;
  if (plan.previous !== null && more.previousTotals !== undefined) {
    const prevCoverage = more.previousCoverage === undefined ? null : (more.previousCoverage[0]?.incidents ?? 0);
    const rows = more.previousTotals.filter((r) => scope === null || r.key[0] === scope);
    const figure = figureOf(`previous period total${scope === null ? "" : ` (${scope})`}`, scope, plan.previous.claimed, rows, measure);
    previous = { period: plan.previous.period, total: coverageNote(figure, prevCoverage), coverage: prevCoverage };
  }
  return { statistic, measure, scope, total, items: body.items, unlisted: body.unlisted, coverage, previous };
}

interface Body {
  scope: string | null;
  items: ComparedFigure[];
  unlisted: ComparedFigure[];
}

function compareMethods(plan: ComparisonPlan, rows: readonly AggregateRow[]): Body {
  const { statistic, measure, scope } = plan;
  const inScope = rows.filter((r) => scope === null || r.key[0] === scope);
  const listed = new Set<string>();
  const items = statistic.breakdown.map((b) => {
    const method = methodFromLabel(b.label);
    if (method === null) return notCompared(b.label, b.value, "not a method Spotlight counts by");
    listed.add(method);
    return figureOf(b.label, method, b.value, inScope.filter((r) => r.key[1] === method), measure);
  });
  const unlisted = new Map<string, AggregateRow[]>();
  for (const r of inScope) if (!listed.has(r.key[1] ?? "")) unlisted.set(r.key[1] ?? "", [...(unlisted.get(r.key[1] ?? "") ?? []), r]);
  return { scope, items, unlisted: statistic.total === null ? [] : [...unlisted].map(([k, rs]) => figureOf(k, k, null, rs, measure)) };
}

/** Rows are [arena, country, admin1]. */
function comparePlaces(plan: ComparisonPlan, rows: readonly AggregateRow[]): Body {
  const { statistic, measure } = plan;
  const dimension = plan.dimension === "arena" ? "arena" : "admin1";
  const read = (scope: string | null) => statistic.breakdown.map((b) => readPlaceLabel(b.label, { dimension, scope, ...(plan.options.admin1Of ? { admin1Of: plan.options.admin1Of } : {}) }));
  let scope = plan.scope;
  let labels = read(scope);
  if (scope === null && dimension === "admin1") {
    // The arena where most of the published places are.
    const votes = new Map<string, number>();
    for (const l of labels) {
      const arenas = new Set(l?.covers.flatMap((c) => (c.kind === "admin1" && c.country === null ? rows.filter((r) => coverMatches(c, r.key[0] ?? "", r.key[1] ?? "", r.key[2] ?? "")).map((r) => r.key[0] ?? "") : arenaOfCover(c))) ?? []);
      for (const a of arenas) votes.set(a, (votes.get(a) ?? 0) + 1);
    }
    scope = [...votes].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
    if (scope !== null) labels = read(scope);
  }
  const inScope = rows.filter((r) => dimension === "arena" || scope === null || r.key[0] === scope);
  const matches = (l: PlaceLabel, r: AggregateRow) => l.covers.some((c) => coverMatches(c, r.key[0] ?? "", r.key[1] ?? "", r.key[2] ?? ""));
  const keys = labels.map((l) => (l === null ? null : new Set(coverKeys(l))));
  const items = statistic.breakdown.map((b, i) => {
    const l = labels[i];
    if (l === null || l === undefined) return notCompared(b.label, b.value, `not ${dimension === "arena" ? "an arena, region" : "an admin-1, region"} or list of them that Spotlight knows`);
    const f = withNote(figureOf(b.label, l.key, b.value, inScope.filter((r) => matches(l, r)), measure), l.note);
    const parts = partsListed(i, keys).map((j) => statistic.breakdown[j]?.label ?? "");
    return parts.length === 0 ? f : { ...withNote(f, `its parts are listed too: ${parts.join(", ")}`), listedParts: parts };
  });
  const unlisted = new Map<string, AggregateRow[]>();
  for (const r of inScope) {
    if (labels.some((l) => l !== null && matches(l, r))) continue;
    const k = (dimension === "arena" ? r.key[0] : r.key[2]) ?? "";
    unlisted.set(k, [...(unlisted.get(k) ?? []), r]);
  }
  // Only a complete breakdown (one with a total) can be said to leave a place out.
  return { scope, items, unlisted: statistic.total === null ? [] : [...unlisted].map(([k, rs]) => figureOf(k, k, null, rs, measure)) };
}

/** Other items whose covers together make up item `i`'s ("Euphrates Valley" = "Deir ez-Zor" + "Raqqa"). */
function partsListed(i: number, keys: readonly (Set<string> | null)[]): number[] {
  const whole = keys[i];
  if (!whole || whole.size < 2) return [];
  const parts = keys.flatMap((k, j) => (j !== i && k !== null && k.size < whole.size && [...k].every((x) => whole.has(x)) ? [j] : []));
  const union = new Set(parts.flatMap((j) => [...(keys[j] ?? [])]));
  return union.size === whole.size ? parts : [];
}

/** One line on where a total's difference lies, from its itemised figures. */
export function differenceSummary(c: Comparison): string | null {
  const parts = c.items.filter((i) => i.difference !== null && i.difference !== 0 && i.listedParts.length === 0).map((i) => `${i.label} ${i.difference! > 0 ? "+" : ""}${i.difference}`);
  const extra = c.unlisted.map((u) => `${u.label} +${u.ours.low} (not in the published breakdown)`);
  const all = [...parts, ...extra];
  return all.length === 0 ? null : `by item: ${all.join(", ")}`;
}
