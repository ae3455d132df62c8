// How a dataset's columns relate to the interchange fields. One list of ColumnSpecs per dataset drives
// both directions: on import, a column whose value the spec cannot regenerate from the incident is kept
// verbatim in `extra`; on export, a kept value is written back when it still agrees with the incident
// (so ACLED in -> ACLED out gives the same values), otherwise the value is derived from the fields.

import type { Incident } from "../core/incident.ts";
import { parseDate } from "./dates.ts";

/** Whether the file's ACLED inter codes are numbers (to 2022) or words (2025 schema). */
export type InterStyle = "code" | "text";

export interface ExportStyle {
  inter: InterStyle;
  /** ACLED 2016 event types ("Remote violence", "Battle-No change of territory"). */
  legacyTypes?: boolean;
}

/**
 * How a kept source value is checked against the incident before it is written back:
 * - `text`/`number`/`date`: equal as trimmed text / as numbers / as dates;
 * - `lossy`: the column feeds a lossy mapping (types, codes): kept while category, methods, target type
 *   and claim are as imported (`source_dataset.mapped`);
 * - `kept`: no interchange field behind it; the kept value is always written back;
 * - a function for anything else.
 */
export type Agreement = "text" | "number" | "date" | "lossy" | "kept" | ((raw: string, derived: string, i: Incident) => boolean);

export interface ColumnSpec {
  name: string;
  derive: (i: Incident, style: ExportStyle) => string;
  agree: Agreement;
}

export function mappedFingerprint(i: Pick<Incident, "category" | "methods" | "target_type" | "claim">): string {
  return `${i.category}|${i.methods.join(",")}|${i.target_type}|${i.claim ?? ""}`;
}

export function agrees(spec: ColumnSpec, raw: string, derived: string, i: Incident): boolean {
  const a = spec.agree;
  switch (a) {
    case "kept":
      return true;
    case "text":
      return raw.trim() === derived.trim();
    case "number":
      return raw.trim() !== "" && derived.trim() !== "" && parseDecimal(raw) === parseDecimal(derived);
    case "date":
      return parseDate(raw) !== null && parseDate(raw) === parseDate(derived);
    case "lossy":
      return i.source_dataset !== undefined && i.source_dataset.mapped === mappedFingerprint(i);
    default:
      return a(raw, derived, i);
  }
}

/** A parsed header: column names as written, and lower-cased for lookup. */
export class Header {
  readonly names: readonly string[];
  readonly keys: readonly string[];
  readonly index: ReadonlyMap<string, number>;
  /** Column 0 is a row-name/index column (R row names, a pandas index) with an empty or "Unnamed: 0" name. */
  readonly indexColumn: boolean;

  constructor(names: readonly string[]) {
    this.names = names;
    this.keys = names.map((n) => n.trim().toLowerCase());
    const first = this.keys[0] ?? "";
    this.indexColumn = names.length > 1 && (first === "" || first === "unnamed: 0");
    const index = new Map<string, number>();
    this.keys.forEach((k, i) => {
      if (k !== "" && !index.has(k)) index.set(k, i);
    });
    this.index = index;
  }

  has(key: string): boolean {
    return this.index.has(key);
  }
}

/** Read access to one record by lower-case column name. */
export class Row {
  constructor(
    readonly header: Header,
    readonly fields: readonly string[],
  ) {}

  /** The cell, trimmed; "" when the column is missing or blank. */
  get(key: string): string {
    const i = this.header.index.get(key);
    return i === undefined ? "" : (this.fields[i] ?? "").trim();
  }

  has(key: string): boolean {
    return this.header.index.has(key);
  }
}

/** The spec of each column of a header (undefined for unnamed and unmapped columns) and the names `extra` uses. */
interface ColumnPlan {
  specs: ReadonlyMap<string, ColumnSpec>;
  byColumn: readonly (ColumnSpec | undefined)[];
  names: readonly string[];
}

const plans = new WeakMap<Header, ColumnPlan>();

function columnPlan(header: Header, specs: ReadonlyMap<string, ColumnSpec>): ColumnPlan {
  const known = plans.get(header);
  if (known !== undefined && known.specs === specs) return known;
  const plan: ColumnPlan = {
    specs,
    byColumn: header.keys.map((k) => (k === "" ? undefined : specs.get(k))),
    names: header.names.map((n, c) => (c === 0 && header.indexColumn ? "_row_name" : n)),
  };
  plans.set(header, plan);
  return plan;
}

/** Fills `extra` with every column the specs cannot regenerate from the incident. Empty cells are not kept. */
export function keepUnmapped(incident: Incident, row: Row, specs: ReadonlyMap<string, ColumnSpec>, style: ExportStyle): void {
  const { byColumn, names } = columnPlan(row.header, specs);
  const fields = row.fields;
  let extra: Record<string, string> | null = null;
  for (let c = 0; c < byColumn.length; c++) {
    const raw = fields[c] ?? "";
    const spec = byColumn[c];
    // A blank cell is kept only where the export would otherwise fill something in.
    if (spec === undefined ? raw === "" : spec.derive(incident, style) === raw) continue;
    (extra ??= {})[names[c]!] = raw;
  }
  if (extra !== null) incident.extra = extra;
}

/** The value of one export column for an incident. */
export function exportCell(i: Incident, column: string, spec: ColumnSpec | undefined, dataset: string, style: ExportStyle): string {
  const raw = i.source_dataset?.name === dataset ? i.extra?.[column] : undefined;
  if (spec === undefined) return raw ?? "";
  const derived = spec.derive(i, style);
  if (raw !== undefined && agrees(spec, raw, derived, i)) return raw;
  return derived;
}

/** One CSV line (RFC 4180 quoting, CRLF-free: "\n" ends the line). */
export function csvLine(cells: readonly string[]): string {
  let out = "";
  for (let c = 0; c < cells.length; c++) {
    const v = cells[c]!;
    if (c > 0) out += ",";
    out += /[",\r\n]|^\s|\s$/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
  }
  return out + "\n";
}

export function numberCell(n: number | null): string {
  return n === null ? "" : String(n);
}

/** An integer cell ("3", "3.0"), or null. */
export function parseCount(text: string): number | null {
  const s = text.trim();
  if (s === "") return null;
  const n = Number(s);
  return Number.isFinite(n) && Number.isInteger(n) ? n : null;
}

/** A decimal number, with a decimal comma too ("36,9882", as semicolon files write them). */
export function parseDecimal(text: string): number {
  const s = text.trim();
  return Number(s.includes(",") && /^-?\d+,\d+$/.test(s) ? s.replace(",", ".") : s);
}

export function parseCoordinate(text: string, limit: number): number | null {
  const t = text.trim();
  if (t === "") return null;
  const s = t.includes(",") ? t.replace(/^(-?\d+),(\d+)$/, "$1.$2") : t;
  const n = Number(s);
  return Number.isFinite(n) && Math.abs(n) <= limit ? n : null;
}
