// How a dataset record read again compares with what an earlier import stored: its content without
// the fields that only say where it was read, and the changes a `reconcile` revision applies.

import type { Incident } from "../../core/incident.ts";
import type { IncidentRecord, IncidentState } from "../../core/store.ts";
import { stateOf } from "./rows.ts";

/** Fields that say where a record was read, not what it says: a renamed file is not a change. */
const PLACEMENT = new Set(["id", "document", "quote_start", "quote_end"]);

/** JSON with object keys sorted, so that two readings of the same record compare equal. */
export function canonical(v: unknown): string {
  return JSON.stringify(v, (_k, value: unknown) =>
    value !== null && typeof value === "object" && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : value,
  );
}

export function content(x: Incident): string {
  return canonical(Object.fromEntries(Object.entries(x).filter(([k]) => !PLACEMENT.has(k))));
}

/** The record changed at its source: the fields that changed since the import that stored `before`. */
export function reconcileImported(current: IncidentRecord, before: Incident, after: Incident): IncidentState {
  const next: Record<string, unknown> = { ...stateOf(current) };
  const was = before as unknown as Record<string, unknown>;
  const now = after as unknown as Record<string, unknown>;
  for (const k of new Set([...Object.keys(was), ...Object.keys(now)])) {
    if (PLACEMENT.has(k) || canonical(was[k]) === canonical(now[k])) continue;
    if (now[k] === undefined) delete next[k];
    else next[k] = now[k];
  }
  return next as unknown as IncidentState;
}
