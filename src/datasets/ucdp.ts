// UCDP GED (Georeferenced Event Dataset): the release CSV in either column order (…,low,best,high or
// …,best,high,low), float-formatted numbers ("25.0"), an HXL tag row (dropped by the importer). Deaths
// are a range: low..high, with `best` kept. Mapping: docs/dataset-mapping.md.

import type { Incident } from "../core/incident.ts";
import type { Category, TargetType } from "../core/vocabulary.ts";
import { type ColumnSpec, Header, Row, mappedFingerprint, numberCell, parseCoordinate, parseCount } from "./columns.ts";
import { UNKNOWN_COUNTRY, countryCode, countryNameFor } from "./countries.ts";
import { parseDate } from "./dates.ts";
import { type DatasetMapper, type DatasetModule, blankIncident, specMap } from "./mapper.ts";

/** where_prec -> geo_precision (1 exact place, 2 near it, 3 an area: ADM2, ADM1, between places, country, water). */
export const UCDP_WHERE_PREC = { 1: 1, 2: 2, 3: 3, 4: 3, 5: 3, 6: 3, 7: 3 } as const;
/** date_prec -> time_precision (1 the day, 2 a 2-6 day span or a week, 3 a month or a year). */
export const UCDP_DATE_PREC = { 1: 1, 2: 2, 3: 2, 4: 3, 5: 3 } as const;
/** type_of_violence -> category (3, one-sided, is an attack unless a government did it). */
export const UCDP_VIOLENCE = { 1: "clash", 2: "other", 3: "attack" } as const satisfies Record<number, Category>;

function code(text: string): number | null {
  const n = parseCount(text);
  return n === null ? null : n;
}

function admin1Name(text: string): string {
  return text.replace(/\s+(province|state|governorate|region|district|county|department|prefecture|muhafazah)$/i, "").trim();
}

function targetOf(sideB: string, violence: number): TargetType {
  if (/^civilians$/i.test(sideB)) return "civilian";
  if (/^government of\b/i.test(sideB)) return "military";
  if (violence === 1) return "insurgents";
  if (violence === 2) return "militia";
  return "other";
}

const UCDP_SPECS: readonly ColumnSpec[] = [
  { name: "id", agree: "number", derive: (i) => (i.source_dataset?.name === "ucdp" ? i.source_dataset.id : "") },
  { name: "year", agree: "number", derive: (i) => i.event_date.slice(0, 4) },
  { name: "type_of_violence", agree: "lossy", derive: (i) => (i.category === "clash" ? "1" : i.category === "attack" ? "3" : "2") },
  { name: "side_a", agree: "text", derive: (i) => (i.perpetrator === "unknown" ? "" : i.perpetrator) },
  { name: "side_b", agree: "text", derive: (i) => i.target },
  { name: "where_prec", agree: "lossy", derive: (i) => ({ 1: "1", 2: "2", 3: "4" })[i.geo_precision] },
  { name: "where_coordinates", agree: "text", derive: (i) => i.location },
  { name: "adm_1", agree: (raw, _d, i) => admin1Name(raw) === i.admin1, derive: (i) => i.admin1 },
  { name: "latitude", agree: "number", derive: (i) => numberCell(i.latitude) },
  { name: "longitude", agree: "number", derive: (i) => numberCell(i.longitude) },
  { name: "country", agree: (raw, _d, i) => countryCode(raw) === i.country, derive: (i) => countryNameFor(i.country) },
  { name: "date_prec", agree: "lossy", derive: (i) => ({ 1: "1", 2: "3", 3: "4" })[i.time_precision] },
  { name: "date_start", agree: "date", derive: (i) => i.event_date },
  { name: "source_office", agree: "text", derive: (i) => i.sources.map((s) => s.name).join(";") },
  { name: "source_date", agree: "text", derive: (i) => i.sources.map((s) => s.date ?? "").join(";") },
  { name: "low", agree: "number", derive: (i) => String(i.killed.low) },
  {
    name: "best",
    agree: (raw, _d, i) => Number(raw) >= i.killed.low && (i.killed.high === null || Number(raw) <= i.killed.high),
    derive: (i) => String(i.killed.low),
  },
  { name: "high", agree: "number", derive: (i) => String(i.killed.high ?? i.killed.low) },
];

export const UCDP_COLUMNS = [
  "id", "year", "type_of_violence", "side_a", "side_b", "source_office", "source_date", "where_prec", "where_coordinates",
  "adm_1", "latitude", "longitude", "country", "date_prec", "date_start", "date_end", "best", "high", "low",
] as const;

const SPECS = specMap(UCDP_SPECS);

function mapRow(row: Row, document: string, schema: string): Incident | string {
  const id = row.get("id") || row.get("relid");
  const rawDate = row.get("date_start");
  const date = parseDate(rawDate);
  if (date === null) return rawDate === "" ? "date_start is empty" : `date_start "${rawDate}" is not a date`;
  const low = code(row.get("low"));
  const best = code(row.get("best"));
  const high = code(row.get("high"));
  if (low === null || best === null || high === null || low < 0 || best < 0 || high < 0) {
    return `deaths low/best/high "${row.get("low")}/${row.get("best")}/${row.get("high")}" are not counts`;
  }
  const countryText = row.get("country");
  if (countryText === "") return "country is empty";
  const idNumber = Number(id);
  const i = blankIncident(`ucdp:${id !== "" && Number.isInteger(idNumber) ? idNumber : id}`, document);
  i.event_date = date;
  const dp = code(row.get("date_prec")) ?? 1;
  i.time_precision = UCDP_DATE_PREC[dp as keyof typeof UCDP_DATE_PREC] ?? 3;
  const violence = code(row.get("type_of_violence")) ?? 0;
  const sideA = row.get("side_a");
  let category: Category = UCDP_VIOLENCE[violence as keyof typeof UCDP_VIOLENCE] ?? "other";
  if (category === "attack" && /^government of\b/i.test(sideA)) category = "other";
  i.category = category;
  i.methods = ["other"];
  i.perpetrator = sideA === "" ? "unknown" : sideA;
  i.target = row.get("side_b");
  i.target_type = targetOf(i.target, violence);
  if (i.category === "attack") i.claim = "suspected";
  i.country = countryCode(countryText) ?? UNKNOWN_COUNTRY;
  i.admin1 = admin1Name(row.get("adm_1"));
  i.location = row.get("where_coordinates");
  i.latitude = parseCoordinate(row.get("latitude"), 90);
  i.longitude = parseCoordinate(row.get("longitude"), 180);
  if (i.latitude === null || i.longitude === null) i.latitude = i.longitude = null;
  const wp = code(row.get("where_prec")) ?? 7;
  i.geo_precision = UCDP_WHERE_PREC[wp as keyof typeof UCDP_WHERE_PREC] ?? 3;
  // About 1% of GED rows have best outside low..high (e.g. 22/22/21): the range is widened to hold all
  // three; the verbatim low/best/high stay in `extra`.
  const lowest = Math.min(low, best, high);
  i.killed = { low: lowest, high: Math.max(low, best, high) };
  i.casualties = { low: lowest, high: null };
  i.fatalities = lowest;
  const offices = row.get("source_office");
  const dates = row.get("source_date").split(";");
  i.sources = offices === "" ? [] : offices.split(";").map((name, k) => ({ name: name.trim(), date: parseDate(dates[k] ?? "") }));
  i.source_dataset = { name: "ucdp", id: i.id.slice(5), schema, mapped: mappedFingerprint(i) };
  return i;
}

function detect(header: Header): DatasetMapper | null {
  const h = (k: string) => header.has(k);
  if (!(h("best") && h("low") && h("high") && h("where_prec") && h("date_start") && (h("side_a") || h("type_of_violence")))) return null;
  const schema = "ucdp-ged";
  return { dataset: "ucdp", schema, style: { inter: "code" }, specs: SPECS, map: (row, document) => mapRow(row, document, schema) };
}

export const UCDP: DatasetModule = {
  dataset: "ucdp",
  expects: "UCDP GED (columns id, date_start, where_prec, low, best, high)",
  detect,
  defaultColumns: UCDP_COLUMNS,
  defaultStyle: { inter: "code" },
  specs: SPECS,
};
