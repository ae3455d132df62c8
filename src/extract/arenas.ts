// Arenas: the theatres bulletins are organised by (ISIS "provinces", countries, regions),
// mapped to the countries where their incidents fall, most likely first.

import { countryFromText, countryTerms } from "../geo/countries.ts";

export interface Arena {
  name: string;
  countries: readonly string[];
}

const ARENAS: [RegExp, Arena][] = [
  [/\bWest Africa(?:n)?\b|\bISWAP\b|\bLake Chad\b/i, { name: "West Africa", countries: ["NG", "NE", "TD", "CM"] }],
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
  [/\bIndia(?:n)?\b|\bHind\b/i, { name: "Hind", countries: ["IN"] }],
];

/** The arena a heading or sentence names first, or null. */
export function findArena(text: string): Arena | null {
  let best: { index: number; arena: Arena } | null = null;
  for (const [re, arena] of ARENAS) {
    const m = re.exec(text);
    if (m && (!best || m.index < best.index)) best = { index: m.index, arena };
  }
  return best?.arena ?? null;
}

let countryRe: RegExp | undefined;

/** Words the country table lists that are also ordinary words ("car bomb"). */
const AMBIGUOUS_TERMS = new Set(["car"]);

/** Countries named or implied anywhere in `text` (names, demonyms, arenas), in order of first mention. */
export function countriesIn(text: string): string[] {
  countryRe ??= new RegExp(
    `\\b(${countryTerms().filter((t) => !AMBIGUOUS_TERMS.has(t)).map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})\\b`,
    "gi",
  );
  const found: { index: number; country: string }[] = [];
  for (const m of text.matchAll(countryRe)) {
    if (!/^[A-Z]/.test(m[0])) continue;
    const iso = countryFromText(m[0]);
    if (iso) found.push({ index: m.index, country: iso });
  }
  for (const [re, arena] of ARENAS) {
    const m = new RegExp(re.source, "i").exec(text);
    const first = arena.countries[0];
    if (m && first) found.push({ index: m.index, country: first });
  }
  return [...new Set(found.sort((a, b) => a.index - b.index).map((f) => f.country))];
}
