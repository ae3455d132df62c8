// The countries a document's own place names point to, for documents (or their opening
// sections) that never name a country: a local monitor writes "Dayr al-Zawr" and "Markada",
// never "Syria", and without this a name shared with another country ("Busaira" is also a
// Jordanian town) goes to the larger namesake.

import { loadGazetteer } from "../geo/gazetteer.ts";
import { eachMatch } from "./matches.ts";
import { NAME_RE, NOT_PLACES, isVenue } from "./place-names.ts";

const CONJUNCTION_RE = /\s+(?:AND|And|OR|Or|&)\s+/;

const countryOfName = new Map<string, string | null>();

/** The one country every gazetteer place of this name (or its longest known prefix) lies in, or null. */
function soleCountry(name: string): string | null {
  const cached = countryOfName.get(name);
  if (cached !== undefined) return cached;
  if (isVenue(name)) return null;
  let found: string | null = null;
  const words = name.replace(/[’']s$/, "").split(/\s+/);
  for (let n = words.length; n >= 1; n--) {
    const t = words.slice(0, n).join(" ");
    if (NOT_PLACES.has(t) || t.length < 4) continue;
    const hits = loadGazetteer().lookup(t);
    if (hits.length === 0) continue;
    const countries = new Set(hits.map((p) => p.country));
    found = countries.size === 1 ? hits[0]!.country : null;
    break;
  }
  if (countryOfName.size > 20_000) countryOfName.clear();
  countryOfName.set(name, found);
  return found;
}

export class DocumentCountries {
  #counts = new Map<string, number>();

  /** Counts the countries of the unambiguous place names in `text`. */
  note(text: string): void {
    for (const m of eachMatch(NAME_RE, text)) {
      // A title in capitals joins its places with a capitalised "AND" ("KABUL AND NANGARHAR"): one name each.
      const names = CONJUNCTION_RE.test(m[0]) ? m[0].split(CONJUNCTION_RE) : [m[0]];
      for (const name of names) {
        const c = soleCountry(name);
        if (c) this.#counts.set(c, (this.#counts.get(c) ?? 0) + 1);
      }
    }
  }

  /** Countries seen so far, most named first. */
  ranked(): string[] {
    return [...this.#counts.entries()].sort((a, b) => b[1] - a[1]).map(([c]) => c);
  }
}
