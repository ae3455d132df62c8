// A breakdown announced by what it is by, each part its label then its count: "By type: IED 18,
// armed attack/clash 15, other (arrests, demonstrations) 8", "By month: July 7 incidents, August 4,
// September 4", "Persons killed by month: July 28, August 18, September 21". The labels may be
// any words (methods in lower case, months), so only the announcement makes them a list.
// Counts in words are digits by now (digitsForWords).

import type { Metric } from "../core/vocabulary.ts";
import { firstMetric } from "./stat-metrics.ts";
import { toNumber } from "./stat-text.ts";

export const BY_LIST_DIMENSIONS = ["method", "month", "arena", "perpetrator", "target"] as const;
export type ByListDimension = (typeof BY_LIST_DIMENSIONS)[number];

export interface ByList {
  dimension: ByListDimension;
  /** The metric the words before the list or its first part name, when they name one. */
  metric: Metric | null;
  items: { label: string; value: number }[];
}

/** "By type:", "Persons killed by month:", "By country (Q3):": what the list is by, and the words before it. */
const BY_RE = /^(.{0,60}?)\b[Bb]y\s+(type|method|kind|category|month|country|perpetrator|group|actor|target)(?:\s*\([^()]{1,40}\))?:\s*/;
const DIMENSION_OF: Readonly<Record<string, ByListDimension>> = {
  type: "method", method: "method", kind: "method", category: "method", month: "month", country: "arena", perpetrator: "perpetrator", group: "perpetrator", actor: "perpetrator", target: "target",
};
/** One part: its label, its count, perhaps the noun the count counts ("July 7 incidents"). */
const PART_RE = /^(.{1,80}?)\s+(\d{1,3}(?:,\d{3})+|\d+)(?:\s+([a-z]+(?:\s+[a-z]+)?))?$/;
const LIST_END_RE = /;\s*total\b.*$|[;.]\s*$/i;

/** Splits on commas outside brackets, and on a last "and". */
function parts(list: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < list.length; i++) {
    const c = list[i];
    if (c === "(") depth++;
    else if (c === ")") depth = Math.max(0, depth - 1);
    else if (c === "," && depth === 0) {
      out.push(list.slice(from, i));
      from = i + 1;
    }
  }
  out.push(list.slice(from));
  return out.flatMap((p) => p.split(/\s+and\s+(?=[^()]*$)(?=.*\d)/)).map((p) => p.trim().replace(/^and\s+/, "")).filter(Boolean);
}

/** The list a sentence announces with "by type:", "by month:" and the like, or null (fewer than two parts, or a part that is no label and count). */
export function byList(sentence: string): ByList | null {
  if (!sentence.includes("y ")) return null;
  const m = BY_RE.exec(sentence);
  if (!m) return null;
  const body = sentence.slice(m[0].length).replace(LIST_END_RE, "");
  const items: { label: string; value: number }[] = [];
  let noun: string | null = null;
  for (const part of parts(body)) {
    const p = PART_RE.exec(part);
    if (!p || /\d/.test(p[1]!)) return null;
    items.push({ label: p[1]!.trim(), value: toNumber(p[2]!) });
    noun ??= p[3] ?? null;
  }
  if (items.length < 2) return null;
  return { dimension: DIMENSION_OF[m[2]!.toLowerCase()]!, metric: firstMetric(m[1]!) ?? (noun ? firstMetric(noun) : null), items };
}
