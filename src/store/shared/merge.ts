// When two documents report the same incident. Pure functions over incidents.
//
// same:     event dates at most a day apart, places within the uncertainty radius of the less
//           precise point (geo_precision 1: 5 km, 2: 25 km, 3: 100 km or the same admin-1),
//           same category, compatible methods (the same, or both gunfire: shooting, sniper, armed
//           assault, ambush, execution), target type and casualties.
// possible: dates and places agree but something else does not, or the places are near
//           without being within the radius: kept apart, flagged for review.

import type { Incident, Range, SourceRef } from "../../core/incident.ts";
import type { IncidentChanges } from "../../core/store.ts";
import type { Method } from "../../core/vocabulary.ts";

export const RADIUS_KM: Record<1 | 2 | 3, number> = { 1: 5, 2: 25, 3: 100 };

export type Match = { kind: "same"; score: number } | { kind: "possible"; reason: string } | { kind: "different" };

function dayNumber(date: string): number {
  return Math.floor(Date.parse(`${date}T00:00:00Z`) / 86_400_000);
}

export function dayDistance(a: string, b: string): number {
  return Math.abs(dayNumber(a) - dayNumber(b));
}

export function shiftDay(date: string, days: number): string {
  return new Date((dayNumber(date) + days) * 86_400_000).toISOString().slice(0, 10);
}

function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const r = Math.PI / 180;
  const h = Math.sin(((lat2 - lat1) * r) / 2) ** 2 + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(((lon2 - lon1) * r) / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)));
}

function norm(s: string): string {
  return s.normalize("NFD").replace(/\p{M}+/gu, "").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}

type Place = "within" | "near" | "far" | "unknown";

/** The fields that place an incident by its coordinates. */
export type PointFields = Pick<Incident, "latitude" | "longitude" | "geo_precision" | "admin1">;

function comparePoints(a: PointFields, aLat: number, aLon: number, b: PointFields, bLat: number, bLon: number): { place: Place; km: number } {
  const km = distanceKm(aLat, aLon, bLat, bLon);
  const precision = Math.max(a.geo_precision, b.geo_precision) as 1 | 2 | 3;
  const radius = RADIUS_KM[precision];
  if (km <= radius) return { place: "within", km };
  if (precision === 3 && a.admin1 !== "" && a.admin1 === b.admin1) return { place: "within", km };
  return { place: km <= radius * 2 ? "near" : "far", km };
}

/**
 * Two incidents of one country whose coordinates alone make them different (compareIncidents says
 * so whatever else they hold): lets a bulk import skip reading most candidates in full.
 */
export function farApart(a: PointFields, b: PointFields): boolean {
  if (a.latitude === null || a.longitude === null || b.latitude === null || b.longitude === null) return false;
  return comparePoints(a, a.latitude, a.longitude, b, b.latitude, b.longitude).place === "far";
}

function comparePlaces(a: Incident, b: Incident): { place: Place; km: number | null } {
  if (a.country !== b.country && a.country !== "" && b.country !== "") return { place: "far", km: null };
  if (a.latitude !== null && a.longitude !== null && b.latitude !== null && b.longitude !== null) {
    return comparePoints(a, a.latitude, a.longitude, b, b.latitude, b.longitude);
  }
  if (a.location !== "" && norm(a.location) === norm(b.location)) return { place: "within", km: null };
  if (a.admin1 !== "" && a.admin1 === b.admin1) return { place: "near", km: null };
  return { place: "unknown", km: null };
}

/** Methods two accounts of one attack name interchangeably ("gunmen shot dead" / "militants attacked"). */
const METHOD_FAMILIES: readonly (readonly Method[])[] = [["shooting", "sniper", "armed_assault", "ambush", "execution"]];

function family(m: Method): Method | null {
  return METHOD_FAMILIES.find((f) => f.includes(m))?.[0] ?? null;
}

function methodsCompatible(a: readonly Method[], b: readonly Method[]): boolean {
  const real = (m: readonly Method[]) => m.filter((x) => x !== "other");
  const ra = real(a);
  const rb = real(b);
  return ra.length === 0 || rb.length === 0 || ra.some((m) => rb.includes(m) || (family(m) !== null && rb.some((n) => family(n) === family(m))));
}

/** Counts agree when the ranges overlap or the lows are within a third of each other (reports update counts). */
function rangesCompatible(a: Range, b: Range): boolean {
  const overlap = a.low <= (b.high ?? Infinity) && b.low <= (a.high ?? Infinity);
  if (overlap) return true;
  const hi = Math.max(a.low, b.low);
  return Math.abs(a.low - b.low) <= Math.max(2, hi / 3);
}

export function compareIncidents(a: Incident, b: Incident): Match {
  const days = dayDistance(a.event_date, b.event_date);
  if (days > 1) return { kind: "different" };
  const { place, km } = comparePlaces(a, b);
  if (place === "far" || place === "unknown") return { kind: "different" };
  const problems: string[] = [];
  if (place === "near") problems.push(km === null ? `same admin-1 (${a.admin1}) but different places` : `${km.toFixed(1)} km apart`);
  if (a.time_precision > 1 || b.time_precision > 1) problems.push("dates are approximate");
  if (a.category !== b.category) problems.push(`category ${a.category} vs ${b.category}`);
  if (!methodsCompatible(a.methods, b.methods)) problems.push(`methods ${a.methods.join("+")} vs ${b.methods.join("+")}`);
  if (a.target_type !== b.target_type && a.target_type !== "other" && b.target_type !== "other") problems.push(`target ${a.target_type} vs ${b.target_type}`);
  if (!rangesCompatible(a.killed, b.killed) || !rangesCompatible(a.wounded, b.wounded)) problems.push("casualties disagree");
  if (problems.length > 0) return { kind: "possible", reason: `${days === 0 ? "same day" : "adjacent days"}, ${problems.join("; ")}` };
  return { kind: "same", score: days * 1000 + (km ?? 0) };
}

/**
 * For a revised text: is this incident the one the previous version told differently (same day,
 * same place, same category and methods)? Counts may change between versions.
 */
export function sameEvent(previous: Incident, revised: Incident): boolean {
  if (dayDistance(previous.event_date, revised.event_date) !== 0 || previous.category !== revised.category) return false;
  return comparePlaces(previous, revised).place === "within" && methodsCompatible(previous.methods, revised.methods);
}

/** The conservative combination of two counts: larger low, larger high, no bound if either has none. */
export function combineRanges(a: Range, b: Range): Range {
  return { low: Math.max(a.low, b.low), high: a.high === null || b.high === null ? null : Math.max(a.high, b.high) };
}

export function unionSources(a: readonly SourceRef[], b: readonly SourceRef[]): SourceRef[] {
  const out = [...a];
  for (const s of b) if (!out.some((o) => o.name === s.name && o.date === s.date)) out.push(s);
  return out;
}

/** What a second report adds to an incident: combined counts, more sources, details the first lacked. */
export function mergeChanges(current: Incident, other: Incident): IncidentChanges & Pick<Partial<Incident>, "sources" | "offset"> {
  const out: IncidentChanges & Pick<Partial<Incident>, "sources" | "offset"> = {
    killed: combineRanges(current.killed, other.killed),
    wounded: combineRanges(current.wounded, other.wounded),
    casualties: combineRanges(current.casualties, other.casualties),
    fatalities: Math.max(current.fatalities, other.fatalities),
    sources: unionSources(current.sources, other.sources),
  };
  const methods = [...new Set([...current.methods, ...other.methods])].filter((m) => m !== "other");
  out.methods = methods.length > 0 ? methods : current.methods;
  if (current.target_type === "other" && other.target_type !== "other") out.target_type = other.target_type;
  if (current.claim === null && other.claim !== null) out.claim = other.claim;
  if (current.target === "" && other.target !== "") out.target = other.target;
  if ((current.latitude === null && other.latitude !== null) || other.geo_precision < current.geo_precision) {
    Object.assign(out, { latitude: other.latitude, longitude: other.longitude, geo_precision: other.geo_precision, location: other.location, offset: other.offset });
    if (current.admin1 === "") out.admin1 = other.admin1;
  }
  return out;
}
