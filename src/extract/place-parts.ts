// Places named as parts of others: "the al-Zohour district of Arish" (a part whose namesake lies far
// from its town is the town's), and an address read outward ("Sitio X, Barangay Y, Patikul, Sulu").

import { loadGazetteer, type Place } from "../geo/gazetteer.ts";
import { distanceKm } from "../geo/geodesy.ts";
import { NAME, SETTLEMENT, resolveWithKey } from "./place-names.ts";

/** The parts of a town whose whole follows ("the X district of Y"). */
const PART_WORD = "(?:district|area|quarter|neighbou?rhood|suburb|square)";
export const PART_NAME_RE = new RegExp(`^${PART_WORD}$`, "i");
/** "Al-Hamidiyah quarter of": the part's word when the name pattern did not take it. */
// "the Sarıyer (Sariyer) district of Istanbul": a spelling in brackets between the name and its part word.
export const PART_WORD_AFTER_RE = new RegExp(`^(?:\\s*\\([^()]{1,40}\\))?\\s+${PART_WORD}\\b`, "i");
// "the X district of Y", "X square, in western Y".
const OF_WHOLE_RE = new RegExp(`^(?:\\s+of|\\s*,\\s*in)\\s+(?:the\\s+)?(?:(?:north|south|east|west|central|northern|southern|eastern|western)\\s+)?(${NAME})`);
const PROVINCE_AFTER_RE = /^\s+(?:province|governorate|state|region|district|county|territory|department)\b/i;
/** Farther than this from the town it is said to be part of, a part's namesake is another place. */
const PART_OF_KM = 30;

/** Whether the name just read, followed by "of <town>", lies farther from that town than a part of it could. */
export function farFromWhole(after: string, part: Place, countries: readonly string[], cKey: string): boolean {
  const of = OF_WHOLE_RE.exec(after);
  const whole = of ? resolveWithKey(of[1]!, countries, cKey) : null;
  // "the Andarab district of Baghlan", "the Hawija district of Kirkuk province": the whole is a province, whose seat is no measure.
  if (!of || !whole || PROVINCE_AFTER_RE.test(after.slice(of[0].length))) return false;
  // A province of that name holds its part wherever it lies in it; a namesake outside it is another place ("Dehmazang square, in western Kabul").
  const province = loadGazetteer().findAdmin1(of[1]!, { countries: [...countries] });
  if (province && (!SETTLEMENT.has(whole.place.kind) || part.admin1 === province.admin1)) return false;
  return SETTLEMENT.has(whole.place.kind) && whole.place !== part && tooFarToBePart(part, whole.place);
}

/** Whether `part` lies farther from `whole` than a part of it could: a namesake, another place. */
export function tooFarToBePart(part: Place, whole: Place): boolean {
  return distanceKm(part.lat, part.lon, whole.lat, whole.lon) > PART_OF_KM;
}

// "the Marikiti market, Mombasa", "the Tropical Inn guest house, Dehiwala": a place's kind in lower case before the comma.
const COMMA_PLACE_RE = new RegExp(`^(?:\\s+\\d+[A-Za-z]?|(?:\\s+[a-z][a-z'-]+){1,2})?(?:\\s*\\([^)]{0,30}\\))?,\\s+(${NAME})`);
/** An address's parts the gazetteer may not hold, read outward: "Sitio X, Barangay Y, Patikul, Sulu". */
const ADDRESS_PARTS = 3;

/** The first part of a comma-separated address after an unknown name that the gazetteer knows. */
export function outerPlace(after: string, countries: readonly string[], cKey: string): ReturnType<typeof resolveWithKey> {
  let rest = after;
  for (let i = 0; i < ADDRESS_PARTS; i++) {
    const within = COMMA_PLACE_RE.exec(rest);
    if (!within) return null;
    const r = resolveWithKey(within[1]!, countries, cKey);
    if (r) return r;
    rest = rest.slice(within[0].length);
  }
  return null;
}
