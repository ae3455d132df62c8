// `edit --set field=value` arguments to typed incident changes.

import type { Range } from "../core/incident.ts";
import { EDITABLE_FIELDS, StoreError, type IncidentChanges } from "../core/store.ts";
import { isOneOf } from "../core/vocabulary.ts";

/** "3", "2-5", "2+" → a Range. */
function parseRange(field: string, v: string): Range {
  const m = /^(\d+)(?:\s*(?:-|–)\s*(\d+)|(\+))?$/.exec(v.trim());
  if (!m) throw new StoreError("invalid_change", `${field}: expected a count such as 3, 2-5 or 2+`);
  const low = Number(m[1]);
  return { low, high: m[3] ? null : m[2] !== undefined ? Number(m[2]) : low };
}

/** `--set field=value` pairs to typed changes (values are checked again by the store). */
export function parseSets(sets: readonly string[]): IncidentChanges {
  const out: Record<string, unknown> = {};
  for (const s of sets) {
    const eq = s.indexOf("=");
    if (eq <= 0) throw new StoreError("invalid_change", `--set expects field=value, got "${s}"`);
    const field = s.slice(0, eq).trim();
    const v = s.slice(eq + 1).trim();
    if (!isOneOf(EDITABLE_FIELDS, field)) throw new StoreError("invalid_change", `${field} cannot be edited; editable fields: ${EDITABLE_FIELDS.join(", ")}`);
    switch (field) {
      case "killed":
      case "wounded":
      case "casualties":
        out[field] = parseRange(field, v);
        break;
      case "methods":
        out[field] = v.split(/[,;\s]+/).filter((x) => x !== "");
        break;
      case "time_precision":
      case "geo_precision":
      case "fatalities":
        out[field] = /^\d+$/.test(v) ? Number(v) : v;
        break;
      case "latitude":
      case "longitude":
        out[field] = v === "null" || v === "" ? null : Number.isFinite(Number(v)) ? Number(v) : v;
        break;
      case "claim":
        out[field] = v === "null" || v === "" ? null : v;
        break;
      default:
        out[field] = v;
    }
  }
  return out as IncidentChanges;
}
