// Arenas: the theatres bulletins are organised by (ISIS "provinces", countries, regions),
// mapped to the countries where their incidents fall, most likely first.

import { countryFromText, countryTerms } from "../geo/countries.ts";
import { FirstMatches, splitAt } from "./matches.ts";
import { DisjointFirstMatches } from "./disjoint-matches.ts";
import { isRegexSpace } from "./of-hints.ts";

export interface Arena {
  name: string;
  countries: readonly string[];
  /** A continent or region of many countries: a section's context, never a country a text names. */
  broad?: true;
}

const ARENAS: [RegExp, Arena][] = [
  // Until 2022 ISIS counted its Sahel branch in the West Africa Province: Burkina Faso and Mali come last.
  [/\bWest Africa(?:n)?\b|\bISWAP\b|\bLake Chad\b/i, { name: "West Africa", countries: ["NG", "NE", "TD", "CM", "BF", "ML"] }],
  [/\bCentral Africa(?:n)?\b|\bISCAP\b/i, { name: "Central Africa", countries: ["CD", "MZ", "UG"] }],
  [/\bKhorasan\b|\bISKP\b|\bIS-K\b/i, { name: "Khorasan", countries: ["AF", "PK"] }],
  [/\bSinai\b/i, { name: "Sinai", countries: ["EG"] }],
  [/\bSahel\b|\bISGS\b|\bGreater Sahara\b/i, { name: "Sahel", countries: ["ML", "NE", "BF"] }],
  [/\bLevant\b/i, { name: "Syria", countries: ["SY", "IQ"] }],
  [/\bSyria(?:n)?\b|\bIdlib\b|\bal-Sham\b/i, { name: "Syria", countries: ["SY"] }],
  [/\bIraq(?:i)?\b/i, { name: "Iraq", countries: ["IQ"] }],
  [/\bNigeria(?:n)?\b/i, { name: "West Africa", countries: ["NG"] }],
  [/\bCongo(?:lese)?\b|\bDRC\b/i, { name: "Central Africa", countries: ["CD"] }],
  [/\bMozambi(?:que|can)\b|\bCabo Delgado\b/i, { name: "Mozambique", countries: ["MZ"] }],
  [/\bAfghan(?:istan)?\b/i, { name: "Khorasan", countries: ["AF"] }],
  [/\bPakistan(?:i)?\b/i, { name: "Pakistan", countries: ["PK"] }],
  [/\bSomali(?:a|land)?\b|\bal-Shabaab\b/i, { name: "Somalia", countries: ["SO"] }],
  [/\bPhilippines?\b|\bFilipino\b/i, { name: "East Asia", countries: ["PH"] }],
  // "Southeast Asia", ISIS's "East Asia Province": the Philippines first, then Indonesia and Malaysia.
  [/\bSouth-?[Ee]ast Asia(?:n)?\b|\bEast Asia\b|\bISEAP\b/i, { name: "East Asia", countries: ["PH", "ID", "MY"] }],
  // A continent's section ("C. Asia", "B. Africa") moves the context off the country before it.
  [/\bAsia\b(?<!(?:South-?[Ee]ast|East) Asia)/i, { name: "Asia", countries: ["AF", "PK", "IN", "PH", "ID", "MY", "TJ", "UZ", "BD", "LK", "MM"], broad: true }],
  [/\bNorth Africa\b|\bMaghreb\b/i, { name: "North Africa", countries: ["LY", "TN", "DZ", "EG", "MA"], broad: true }],
  [/\bAfrica\b(?<!(?:West|Central|North|East|South|Southern|Eastern|Western|Northern|Sub-Saharan) Africa)/i, { name: "Africa", countries: ["NG", "SO", "ML", "BF", "NE", "CD", "MZ", "CM", "TD", "KE", "UG", "LY", "EG", "TN", "DZ"], broad: true }],
  [/\bIndia(?:n)?\b|\bHind\b/i, { name: "Hind", countries: ["IN"] }],
  // "ISIS-inspired activity in Europe", "Attacks in the West": a section of plots and attacks outside the theatres.
  [/\bEurope\b|\bthe West\b|\bWestern countries\b/i, { name: "Europe", countries: ["FR", "DE", "GB", "BE", "AT", "ES", "SE", "NL", "IT", "DK", "NO", "CH", "GR", "US", "CA", "AU"] }],
];

/** The arena rules searched together: one scan of the text instead of one per rule. */
const ARENA_MATCHES = new FirstMatches(ARENAS.map(([re]) => re));
/** The same rules, known never to match at one place: each match names its rule (countriesIn). */
const ARENA_INDEXES = new DisjointFirstMatches(ARENAS.map(([re]) => re));

/** The arena a heading or sentence names first (the earlier rule on a tie), or null. */
export function findArena(text: string): Arena | null {
  const i = ARENA_MATCHES.first(text);
  return i < 0 ? null : ARENAS[i]![1];
}

let terms: Map<string, string> | undefined;
let longest = 1;
/** First words of the terms of several words ("democratic" for "democratic republic of the congo"). */
const multiFirst = new Set<string>();

/** Words the country table lists that are also ordinary words ("car bomb"). */
const AMBIGUOUS_TERMS = new Set(["car"]);
const SPACES_RE = /\s+/g;
const CAPITALISED_RUN_RE = /\b[A-Z][\w'’.-]*(?:\s+(?:of\s+the\s+|of\s+)?[A-Z][\w'’.-]*)*/g;

/** `w.replace(/[’']s$|[.]$/, "").toLowerCase()`, given `w` lower-cased; the ending is read on `w` ("'S" stays). */
function lowerWithoutEnding(w: string, lower: string): string {
  const n = w.length;
  // U+0130 lower-cases to two code units: offsets into `w` would not fit `lower`.
  if (lower.length !== n) return w.replace(/[’']s$|[.]$/, "").toLowerCase();
  if (n >= 2 && w.charCodeAt(n - 1) === 115 && (w[n - 2] === "'" || w[n - 2] === "’")) return lower.slice(0, n - 2);
  if (n >= 1 && w[n - 1] === ".") return lower.slice(0, n - 1);
  return lower;
}

/**
 * Countries named or implied anywhere in `text` (names, demonyms, arenas), in order of first
 * mention. Scans capitalised runs and looks their word windows up in a map: one pass, no giant regex.
 */
export function countriesIn(text: string): string[] {
  if (!terms) {
    terms = new Map();
    for (const t of countryTerms()) {
      if (AMBIGUOUS_TERMS.has(t)) continue;
      const iso = countryFromText(t);
      if (iso) terms.set(t, iso);
      longest = Math.max(longest, t.split(" ").length);
      if (iso && t.includes(" ")) multiFirst.add(t.slice(0, t.indexOf(" ")));
    }
  }
  // Where each country is named, as parallel lists: runs in text order, then arena hits.
  const at: number[] = [];
  const isos: string[] = [];
  const known = terms;
  CAPITALISED_RUN_RE.lastIndex = 0;
  for (let m = CAPITALISED_RUN_RE.exec(text); m; m = CAPITALISED_RUN_RE.exec(text)) {
    const run = m[0];
    // Most runs are one word ("On", "Al-Raqqah"): looked up without the word lists below.
    if (!hasSpace(run)) {
      const iso = wordCountry(known, run);
      if (iso) {
        at.push(m.index);
        isos.push(iso);
      }
      continue;
    }
    const words = splitAt(run, SPACES_RE);
    // Lower-cased once: a phrase is its words joined, with "'s" or "." dropped from its end only.
    const lower = words.map((w) => w.toLowerCase());
    const lowerLast = words.map((w, i) => lowerWithoutEnding(w, lower[i]!));
    for (let i = 0; i < words.length; i++) {
      // Only a term's first word can start a phrase of several words.
      const maxN = multiFirst.has(lower[i]!) ? Math.min(longest, words.length - i) : 1;
      for (let n = maxN; n >= 1; n--) {
        const phrase = n === 1 ? lowerLast[i]! : `${lower.slice(i, i + n - 1).join(" ")} ${lowerLast[i + n - 1]!}`;
        const iso = known.get(phrase);
        if (iso) {
          at.push(m.index + i);
          isos.push(iso);
          i += n - 1;
          break;
        }
      }
    }
  }
  const runs = at.length;
  const arenaAt = ARENA_INDEXES.indexes(text);
  for (let i = 0; i < ARENAS.length; i++) {
    const first = ARENAS[i]![1].broad ? undefined : ARENAS[i]![1].countries[0];
    if (arenaAt[i]! >= 0 && first) {
      at.push(arenaAt[i]!);
      isos.push(first);
    }
  }
  return inOrderOfMention(at, isos, runs);
}

/** Whether a run (words of [\w'’.-] joined by spaces) has more than one word. */
function hasSpace(run: string): boolean {
  for (let i = 0; i < run.length; i++) if (isRegexSpace(run.charCodeAt(i))) return true;
  return false;
}

const wordCache = new Map<string, string>();

/** The country one capitalised word names ("" for none); memoised, as the same words recur. */
function wordCountry(known: ReadonlyMap<string, string>, word: string): string {
  let iso = wordCache.get(word);
  if (iso === undefined) {
    iso = known.get(lowerWithoutEnding(word, word.toLowerCase())) ?? "";
    if (wordCache.size >= 50_000) wordCache.clear();
    wordCache.set(word, iso);
  }
  return iso;
}

/**
 * The distinct countries by where they are first named (a stable sort by index, then the first
 * of each country). The first `sorted` entries are already in index order, as are most lists.
 */
export function inOrderOfMention(at: readonly number[], isos: readonly string[], sorted: number): string[] {
  let inOrder = true;
  for (let i = Math.max(1, sorted); i < at.length && inOrder; i++) if (at[i]! < at[i - 1]!) inOrder = false;
  const order = at.map((_, i) => i);
  if (!inOrder) order.sort((a, b) => at[a]! - at[b]! || a - b);
  const out: string[] = [];
  for (const i of order) if (!out.includes(isos[i]!)) out.push(isos[i]!);
  return out;
}
