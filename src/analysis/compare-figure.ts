// One published figure against our count, and the sentence that explains the difference: which of
// our incidents a figure lacks (we count more: all ours are candidates, since a total cannot say
// which), or how many the published figure has that we do not (it counts more).

import type { Range } from "../core/incident.ts";

export type Measure = "incidents" | "killed" | "wounded" | "casualties";

/**
 * agrees / within_range: no difference; open_range: ours has no upper bound, so the figure is
 * possible; more / short: we count more / fewer; not_published: only ours; not_compared: the label
 * names nothing Spotlight counts by.
 */
export const FIGURE_STATUSES = ["agrees", "within_range", "open_range", "more", "short", "not_published", "not_compared"] as const;
export type FigureStatus = (typeof FIGURE_STATUSES)[number];

export interface ComparedFigure {
  /** The published label ("Sinai Peninsula"), or "total". */
  label: string;
  /** What the label was read as (an arena, admin-1s, a method), or null when it names none. */
  key: string | null;
  claimed: number | null;
  ours: Range;
  /** Ours minus claimed, 0 when the claim is within our range; null when there is nothing to compare. */
  difference: number | null;
  status: FigureStatus;
  explanation: string;
  /** Our incidents behind `ours`. */
  ids: string[];
  /** Other labels of the same breakdown that together make up this one (its parts, listed too). */
  listedParts: string[];
  /** What a reader must know besides the difference (how the label was read, coverage), also in `explanation`. */
  notes: string[];
}

export function formatCount(r: Range): string {
  if (r.high === null) return `at least ${r.low}`;
  return r.low === r.high ? String(r.low) : `${r.low}-${r.high}`;
}

function plural(n: number, word: string): string {
  if (n === 1) return `${n} ${word === "casualties" ? "casualty" : word.replace(/s$/, "")}`;
  return `${n} ${word}`;
}

/** Ours against a claimed figure, with the explanation a reader needs. */
export function compareFigure(label: string, key: string | null, claimed: number | null, ours: Range, ids: readonly string[], measure: Measure): ComparedFigure {
  const base = { label, key, claimed, ours, ids: [...ids], listedParts: [], notes: [] };
  const n = ids.length;
  const ourIncidents = plural(n, "incidents");
  const weHave = n === 0 ? "we have none" : measure === "incidents" ? `we have ${ourIncidents}` : `our ${ourIncidents} record${n === 1 ? "s" : ""} ${formatCount(ours)}`;
  if (claimed === null) return { ...base, difference: null, status: "not_published", explanation: `not published; we count ${measure === "incidents" ? ourIncidents : `${formatCount(ours)} ${measure} in ${ourIncidents}`}` };
  if (ours.low > claimed) {
    const d = ours.low - claimed;
    const explanation =
      measure === "incidents"
        ? `we count ${d} more: the published figure lacks at least ${d} of our ${ourIncidents} (a total cannot say which, so all of ours are the candidates)`
        : `we count ${d} more: our ${ourIncidents} record${n === 1 ? "s" : ""} at least ${plural(ours.low, measure)}, the published figure ${claimed}`;
    return { ...base, difference: d, status: "more", explanation };
  }
  if (ours.high !== null && ours.high < claimed) {
    const d = claimed - ours.high;
    const explanation =
      measure === "incidents"
        ? `our count is short by ${d}: the published figure has ${claimed}, ${weHave}, so it counts at least ${d} we do not have`
        : `our count is short by ${d}: the published figure has ${plural(claimed, measure)}, ${weHave}`;
    return { ...base, difference: -d, status: "short", explanation };
  }
  if (ours.high === null) return { ...base, difference: 0, status: "open_range", explanation: `cannot tell: we count at least ${plural(ours.low, measure)} in ${ourIncidents}, not all with an upper bound, so ${claimed} is possible` };
  if (ours.low === ours.high) return { ...base, difference: 0, status: "agrees", explanation: "agrees" };
  return { ...base, difference: 0, status: "within_range", explanation: `within our range ${formatCount(ours)}` };
}

/** The figure with a reader's note added to its explanation: "… (note; note)". */
export function withNote(f: ComparedFigure, note: string | null): ComparedFigure {
  if (note === null || note === "") return f;
  const explanation = f.notes.length === 0 ? `${f.explanation} (${note})` : `${f.explanation.slice(0, -1)}; ${note})`;
  return { ...f, explanation, notes: [...f.notes, note] };
}

export function notCompared(label: string, value: number, reason: string): ComparedFigure {
  return { label, key: null, claimed: value, ours: { low: 0, high: 0 }, ids: [], listedParts: [], notes: [], difference: null, status: "not_compared", explanation: reason };
}

export function sumRanges(ranges: readonly Range[]): Range {
  return ranges.reduce((a, b) => ({ low: a.low + b.low, high: a.high === null || b.high === null ? null : a.high + b.high }), { low: 0, high: 0 });
}
