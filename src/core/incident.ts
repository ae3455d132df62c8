import type { AuditKind, Bearing, Category, Claim, Method, Metric, TargetType } from "./vocabulary.ts";

/** A count that may be uncertain: `high: null` means no upper bound is stated. */
export interface Range {
  low: number;
  high: number | null;
}

export interface Offset {
  anchor: string;
  km: number;
  bearing: Bearing;
}

export interface SourceRef {
  name: string;
  /** YYYY-MM-DD or null when the text gives no date. */
  date: string | null;
}

/** One incident in the interchange format, version 1. */
export interface Incident {
  id: string;
  event_date: string;
  time_precision: 1 | 2 | 3;
  category: Category;
  methods: Method[];
  perpetrator: string;
  claim: Claim | null;
  target: string;
  target_type: TargetType;
  country: string;
  admin1: string;
  location: string;
  offset: Offset | null;
  latitude: number | null;
  longitude: number | null;
  geo_precision: 1 | 2 | 3;
  killed: Range;
  wounded: Range;
  casualties: Range;
  fatalities: number;
  sources: SourceRef[];
  quote: string;
  document: string;
  /** Character offsets of `quote` in the document text: [start, end). */
  quote_start: number;
  quote_end: number;
  /** The section headings the incident was listed under, outermost first. */
  section: string[];
  /** For incidents imported from a dataset (ACLED, GTD, UCDP GED): where the record came from. */
  source_dataset?: SourceDataset;
  /** Source columns the interchange fields cannot express, verbatim, by column name (imports only). */
  extra?: Record<string, string>;
}

export interface SourceDataset {
  /** "acled", "gtd", "ucdp" or "jsonl". */
  name: string;
  /** The record's own id in that dataset (event_id_cnty, eventid, id), or "" when the file has none. */
  id: string;
  /** The dataset's schema as detected, e.g. "acled-2025". */
  schema: string;
  /** The fields derived from lossy columns at import ("category|methods|target_type|claim"); an export
   *  restores those columns from `extra` only while the incident still has these values. */
  mapped: string;
}

export interface Period {
  start: string;
  end: string;
}

export interface BreakdownItem {
  label: string;
  value: number;
}

/** A figure a group or outlet published, as quoted by the document. */
export interface Statistic {
  publisher: string;
  published: string | null;
  subject: string;
  period: Period;
  metric: Metric;
  dimension: string;
  total: number | null;
  breakdown: BreakdownItem[];
  quote: string;
  /** The total the text gives for the period before, when it compares ("compared to 45 in the previous week"). */
  previous_period_total?: number;
  quote_start: number;
  quote_end: number;
}

export interface AuditFinding {
  kind: AuditKind;
  message: string;
  quote: string;
}

/** What extraction returns for one document. */
export interface Extraction {
  document: string;
  title: string | null;
  period: Period | null;
  published: string | null;
  incidents: Incident[];
  statistics: Statistic[];
}
