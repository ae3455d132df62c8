// The sums in a paragraph of figures: the total its parts add up to where the text states it,
// parts read under one metric that add up to another metric's stated total, and parts of a count
// stated inside the paragraph's total.

import type { Metric } from "../core/vocabulary.ts";
import type { StatItem as Item } from "./stat-unknown-names.ts";
import { statLabel } from "./stat-labels.ts";

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

/** "In Iraq, ...", "Within Iraq, ...", "Of the operations in Iraq, ...": a sentence that opens on an arena. */
const ARENA_LEAD_RE = /^\s*(?:(?:In|Within|Inside)\s+(?:the\s+)?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s*,|Of the (?:attacks|operations|incidents)\s+(?:carried out\s+)?in\s+(?:the\s+)?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s*,)/;

/**
 * "In Iraq, most of the attacks were carried out in the Diyala Province (9), followed by Kirkuk
 * (7), ...": after the week's count by arena, a sentence that opens on one of the arenas breaks
 * that arena's count down by its provinces, apart from the arenas (when its parts fit in it).
 */
export function arenaScopedParts(sentence: string, items: Item[], first: number): void {
  const m = ARENA_LEAD_RE.exec(sentence);
  if (!m) return;
  const arena = statLabel(m[1] ?? m[2]!);
  if (!arena.named || arena.dimension !== "arena") return;
  for (const metric of new Set(items.slice(first).map((i) => i.metric))) {
    const whole = items.slice(0, first).find((i) => i.metric === metric && i.dimension === "arena" && i.label === arena.label && i.sub === undefined);
    const parts = items.slice(first).filter((i) => i.metric === metric && i.sub === undefined && i.label !== arena.label);
    if (!whole || parts.length === 0 || parts.reduce((a, i) => a + i.value, 0) > whole.value) continue;
    for (const i of parts) {
      i.sub = whole.value;
      if (statLabel(i.label).dimension === "admin1") i.dimension = "admin1";
    }
  }
}
