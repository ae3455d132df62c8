// Lines that are rows of a table: pipe-separated (plain or Markdown), tab-separated, fixed-width
// (columns aligned by runs of spaces) or a CSV export. The block reader makes each such line a
// block of its own; the extractor and the statistics reader read them as rows.

import { isSpace } from "./text.ts";

/** A row of a plain-text table: cells separated by pipes. */
/** "Ninawa ........ 24": the dots (or ellipses, or middle dots) that lead a label to its figure, as a colon would. */
export const LEADER = "(?:\\.{3,}|…+|·{3,})";

export const TABLE_ROW_RE = /^[^|]+(?:\s\|\s[^|]*){2,}$/;

/** A Markdown table row: "| Diyala | 9 | 21 |", and its rule line "|---|---|". */
const MARKDOWN_ROW_RE = /^\s*\|(?:[^|]*\|){2,}\s*$/;
const TABLE_RULE_RE = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*$/;

/** A row exported from a spreadsheet: three or more cells separated by tabs. */
const TAB_ROW_RE = /^[^\t]*\S[^\t]*(?:\t+[^\t]*\S[^\t]*){2,}$/;
/**
 * A gap between the columns of a fixed-width table: two or more spaces. One after a sentence's
 * end is a typist's double space, not a column.
 */
const COLUMN_GAP_RE = /(?<=[^\s.!?:;,]) {2,}(?=\S)/g;
const WIDE_INDENT_RE = /^ {6,}\S/;

/**
 * A raw line is a row of a tab-separated, fixed-width or CSV table (the cleaned quote has its tabs and
 * runs of spaces collapsed, so ask of the raw text).
 */
export function isTabRow(s: string): boolean {
  const t = s.trim();
  if (t.includes("\t")) return TAB_ROW_RE.test(t);
  if (t.includes("  ")) {
    const gaps = t.match(COLUMN_GAP_RE) ?? [];
    // "Iraq        21        24": three columns set wide apart; "          22-28 Nov    21-27 Nov": a
    // sub-header indented under the columns it labels. A typist's stray double space is never that wide.
    const wide = gaps.every((g) => g.length >= 3);
    return gaps.length >= 3 || (wide && (gaps.length === 2 || (gaps.length === 1 && WIDE_INDENT_RE.test(s))));
  }
  return isCsvRow(t);
}

/**
 * A line of a CSV export: three or more commas outside quoted cells and none followed by a space
 * there (prose puts a space after its commas).
 */
function isCsvRow(t: string): boolean {
  if (!t.includes(",") || t.includes("|")) return false;
  // Prose is ruled out at its first ", " without copying the line; quoted cells need the full reading.
  if (!t.includes('"')) return plainCsvRow(t);
  const bare = t.replace(/"(?:[^"]|"")*"/g, "");
  return (bare.match(/,/g)?.length ?? 0) >= 3 && !/,\s/.test(bare) && !/^\s*,/.test(bare);
}

/** `isCsvRow` for a line without quotes: three or more commas, none followed by white space, none first. */
function plainCsvRow(t: string): boolean {
  let commas = 0;
  for (let i = t.indexOf(","); i >= 0; i = t.indexOf(",", i + 1)) {
    if (i + 1 < t.length && isSpace(t.charCodeAt(i + 1))) return false;
    commas++;
  }
  let first = 0;
  while (first < t.length && isSpace(t.charCodeAt(first))) first++;
  return commas >= 3 && t.charCodeAt(first) !== 44;
}

/** A table row, plain, Markdown or tab-separated, without the scan when there is no pipe or tab at all (almost every line). */
export function isTableRow(s: string): boolean {
  return (s.includes("|") && (TABLE_ROW_RE.test(s) || MARKDOWN_ROW_RE.test(s))) || isTabRow(s);
}

/** The rule under a Markdown table's header: part of the table, but no row of it. */
export function isTableRule(s: string): boolean {
  return s.includes("-") && TABLE_RULE_RE.test(s);
}

/** "Russian air force | 9", "Total | 34": a two-cell row of a label and its count (one pipe, so no table row above). */
const LABEL_COUNT_ROW_RE = /^\s*([^|\s][^|]{1,80}?)\s+\|\s+(?!(?:19|20)\d\d\s*$)(\d{1,3}(?:,\d{3})+|\d+)\s*$/;

/** A two-cell row's label and count, or null. */
export function labelCountRow(s: string): { label: string; count: string } | null {
  const m = s.includes("|") ? LABEL_COUNT_ROW_RE.exec(s) : null;
  return m ? { label: m[1]!, count: m[2]! } : null;
}

export function isLabelCountRow(s: string): boolean {
  return labelCountRow(s) !== null;
}
