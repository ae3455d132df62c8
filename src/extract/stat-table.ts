// Published figures printed as a plain-text table ("Province | Attacks | Killed and wounded",
// then "Iraq | 12 | 30" ...): a header with one label column and metric columns, rows of a name
// and counts, an optional "Total" row. Tables with a date column are incident tables, not these.

import type { Metric } from "../core/vocabulary.ts";
import type { Block } from "./blocks.ts";
import { statLabel } from "./stat-labels.ts";
import { firstMetric } from "./stat-metrics.ts";
import { isUnknownPlace, settleUnknown, type StatItem } from "./stat-unknown-names.ts";
import { splitCells } from "./table-rows.ts";
import { isTableRow } from "./table-lines.ts";
import { normalizeForMatching } from "./text.ts";

const COUNT_RE = /^\s*(\d{1,3}(?:,\d{3})+|\d+)\s*$/;
const TOTAL_ROW_RE = /^\s*(?:total|all|overall|sum)\b/i;
const DATE_HEADER_RE = /^(?:date|day|when)\b/i;

export interface TableFigures {
  metric: Metric;
  total: number | null;
  items: StatItem[];
}

/** A row's cells: a pipe row's from the cleaned text, a tab or fixed-width row's from the raw line (cleaning collapses its gaps). */
function cellsOf(b: Block): string[] {
  return isTableRow(b.norm) ? splitCells(b.norm) : splitCells(b.raw).map(normalizeForMatching);
}

/** One table being read, row by row. */
export class StatTable {
  readonly headings: readonly string[];
  readonly blocks: Block[] = [];
  #metrics: (Metric | null)[];
  #totals = new Map<Metric, number>();
  #items: StatItem[] = [];

  private constructor(header: Block, metrics: (Metric | null)[], headings: readonly string[]) {
    this.blocks.push(header);
    this.#metrics = metrics;
    this.headings = headings;
  }

  /** A table of figures when `header` names a label column and at least one metric column, else null. */
  static start(header: Block, headings: readonly string[]): StatTable | null {
    const cells = cellsOf(header);
    if (cells.length < 2 || cells.some((c) => DATE_HEADER_RE.test(c) || /\d/.test(c))) return null;
    const metrics = cells.map((c, i) => (i === 0 ? null : firstMetric(c)));
    if (firstMetric(cells[0]!) !== null || !metrics.some((m) => m !== null)) return null;
    return new StatTable(header, metrics, headings);
  }

  /** Reads a data row; false when the row is not one (the table has ended). */
  row(b: Block): boolean {
    const cells = cellsOf(b);
    const label = cells[0] ?? "";
    if (cells.length !== this.#metrics.length || !cells.slice(1).some((c) => COUNT_RE.test(c))) return false;
    this.blocks.push(b);
    const first = this.#items.length;
    const named = statLabel(label);
    const unknown = isUnknownPlace(named);
    this.#metrics.forEach((metric, i) => {
      const count = COUNT_RE.exec(cells[i] ?? "");
      if (metric === null || !count) return;
      const value = Number(count[1]!.replace(/,/g, ""));
      if (TOTAL_ROW_RE.test(label)) this.#totals.set(metric, value);
      else if (named.named && (named.dimension !== "other" || unknown)) this.#items.push({ label: named.label, value, metric, dimension: named.dimension, ...(unknown ? { unknown } : {}) });
      // "Merged tribal districts (ex-FATA) | 24 | 38 | 51" among provinces: a part of the same breakdown, in the table's words.
      else if (first > 0 && label.trim()) this.#items.push({ label: label.trim(), value, metric, dimension: this.#items[first - 1]!.dimension });
    });
    return this.#items.length > first || TOTAL_ROW_RE.test(label);
  }

  /** The figures per metric column. */
  figures(): TableFigures[] {
    const out: TableFigures[] = [];
    for (const metric of new Set(this.#metrics)) {
      if (metric === null) continue;
      // The rows of one column are one list: its unknown names are settled against its known ones.
      const items = this.#items.filter((i) => i.metric === metric);
      settleUnknown(items, 0);
      const total = this.#totals.get(metric) ?? null;
      if (items.length > 0 || total !== null) out.push({ metric, total, items });
    }
    return out;
  }
}
