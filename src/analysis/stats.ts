// Rows the store aggregated, turned into what `stats` reports: the chosen measures, lethality
// (casualties per incident) as a range, and the note a method breakdown needs.

import type { AggregateRow, StatDimension } from "../core/analysis.ts";
import type { Range } from "../core/incident.ts";

export const STAT_METRICS = ["incidents", "killed", "wounded", "casualties", "lethality"] as const;
export type StatMetric = (typeof STAT_METRICS)[number];

/** A range of ratios: low and high, high null when the casualties' high is unknown. */
export interface RatioRange {
  low: number;
  high: number | null;
}

export interface StatRecord {
  key: Record<string, string>;
  incidents: number;
  killed: Range;
  wounded: Range;
  casualties: Range;
  lethality: RatioRange;
  first: string;
  last: string;
}

/** Casualties per incident, rounded to two decimals; 0 for an empty group. */
export function lethality(casualties: Range, incidents: number): RatioRange {
  const per = (n: number) => (incidents === 0 ? 0 : Math.round((n / incidents) * 100) / 100);
  return { low: per(casualties.low), high: casualties.high === null ? null : per(casualties.high) };
}

export function statRecords(by: readonly StatDimension[], rows: readonly AggregateRow[]): StatRecord[] {
  return rows.map((r) => ({
    key: Object.fromEntries(by.map((d, i) => [d, r.key[i] ?? ""])),
    incidents: r.incidents,
    killed: r.killed,
    wounded: r.wounded,
    casualties: r.casualties,
    lethality: lethality(r.casualties, r.incidents),
    first: r.first,
    last: r.last,
  }));
}

/** "3", "2-5", "2+" (and "1.5-2.25" for ratios). */
export function formatRange(r: Range | RatioRange): string {
  if (r.high === null) return `${r.low}+`;
  return r.low === r.high ? String(r.low) : `${r.low}-${r.high}`;
}

/** The measures a report shows: all of them, or the incident count and the one asked for. */
export function shownMetrics(metric: StatMetric | undefined): StatMetric[] {
  if (metric === undefined) return [...STAT_METRICS];
  return metric === "incidents" ? ["incidents"] : ["incidents", metric];
}

/** What a reader must know about the numbers, given the grouping. */
export function statNotes(by: readonly StatDimension[], totalIncidents: number, rows: readonly AggregateRow[]): string[] {
  const notes: string[] = [];
  if (by.includes("method")) {
    const counted = rows.reduce((n, r) => n + r.incidents, 0);
    notes.push(`an incident is counted once per method it lists: the rows count ${counted} incident-methods for ${totalIncidents} incidents`);
  }
  notes.push("ranges are low-high sums; N+ means at least one incident gives no upper bound");
  return notes;
}
