// A total whose parts follow a colon, each a count and what it counts: "reported 97 strikes in
// Iraq: 71 near Mosul, 9 near Qayyarah and 17 elsewhere", "has killed 828 people since May 23: 647
// militants, 136 soldiers and police, and 45 civilians". Kept only when the parts add up to a count
// stated before the colon, so a colon that introduces anything else yields nothing.

import type { Metric } from "../core/vocabulary.ts";
import { earliestMetric, metricAt } from "./stat-metrics.ts";
import { personLabel } from "./stat-tolls.ts";
import { statLabel, type StatDimension } from "./stat-labels.ts";
import type { StatItem } from "./stat-unknown-names.ts";
import { NUM } from "./stat-patterns.ts";
import { toNumber } from "./stat-text.ts";
import { NUMBER_WORD_PATTERN, parseCardinal } from "./numbers.ts";

export interface ColonBreakdown {
  metric: Metric;
  total: number;
  items: StatItem[];
}

/** A part's label is a few words ("raids by the SDF and the Coalition"); more is a clause. */
const MAX_LABEL_WORDS = 8;
/** Words a label's length does not count: "soldiers of the Syrian army and members of pro-Iranian militias" is six. */
const LABEL_GLUE_RE = /^(?:of|the|and|a|an)$/i;
/** "98 civilians, most of them truffle gatherers": a remark on the part before, not a part. */
const PART_REMARK_RE = /^(?:(?:most|many|all|some|several|half|none|mostly)\s+of\s+(?:them|whom)|including|among them|mostly|mainly|chiefly)\b/i;
/** One part: a count, then what it counts, perhaps after a preposition ("9 near Qayyarah", "41 on the eastern axis"). */
const PART_RE = new RegExp(`^${NUM}\\s+(?:(?:were|was)\\s+(?:(?:killed|wounded|injured|hurt|recorded|reported)\\s+)?)?(?:(?:in|near|around|on|at|along|from|against|by|among)\\s+)?(?:the\\s+)?(.+)$`);
const COUNT_RE = new RegExp(NUM, "g");
// "1,120 from the Federal Police": a thousands comma parts nothing.
const PART_SPLIT_RE = new RegExp(`\\s*,(?!\\d{3}\\b)\\s*(?:and\\s+)?|\\s+and\\s+(?=\\d|(?:${NUMBER_WORD_PATTERN})\\s)`, "i");
const LEADING_COUNT_WORD_RE = new RegExp(`^(?:${NUMBER_WORD_PATTERN})(?=\\s)`, "i");
/** Where a part's label ends: a clause about it ("45 civilians killed by the militants"). */
const LABEL_END_RE = /\s+(?:killed|wounded|injured|dead|were|was|who|which|that|respectively|(?:\w+ed|shot|hit|slain|struck|caught)\s+(?:by|in|during)\b).*$/i;
/** Air and artillery strikes are counted as attacks by whoever reports them. */
const STRIKES_RE = /^\s*(?:[\w-]+\s+){0,2}?(?:air\s*strikes|strikes|sorties|raids)\b/i;
/** Parts of a front or of a territory with no gazetteer name: "the eastern axis", "other areas". */
const AREA_RE = /\b(?:axis|axes|fronts?|sectors?|areas?|regions?|districts?|provinces?|elsewhere)\b/i;

// '15 suicide bombings ("martyrdom-seeking operations")': the group's own words for a part, in brackets.
// "84 civilians (most of them truffle gatherers)": a remark in brackets on the part before, as PART_REMARK_RE's after a comma.
// "24 on the eastern axis (Bartella and Gogjali)": the places a part's area holds.
const INITIALS_RE = /\s\((?:[A-Z][A-Za-z]{1,7}|[A-Z][\w'’-]*(?:,?\s+(?:and\s+)?(?:(?:al|el|ad|ar|as|ash|at|az|de|du|da)[- ])?[A-Z][\w'’-]*){1,5}|["“][^()"”]{1,60}["”]|(?:(?:[Mm]ost|[Mm]any|[Aa]ll|[Ss]ome|[Ss]everal|[Hh]alf|[Nn]one)\s+of\s+(?:them|whom)|[Ii]ncluding|[Aa]mong them|[Mm]ostly|[Mm]ainly|[Cc]hiefly)\b[^()]{0,80})\)(?=[\s,;.]|$)/g;
const NAMELY_RE = /,\s+namely\s+/g;
const OF_THE_TOTAL_RE = new RegExp(`(^|[.;]\\s+)Of the (${NUM}\\s+[^,:;]{2,60}),\\s+`, "g");

/** One capitalized plural word: a nationality's people ("Iraqis", "Syrians"). */
const DEMONYM_PLURAL_RE = /^[A-Z][a-z]+s$/;

/** "Iraqis", "Syrians": people by nationality, not the countries the names stand for. */
export function isNationals(label: string): boolean {
  if (!DEMONYM_PLURAL_RE.test(label)) return false;
  const named = statLabel(label);
  return named.named && named.label !== label;
}

/** What one part's label counts, or null when it is no kind of part. */
function partDimension(label: string): StatDimension | null {
  const named = statLabel(label);
  // "14 Iraqis, six Syrians": people by nationality, not the countries the names stand for.
  if (isNationals(label)) return "target";
  if (named.dimension !== "other") return named.dimension;
  if (personLabel(label) !== null) return "target";
  if (AREA_RE.test(label) || named.named) return "arena";
  return null;
}

/** The colon lists of one sentence whose parts add up to a count before their colon. */
export function colonBreakdowns(text: string, fallback: Metric | null): ColonBreakdown[] {
  const out: ColonBreakdown[] = [];
  if (!text.includes(":") && !text.includes(" namely ") && !text.includes("Of the ")) return out;
  // "11 persons were killed, namely 4 officers, 6 civilians and 1 chief": the list a colon would introduce.
  // "Of the 27 peacekeepers injured, 23 were wounded in Kidal and 4 in Mopti": the same, the total first.
  const namely = text.includes("namely") ? text.replace(NAMELY_RE, (m) => ":".padEnd(m.length, " ")) : text;
  const sentence = namely.includes("Of the ") ? namely.replace(OF_THE_TOTAL_RE, "$1The $2: ") : namely;
  for (let colon = sentence.indexOf(":"); colon >= 0; colon = sentence.indexOf(":", colon + 1)) {
    // "790 from the Counterterrorism Service (CTS)": a name's initials or quoted words in brackets end no list (a citation's bracket does).
    const list = sentence.slice(colon + 1).replace(INITIALS_RE, (m) => " ".repeat(m.length)).split(/[;.(:]/, 1)[0]!;
    const parts: { label: string; value: number; dimension: StatDimension | null }[] = [];
    for (const chunk of list.split(PART_SPLIT_RE)) {
      if (parts.length > 0 && PART_REMARK_RE.test(chunk.trim())) continue;
      // "14 Iraqis, six Syrians and one aid worker": a part's count in words.
      const part = chunk.trim().replace(LEADING_COUNT_WORD_RE, (w) => String(parseCardinal(w) ?? w));
      const m = PART_RE.exec(part);
      if (!m) break;
      const label = m[2]!.replace(LABEL_END_RE, "").trim();
      if (!label || label.split(/\s+/).filter((w) => !LABEL_GLUE_RE.test(w)).length > MAX_LABEL_WORDS) break;
      parts.push({ label, value: toNumber(m[1]!), dimension: partDimension(label) });
    }
    if (parts.length < 2) continue;
    const sum = parts.reduce((a, p) => a + p.value, 0);
    // The total is a count in the clause before the colon: back to the previous stop or colon.
    const clauseStart = Math.max(sentence.lastIndexOf(";", colon), sentence.lastIndexOf(":", colon - 1)) + 1;
    const clause = sentence.slice(clauseStart, colon);
    const totalAt = [...clause.matchAll(COUNT_RE)].find((m) => toNumber(m[0]) === sum);
    if (!totalAt) continue;
    const at = clauseStart + totalAt.index!;
    const after = sentence.slice(at + totalAt[0].length, colon);
    // The words between the count and the colon say what it counts ("412 reported fatalities in May"), else the nearest ones.
    // "11 persons were killed in attacks: ...": the first of them.
    const metric = earliestMetric(after) ?? metricAt(sentence, at, null) ?? (STRIKES_RE.test(after) ? "attacks" : fallback);
    if (!metric) continue;
    // One breakdown has one dimension: the most common among the parts that have one.
    const counts = new Map<StatDimension, number>();
    for (const p of parts) if (p.dimension) counts.set(p.dimension, (counts.get(p.dimension) ?? 0) + 1);
    const dimension = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
    if (!dimension) continue;
    const items = parts.map((p): StatItem => {
      const named = statLabel(p.label);
      return { label: named.dimension === dimension ? named.label : p.label, value: p.value, metric, dimension };
    });
    out.push({ metric, total: sum, items });
  }
  return out;
}
