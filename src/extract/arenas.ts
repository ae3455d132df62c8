// Arenas: the theatres bulletins are organised by (ISIS "provinces", countries, regions),
// mapped to the countries where their incidents fall, most likely first.

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
  [/\bEgypt(?:ian)?\b/i, { name: "Sinai", countries: ["EG"] }],
  [/\bNigeria(?:n)?\b/i, { name: "West Africa", countries: ["NG"] }],
  [/\bNiger(?:ien)?\b(?!ia)/i, { name: "Sahel", countries: ["NE"] }],
  [/\bChad(?:ian)?\b/i, { name: "West Africa", countries: ["TD"] }],
  [/\bCameroon(?:ian)?\b/i, { name: "West Africa", countries: ["CM"] }],
  [/\bMali(?:an)?\b/i, { name: "Sahel", countries: ["ML"] }],
  [/\bBurkina(?: Faso)?\b|\bBurkinab[eé]\b/i, { name: "Sahel", countries: ["BF"] }],
  [/\bCongo(?:lese)?\b|\bDRC\b/i, { name: "Central Africa", countries: ["CD"] }],
  [/\bMozambi(?:que|can)\b|\bCabo Delgado\b/i, { name: "Mozambique", countries: ["MZ"] }],
  [/\bUganda(?:n)?\b/i, { name: "Central Africa", countries: ["UG"] }],
  [/\bAfghan(?:istan)?\b/i, { name: "Khorasan", countries: ["AF"] }],
  [/\bPakistan(?:i)?\b/i, { name: "Pakistan", countries: ["PK"] }],
  [/\bSomali(?:a|land)?\b|\bal-Shabaab\b/i, { name: "Somalia", countries: ["SO"] }],
  [/\bKenya(?:n)?\b/i, { name: "Somalia", countries: ["KE"] }],
  [/\bYemen(?:i)?\b/i, { name: "Yemen", countries: ["YE"] }],
  [/\bLibya(?:n)?\b/i, { name: "Libya", countries: ["LY"] }],
  [/\bPhilippines?\b|\bFilipino\b/i, { name: "East Asia", countries: ["PH"] }],
  [/\bTurk(?:ey|ish|iye)\b/i, { name: "Turkey", countries: ["TR"] }],
  [/\bIndia(?:n)?\b|\bHind\b/i, { name: "Hind", countries: ["IN"] }],
  [/\bBenin\b/i, { name: "Sahel", countries: ["BJ"] }],
  [/\bTogo\b/i, { name: "Sahel", countries: ["TG"] }],
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

/** Countries named or implied anywhere in `text`, in order of first mention. */
export function countriesIn(text: string): string[] {
  const found: { index: number; country: string }[] = [];
  for (const [re, arena] of ARENAS) {
    const m = new RegExp(re.source, "gi").exec(text);
    if (m) for (const c of arena.countries.slice(0, 1)) found.push({ index: m.index, country: c });
  }
  return [...new Set(found.sort((a, b) => a.index - b.index).map((f) => f.country))];
}
