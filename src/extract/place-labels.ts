// What an item's own wording says of its place before any name is looked up: a country label or a
// flag that opens it ("MALI: ...", "🇧🇫 ..."), a country written after a place ("Liège, Belgium"),
// and a district named in a possessive.

import { countryFromText, countryName } from "../geo/countries.ts";
import { resolveWithKey } from "./place-names.ts";
import { tooFarToBePart } from "./place-parts.ts";
import type { GeoContext } from "./places.ts";

/** "in Bajaur's Mamund tehsil": the place the district's name gives, else the district itself. */
export function possessed(name: string, countries: readonly string[], cKey: string, typeWord: string | undefined): ReturnType<typeof resolveWithKey> {
  const at = name.search(/['’]s\s/);
  if (at < 0) return null;
  const part = resolveWithKey(name.slice(at + 3), countries, cKey, typeWord);
  const whole = resolveWithKey(name.slice(0, at), countries, cKey);
  // "Al-Hasakah's Tal Hajar neighborhood": a namesake of the part far from the place that owns it is another place.
  if (part && whole && tooFarToBePart(part.place, whole.place)) return whole;
  return part ?? whole;
}

// "MALI: Suspected militants ...", "Nigeria – ISWAP fighters ...": a country label opening the item.
const COUNTRY_LABEL_RE = /^([A-Z][A-Za-z'’ .-]{2,30}?)\s*(?::|\s[-–—])\s/;

/** "🇧🇫 ...": a flag emoji opening a post names its country (two regional indicator letters). */
function flagCountry(text: string): string | undefined {
  const a = text.codePointAt(0) ?? 0;
  const b = text.codePointAt(2) ?? 0;
  const base = 0x1f1e6;
  if (a < base || a > base + 25 || b < base || b > base + 25) return undefined;
  return String.fromCharCode(65 + a - base, 65 + b - base);
}

/** The item's own country label comes first and is the primary, whatever the section's countries are. */
export function labelledCountry(text: string, ctx: GeoContext): GeoContext {
  const c = text.charCodeAt(0);
  const flag = c === 0xd83c ? flagCountry(text) : undefined;
  if (!flag && !(c >= 65 && c <= 90)) return ctx;
  const m = flag ? null : COUNTRY_LABEL_RE.exec(text.slice(0, 40));
  const iso = flag && countryName(flag) !== flag ? flag : m ? countryFromText(m[1]!) : undefined;
  if (!iso || ctx.primary === iso) return ctx;
  return { countries: [iso, ...ctx.countries.filter((x) => x !== iso)], primary: iso, region: ctx.region?.country === iso ? ctx.region : null };
}

const DEMONYM_RE = /(?:an|ese|ish|[^l]i)$/i;
const PLACE_COMMA_COUNTRY_RE = /[A-Za-z\u00C0-\u024F'’)-],\s+([A-Z][A-Za-z'’ -]{2,30}?)(?=[.,;:)]|\s\(|\s*$)/g;

/** Countries written by name after a place and a comma ("in Liège, Belgium,"), in order. */
export function statedCountries(text: string): string[] {
  if (!text.includes(", ")) return [];
  const out: string[] = [];
  PLACE_COMMA_COUNTRY_RE.lastIndex = 0;
  for (let m = PLACE_COMMA_COUNTRY_RE.exec(text); m; m = PLACE_COMMA_COUNTRY_RE.exec(text)) {
    const iso = countryFromText(m[1]!);
    // A demonym ("..., Nigerian") names people, not where the place is.
    if (iso && !DEMONYM_RE.test(m[1]!.trim()) && !out.includes(iso)) out.push(iso);
  }
  return out;
}
