// The candidate places a text names and how they are weighed: country preference, how specific
// a name is, the precision its wording implies, and the admin1 an approximate offset lands in.

import type { Offset } from "../core/incident.ts";
import { distanceToAdmin1Km } from "../geo/admin1-at.ts";
import { loadGazetteer, type Place } from "../geo/gazetteer.ts";
import { POPULATED_KINDS } from "../geo/place.ts";
import { distanceKm } from "../geo/geodesy.ts";
import { NAME, SETTLEMENT, placeNamedIn, resolveWithKey } from "./place-names.ts";
import { settledLocally, settlementAdmin1 } from "./place-admin1.ts";
import type { GeoContext } from "./places.ts";

export interface Candidate {
  place: Place;
  name: string;
  index: number;
  precision: 1 | 2 | 3;
  weight: number;
  offset?: Offset;
  point?: { lat: number; lon: number };
  bearingAnchor?: boolean;
}

/** Candidates in the section's own country gain, those outside every named country lose. */
export function countryBonus(place: Place, ctx: GeoContext): number {
  if (ctx.primary && place.country === ctx.primary) return 20;
  return ctx.countries.length && !ctx.countries.includes(place.country) ? -40 : 0;
}

/** How specific a named place is: a village named as such beats a town, a road, a bearing, a region. */
export function weightOf(place: Place, ofWord: string | undefined, ctx: GeoContext): number {
  // "in Ménaka region": the region a city gives its name to, weighed as a region.
  const regionWord = ofWord !== undefined && /^(?:region|province|governorate|state|countryside)$/i.test(ofWord);
  let w = SETTLEMENT.has(place.kind) && !regionWord ? 60 : place.kind === "road" ? 55 : 30;
  if (ofWord === "village" || ofWord === "town") w += 15;
  return w + countryBonus(place, ctx);
}

/** For a road "A-B road" and an anchor the text measures from, the end of the road nearest the anchor. */
export function roadEndNear(road: Place, anchor: Place, countries: readonly string[]): Place | null {
  const ends = road.name.replace(/\s+(?:road|highway|motorway|route|axis)$/i, "").split("-");
  let best: Place | null = null;
  let bestKm = Infinity;
  for (let i = 1; i < ends.length; i++) {
    for (const name of [ends.slice(0, i).join("-"), ends.slice(i).join("-")]) {
      const p = loadGazetteer().lookup(name, { countries })[0];
      if (!p || p.kind === "road") continue;
      const km = distanceKm(p.lat, p.lon, anchor.lat, anchor.lon);
      if (km < bestKm) {
        bestKm = km;
        best = p;
      }
    }
  }
  return best;
}

export function precisionOf(place: Place, cueWord: string | undefined, typeWord: string | undefined, hasModifier: boolean): 1 | 2 | 3 {
  if (place.kind === "admin1" || place.kind === "country") return 3;
  if (/^(?:region|desert|valley|mountains?|province|governorate|state|countryside)$/i.test(typeWord ?? "")) {
    return place.kind === "region" || place.kind === "desert" || place.kind === "mountain" ? 3 : 2;
  }
  if (place.kind === "region" || place.kind === "desert" || place.kind === "mountain" || place.kind === "valley") return 3;
  if (place.kind === "road" || place.kind === "border" || place.kind === "river") return 2;
  if (typeWord && /area|district|tehsil|LGA|commune|county|outskirts|suburb|road|highway/i.test(typeWord)) return 2;
  if (cueWord && /near|outside|around|close|vicinity|outskirts|between|towards|leading|from|entrance|gate/i.test(cueWord)) return 2;
  if (hasModifier) return 2;
  return 1;
}

const PAREN_NAME_RE = new RegExp(`^\\s*\\((${NAME})\\)`);

/** "in Thiban (Dhiban)": a transliteration the gazetteer lacks, followed by one it may know. */
export function alternateInParentheses(text: string, at: number, countries: readonly string[], countriesKey: string): { place: Place; name: string } | null {
  if (text.charCodeAt(at) !== 32 && text.charCodeAt(at) !== 40) return null;
  const m = PAREN_NAME_RE.exec(text.slice(at, at + 60));
  return m ? resolveWithKey(m[1]!, countries, countriesKey) : null;
}

/** Whether the cue at `at` follows an offset's "of" within 60 characters ("10 km north of X"). */
export function afterOffsetAnchor(text: string, offsetSpans: readonly number[], at: number, cueLength: number): boolean {
  for (const i of offsetSpans) if (at > i && at - i < 60 && /\bof\s*$/.test(text.slice(i, at + cueLength + 1))) return true;
  return false;
}

/** The first of the candidates without an offset by weight (highest) then index, as a stable sort would put it. */
export function bestNamed(cands: readonly Candidate[]): Candidate | undefined {
  let best: Candidate | undefined;
  for (const c of cands) {
    if (c.offset) continue;
    if (best === undefined || c.weight > best.weight || (c.weight === best.weight && c.index < best.index)) best = c;
  }
  return best;
}

/**
 * An offset is approximate ("about 150 km"): when no nearby settlement settles the point's
 * admin1 and the admin1 the text implies (a named place, the section, the anchor) lies within
 * the offset's uncertainty, the text's admin1 stands.
 */
export function offsetAdmin1(point: { lat: number; lon: number }, chosen: Candidate, mapped: string, ctx: GeoContext, named: Candidate | undefined): string {
  const country = chosen.place.country;
  if (settledLocally(point, country, mapped)) return mapped;
  // A short offset from a settlement whose neighbours share its coded admin1 stays in it, whatever the coarse polygon says.
  const anchor = chosen.place;
  if (POPULATED_KINDS.has(anchor.kind) && anchor.admin1 && settlementAdmin1(anchor, mapped) === anchor.admin1 && settledLocally(point, country, anchor.admin1)) return anchor.admin1;
  const radius = Math.max(5, 0.2 * (chosen.offset?.km ?? 0));
  const implied = [named?.place, ctx.region, chosen.place].filter((p): p is Place => Boolean(p && p.country === country && p.admin1));
  for (const p of implied) {
    if (p.admin1 === mapped) return mapped;
    const km = distanceToAdmin1Km(point.lat, point.lon, country, p.admin1);
    if (km !== null && km <= radius) return p.admin1;
  }
  return mapped;
}

/**
 * "in Qarabagh district, Ghazni province": of the places so named, the one in the admin-1 the text
 * names, when the best-ranked one lies in another; `place` itself otherwise.
 */
export function placeInAdmin1(place: Place, name: string, admin1: Place | undefined | null): Place {
  if (!admin1 || place.kind === "admin1" || place.country !== admin1.country) return place;
  const want = admin1.admin1 || admin1.name;
  if (place.admin1 === want) return place;
  return placeNamedIn(name, admin1.country, want) ?? place;
}

const BASED_BEFORE_RE = /\b(?:operating|operate|operates|based|hiding|entrenched|holed up)\s+$/i;
/** "the General Security Directorate in Homs arrested ... in al-Qaryatayn": a body's seat, the same ... */
const SEAT_BEFORE_RE = /\b(?:Directorate|Command|Department|Office|Ministry)\s+$/;
/** ... when the body is the subject that acts or speaks. */
const SEAT_VERB_AFTER_RE = /^\s+(?:arrested|announced|said|stated|reported|raided|detained|carried out|conducted|killed|captured|seized)\b/;
const BASED_PENALTY = 40;

/**
 * "planted by an ISIS cell operating from the Hawija pocket": where a group is based, or a body
 * that acts sits, is not where the event happened when the text names another place; the weight
 * taken off a candidate cued at `at` (its match ending at `end`).
 */
export function basePenalty(text: string, at: number, end: number, cue: string): number {
  const before = text.slice(Math.max(0, at - 24), at);
  const based = BASED_BEFORE_RE.test(before) || (cue === "in" && SEAT_BEFORE_RE.test(before) && SEAT_VERB_AFTER_RE.test(text.slice(end, end + 20)));
  return based ? BASED_PENALTY : 0;
}
