// A victim named rather than counted: "Sepoy Imtiaz Khan was martyred", "Naik Bashir Ahmed and
// Sepoy Tariq Khan were killed", "gunmen shot dead Colonel Fuad al-Muflihi". A personal name is one person.

import { PERSON_NOUN_RE, addSpan, countPhrase, type Span } from "./casualty-phrases.ts";
import { NAME_NOTES, OF_POSSESSIVE_RE } from "./active-counts.ts";

/** The joining words of names: "Abu Bakr al-Baghdadi", "Muhammad bin Salman", "Ghulam ud Din". */
const PARTICLES: ReadonlySet<string> = new Set(["al", "el", "bin", "ibn", "bint", "abu", "ud", "ul", "ur", "ad", "de", "da", "di", "van", "von", "der", "la", "le"] as const);
/** Words that start a common noun phrase in title case ("The Guard", "Some Villagers"), never a name. */
const DETERMINERS: ReadonlySet<string> = new Set(["the", "a", "an", "this", "that", "his", "her", "their", "its", "some", "all", "both", "several", "two", "three", "one"] as const);
/** Capitalised words that follow a verb of killing without naming anyone ("killed Monday"). */
const NOT_NAMES: ReadonlySet<string> = new Set(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "today", "yesterday"] as const);
const CAPITALISED_RE = /^[A-Z][a-z][\w'’.-]*$|^[A-Z]\.?$/;
/** Police and army ranks written in capitals before a name: "SI Sher Afzal Khan", "ASI Hazrat Gul", "HC Amanullah". */
const RANK_ABBREVIATIONS: ReadonlySet<string> = new Set(["SI", "ASI", "HC", "FC", "SHO", "DSP", "ASP", "SP", "SSP", "DPO", "DIG", "IGP", "SPO", "LNK", "NK", "HAV", "SEP", "SGT", "CPL", "PC", "WPC", "CPT", "LT", "COL", "MAJ", "GEN", "BRIG"] as const);
const PREFIXED_RE = /^[a-z]{1,3}-[A-Z]/;

/**
 * Whether a phrase is a personal name: capitalised words (a rank or title among them), with
 * Arabic and European particles, and no common noun of people or acronym (an organisation).
 */
export function isPersonName(phrase: string): boolean {
  const words = phrase.trim().split(/\s+/);
  if (words.length === 0 || words[0] === "" || DETERMINERS.has(words[0]!.toLowerCase()) || NOT_NAMES.has(words[0]!.toLowerCase())) return false;
  let capitalised = 0;
  for (const w of words) {
    if (CAPITALISED_RE.test(w) || PREFIXED_RE.test(w) || RANK_ABBREVIATIONS.has(w.replace(/\.$/, ""))) capitalised++;
    else if (!PARTICLES.has(w.toLowerCase())) return false;
  }
  // A rank before a name ("Major Karim al-Hadi") is a title; a noun of people after the first word ("Police Officers") is no name.
  return capitalised > 0 && !PERSON_NOUN_RE.test(words.length > 1 ? words.slice(1).join(" ") : phrase);
}

/** One word of a name: capitalised, or a particle ("al-Muflihi", "bin"). */
const NAME_WORD = "(?:[A-Z][\\w'’.-]*|(?:al|el|bin|ibn|bint|abu|ud|ul)\\b-?[\\w'’-]*)";

/**
 * A name after a killing verb: "shot dead Colonel Fuad al-Muflihi, a senior officer". It is
 * case-sensitive, so the name's capitals count, and it must end the object (a comma, a
 * preposition), so "killed Syrian soldiers" names no one. The scan stops only at capitals: the
 * verb is a lookbehind tried there.
 */
const NAMED_OBJECT_RE = new RegExp(`(?<![\\w'’.-])[A-Z](?<=\\b(?:shot dead|shooting dead|gunned down|gunning down|killed|killing|assassinated|assassinating|murdered|murdering|executed|executing|beheaded|beheading|martyred|martyring)\\s+[A-Z])[\\w'’.-]*(?:\\s+${NAME_WORD}){0,5}(?=\\s*(?:[,.;:()]|$)|\\s+(?:and|in|on|at|outside|near|as|while|with|after|during|from|who|when|inside)\\b)`, "g");
/** "was killed Monday": a passive verb has no object. */
const PASSIVE_BEFORE_RE = /\b(?:was|were|been|be|is|are|being)\s+\w+(?:\s+(?:dead|down))?\s+$/i;

/** Where each named victim of a killing verb starts in a sentence (one person each). */
export function namedVictims(sentence: string): number[] {
  const out: number[] = [];
  NAMED_OBJECT_RE.lastIndex = 0;
  for (let m = NAMED_OBJECT_RE.exec(sentence); m; m = NAMED_OBJECT_RE.exec(sentence)) {
    if (PASSIVE_BEFORE_RE.test(sentence.slice(Math.max(0, m.index - 30), m.index))) continue;
    if (isPersonName(m[0])) out.push(m.index);
  }
  return out;
}

const NAME_WORDS = `${NAME_WORD}(?:\\s+${NAME_WORD}){0,5}`;
/** The name a victim's count starts at. */
const LEADING_NAME_RE = new RegExp(`^${NAME_WORDS}`);
/** A name's notes, then "and" another name: ", the commander of ISIS in East Asia, and Omar Maute". */
const AND_NAME_RE = new RegExp(`^${NAME_NOTES},?\\s+and\\s+(${NAME_WORDS})(?=\\s*[,.;:()]|$)`);
/** A name's notes, then its companions: ", one of the leaders of the Maute group, along with five other operatives". */
const ALONG_AFTER_NAME_RE = new RegExp(`^${NAME_NOTES},?\\s*(?:along|together)\\s+with\\s+([^.;,()]+)`);

/**
 * How many the named victim at `at` stands for: the names joined to it ("killed Isnilon Hapilon,
 * ..., and Omar Maute, ...") and the companions counted after them ("along with five other operatives").
 */
export function namedGroup(sentence: string, at: number): Span {
  let end = at + (LEADING_NAME_RE.exec(sentence.slice(at))?.[0].length ?? 0);
  let names = 1;
  for (let m = AND_NAME_RE.exec(sentence.slice(end)); m && isPersonName(m[1]!); m = AND_NAME_RE.exec(sentence.slice(end))) {
    names++;
    end += m[0].length;
  }
  const along = ALONG_AFTER_NAME_RE.exec(sentence.slice(end));
  const companions = along ? countPhrase(along[1]!.replace(OF_POSSESSIVE_RE, " "), null) : null;
  return companions ? addSpan({ low: names, high: names }, companions) : { low: names, high: names };
}
