// Claimed vs observed: a published statistic (a group's infographic, an outlet's tally) set
// against Spotlight's own count for the same period, place and measure. The store aggregates;
// this file plans the queries, reads the published labels, and explains each difference:
// which of our incidents a figure lacks (we count more), or how many we are short (it counts more).

import type { AggregateFilter, AggregateQuery, AggregateRow, StatDimension, StoredStatistic } from "../core/analysis.ts";
import { ARENA_ALIASES, arenaFromLabel } from "../core/arenas.ts";
import type { Range } from "../core/incident.ts";
import type { Method } from "../core/vocabulary.ts";

export type Measure = "incidents" | "killed" | "wounded" | "casualties";

export interface CompareOptions {
  /** Our incidents counted against a group's claims: its perpetrator names (default ISIS). */
  perpetrators: readonly string[];
}

export interface ComparisonPlan {
  statistic: StoredStatistic;
  measure: Measure;
  /** The dimension the breakdown's labels are read as, or null when only the total can be compared. */
  dimension: StatDimension | null;
  /** The arena the subject names ("… in Syria in 2020"), or null. */
  scope: string | null;
  /** Totals per arena, with ids; and, when there is a dimension, per arena and that dimension. */
  totals: AggregateQuery;
  items: AggregateQuery | null;
}

export interface ComparedFigure {
  /** The published label ("Sinai Peninsula"), or "total". */
  label: string;
  /** What the label was read as (an arena, an admin-1, a method), or null when it names none. */
  key: string | null;
  claimed: number | null;
  ours: Range;
  /** Ours minus claimed, 0 when the claim is within our range; null when there is nothing to compare. */
  difference: number | null;
  explanation: string;
  /** Our incidents behind `ours`. */
  ids: string[];
}

export interface Comparison {
  statistic: StoredStatistic;
  measure: Measure;
  scope: string | null;
  total: ComparedFigure;
  items: ComparedFigure[];
  /** Places or methods where we count incidents that the published breakdown does not list. */
  unlisted: ComparedFigure[];
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

/** An admin-1 name in a comparable form: "Al-Anbar Province" and "Anbar" agree. */
export function placeKey(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/\b(?:province|governorate|region|state)\b/g, "")
    .replace(/^\s*(?:the\s+)?(?:al|el|ar|as|ad)[-\s]+/, "")
    .replace(/[^a-z0-9]+/g, "");
}

/** The arena a subject names as a whole word, or null. */
export function scopeOf(subject: string): string | null {
  const s = ` ${subject.toLowerCase().replace(/[^a-z-]+/g, " ")} `;
  for (const [arena, aliases] of Object.entries(ARENA_ALIASES)) if (aliases.some((a) => s.includes(` ${a} `))) return arena;
  return null;
}

function dimensionOf(statDimension: string): StatDimension | null {
  if (statDimension === "arena") return "arena";
  if (statDimension === "admin1") return "admin1";
  if (statDimension === "method") return "method";
  return null;
}

export function planComparison(statistic: StoredStatistic, options: CompareOptions): ComparisonPlan {
  const measure = MEASURES[statistic.metric];
  const filter: AggregateFilter = {
    from: statistic.period.start,
    to: statistic.period.end,
    category: ["attack"],
    perpetrator: options.perpetrators,
  };
  const dimension = dimensionOf(statistic.dimension);
  return {
    statistic,
    measure,
    dimension,
    scope: dimension === "arena" ? null : scopeOf(statistic.subject),
    totals: { by: ["arena"], filter, withIds: true },
    items: dimension === null || dimension === "arena" ? null : { by: ["arena", dimension], filter, withIds: true },
  };
}

function valueOf(row: AggregateRow | undefined, measure: Measure): Range {
  if (!row) return { low: 0, high: 0 };
  return measure === "incidents" ? { low: row.incidents, high: row.incidents } : row[measure];
}

function sum(ranges: readonly Range[]): Range {
  return ranges.reduce((a, b) => ({ low: a.low + b.low, high: a.high === null || b.high === null ? null : a.high + b.high }), { low: 0, high: 0 });
}

function fmt(r: Range): string {
  if (r.high === null) return `at least ${r.low}`;
  return r.low === r.high ? String(r.low) : `${r.low}-${r.high}`;
}

const noun = (measure: Measure) => (measure === "incidents" ? "incidents" : measure);

/** Ours against a claimed figure, with the explanation a reader needs. */
export function compareFigure(label: string, key: string | null, claimed: number | null, ours: Range, ids: readonly string[], measure: Measure): ComparedFigure {
  const what = noun(measure);
  const base = { label, key, claimed, ours, ids: [...ids] };
  if (claimed === null) return { ...base, difference: null, explanation: `no published figure; we count ${fmt(ours)} ${what}` };
  if (ours.low > claimed) {
    const d = ours.low - claimed;
    const lacks =
      measure === "incidents"
        ? `the published figure lacks at least ${d} of our ${ours.low} incidents (${ids.join(", ")})`
        : `the published figure lacks at least ${d} of the ${what} in our ${ids.length} incident${ids.length === 1 ? "" : "s"} (${ids.join(", ")})`;
    return { ...base, difference: d, explanation: `we count ${d} more: ${lacks}` };
  }
  if (ours.high !== null && ours.high < claimed) {
    const d = claimed - ours.high;
    const have = measure === "incidents" && ours.high === 1 ? "incident" : what;
    return { ...base, difference: -d, explanation: `our count is short by ${d}: the published figure has ${claimed}, we have ${fmt(ours)} ${have}${ids.length ? ` (${ids.join(", ")})` : ""}` };
  }
  return { ...base, difference: 0, explanation: ours.low === ours.high ? "agrees" : `within our range ${fmt(ours)}` };
}

/** The comparison of one statistic, given the rows of its plan's queries. */
export function compareStatistic(plan: ComparisonPlan, totals: readonly AggregateRow[], items: readonly AggregateRow[]): Comparison {
  const { statistic, measure } = plan;
  const out: Comparison = { statistic, measure, scope: plan.scope, total: compareFigure("total", null, null, { low: 0, high: 0 }, [], measure), items: [], unlisted: [] };
  const idsOf = (rows: readonly AggregateRow[]) => rows.flatMap((r) => r.ids ?? []).sort();

  if (plan.dimension === "arena") {
    const listed = new Set<string>();
    for (const b of statistic.breakdown) {
      const arena = arenaFromLabel(b.label);
      const rows = totals.filter((r) => r.key[0] === arena);
      if (arena !== null) listed.add(arena);
      out.items.push(arena === null ? { ...compareFigure(b.label, null, b.value, { low: 0, high: 0 }, [], measure), difference: null, explanation: "not an arena Spotlight knows" } : compareFigure(b.label, arena, b.value, sum(rows.map((r) => valueOf(r, measure))), idsOf(rows), measure));
    }
    // Only a complete breakdown (one with a total) can be said to leave a place out.
    if (statistic.total !== null) for (const r of totals) if (!listed.has(r.key[0] ?? "")) out.unlisted.push(compareFigure(r.key[0] ?? "", r.key[0] ?? "", null, valueOf(r, measure), r.ids ?? [], measure));
    out.total = compareFigure("total", null, statistic.total, sum(totals.map((r) => valueOf(r, measure))), idsOf(totals), measure);
    return out;
  }

  let scope = plan.scope;
  if (plan.dimension !== null) {
    // "Homs and Hama" spans two admin-1s: not one Spotlight can count alone.
    const keyOf = (label: string): string | null => (plan.dimension === "method" ? methodFromLabel(label) : /\band\b|&/.test(label) ? null : placeKey(label));
    const rowKey = (r: AggregateRow): string => (plan.dimension === "method" ? (r.key[1] ?? "") : placeKey(r.key[1] ?? ""));
    const labelKeys = statistic.breakdown.map((b) => keyOf(b.label));
    if (scope === null && plan.dimension === "admin1") {
      // The arena where most of the published places are.
      const votes = new Map<string, number>();
      for (const r of items) if (labelKeys.includes(rowKey(r))) votes.set(r.key[0] ?? "", (votes.get(r.key[0] ?? "") ?? 0) + 1);
      scope = [...votes].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
      out.scope = scope;
    }
    const inScope = items.filter((r) => scope === null || r.key[0] === scope);
    const listed = new Set<string>();
    statistic.breakdown.forEach((b, i) => {
      const key = labelKeys[i] ?? null;
      if (key === null || key === "") {
        out.items.push({ ...compareFigure(b.label, null, b.value, { low: 0, high: 0 }, [], measure), difference: null, explanation: `not a single ${plan.dimension === "method" ? "method" : "admin-1"} Spotlight counts by` });
        return;
      }
      listed.add(key);
      const rows = inScope.filter((r) => rowKey(r) === key);
      const name = plan.dimension === "method" ? key : (rows[0]?.key[1] ?? b.label);
      out.items.push(compareFigure(b.label, name, b.value, sum(rows.map((r) => valueOf(r, measure))), idsOf(rows), measure));
    });
    const unlisted = new Map<string, AggregateRow[]>();
    for (const r of inScope) if (!listed.has(rowKey(r))) unlisted.set(r.key[1] ?? "", [...(unlisted.get(r.key[1] ?? "") ?? []), r]);
    if (statistic.total !== null) for (const [k, rows] of unlisted) out.unlisted.push(compareFigure(k, k, null, sum(rows.map((r) => valueOf(r, measure))), idsOf(rows), measure));
  }
  const scoped = totals.filter((r) => scope === null || r.key[0] === scope);
  out.total = compareFigure(scope === null ? "total" : `total (${scope})`, scope, statistic.total, sum(scoped.map((r) => valueOf(r, measure))), idsOf(scoped), measure);
  if (plan.dimension === "method") out.total.explanation += "; an incident with several methods counts once under each method above";
  return out;
}

/** One line on where a total's difference lies, from its itemised figures. */
export function differenceSummary(c: Comparison): string | null {
  const parts = c.items.filter((i) => i.difference !== null && i.difference !== 0).map((i) => `${i.label} ${i.difference! > 0 ? "+" : ""}${i.difference}`);
  const extra = c.unlisted.map((u) => `${u.label} +${u.ours.low} (not in the published breakdown)`);
  const all = [...parts, ...extra];
  return all.length === 0 ? null : `by item: ${all.join(", ")}`;
}
