// Counts a briefing gives region by region, each led by its place: "troops of Operation Hadin
// Kai in the North-East neutralised 47 terrorists ... troops of Operation Hadarin Daji in the
// North-West neutralised 28 bandits". Two or more in one paragraph are a breakdown by region
// with no stated total; one alone is only a count.

import { statLabel } from "./stat-labels.ts";
import { firstMetric } from "./stat-metrics.ts";
import { LIST_NAME, NUM } from "./stat-patterns.ts";
import { eachMatch } from "./matches.ts";
import { toNumber } from "./stat-text.ts";
import { isUnknownPlace, settleUnknown, type StatItem } from "./stat-unknown-names.ts";

const LED_RE = new RegExp(`\\bin\\s+(?:the\\s+)?(${LIST_NAME})\\s+(?:(?:have|has|had)\\s+)?(neutrali[sz]ed|killed)\\s+(?:a total of\\s+)?${NUM}\\s+([\\w-]+)`, "g");

/** The place-led counts of one sentence. */
export function ledCounts(sentence: string): StatItem[] {
  // A killing verb after a place: a cheap look for the verb first.
  if (!/\b(?:neutrali[sz]ed|killed)\s+(?:a total of\s+)?\d/.test(sentence)) return [];
  const out: StatItem[] = [];
  for (const m of eachMatch(LED_RE, sentence)) {
    const label = statLabel(m[1]!);
    const metric = firstMetric(`${m[2]} ${m[4]}`);
    const unknown = isUnknownPlace(label);
    if (!metric || (label.dimension !== "admin1" && label.dimension !== "arena" && !unknown)) continue;
    out.push({ label: label.label, dimension: label.dimension, value: toNumber(m[3]!), metric, ...(unknown ? { unknown } : {}) });
  }
  return out;
}

/** Keeps the paragraph's led counts that make a breakdown: two or more places for one metric (names the gazetteer lacks settled by their neighbours). */
export function ledBreakdown(counts: readonly StatItem[]): StatItem[] {
  const kept = counts.filter((c) => new Set(counts.filter((o) => o.metric === c.metric).map((o) => o.label)).size >= 2);
  settleUnknown(kept, 0);
  return kept;
}
