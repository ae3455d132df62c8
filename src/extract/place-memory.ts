// An item that names no place of its own but says it happened by the last one ("a tutoring centre
// several hundred meters from the school", "in the same neighborhood") is placed where that was.

import type { Located } from "./places.ts";

const NEARBY_RE = /\b(?:(?:several|a few|some|about \d+|\d+) (?:hundred )?(?:meters|metres|yards) (?:from|away from) the|nearby|near the (?:school|mosque|church|site|scene|same)|in the same (?:area|neighbou?rhood|town|village|city|district|locality|street|market)|at the same (?:place|site|location|spot|checkpoint))\b/i;

/** The place of the incident built last in a section, per document. */
export class PlaceMemory {
  #last: { section: string; where: Located } | null = null;

  /** `where`, or the section's last place when `where` is none and `text` says it is nearby. */
  resolve(where: Located, text: string, section: readonly string[]): Located {
    const key = section.join("\u0000");
    const last = this.#last;
    const placed = where.latitude === null && last !== null && last.section === key && NEARBY_RE.test(text) ? last.where : where;
    if (placed.latitude !== null) this.#last = { section: key, where: placed };
    return placed;
  }
}
