// The real exports in ../shared/data (read in place, never copied: see their terms), what each must
// give, and an independent reading of their raw rows (csv-parse's sync API, not the importer's
// parser), shared by the conversion and the store tests.

import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { ROOT } from "../helpers.ts";

export const DATA = join(ROOT, "..", "shared", "data");
export const skip = existsSync(join(DATA, "README.md")) ? false : "../shared/data is absent";

export interface Expected {
  file: string;
  schema: string;
  imported: number;
  /** Line of the truncated last row, if the file has one. */
  truncatedLine?: number;
  tagRows: number;
}

export const FILES: readonly Expected[] = [
  { file: "acled/somalia-conflict-monitor__acled_data.csv", schema: "acled-2025", imported: 6464, tagRows: 0 },
  { file: "acled/rpanlilio-acled__acled.csv", schema: "acled-2019", imported: 5070, truncatedLine: 5072, tagRows: 0 },
  { file: "acled/dkoban-geo_stuff__ACLED.csv", schema: "acled-2019", imported: 496, tagRows: 0 },
  { file: "acled/aschharwood-acled__acled.csv", schema: "acled-2016", imported: 500, tagRows: 0 },
  { file: "gtd/neguswoldegiorgis-global_terrorism__gtd.csv", schema: "gtd-subset", imported: 1000, tagRows: 0 },
  { file: "ucdp/mcdimant-refugee_predictive_model__conflict_data_irq.csv", schema: "ucdp-ged", imported: 7473, tagRows: 1 },
  { file: "ucdp/t-downing-nigeria_rice_model__conflict_data_nga.csv", schema: "ucdp-ged", imported: 4603, tagRows: 1 },
];

export type RawRow = Record<string, string>;

/** The raw rows, HXL rows and (when asked) the truncated last row left out. */
export function rawRows(file: string, dropLast = false): RawRow[] {
  const rows = parse(readFileSync(join(DATA, file)), { bom: true, columns: true, relax_column_count: true }) as RawRow[];
  // An HXL row: every filled cell a #tag, but for the index column's number.
  const data = rows.filter((r) => !Object.values(r).filter((v) => v !== "").every((v) => v.startsWith("#") || /^\d+$/.test(v)));
  return dropLast ? data.slice(0, -1) : data;
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** An independent reading of the three date styles these ACLED files use. */
export function acledDate(text: string): string {
  const iso = /^(\d{4})-(\d\d)-(\d\d)/.exec(text);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const m = /^(\d{1,2})[- ]([A-Za-z]{3})[a-z]*[- ](\d{2,4})$/.exec(text);
  assert.ok(m, `unexpected date ${text}`);
  const year = m[3]!.length === 2 ? `20${m[3]}` : m[3]!;
  return `${year}-${String(MONTHS.indexOf(m[2]!.toLowerCase()) + 1).padStart(2, "0")}-${m[1]!.padStart(2, "0")}`;
}

/** What the test expects of one raw row, read without the importer: its id, date, country name and killed range. */
export interface RawFacts {
  id: string;
  date: string;
  country: string;
  killed: { low: number; high: number | null };
  wounded: { low: number; high: number | null } | null;
}

export function rawFacts(file: string, row: RawRow): RawFacts {
  const n = (k: string) => Number(row[k]);
  if (file.startsWith("acled/")) {
    // One rpanlilio row has no event_id_cnty: ACLED's data_id names it then.
    const id = row["event_id_cnty"] || row["data_id"];
    return { id: `acled:${id}`, date: acledDate(row["event_date"]!), country: row["country"]!, killed: { low: n("fatalities"), high: null }, wounded: null };
  }
  if (file.startsWith("gtd/")) {
    // GTD codes unknown counts as negative numbers (-9, -99, -999).
    const count = (k: string) => (n(k) >= 0 ? { low: n(k), high: n(k) } : { low: 0, high: null });
    const id = row["eventid"]!;
    return { id: `gtd:${id}`, date: `${id.slice(0, 4)}-${id.slice(4, 6)}-${id.slice(6, 8)}`, country: row["country_txt"]!, killed: count("nkill"), wounded: count("nwound") };
  }
  // UCDP: the range holds low, best and high (about 1% of rows have best outside low..high).
  const values = [n("low"), n("best"), n("high")];
  const id = row["id"] !== undefined && row["id"] !== "" ? String(Number(row["id"])) : row["relid"]!;
  return { id: `ucdp:${id}`, date: row["date_start"]!.slice(0, 10), country: row["country"]!, killed: { low: Math.min(...values), high: Math.max(...values) }, wounded: null };
}
