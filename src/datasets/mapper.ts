// What each dataset module provides to the importer and exporter.

import type { Incident } from "../core/incident.ts";
import type { ColumnSpec, ExportStyle, Header, Row } from "./columns.ts";

export const DATASETS = ["acled", "gtd", "ucdp"] as const;
export type Dataset = (typeof DATASETS)[number];

export interface DatasetMapper {
  dataset: Dataset;
  /** e.g. "acled-2025", "gtd-subset", "ucdp-ged". */
  schema: string;
  style: ExportStyle;
  specs: ReadonlyMap<string, ColumnSpec>;
  /** An Incident, or the reason the row is rejected. */
  map(row: Row, document: string): Incident | string;
}

export interface DatasetModule {
  dataset: Dataset;
  /** Human description of the columns detection looks for, for error messages. */
  expects: string;
  /** A mapper when the header is this dataset's, else null. */
  detect(header: Header): DatasetMapper | null;
  /** The columns written when exporting incidents that did not come from a file of this dataset. */
  defaultColumns: readonly string[];
  defaultStyle: ExportStyle;
  specs: ReadonlyMap<string, ColumnSpec>;
}

export function specMap(specs: readonly ColumnSpec[]): ReadonlyMap<string, ColumnSpec> {
  return new Map(specs.map((s) => [s.name, s]));
}

export function blankIncident(id: string, document: string): Incident {
  return {
    id,
    event_date: "",
    time_precision: 1,
    category: "other",
    methods: ["other"],
    perpetrator: "unknown",
    claim: null,
    target: "",
    target_type: "other",
    country: "",
    admin1: "",
    location: "",
    offset: null,
    latitude: null,
    longitude: null,
    geo_precision: 3,
    killed: { low: 0, high: null },
    wounded: { low: 0, high: null },
    casualties: { low: 0, high: null },
    fatalities: 0,
    sources: [],
    quote: "",
    document,
    quote_start: 0,
    quote_end: 0,
    section: [],
  };
}
