// Breakdowns printed as lists: an introduction naming what they are by ("By method, as the
// infographic lists them:") over lines of "IEDs: 23", or the same inline ("By target: army and
// police 38, militias 19, Christians 6.").

import type { Block } from "./blocks.ts";
import type { Metric } from "../core/vocabulary.ts";
import { firstMetric } from "./stat-metrics.ts";
import { statLabel, type StatDimension } from "./stat-labels.ts";
import { toNumber } from "./stat-text.ts";
import { LEADER, labelCountRow } from "./table-lines.ts";

export interface ListItem {
  label: string;
  value: number;
  dimension: StatDimension | "perpetrator";
  /** The label is a place or arena the gazetteer or arena table knows. */
  known: boolean;
}

/** A list being read: what it is by, and its items so far. */
export interface OpenList {
  /** What the list is by: a label dimension, or "perpetrator" for counts by the side responsible. */
  dimension: StatDimension | "perpetrator";
  /** A "Total" line's figure. */
  total: number | null;
  intro: string;
  blocks: Block[];
  items: ListItem[];
  /** The metric the lines name for their first figure ("31 attacks"), before the introduction's. */
  metric?: Metric;
  /** "Iraq – 31 attacks, 58 killed and wounded": the second figure of each line, a breakdown of its own metric. */
  second?: { metric: Metric; items: ListItem[]; total?: number };
}

const INTRO_RE = /\bby\s+(method|type|weapon|target|province|region|governorate|state|wilayah|arena|country|district|perpetrator|actor|party)s?\b([^:]{0,80}):\s*(.*)$/i;
const TOTAL_LABEL_RE = /^\s*(?:total|all|overall)\s*$/i;
/** A paragraph that states a count of attacks or casualties and ends on a colon: the lines after it break the count down. */
// So does one giving "the following figures for the group's attacks:".
const COUNT_INTRO_RE = /\d[^:]*\b(?:attacks|operations|casualties|killed|wounded)\b[^:]*:\s*$|\bthe following (?:figures|numbers|data|statistics|breakdown|totals)\b[^:]*:\s*$/i;
// "Ninawa ............ 24": a leader of dots (a PDF's or an infographic's layout) separates as a colon does.
const ITEM_LINE_RE = new RegExp(`^\\s*([^:()\\d.…·][^:()…·]{0,60}?)\\s*(?::|\\(|[–—]|\\s-\\s|${LEADER})\\s*(\\d{1,3}(?:,\\d{3})+|\\d+)\\s*\\)?\\s*(?:attacks|operations|incidents)?\\s*[.;,]?\\s*$`, "i");
/** "Iraq – 31 attacks, 58 killed and wounded", "Iraq ..... 4 attacks / 11 killed and wounded": a count of attacks and of their casualties. */
const TWO_FIGURE_LINE_RE = new RegExp(`^\\s*([^:()\\d–—.…·][^:()\\d…·]{0,60}?)\\s*(?::|[–—]|\\s-\\s|${LEADER})\\s*(\\d{1,3}(?:,\\d{3})+|\\d+)\\s+(?:attacks?|operations?)\\s*[,;/|]\\s*(\\d{1,3}(?:,\\d{3})+|\\d+)\\s+(killed (?:and|or) wounded|casualties|dead and wounded|killed|dead|wounded)\\s*\\.?\\s*$`, "i");
const INLINE_ITEM_RE = /^\s*(?:and\s+)?([^\d,;]{2,60}?)\s*[:(]?\s*(\d{1,3}(?:,\d{3})+|\d+)\s*\)?\s*(?:attacks|operations|incidents)?\s*$/i;

export function dimensionOf(word: string): StatDimension {
  const w = word.toLowerCase();
  if (w === "perpetrator" || w === "actor" || w === "party" || w === "group") return "perpetrator";
  if (w === "method" || w === "type" || w === "weapon" || w === "kind" || w === "category") return "method";
  if (w === "target") return "target";
  if (w === "month") return "month";
  // The group's "wilayat" are its arenas.
  if (w === "arena" || w === "country" || w === "wilayah") return "arena";
  return "admin1";
}

/** A label as the list prints it, without quotes and leading articles; a place keeps its own dimension. */
function item(label: string, value: string, dimension: StatDimension | "perpetrator"): ListItem {
  const clean = label.replace(/["“”‘’]/g, "").replace(/^(?:the|and)\s+/i, "").trim();
  if (dimension === "admin1" || dimension === "arena") {
    const named = statLabel(clean);
    if (named.named && (named.dimension === "admin1" || named.dimension === "arena")) return { label: named.label, value: toNumber(value), dimension: named.dimension, known: true };
  }
  return { label: clean, value: toNumber(value), dimension, known: false };
}

/** The list a paragraph introduces ("By method:") with the items it already gives inline, or null. */
export function listIntro(b: Block): OpenList | null {
  if (!b.norm.includes(":")) return null;
  const m = INTRO_RE.exec(b.norm);
  // "... carried out 39 attacks between July 18 and 24, compared to 31 the previous week:" over lines of "West Africa: 14".
  if (!m && COUNT_INTRO_RE.test(b.norm)) return { dimension: "arena", total: null, intro: b.norm, blocks: [b], items: [] };
  // Near the start, or a paragraph's last sentence ("... (September: 21). By perpetrator:").
  // "... which killed or wounded 192 people. The breakdown by province:": a short last sentence.
  if (!m || (m.index > 60 && !/[.!?)]\s+(?:[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,3}\s+)?$/.test(b.norm.slice(0, m.index)))) return null;
  const dimension = dimensionOf(m[1]!);
  const items: ListItem[] = [];
  let total: number | null = null;
  const rest = m[3]!.replace(/\.\s*$/, "");
  // "ISIS carried out 113 attacks in Iraq. By province: Diyala (41); ...": the paragraph's own reading has the total with its parts.
  if (m.index > 60 && rest.trim()) return null;
  if (rest.trim()) {
    for (const part of rest.split(/\s*[,;]\s*/)) {
      const it = INLINE_ITEM_RE.exec(part);
      if (!it) return null;
      // "Banadir 19, ..., Gedo 8; total 61": the list's own total, no part of it.
      if (TOTAL_LABEL_RE.test(it[1]!)) total = toNumber(it[2]!);
      else items.push(item(it[1]!, it[2]!, dimension));
    }
  }
  return { dimension, total, intro: b.norm.slice(0, m.index + m[0].length - m[3]!.length), blocks: [b], items };
}

/** "Governorate | Incidents": a two-cell header over rows of a name and its count (its own line, or the end of the lead it follows). */
const HEADER_ROW_RE = /(?:^|[:.]\s+)\s*\|?\s*(method|type|weapon|target|province|region|governorate|state|wilayah|arena|country|district|county|perpetrator|actor|party)s?\s*\|\s*([A-Za-z][A-Za-z ]{2,40}?)\s*\|?\s*$/i;
/** "Erbil 3 | Kirkuk 4 | ... | TOTAL 15": a breakdown on one line, a name and its count a cell. */
const PAIR_CELL_RE = /^\s*([A-Za-z][^|\d]{0,60}?)\s+(\d{1,3}(?:,\d{3})+|\d+)\s*$/;

/** The list a two-cell header opens ("Governorate | Incidents"), or null. */
export function headerIntro(b: Block): OpenList | null {
  const m = b.norm.includes("|") ? HEADER_ROW_RE.exec(b.norm) : null;
  const metric = m ? firstMetric(m[2]!) : null;
  if (!m || !metric) return null;
  return { dimension: dimensionOf(m[1]!), total: null, intro: b.norm, blocks: [b], items: [], metric };
}

/** A breakdown printed on one line as "name count" cells between pipes (three or more), or null. */
export function pairRow(b: Block): OpenList | null {
  const pipe = b.kind === "paragraph" ? b.norm.indexOf("|") : -1;
  if (pipe < 0) return null;
  // "[Chart 1: the 21 claims in our log by governorate. Bars: Diyala 6 | Kirkuk 5 | ...]": the run after a description's colon.
  const colon = b.norm.lastIndexOf(": ", pipe);
  const intro = colon >= 0 ? b.norm.slice(0, colon) : "";
  const run = colon >= 0 ? b.norm.slice(colon + 2).replace(/[.\])\s]+$/, "") : b.norm;
  const cells = run.split("|").filter((c) => c.trim() !== "");
  if (cells.length < 3) return null;
  const list: OpenList = { dimension: "admin1", total: null, intro, blocks: [b], items: [] };
  for (const cell of cells) {
    const m = PAIR_CELL_RE.exec(cell);
    if (!m) return null;
    if (TOTAL_LABEL_RE.test(m[1]!)) list.total = toNumber(m[2]!);
    else list.items.push(item(m[1]!.replace(/\s*\([^()]*\)\s*$/, ""), m[2]!, list.dimension));
  }
  // "the 21 Iraqi claims": a count the description gives that the parts add up to is their total.
  const sum = list.items.reduce((n, i) => n + i.value, 0);
  if (list.total === null && intro && new RegExp(`(?<![\\d,.])${sum}(?![\\d,.]\\d)`).test(intro)) list.total = sum;
  return list.items.length >= 2 ? list : null;
}

/** Adds a line of the list ("armed attacks: 26"); false when the block is no item (the list has ended). */
export function addListLine(list: OpenList, b: Block): boolean {
  if (b.kind !== "paragraph") return false;
  // "Russian air force | 9" (a two-cell row), "IEDs: 23", "raids (18)".
  const two = TWO_FIGURE_LINE_RE.exec(b.norm);
  if (two) {
    const metric = firstMetric(two[4]!);
    if (!metric || (list.second && list.second.metric !== metric)) return false;
    list.blocks.push(b);
    list.metric = "attacks";
    list.second ??= { metric, items: [] };
    // "Total ..... 25 attacks / 105 killed and wounded": each column's total.
    if (TOTAL_LABEL_RE.test(two[1]!)) {
      list.total = toNumber(two[2]!);
      list.second.total = toNumber(two[3]!);
      return true;
    }
    list.items.push(item(two[1]!, two[2]!, list.dimension));
    list.second.items.push(item(two[1]!, two[3]!, list.dimension));
    return true;
  }
  const row = labelCountRow(b.norm);
  const m = row ? null : ITEM_LINE_RE.exec(b.norm);
  const label = row?.label ?? m?.[1];
  const count = row?.count ?? m?.[2];
  if (label === undefined || count === undefined) return false;
  list.blocks.push(b);
  if (TOTAL_LABEL_RE.test(label)) list.total = toNumber(count);
  else list.items.push(item(label, count, list.dimension));
  return true;
}

/** The dimension of a list's breakdown: its known places' (a list of the group's provinces names arenas), else its introduction's. */
export function listDimension(list: OpenList): StatDimension | "perpetrator" {
  return list.items.find((i) => i.known)?.dimension ?? list.dimension;
}
