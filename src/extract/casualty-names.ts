// A victim named rather than counted: "Sepoy Imtiaz Khan was martyred", "Naik Bashir Ahmed and
// Sepoy Tariq Khan were killed". A personal name is one person.

import { PERSON_NOUN_RE } from "./casualty-phrases.ts";

/** The joining words of names: "Abu Bakr al-Baghdadi", "Muhammad bin Salman", "Ghulam ud Din". */
const PARTICLES: ReadonlySet<string> = new Set(["al", "el", "bin", "ibn", "bint", "abu", "ud", "ul", "ur", "ad", "de", "da", "di", "van", "von", "der", "la", "le"] as const);
/** Words that start a common noun phrase in title case ("The Guard", "Some Villagers"), never a name. */
const DETERMINERS: ReadonlySet<string> = new Set(["the", "a", "an", "this", "that", "his", "her", "their", "its", "some", "all", "both", "several", "two", "three", "one"] as const);
const CAPITALISED_RE = /^[A-Z][a-z][\w'’.-]*$|^[A-Z]\.?$/;
const PREFIXED_RE = /^[a-z]{1,3}-[A-Z]/;

/**
 * Whether a phrase is a personal name: capitalised words (a rank or title among them), with
 * Arabic and European particles, and no common noun of people or acronym (an organisation).
 */
export function isPersonName(phrase: string): boolean {
  const words = phrase.trim().split(/\s+/);
  if (words.length === 0 || words[0] === "" || DETERMINERS.has(words[0]!.toLowerCase())) return false;
  let capitalised = 0;
  for (const w of words) {
    if (CAPITALISED_RE.test(w) || PREFIXED_RE.test(w)) capitalised++;
    else if (!PARTICLES.has(w.toLowerCase())) return false;
  }
  return capitalised > 0 && !PERSON_NOUN_RE.test(phrase);
}
