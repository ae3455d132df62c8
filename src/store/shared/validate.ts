// Checks an analyst's changes before they reach the database: known fields, vocabulary
// values, sane numbers. Returns a clean copy; throws StoreError("invalid_change").

import type { Range } from "../../core/incident.ts";
import { EDITABLE_FIELDS, StoreError, type IncidentChanges } from "../../core/store.ts";
import { CATEGORIES, CLAIMS, METHODS, TARGET_TYPES, isOneOf } from "../../core/vocabulary.ts";

function fail(message: string): never {
  throw new StoreError("invalid_change", message);
}

function count(field: string, v: unknown): number {
  if (typeof v !== "number" || !Number.isInteger(v) || v < 0) fail(`${field} must be a whole number ≥ 0`);
  return v;
}

function range(field: string, v: unknown): Range {
  const r = v as Partial<Range> | null;
  if (r === null || typeof r !== "object") fail(`${field} must be a count or a range`);
  const low = count(field, r.low);
  const high = r.high === null ? null : count(field, r.high);
  if (high !== null && high < low) fail(`${field}: the high end ${high} is below the low end ${low}`);
  return { low, high };
}

export function validateChanges(changes: IncidentChanges): IncidentChanges {
  const out: Record<string, unknown> = {};
  const c = changes as Record<string, unknown>;
  for (const [field, v] of Object.entries(c)) {
    if (v === undefined) continue;
    if (!isOneOf(EDITABLE_FIELDS, field)) fail(`${field} cannot be edited; editable fields: ${EDITABLE_FIELDS.join(", ")}`);
    switch (field) {
      case "event_date":
        if (typeof v !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(Date.parse(v))) fail("event_date must be YYYY-MM-DD");
        break;
      case "time_precision":
      case "geo_precision":
        if (v !== 1 && v !== 2 && v !== 3) fail(`${field} must be 1, 2 or 3`);
        break;
      case "category":
        if (!isOneOf(CATEGORIES, v)) fail(`category must be one of ${CATEGORIES.join(", ")}`);
        break;
      case "claim":
        if (v !== null && !isOneOf(CLAIMS, v)) fail(`claim must be one of ${CLAIMS.join(", ")} or null`);
        break;
      case "target_type":
        if (!isOneOf(TARGET_TYPES, v)) fail(`target_type must be one of ${TARGET_TYPES.join(", ")}`);
        break;
      case "methods":
        if (!Array.isArray(v) || v.length === 0 || !v.every((m) => isOneOf(METHODS, m))) fail(`methods must be a list of ${METHODS.join(", ")}`);
        break;
      case "latitude":
      case "longitude": {
        const limit = field === "latitude" ? 90 : 180;
        if (v !== null && (typeof v !== "number" || !Number.isFinite(v) || Math.abs(v) > limit)) fail(`${field} must be a number within ±${limit} or null`);
        break;
      }
      case "killed":
      case "wounded":
      case "casualties":
        out[field] = range(field, v);
        continue;
      case "fatalities":
        count(field, v);
        break;
      default:
        if (typeof v !== "string") fail(`${field} must be text`);
    }
    out[field] = v;
  }
  if (Object.keys(out).length === 0) fail("nothing to change");
  return out as IncidentChanges;
}
