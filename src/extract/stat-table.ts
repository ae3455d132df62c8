// Published figures printed as a plain-text table ("Province | Attacks | Killed and wounded",
// then "Iraq | 12 | 30" ...): a header with one label column and metric columns, rows of a name
// and counts, an optional "Total" row. Tables with a date column are incident tables, not these.

import type { Metric } from "../core/vocabulary.ts";
import type { Block } from "./blocks.ts";
import { statLabel, type StatLabel } from "./stat-labels.ts";
import { firstMetric } from "./stat-metrics.ts";
import { countryFromText } from "../geo/countries.ts";
import { isUnknownPlace, settleUnknown, type StatItem } from "./stat-unknown-names.ts";
import { splitCells } from "./table-rows.ts";
import { isTableRow } from "./table-lines.ts";
import { DAY_SPAN } from "./month-period.ts";
import { normalizeForMatching } from "./text.ts";

const COUNT_RE = /^\s*(\d{1,3}(?:,\d{3})+|\d+)\s*$/;
const TOTAL_ROW_RE = /^\s*(?:total|all|overall|sum)\b/i;
const DATE_HEADER_RE = /^(?:date|day|when)\b/i;
/** What a label column's header says its rows are: countries keep their own names, districts are below the admin-1 level. */
const COUNTRY_COLUMN_RE = /^countr(?:y|ies)$/i;
const DISTRICT_COLUMN_RE = /^(?:districts?|count(?:y|ies)|lgas?|departments?|communes?|municipalit(?:y|ies))$/i;
type LabelColumn = "country" | "district" | null;
/** "Nigeria (BAY)": a country named with a note on the part of it counted. */
const TRAILING_NOTE_RE = /\s*\([^()]*\)\s*$/;

export interface TableFigures {
  metric: Metric;
  total: number | null;
  items: StatItem[];
  /** The column's header ("Attacks", "al-Naba' 210"): what tells two columns of one metric apart. */
  column: string;
  /** The period a sub-header prints under the column ("21-27 Nov"), as written. */
  period: string | null;
}

/** "Claims by province", "operations": a heading that counts claimed operations counts attacks. */
const CLAIMS_RE = /\b(?:claims|claimed operations|operations)\b/i;
/** "22-28 Nov", "21 Nov - 27 Nov", "Week 47": a sub-header cell giving its column's period. */
const PERIOD_CELL_RE = new RegExp(`^(?:${DAY_SPAN}|[Ww]eek\\s+\\d{1,2})(?:,?\\s+(?:19|20)\\d\\d)?$`, "i");

/** A row's cells: a pipe row's from the cleaned text, a tab or fixed-width row's from the raw line (cleaning collapses its gaps). */
function cellsOf(b: Block): string[] {
  return isTableRow(b.norm) ? splitCells(b.norm) : splitCells(b.raw).map(normalizeForMatching);
}

/** One table being read, row by row. */
export class StatTable {
  readonly headings: readonly string[];
  readonly blocks: Block[] = [];
  #header: string[];
  #metrics: (Metric | null)[];
  /** By column: its total row's count, its items, the period its sub-header prints. */
  #totals = new Map<number, number>();
  #items = new Map<number, StatItem[]>();
  #periods: (string | null)[] = [];
  #rows = 0;
  #labels: LabelColumn;

  private constructor(header: Block, cells: string[], metrics: (Metric | null)[], headings: readonly string[]) {
    this.blocks.push(header);
    this.#header = cells;
    this.#metrics = metrics;
    this.headings = headings;
    const first = cells[0]!.trim();
    this.#labels = COUNTRY_COLUMN_RE.test(first) ? "country" : DISTRICT_COLUMN_RE.test(first) ? "district" : null;
  }

  /**
   * A table of figures when `header` names a label column and at least one metric column, else
   * null. Columns that name a source or a period instead ("CCT log | al-Naba' 210") count what the
   * heading above says the table counts ("Claims by province"), each its own statistic.
   */
  static start(header: Block, headings: readonly string[]): StatTable | null {
    const cells = cellsOf(header);
    if (cells.length < 2 || cells.some((c) => DATE_HEADER_RE.test(c) || COUNT_RE.test(c))) return null;
    let metrics = cells.map((c, i) => (i === 0 ? null : firstMetric(c)));
    if (firstMetric(cells[0]!) !== null) return null;
    if (!metrics.some((m) => m !== null)) {
      const heading = headings[headings.length - 1] ?? "";
      const metric = firstMetric(heading) ?? (CLAIMS_RE.test(heading) ? "attacks" : null);
      if (metric === null) return null;
      metrics = cells.map((_, i) => (i === 0 ? null : metric));
    } else if (cells.some((c) => /\d/.test(c))) return null;
    return new StatTable(header, cells, metrics, headings);
  }

  /** Reads a data row (or the sub-header under the header); false when the row is not one (the table has ended). */
  row(b: Block): boolean {
    const cells = cellsOf(b);
    if (this.#rows === 0 && this.#periods.length === 0 && this.#subHeader(cells)) {
      this.blocks.push(b);
      return true;
    }
    const label = cells[0] ?? "";
    if (cells.length !== this.#metrics.length || !cells.slice(1).some((c) => COUNT_RE.test(c))) return false;
    this.blocks.push(b);
    const named = this.#label(label);
    const unknown = isUnknownPlace(named);
    let read = false;
    this.#metrics.forEach((metric, i) => {
      const count = COUNT_RE.exec(cells[i] ?? "");
      if (metric === null || !count) return;
      const value = Number(count[1]!.replace(/,/g, ""));
      const column = this.#items.get(i) ?? [];
      this.#items.set(i, column);
      if (TOTAL_ROW_RE.test(label)) this.#totals.set(i, value);
      else if (named.named && (named.dimension !== "other" || unknown)) column.push({ label: named.label, value, metric, dimension: named.dimension, ...(unknown ? { unknown } : {}) });
      // "Merged tribal districts (ex-FATA) | 24 | 38 | 51" among provinces: a part of the same breakdown, in the table's words.
      else if (this.#rows > 0 && column.length > 0 && label.trim()) column.push({ label: label.trim(), value, metric, dimension: column[column.length - 1]!.dimension });
      else return;
      read = true;
    });
    if (read) this.#rows++;
    return read || TOTAL_ROW_RE.test(label);
  }

  /** "          22-28 Nov    21-27 Nov": the periods of the count columns, under the header. */
  #subHeader(cells: readonly string[]): boolean {
    const counted = this.#metrics.filter((m) => m !== null).length;
    if (cells.length !== counted || !cells.every((c) => PERIOD_CELL_RE.test(c))) return false;
    let k = 0;
    this.#periods = this.#metrics.map((m) => (m === null ? null : cells[k++]!));
    return true;
  }

  /** A row's label as its column names it: a country as itself, not as the arena it belongs to; a district at its own level. */
  #label(cell: string): StatLabel {
    if (this.#labels === "country" && !TOTAL_ROW_RE.test(cell)) {
      const name = cell.replace(TRAILING_NOTE_RE, "").trim();
      if (countryFromText(name) !== undefined) return { label: name, dimension: "arena", named: true };
    }
    const named = statLabel(cell);
    if (this.#labels === "district" && named.named && (named.dimension === "admin1" || isUnknownPlace(named))) return { label: named.label, dimension: "district", named: true };
    return named;
  }

  /** The figures per count column. */
  figures(): TableFigures[] {
    const out: TableFigures[] = [];
    this.#metrics.forEach((metric, i) => {
      if (metric === null) return;
      // The rows of one column are one list: its unknown names are settled against its known ones.
      const items = this.#items.get(i) ?? [];
      settleUnknown(items, 0);
      const total = this.#totals.get(i) ?? null;
      if (items.length > 0 || total !== null) out.push({ metric, total, items, column: this.#header[i] ?? "", period: this.#periods[i] ?? null });
    });
    return out;
  }
}
