// A source named in full once ("The Security Media Cell announced ...") and later by one of its
// words ("The Cell said ...", "the Observatory reported"): the later mention is the same outlet.

import type { SourceRef } from "../core/incident.ts";

const ACRONYM_RE = /\(([A-Z]{2,6})\)/g;

/** Multi-word source names a document has used, by each capitalised word of them, and the acronyms it defines. */
export class SourceMemory {
  #byWord = new Map<string, string>();

  /**
   * Acronyms a text defines ("the Kurdistan Region Security Council (KRSC)"): a later "KRSC" is
   * that body. Only when the acronym is the initials of the capitalised words before it.
   */
  learnAcronyms(text: string): void {
    ACRONYM_RE.lastIndex = 0;
    for (let m = ACRONYM_RE.exec(text); m; m = ACRONYM_RE.exec(text)) {
      const acronym = m[1]!;
      const words = text.slice(Math.max(0, m.index - 120), m.index).trim().split(/\s+/);
      const name: string[] = [];
      let initials = "";
      for (let i = words.length - 1; i >= 0 && initials.length < acronym.length; i--) {
        const w = words[i]!.replace(/[,;:]$/, "");
        if (/^(?:of|the|and|for|on)$/.test(w) && name.length > 0) {
          name.unshift(w);
          continue;
        }
        if (!/^[A-Z]/.test(w)) break;
        // "Counter-Terrorism": each part of a hyphenated word gives its letter.
        initials = w.split("-").map((part) => part[0]!).join("").toUpperCase() + initials;
        name.unshift(w);
      }
      if (initials === acronym && name.length > 1) this.#byWord.set(acronym.toLowerCase(), name.join(" ").replace(/^(?:the|of|and)\s+/i, ""));
    }
  }

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
