// Flat rows for tabular outputs (CSV, terminal tables): one column per scalar field,
// ranges split into _low/_high, lists joined with "; ".

import type { Incident, Range, SourceRef, Statistic } from "../core/incident.ts";

export const INCIDENT_COLUMNS = [
  "id", "document", "event_date", "time_precision", "category", "methods", "perpetrator", "claim", "target",
  "target_type", "country", "admin1", "location", "offset_anchor", "offset_km", "offset_bearing", "latitude",
  "longitude", "geo_precision", "killed_low", "killed_high", "wounded_low", "wounded_high", "casualties_low",
  "casualties_high", "fatalities", "sources", "quote", "quote_start", "quote_end",
] as const;
export type IncidentColumn = (typeof INCIDENT_COLUMNS)[number];

export const STATISTIC_COLUMNS = [
  "document", "publisher", "published", "subject", "period_start", "period_end", "metric", "dimension", "total",
  "previous_period_total", "breakdown", "quote",
] as const;

function cell(v: string | number | null | undefined): string {
  return v === null || v === undefined ? "" : String(v);
}

export function formatSources(sources: readonly SourceRef[]): string {
  return sources.map((s) => (s.date ? `${s.name} (${s.date})` : s.name)).join("; ");
}

function rangeCells(r: Range): [string, string] {
  return [String(r.low), r.high === null ? "" : String(r.high)];
}

export function incidentRow(i: Incident): string[] {
  return [
    i.id, i.document, i.event_date, cell(i.time_precision), i.category, i.methods.join("; "), i.perpetrator, cell(i.claim),
    i.target, i.target_type, i.country, i.admin1, i.location, cell(i.offset?.anchor), cell(i.offset?.km), cell(i.offset?.bearing),
    cell(i.latitude), cell(i.longitude), cell(i.geo_precision), ...rangeCells(i.killed), ...rangeCells(i.wounded),
    ...rangeCells(i.casualties), cell(i.fatalities), formatSources(i.sources), i.quote, cell(i.quote_start), cell(i.quote_end),
  ];
}

export function statisticRow(s: Statistic, document: string): string[] {
  return [
    document, s.publisher, cell(s.published), s.subject, s.period.start, s.period.end, s.metric, s.dimension, cell(s.total),
    cell(s.previous_period_total), s.breakdown.map((b) => `${b.label}: ${b.value}`).join("; "), s.quote,
  ];
}

/** A range as people write it: "3", "2-5", "2+". */
export function formatRange(r: Range): string {
  if (r.high === null) return `${r.low}+`;
  return r.low === r.high ? String(r.low) : `${r.low}-${r.high}`;
}
