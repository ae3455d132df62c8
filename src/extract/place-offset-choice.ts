// Where an incident with both an offset and a named place is: the offset's point under the named
// place's name ("in the village of Shahil, about 10 km north of Al-Mayadeen"), the named town's own
// point when the offset only says where it lies from a far city ("in Balad, about 80 km north of
// Baghdad"), or the road or village the text names around the offset.

import type { Place } from "../geo/gazetteer.ts";
import { distanceKm } from "../geo/geodesy.ts";
import { type Candidate, placeInAdmin1 } from "./place-candidates.ts";

/** Places that can be the location an offset describes ("the village of X, 10 km north of Y"). */
const LOCATION_KINDS: ReadonlySet<string> = new Set(["village", "town", "road", "neighbourhood"]);
/** "on the Maiduguri-Damboa road, 25 km south-west of Maiduguri": the road, not its end, is the location. */
const ROAD_WORD_RE = /\b(?:road|highway)\b/i;
/** An offset landing this close to a city named before it describes that city (offsets are rounded, "about 90 km"). */
const OFFSET_AGREES_KM = 25;
/** An offset this long from a city only locates a town the text names with a known point. */
const LOCATOR_KM = 50;
/** Only a place the incident is "in" or "at" ("near Anderamboukane, roughly 90 km east of Ménaka" keeps the offset's point). */
const IN_AT_RE = /^(?:in|at|of)\s/i;
/** "in the Tillabéri region, about 90 km north of Ouallam": a region, which the offset places within. */
const PAREN_RE = /\([^()]*\)/g;
const REGION_WORD_RE = /\b(?:region|province|governorate|state|district|department|county)\b/i;

/** The candidate chosen and the location's name, from the offset candidate and the best named one. */
export function offsetOrNamed(text: string, offsetCand: Candidate | undefined, named: Candidate | undefined, explicitAdmin1: Place | null): { chosen: Candidate | undefined; location: string } {
  let chosen: Candidate | undefined = offsetCand ?? named;
  if (chosen && !chosen.offset) chosen = { ...chosen, place: placeInAdmin1(chosen.place, chosen.name, explicitAdmin1) };
  let location = chosen?.name ?? "";
  const agrees = offsetCand?.point && named && distanceKm(offsetCand.point.lat, offsetCand.point.lon, named.place.lat, named.place.lon) <= OFFSET_AGREES_KM;
  // "in Balad, about 80 km north of Baghdad": an offset from a far city only says where the known town the incident is in lies.
  const locator = offsetCand?.offset && named && named.index < offsetCand.index && offsetCand.offset.km >= LOCATOR_KM && (((named.place.kind === "town" || named.place.kind === "city") && named.place.population > 0) || named.place.kind === "facility") && IN_AT_RE.test(text.slice(named.index, named.index + 3)) && !REGION_WORD_RE.test(text.slice(named.index, offsetCand.index).replace(PAREN_RE, ""));
  if (locator) {
    chosen = { ...named, place: placeInAdmin1(named.place, named.name, explicitAdmin1) };
    location = named.name;
  } else if (offsetCand && named && named.index < offsetCand.index && (LOCATION_KINDS.has(named.place.kind) || (agrees && named.place.kind === "city" && !ROAD_WORD_RE.test(text.slice(0, offsetCand.index))))) {
    // "in the village of Shahil, about 10 km north of Al-Mayadeen": the village is the location, the offset the point.
    // "near the town of Jowhar, about 90 km north of Mogadishu": a city too, when the offset lands by it.
    // The point stays the offset's, as analysts code it.
    location = named.name;
  } else if (offsetCand && ROAD_WORD_RE.test(text.slice(0, offsetCand.index))) {
    const road = /\b(?:on|along)\s+the\s+([^,.;()]{3,60}?\s+(?:road|highway))\b/i.exec(text);
    if (road) location = road[1]!;
  } else if (offsetCand) {
    // "raided the village of Mamove, about 18 km west of Oicha": a village the gazetteer lacks is still the location the text names.
    const village = /\b(?:village|town|locality|hamlet|settlement) of ([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?),?\s+$/.exec(text.slice(Math.max(0, offsetCand.index - 60), offsetCand.index));
    if (village) location = village[1]!;
  }
  return { chosen, location };
}
