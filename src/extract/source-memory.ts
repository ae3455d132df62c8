// A source named in full once ("The Security Media Cell announced ...") and later by one of its
// words ("The Cell said ...", "the Observatory reported"): the later mention is the same outlet.

import type { SourceRef } from "../core/incident.ts";

/** Multi-word source names a document has used, by each capitalised word of them. */
export class SourceMemory {
  #byWord = new Map<string, string>();

  /** `sources`, with the full name beside a one-word name that stands for one used before; full names are remembered. */
  resolve(sources: readonly SourceRef[]): SourceRef[] {
    return sources.flatMap((s) => {
      const words = s.name.split(/\s+/);
      if (words.length === 1) {
        const full = this.#byWord.get(s.name.toLowerCase());
        // The short name stays too: it is how the text and its readers name the outlet ("Amaq").
        return full ? [s, { ...s, name: full }] : [s];
      }
      for (const w of words) if (/^[A-Z][a-z]{3,}$/.test(w)) this.#byWord.set(w.toLowerCase(), s.name);
      return [s];
    });
  }
}
