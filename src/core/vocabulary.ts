// Closed vocabularies of the interchange format (docs/incident-format.md).
// Each is an `as const` array so the same list types the code and checks input at run time.

export const CATEGORIES = ["attack", "counterterrorism", "clash", "other"] as const;
export type Category = (typeof CATEGORIES)[number];

export const METHODS = [
  "ied",
  "suicide_bombing",
  "shooting",
  "sniper",
  "armed_assault",
  "ambush",
  "rocket_artillery",
  "grenade",
  "arson_sabotage",
  "kidnapping",
  "execution",
  "airstrike",
  "arrest",
  "search_operation",
  "other",
] as const;
export type Method = (typeof METHODS)[number];

export const CLAIMS = ["claimed", "suspected", "unattributed"] as const;
export type Claim = (typeof CLAIMS)[number];

export const TARGET_TYPES = [
  "military",
  "police",
  "militia",
  "intelligence",
  "government",
  "civilian",
  "infrastructure",
  "insurgents",
  "other",
] as const;
export type TargetType = (typeof TARGET_TYPES)[number];

export const BEARINGS = ["N", "NE", "E", "SE", "S", "SW", "W", "NW"] as const;
export type Bearing = (typeof BEARINGS)[number];

export const METRICS = ["attacks", "casualties", "killed", "wounded"] as const;
export type Metric = (typeof METRICS)[number];

export const AUDIT_KINDS = [
  "sum_mismatch",
  "date_out_of_period",
  "duplicate",
  "source_before_event",
  "contradiction",
  "geography",
  "order",
] as const;
export type AuditKind = (typeof AUDIT_KINDS)[number];

/** A type guard for any of the vocabularies above. */
export function isOneOf<T extends string>(list: readonly T[], value: unknown): value is T {
  return typeof value === "string" && (list as readonly string[]).includes(value);
}
