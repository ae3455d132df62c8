// An incident's coordinates read from its JSON text (`incidents.data`) without parsing it: a bulk
// import compares each new record with tens of candidates, most of them kilometres away, and
// parsing every candidate in full cost more than the comparisons.
//
// Safe because JSON escapes every quote inside a string: the text `"latitude":` occurs only where an
// object has that key. The incident's own key is always there (null or a number), so one occurrence
// is the incident's; more (a nested object with the same key) and nothing is read.

import type { PointFields } from "./merge.ts";

/** The number or null after the only `"key":` of the text; undefined when there is not exactly one, or not a plain value. */
function plainValue(text: string, key: string): number | null | undefined {
  const mark = `"${key}":`;
  const at = text.indexOf(mark);
  if (at < 0 || text.indexOf(mark, at + mark.length) >= 0) return undefined;
  const start = at + mark.length;
  let end = start;
  while (end < text.length && text[end] !== "," && text[end] !== "}") end++;
  const value = text.slice(start, end).trim();
  if (value === "null") return null;
  const n = Number(value);
  return value !== "" && Number.isFinite(n) ? n : undefined;
}

/** Latitude, longitude and geo precision of the incident whose JSON this is; null when they cannot be read for sure. */
export function pointOfJson(text: string, admin1: string): PointFields | null {
  const latitude = plainValue(text, "latitude");
  const longitude = plainValue(text, "longitude");
  const precision = plainValue(text, "geo_precision");
  if (latitude === undefined || longitude === undefined || (precision !== 1 && precision !== 2 && precision !== 3)) return null;
  return { latitude, longitude, geo_precision: precision, admin1 };
}
