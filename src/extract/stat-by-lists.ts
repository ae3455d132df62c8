// A breakdown announced by what it is by, each part its label then its count: "By type: IED 18,
// armed attack/clash 15, other (arrests, demonstrations) 8", "By month: July 7 incidents, August 4,
// September 4", "Persons killed by month: July 28, August 18, September 21". The labels may be
// any words (methods in lower case, months), so only the announcement makes them a list.
// Also the dead split by who killed them: "Of these, 46 were killed by JNIM, 38 by ISSP and 59 by
// the army". Counts in words are digits by now (digitsForWords).

import type { Metric } from "../core/vocabulary.ts";
import { firstMetric } from "./stat-metrics.ts";
import type { StatDimension } from "./stat-labels.ts";
import { dimensionOf } from "./stat-lists.ts";
import { toNumber } from "./stat-text.ts";


export interface ByList {
  dimension: StatDimension;
  /** The metric the words before the list or its first part name, when they name one. */
  metric: Metric | null;
  /** The count a preamble states that the parts add up to ("the 25 incidents were ..."). */
  total: number | null;
  items: { label: string; value: number }[];
}

/**
 * "By type:", "Persons killed by month:", "By country (Q3):", "By type, the 25 incidents were":
 * what the list is by, the words before it, and a count its preamble gives the parts.
 */
const BY_RE = /^(.{0,60}?)\b[Bb]y\s+(type|method|kind|category|month|country|perpetrator|group|actor|target)(?:\s*\([^()]{1,40}\))?(?::\s*|,\s+(?:the\s+)?(\d{1,3}(?:,\d{3})+|\d+)\s+([a-z]+(?:\s+[a-z]+)?)\s+(?:were|was|comprised|included)\s+)/;
/** One part: its label, its count, perhaps the noun the count counts ("July 7 incidents"); or its count before its label ("6 abductions"). */
const PART_RE = /^(.{1,80}?)\s+(\d{1,3}(?:,\d{3})+|\d+)(?:\s+([a-z]+(?:\s+[a-z]+)?))?$/;
const COUNT_FIRST_RE = /^(\d{1,3}(?:,\d{3})+|\d+)\s+([a-z][^\d]{1,80}?)\s*$/;
const LIST_END_RE = /;\s*total\b.*$|[;.]\s*$/i;

/** Splits on commas outside brackets, and on an "and" between two counted parts ("3 intrusions and 3 others (threats and ...)"). */
function parts(list: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < list.length; i++) {
    const c = list[i];
    if (c === "(") depth++;
    else if (c === ")") depth = Math.max(0, depth - 1);
    else if (depth === 0 && c === ",") {
      out.push(list.slice(from, i));
      from = i + 1;
    } else if (depth === 0 && c === " " && list.startsWith(" and ", i) && /\d/.test(list.slice(from, i)) && /^[^,(]*\d/.test(list.slice(i + 5))) {
      out.push(list.slice(from, i));
      from = i + 5;
      i += 4;
    }
  }
  out.push(list.slice(from));
  return out.map((p) => p.trim().replace(/^and\s+/, "")).filter(Boolean);
}

/** The list a sentence announces with "by type:", "by month:" and the like, or null (fewer than two parts, or a part that is no label and count). */
export function byList(sentence: string): ByList | null {
  if (!sentence.includes("y ")) return null;
  const m = BY_RE.exec(sentence);
  if (!m) return null;
  const body = sentence.slice(m[0].length).replace(LIST_END_RE, "");
  const items: { label: string; value: number }[] = [];
  let noun: string | null = m[4] ?? null;
  // "the 25 incidents were 6 abductions, 5 attacks on vehicles, ...": counts before their labels.
  const countFirst = m[3] !== undefined;
  for (const part of parts(body)) {
    if (countFirst) {
      const p = COUNT_FIRST_RE.exec(part);
      if (!p) return null;
      items.push({ label: p[2]!.replace(/\s*\([^()]*\)$/, "").trim(), value: toNumber(p[1]!) });
      continue;
    }
    const p = PART_RE.exec(part);
    if (!p || /\d/.test(p[1]!)) return null;
    items.push({ label: p[1]!.trim(), value: toNumber(p[2]!) });
    noun ??= p[3] ?? null;
  }
  if (items.length < 2) return null;
  // A count the preamble gives is the parts' total only when they add up to it.
  const stated = m[3] === undefined ? null : toNumber(m[3]);
  const total = stated !== null && items.reduce((n, i) => n + i.value, 0) === stated ? stated : null;
  return { dimension: dimensionOf(m[2]!), metric: firstMetric(m[1]!) ?? (noun ? firstMetric(noun) : null), total, items };
}

/** "46 were killed by JNIM, 38 by ISSP and 59 by the army": the first part, its verb naming the metric. */
const BY_WHOM_FIRST_RE = /\b(\d{1,3}(?:,\d{3})+|\d+)\s+(?:of them\s+)?(?:were|was|had been|have been)\s+(killed|wounded|injured)\s+by\s+(.+)$/i;
const BY_WHOM_PART_RE = /^(\d{1,3}(?:,\d{3})+|\d+)\s+by\s+(.+)$/;

/** The dead or wounded of a count split by who (or what) harmed them: "Of these, 46 were killed by JNIM, 38 by ISSP and 59 by the army and the VDP". */
export function byWhomList(sentence: string): { metric: Metric; items: { label: string; value: number }[] } | null {
  if (!sentence.includes(" by ")) return null;
  const m = BY_WHOM_FIRST_RE.exec(sentence);
  if (!m) return null;
  const clause = m[3]!.replace(/[;.].*$/, "");
  const [first, ...rest] = clause.split(/\s*,\s*(?:and\s+)?|\s+and\s+(?=\d)/);
  if (!first || rest.length === 0) return null;
  const items = [{ label: first.replace(/^the\s+/i, "").trim(), value: toNumber(m[1]!) }];
  for (const part of rest) {
    const p = BY_WHOM_PART_RE.exec(part.trim());
    if (!p) return null;
    items.push({ label: p[2]!.replace(/^the\s+/i, "").trim(), value: toNumber(p[1]!) });
  }
  return { metric: /killed/i.test(m[2]!) ? "killed" : "wounded", items };
}
