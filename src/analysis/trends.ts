// Trends over weekly counts the store aggregated: week-over-week and year-over-year change per
// place, surges against each place's own baseline, and groups active where they had been quiet.
//
// Surge: ACLED's early-warning rule (the week's count more than 25% above both its 4-week and its
// 52-week average) AND a count model, so that 0 → 1 → 2 is not an alarm: the count must reach
// `minCount` and be improbable under a Poisson law whose mean is the larger of the two averages
// (P(X >= count) <= alpha).
//
// Weeks before the store's first incident are unknown, not zero: averages use covered weeks only
// (the 4-week one needs all four, the 52-week one at least four), and nothing is compared year over
// year without the weeks it needs.
//
// New area: a group active in a place where it had no incident in the `quietWeeks` weeks before.
// A store built from occasional bulletins has gaps, and a gap looks like a quiet spell, so the
// quiet weeks count only where the store covered the place's area (its arena): a week is covered
// when the store holds at least one incident of any kind and group in that arena. With fewer than
// `minCoverage` of the quiet weeks covered (default: all of them), the place is reported as "no
// prior coverage" instead of new.

import { NONE_LABEL } from "../core/analysis.ts";
import { poissonUpperTail } from "./poisson.ts";
import { addWeeks } from "./weeks.ts";

export interface WeeklyCount {
  place: string;
  /** The perpetrator (for new-area detection); places sum over groups. */
  group: string;
  /** Week start, YYYY-MM-DD. */
  week: string;
  incidents: number;
  /** The area whose coverage decides whether quiet weeks were observed (the place's arena). */
  area?: string;
}

export interface SurgeRule {
  /** ACLED: 1.25 (more than 25% above). */
  ratio: number;
  /** The count model's false-alarm rate per place and week. */
  alpha: number;
  /** No surge below this many incidents in the week. */
  minCount: number;
}

export const DEFAULT_SURGE_RULE: SurgeRule = { ratio: 1.25, alpha: 0.01, minCount: 3 };

export interface TrendOptions {
  /** The week starts to report, oldest first. */
  weeks: readonly string[];
  /** The week of the store's first incident: earlier weeks are unknown. */
  coverageStart: string;
  /** A group is new in a place when it had no incident there in this many weeks before. */
  quietWeeks: number;
  /** Area → the weeks in which the store holds any incident there. Absent: every week from `coverageStart` counts as covered. */
  coverage?: ReadonlyMap<string, ReadonlySet<string>>;
  /** The share of the quiet weeks that must be covered for "new" (0 < x <= 1; default 1). */
  minCoverage?: number;
  rule?: SurgeRule;
}

export interface Change {
  change: number;
  /** Percent change, rounded; null when the earlier count is 0. */
  percent: number | null;
}

export interface SurgeTest {
  surge: boolean;
  /** P(X >= count) under the baseline mean. */
  p: number;
  /** Why not, when not. */
  reason: string | null;
}

export interface WeekTrend {
  week: string;
  incidents: number;
  wow: Change | null;
  yoy: Change | null;
  avg4: number | null;
  avg52: number | null;
  surge: SurgeTest | null;
}

export interface PlaceTrend {
  place: string;
  weeks: WeekTrend[];
}

export interface Surge {
  place: string;
  week: string;
  incidents: number;
  avg4: number;
  avg52: number;
  p: number;
}

export interface NewArea {
  group: string;
  place: string;
  week: string;
  incidents: number;
  quietWeeks: number;
  /** The area whose coverage was checked, and in how many of the quiet weeks the store covered it. */
  area: string | null;
  coveredWeeks: number;
}

export interface Trends {
  places: PlaceTrend[];
  surges: Surge[];
  newAreas: NewArea[];
  /** Groups active where they had no incident in the quiet weeks, but the store did not cover enough of those weeks to call it new. */
  noPriorCoverage: NewArea[];
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

export function change(now: number, before: number): Change {
  return { change: now - before, percent: before === 0 ? null : Math.round(((now - before) / before) * 100) };
}

/** The surge rule for one place and week. */
export function surgeTest(count: number, avg4: number, avg52: number, rule: SurgeRule = DEFAULT_SURGE_RULE): SurgeTest {
  const p = poissonUpperTail(count, Math.max(avg4, avg52));
  let reason: string | null = null;
  if (!(count > rule.ratio * avg4)) reason = `not more than ${Math.round((rule.ratio - 1) * 100)}% above the 4-week average`;
  else if (!(count > rule.ratio * avg52)) reason = `not more than ${Math.round((rule.ratio - 1) * 100)}% above the 52-week average`;
  else if (count < rule.minCount) reason = `fewer than ${rule.minCount} incidents`;
  else if (p > rule.alpha) reason = `not improbable under the baseline (p = ${p.toPrecision(2)} > ${rule.alpha})`;
  return { surge: reason === null, p, reason };
}

/** Mean count over `n` weeks before `week`, counting only covered weeks; null when too few are covered. */
function baseline(series: ReadonlyMap<string, number>, week: string, n: number, minCovered: number, coverageStart: string): number | null {
  let sum = 0;
  let covered = 0;
  for (let i = 1; i <= n; i++) {
    const w = addWeeks(week, -i);
    if (w < coverageStart) break;
    sum += series.get(w) ?? 0;
    covered++;
  }
  return covered < minCovered ? null : round2(sum / covered);
}

export function computeTrends(counts: readonly WeeklyCount[], options: TrendOptions): Trends {
  const rule = options.rule ?? DEFAULT_SURGE_RULE;
  const first = options.weeks[0];
  if (first === undefined) return { places: [], surges: [], newAreas: [], noPriorCoverage: [] };
  const byPlace = new Map<string, Map<string, number>>();
  const byGroup = new Map<string, Map<string, number>>();
  const areaOf = new Map<string, string>();
  for (const c of counts) {
    if (c.area !== undefined && !areaOf.has(c.place)) areaOf.set(c.place, c.area);
    const place = byPlace.get(c.place) ?? new Map<string, number>();
    place.set(c.week, (place.get(c.week) ?? 0) + c.incidents);
    byPlace.set(c.place, place);
    const key = `${c.group}\u0000${c.place}`;
    const group = byGroup.get(key) ?? new Map<string, number>();
    group.set(c.week, (group.get(c.week) ?? 0) + c.incidents);
    byGroup.set(key, group);
  }
  const known = (w: string) => w >= options.coverageStart;
  const since = addWeeks(first, -4);
  const places: PlaceTrend[] = [];
  const surges: Surge[] = [];
  for (const [place, series] of byPlace) {
    if (![...series.keys()].some((w) => w >= since)) continue;
    const weeks = options.weeks.map((week): WeekTrend => {
      const n = series.get(week) ?? 0;
      const prev = addWeeks(week, -1);
      const lastYear = addWeeks(week, -52);
      const avg4 = baseline(series, week, 4, 4, options.coverageStart);
      const avg52 = baseline(series, week, 52, 4, options.coverageStart);
      const surge = avg4 !== null && avg52 !== null ? surgeTest(n, avg4, avg52, rule) : null;
      if (surge?.surge && avg4 !== null && avg52 !== null) surges.push({ place, week, incidents: n, avg4, avg52, p: surge.p });
      return {
        week,
        incidents: n,
        wow: known(prev) ? change(n, series.get(prev) ?? 0) : null,
        yoy: known(lastYear) ? change(n, series.get(lastYear) ?? 0) : null,
        avg4,
        avg52,
        surge,
      };
    });
    places.push({ place, weeks });
  }
  const total = (p: PlaceTrend) => p.weeks.reduce((s, w) => s + w.incidents, 0);
  places.sort((a, b) => total(b) - total(a) || a.place.localeCompare(b.place));

  const newAreas: NewArea[] = [];
  const noPriorCoverage: NewArea[] = [];
  const needed = Math.ceil((options.minCoverage ?? 1) * options.quietWeeks - 1e-9);
  for (const [key, series] of byGroup) {
    const [group = "", place = ""] = key.split("\u0000");
    if (group === NONE_LABEL || group.toLowerCase() === "unknown") continue;
    const area = areaOf.get(place) ?? null;
    const areaWeeks = area === null ? undefined : options.coverage?.get(area);
    const covered = (w: string) => known(w) && (options.coverage === undefined || area === null || (areaWeeks?.has(w) ?? false));
    for (const week of options.weeks) {
      const n = series.get(week) ?? 0;
      if (n === 0) continue;
      let before = 0;
      let coveredWeeks = 0;
      for (let i = 1; i <= options.quietWeeks; i++) {
        const w = addWeeks(week, -i);
        before += series.get(w) ?? 0;
        if (covered(w)) coveredWeeks++;
      }
      if (before > 0) continue;
      const found = { group, place, week, incidents: n, quietWeeks: options.quietWeeks, area, coveredWeeks };
      (coveredWeeks >= needed ? newAreas : noPriorCoverage).push(found);
    }
  }
  surges.sort((a, b) => a.week.localeCompare(b.week) || a.place.localeCompare(b.place));
  const order = (a: NewArea, b: NewArea) => a.week.localeCompare(b.week) || a.place.localeCompare(b.place) || a.group.localeCompare(b.group);
  newAreas.sort(order);
  noPriorCoverage.sort(order);
  return { places, surges, newAreas, noPriorCoverage };
}
