// Streaming exporters from interchange incidents: one string per call, so a caller can write each
// as it comes (stdout, a file, an HTTP response) with memory flat whatever the count.

import type { Incident, Range } from "../core/incident.ts";
import { type ExportStyle, csvLine, exportCell } from "./columns.ts";
import type { DatasetModule } from "./mapper.ts";
import { ACLED } from "./acled.ts";
import { GTD } from "./gtd.ts";
import { UCDP } from "./ucdp.ts";

export const EXPORT_FORMATS = ["jsonl", "json", "csv", "geojson", "acled", "gtd", "ucdp"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface Exporter {
  /** Text before the first incident (a CSV header, "[" …). */
  start(): string;
  write(incident: Incident): string;
  /** Text after the last incident. */
  end(): string;
}

export interface ExportOptions {
  /** Dataset exports: the columns to write, in order (default: the dataset's current schema). `convert`
   *  passes the input file's own header so that ACLED in -> ACLED out keeps its schema. */
  columns?: readonly string[];
  /** Dataset exports: inter codes as numbers or words, 2016 event types (default: the current schema's). */
  style?: ExportStyle;
}

const MODULES: Readonly<Record<"acled" | "gtd" | "ucdp", DatasetModule>> = { acled: ACLED, gtd: GTD, ucdp: UCDP };

function datasetExporter(module: DatasetModule, o: ExportOptions): Exporter {
  const columns = o.columns ?? module.defaultColumns;
  const keys = columns.map((c) => c.trim().toLowerCase());
  const specs = keys.map((k) => module.specs.get(k));
  const style = o.style ?? module.defaultStyle;
  return {
    start: () => csvLine(columns),
    write: (i) => csvLine(columns.map((c, n) => exportCell(i, c, specs[n], module.dataset, style))),
    end: () => "",
  };
}

/** The flat CSV: one column per scalar field, ranges split, lists joined with "; ", `extra` as JSON. */
export const FLAT_COLUMNS = [
  "id", "document", "event_date", "time_precision", "category", "methods", "perpetrator", "claim", "target", "target_type",
  "country", "admin1", "location", "offset_anchor", "offset_km", "offset_bearing", "latitude", "longitude", "geo_precision",
  "killed_low", "killed_high", "wounded_low", "wounded_high", "casualties_low", "casualties_high", "fatalities", "sources",
  "quote", "source_dataset", "source_id", "extra",
] as const;

function cell(v: string | number | null | undefined): string {
  return v === null || v === undefined ? "" : String(v);
}

function range(r: Range): [string, string] {
  return [String(r.low), cell(r.high)];
}

function flatRow(i: Incident): string[] {
  return [
    i.id, i.document, i.event_date, cell(i.time_precision), i.category, i.methods.join("; "), i.perpetrator, cell(i.claim), i.target,
    i.target_type, i.country, i.admin1, i.location, cell(i.offset?.anchor), cell(i.offset?.km), cell(i.offset?.bearing),
    cell(i.latitude), cell(i.longitude), cell(i.geo_precision), ...range(i.killed), ...range(i.wounded), ...range(i.casualties),
    cell(i.fatalities), i.sources.map((s) => (s.date ? `${s.name} (${s.date})` : s.name)).join("; "), i.quote,
    cell(i.source_dataset?.name), cell(i.source_dataset?.id), i.extra ? JSON.stringify(i.extra) : "",
  ];
}

function feature(i: Incident): string {
  const { latitude, longitude, ...properties } = i;
  const geometry = latitude === null || longitude === null ? null : { type: "Point", coordinates: [longitude, latitude] };
  return JSON.stringify({ type: "Feature", id: i.id, geometry, properties });
}

/** A list writer: `open`, items separated by ",\n", `close`. */
function listExporter(open: string, close: string, item: (i: Incident) => string): Exporter {
  let first = true;
  return {
    start: () => open,
    write: (i) => {
      const text = (first ? "" : ",\n") + item(i);
      first = false;
      return text;
    },
    end: () => (first ? "" : "\n") + close,
  };
}

export function createExporter(format: ExportFormat, o: ExportOptions = {}): Exporter {
  switch (format) {
    case "jsonl":
      return { start: () => "", write: (i) => JSON.stringify(i) + "\n", end: () => "" };
    case "json":
      return listExporter("[\n", "]\n", (i) => JSON.stringify(i));
    case "geojson":
      return listExporter('{"type":"FeatureCollection","features":[\n', "]}\n", feature);
    case "csv":
      return { start: () => csvLine(FLAT_COLUMNS), write: (i) => csvLine(flatRow(i)), end: () => "" };
    case "acled":
    case "gtd":
    case "ucdp":
      return datasetExporter(MODULES[format], o);
  }
}
