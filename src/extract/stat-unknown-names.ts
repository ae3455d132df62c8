// Names a breakdown lists that neither the gazetteer nor the arena table knows: ISIS's own
// wilayat ("Al-Barakah", "Northern Baghdad", "Al-Janub"). Their neighbours in the list decide
// what they are; they keep their names as written, so that `compare` can map them.

import type { BreakdownItem } from "../core/incident.ts";
import type { Metric } from "../core/vocabulary.ts";
import { isPlaceLike, statLabel, type StatDimension, type StatLabel } from "./stat-labels.ts";
import { LIST_NAME } from "./stat-patterns.ts";

export interface StatItem extends BreakdownItem {
  metric: Metric;
  dimension: StatDimension;
  /** A name neither the gazetteer nor the arena table knows ("Al-Barakah", "Northern Baghdad"): its list decides what it is. */
  unknown?: true;
  /** A part of a count the sentence states inside the paragraph's total ("Of the 22 attacks in Iraq, 8 were in Diyala"): that count. */
  sub?: number;
}

const TRAILING_NAME_RE = new RegExp(`(?:^|\\s)(${LIST_NAME})\\s*$`);

/** "a cell calling itself Jaish Al-Qadisiyah (1)": the name just before the count, when the phrase names nothing else. */
export function trailingName(chunk: string): StatLabel | null {
  const m = TRAILING_NAME_RE.exec(chunk);
  if (!m) return null;
  const label = statLabel(m[1]!);
  return label.named ? label : null;
}

/** A capitalised name the label tables do not know, shaped like a place ("Al-Barakah", "Northern Baghdad"). */
export function isUnknownPlace(label: StatLabel): boolean {
  return label.named && label.dimension === "other" && isPlaceLike(label.label);
}

/**
 * The unknown names among one sentence's items (from `first` on) take the dimension of the known
 * places listed beside them ("Al-Khayr (5), Al-Barakah (1), Al-Raqqah (2)" are all admin-1
 * level); two or more with no known neighbour are regions below the arena level. A lone one is
 * dropped: nothing says it is a place.
 */
export function settleUnknown(items: StatItem[], first: number): void {
  const fresh = items.slice(first);
  const unknown = fresh.filter((i) => i.unknown);
  if (unknown.length === 0) return;
  let admin1 = 0;
  let arena = 0;
  for (const i of fresh) {
    if (i.unknown) continue;
    if (i.dimension === "admin1") admin1++;
    else if (i.dimension === "arena") arena++;
  }
  const dimension: StatDimension | null = admin1 + arena > 0 ? (arena > admin1 ? "arena" : "admin1") : unknown.length >= 2 ? "admin1" : null;
  const kept: StatItem[] = [];
  for (const i of fresh) {
    if (!i.unknown) kept.push(i);
    else if (dimension) kept.push({ label: i.label, value: i.value, metric: i.metric, dimension });
  }
  items.splice(first, fresh.length, ...kept);
}

