// Country names and codes as the datasets write them -> ISO 3166-1 alpha-2, and back to the names
// ACLED, GTD and UCDP use. Built on the runtime's CLDR data (Intl) plus the datasets' own spellings.

import { countryFromText } from "../geo/countries.ts";

/** ISO2 code used when a dataset's country cannot be identified (ISO 3166 reserves XX for such use). */
export const UNKNOWN_COUNTRY = "XX";

/** Dataset spellings CLDR does not give, lower-cased. UCDP's historical names in parentheses are stripped first. */
const ALIASES: Readonly<Record<string, string>> = {
  "democratic republic of congo": "CD", "democratic republic of the congo": "CD", "dr congo": "CD", "zaire": "CD",
  "republic of congo": "CG", "republic of the congo": "CG", "congo": "CG", "ivory coast": "CI", "cote d'ivoire": "CI",
  "eswatini": "SZ", "swaziland": "SZ", "kingdom of eswatini": "SZ", "bosnia-herzegovina": "BA", "bosnia and herzegovina": "BA",
  "myanmar": "MM", "burma": "MM", "north macedonia": "MK", "macedonia": "MK", "east timor": "TL", "timor-leste": "TL",
  "czech republic": "CZ", "russia": "RU", "soviet union": "RU", "united states": "US", "united states of america": "US",
  "united kingdom": "GB", "great britain": "GB", "south korea": "KR", "north korea": "KP", "laos": "LA", "vietnam": "VN",
  "syria": "SY", "iran": "IR", "palestine": "PS", "west bank and gaza strip": "PS", "kosovo": "XK", "cape verde": "CV",
  "gambia": "GM", "the gambia": "GM", "bahamas": "BS", "vatican city": "VA", "turkey": "TR", "hong kong": "HK", "macau": "MO",
  "serbia": "RS", "yugoslavia": "RS", "serbia-montenegro": "RS", "cambodia": "KH", "kampuchea": "KH", "yemen": "YE",
  "north yemen": "YE", "south yemen": "YE", "zimbabwe": "ZW", "rhodesia": "ZW", "madagascar": "MG", "malagasy": "MG",
  "sao tome and principe": "ST", "caribbean netherlands": "BQ", "micronesia": "FM", "saint vincent and the grenadines": "VC",
  "antigua and barbuda": "AG", "trinidad and tobago": "TT", "saint kitts and nevis": "KN", "st. lucia": "LC",
  "west germany (frg)": "DE", "west germany": "DE", "east germany (gdr)": "DE", "east germany": "DE", "rhodesia/zimbabwe": "ZW",
};

let byName: Map<string, string> | null = null;

function normalise(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/&/g, "and")
    .replace(/\s+/g, " ")
    .trim();
}

function names(): Map<string, string> {
  if (byName) return byName;
  const map = new Map<string, string>();
  const display = new Intl.DisplayNames(["en"], { type: "region" });
  const letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  for (const a of letters) {
    for (const b of letters) {
      const code = a + b;
      let name: string | undefined;
      try {
        name = display.of(code);
      } catch {
        continue;
      }
      if (name === undefined || name === code) continue;
      map.set(normalise(name), code);
      // CLDR writes "Congo - Kinshasa" and "Myanmar (Burma)": keep the part before the qualifier too.
      const short = name.replace(/\s*\(.*\)$/, "");
      if (short !== name && !map.has(normalise(short))) map.set(normalise(short), code);
    }
  }
  for (const [name, code] of Object.entries(ALIASES)) map.set(name, code);
  byName = map;
  return map;
}

const cache = new Map<string, string | null>();

/** ISO2 for a country name as a dataset writes it, or null. */
export function countryCode(name: string): string | null {
  const hit = cache.get(name);
  if (hit !== undefined) return hit;
  const key = normalise(name);
  const code =
    key === ""
      ? null
      : (names().get(key) ?? names().get(key.replace(/\s*\(.*\)$/, "")) ?? names().get(key.replace(/^.*\((.*)\)$/, "$1")) ??
        countryFromText(key) ?? null);
  if (cache.size < 10_000) cache.set(name, code);
  return code;
}

/** ISO2 for an ISO 3166-1 numeric code ("4", "004", "706"), or null. */
export function countryFromNumeric(code: string): string | null {
  if (!/^\d{1,3}$/.test(code.trim())) return null;
  try {
    const region = new Intl.Locale(`und-${code.trim().padStart(3, "0")}`).maximize().region;
    return region !== undefined && /^[A-Z]{2}$/.test(region) ? region : null;
  } catch {
    return null;
  }
}

/** The name the datasets use for an ISO2 code. */
const DATASET_NAMES: Readonly<Record<string, string>> = {
  CD: "Democratic Republic of Congo", CG: "Republic of Congo", CI: "Ivory Coast", SZ: "eSwatini", MM: "Myanmar",
  BA: "Bosnia and Herzegovina", PS: "Palestine", XK: "Kosovo", TR: "Turkey", CZ: "Czech Republic", MK: "North Macedonia",
  US: "United States", GB: "United Kingdom",
};

const nameCache = new Map<string, string>();

export function countryNameFor(iso2: string): string {
  if (iso2 === UNKNOWN_COUNTRY || iso2 === "") return "";
  const hit = nameCache.get(iso2);
  if (hit !== undefined) return hit;
  let name = DATASET_NAMES[iso2];
  if (name === undefined) {
    try {
      name = new Intl.DisplayNames(["en"], { type: "region" }).of(iso2) ?? iso2;
    } catch {
      name = iso2;
    }
  }
  if (nameCache.size < 1000) nameCache.set(iso2, name);
  return name;
}
