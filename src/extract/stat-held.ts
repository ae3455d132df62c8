// A total stated alone ("ECPM recorded 18 security incidents this week, against 21 the week
// before") whose parts the next paragraph lists ("Incidents by territory: Beni 9, Irumu 4, ...")
// is one published figure, not two: the total-only statistic is held back until the next
// paragraph with figures shows whether a breakdown takes it over.

import type { Statistic } from "../core/incident.ts";

function totalOnly(s: Statistic): boolean {
  return s.dimension === "total" && s.breakdown.length === 0 && s.total !== null;
}

/** Holds a paragraph's statistics while one of them is a total alone; order is kept. */
export class HeldTotals {
  #held: Statistic[] = [];

  /** The statistics ready to go out, given the next ones read; `adopted` are those whose total came from an earlier paragraph. */
  pass(stats: Statistic[], adopted: WeakSet<Statistic>): Statistic[] {
    if (stats.length === 0) return [];
    for (const s of stats) {
      if (!adopted.has(s) || s.breakdown.length === 0) continue;
      const i = this.#held.findIndex((h) => totalOnly(h) && h.metric === s.metric && h.total === s.total);
      if (i < 0) continue;
      const h = this.#held.splice(i, 1)[0]!;
      s.quote = `${h.quote}\n${s.quote}`;
      s.quote_start = Math.min(h.quote_start, s.quote_start);
      if (s.previous_period_total === undefined && h.previous_period_total !== undefined) s.previous_period_total = h.previous_period_total;
    }
    const out = this.#held;
    if (stats.some(totalOnly)) this.#held = stats;
    else {
      this.#held = [];
      out.push(...stats);
    }
    return out;
  }

  /** What is still held, at the document's end. */
  flush(): Statistic[] {
    const out = this.#held;
    this.#held = [];
    return out;
  }
}
