// The sums in a paragraph of figures: the total its parts add up to where the text states it,
// parts read under one metric that add up to another metric's stated total, and parts of a count
// stated inside the paragraph's total.

import type { Metric } from "../core/vocabulary.ts";
import type { StatItem as Item } from "./stat-unknown-names.ts";

/** The parts' sum when the paragraph states it as a figure of its own (and there are parts to add). */
export function statedSum(text: string, list: readonly Item[]): number | null {
  if (list.length < 2) return null;
  const sum = list.reduce((a, i) => a + i.value, 0);
  const written = sum.toLocaleString("en-US");
  return new RegExp(`(?<![\\d,.])(?:${sum}|${written.replace(/,/g, ",?")})(?![\\d,.]\\d)`).test(text) ? sum : null;
}

/**
 * "31 attacks ..., in which 104 people were killed or wounded. By province: West Africa 12; ...":
 * parts read under one metric that add up to another metric's stated total are that metric's.
 */
export function partsOfTheirSum(items: Item[], totals: ReadonlyMap<Metric, number>): void {
  const groups = new Map<string, Item[]>();
  for (const i of items) groups.set(`${i.metric}|${i.dimension}`, [...(groups.get(`${i.metric}|${i.dimension}`) ?? []), i]);
  for (const list of groups.values()) {
    const metric = list[0]!.metric;
    const sum = list.reduce((a, i) => a + i.value, 0);
    if (list.length < 2 || totals.get(metric) === sum) continue;
    const other = [...totals].find(([m, t]) => m !== metric && t === sum && !items.some((i) => i.metric === m && i.dimension === list[0]!.dimension));
    if (other) for (const i of list) i.metric = other[0];
  }
}

/** The sentence's parts of `sub.metric` break its own count down, when they fit in it; the count named as a part is its scope. */
export function subParts(items: Item[], first: number, sub: { metric: Metric; value: number }): void {
  const own = items.slice(first).filter((i) => i.metric === sub.metric);
  const parts = own.filter((i) => i.value !== sub.value);
  if (parts.length === 0 || parts.reduce((a, i) => a + i.value, 0) > sub.value) return;
  // "Another 4 attacks were carried out in Syria, 3 in Iraq and 1 in the Sahel": a part like the others, not their scope.
  if (own.some((i) => i.value === sub.value && parts.some((p) => p.dimension === i.dimension))) return;
  for (const i of parts) i.sub = sub.value;
  for (const i of own) if (i.value === sub.value) items.splice(items.indexOf(i), 1);
}
