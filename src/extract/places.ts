// Where an incident happened: offsets ("about 10 km north of Al-Mayadeen"), bearings
// ("northwest of Al-Raqqah"), named villages, towns, roads and regions, admin1 names,
// and the section's region as a last resort. Admin1 comes from where the point falls.

import type { Offset } from "../core/incident.ts";
import type { Bearing } from "../core/vocabulary.ts";
import { loadGazetteer, type Place, type PlaceKind } from "../geo/gazetteer.ts";
import { labelledCountry, possessed } from "./place-labels.ts";
import { destination } from "../geo/geodesy.ts";
import { NUMBER_WORD_PATTERN, parseCardinal } from "./numbers.ts";
import { wordsBeforeOf } from "./of-hints.ts";
import { nameRunStart, numberRunStart } from "./name-run.ts";
import { NAME, TYPE_WORD, namedAdmin1, placeInNamedAdmin1, resolveWithKey } from "./place-names.ts";
import { farFromWhole, outerPlace, PART_NAME_RE, PART_WORD_AFTER_RE } from "./place-parts.ts";
import { admin1AtCached, settlementAdmin1 } from "./place-admin1.ts";
import { isEndsRoad, roadBetweenEnds } from "./place-roads.ts";
import { withTownAnchors } from "./place-anaphora.ts";
import { offsetOrNamed } from "./place-offset-choice.ts";
import {
  type Candidate, afterOffsetAnchor, alternateInParentheses, basePenalty, bestNamed, countryBonus, offsetAdmin1, precisionOf, roadEndNear, weightOf,
} from "./place-candidates.ts";

export { headingPlace } from "./place-names.ts";

export interface GeoContext {
  /** Countries the section or the sentence is about, most likely first. */
  countries: readonly string[];
  /** The section's own country, preferred when a sentence also names neighbours. */
  primary: string | null;
  /** The region a heading names ("Diyala Province", "The region of Deir ez-Zor"). */
  region: Place | null;
}

export interface Located {
  location: string;
  offset: Offset | null;
  latitude: number | null;
  longitude: number | null;
  geo_precision: 1 | 2 | 3;
  country: string;
  admin1: string;
}

const BEARING_WORDS: Record<string, Bearing> = {
  north: "N", northern: "N", northeast: "NE", "north-east": "NE", northeastern: "NE", "north-eastern": "NE",
  east: "E", eastern: "E", southeast: "SE", "south-east": "SE", southeastern: "SE", "south-eastern": "SE",
  south: "S", southern: "S", southwest: "SW", "south-west": "SW", southwestern: "SW", "south-western": "SW",
  west: "W", western: "W", northwest: "NW", "north-west": "NW", northwestern: "NW", "north-western": "NW",
  n: "N", ne: "NE", e: "E", se: "SE", s: "S", sw: "SW", w: "W", nw: "NW",
};
const BEARING_RE = "(north(?:-?east|-?west)?(?:ern)?|south(?:-?east|-?west)?(?:ern)?|east(?:ern)?|west(?:ern)?|N|NE|E|SE|S|SW|W|NW)";

const OFFSET_RE = new RegExp(
  `\\b(?:(?:about|some|approximately|around|roughly|nearly|almost|over|more than|less than|up to)\\s+)?(\\d+(?:\\.\\d+)?|${NUMBER_WORD_PATTERN})\\s*(?:-\\s*)?(km|kms|kilometers|kilometres|miles|mi)\\b\\.?(?:\\s*\\([^()]{1,24}\\))?\\s+(?:to the\\s+)?${BEARING_RE}\\s+of\\s+(?:the\\s+)?(?:(?:city|town|village|center|centre|capital|outskirts|district|area|region)\\s+of\\s+)?(${NAME})`,
  "gi",
);
/** The kinds of place a bearing set off by a comma after them says where they lie ("in the region of Tal Afar, west of Mosul"). */
const PLACED_BY_BEARING_AFTER: ReadonlySet<PlaceKind> = new Set(["admin1", "city", "town", "village", "facility"]);
const BEARING_OF_RE = new RegExp(`\\b${BEARING_RE}\\s+of\\s+(?:the\\s+)?(?:(?:city|town|village|center|centre|capital|district|area|region)\\s+of\\s+)?(${NAME})`, "g");
// A place after a preposition, or as the object of a raid ("insurgents raided Monguno", "overran Dikwa"), or fought over ("the battle for Marawi").
const CUE_RE = new RegExp(
  `\\b(in|In|into|near|at|outside|around|inside|on|from|between|towards|leading to|road to|close to|in the vicinity of|on the outskirts of|entrance to|gates? of|off|of|with|raided|stormed|overran|besieged|shelled|attacked|entered|invaded|captured|seized|took control of|took over|retook|recaptured|liberated|destroying|destroyed|bulldozing|bulldozed|demolishing|demolished|battle for|battle of|siege of)\\s+(?:the\\s+)?(?:general\\s+area\\s+)?(?:(?:north|south|east|west|central|northern|southern|eastern|western|northeastern|northwestern|southeastern|southwestern|downtown|rural|greater)\\s+)?(?:(village|town|city|area|region|district|suburb|neighbou?rhood|outskirts|countryside|province|governorate|state|camp)\\s+of\\s+)?(${NAME})(?:\\s+${TYPE_WORD}\\b)?`,
  "g",
);
const COMPASS_REGION_RE = new RegExp(`\\b(?:in|across|throughout)\\s+(?:the\\s+)?([Nn]orth|[Ss]outh|[Ee]ast|[Ww]est)ern(?:\\s+and\\s+(?:central|(?:north|south|east|west)ern))?\\s+(${NAME})`, "g");
const SHARED_TYPE_RE = /^\s+and\s+(?:the\s+)?[A-Z][^,;.]{1,30}?\s+(province|governorate|region|state|district)s\b/;
const PART_OF_TOWN_RE = /^(?:quarter|neighbou?rhood|suburb|street|square|market)s?$/i;
const SITE_OF_RE = /\b(?:post|base|camp|position|checkpoint|garrison|barracks|outpost|station)\s+$/i;
const TYPE_OF_RE = new RegExp(`\\b(?:the\\s+)?(village|town|city|locality|hamlet|settlement|district|area|neighbou?rhood)\\s+of\\s+(${NAME})`, "g");
const NAME_TYPE_RE = new RegExp(`\\b(?:the\\s+)?(${NAME})\\s+${TYPE_WORD}\\b`, "g");

// Cheap necessary conditions of the scans above: the NAME pattern is costly to try at every
// capital, so a scan runs only when the words it needs around the name occur at all.
const OFFSET_HINT_RE = /(?:km|kms|kilometers|kilometres|miles|mi)\b/i;
// The words before "\s+of\s" that TYPE_OF_RE and BEARING_OF_RE need (see of-hints.ts).
const OF_HINTS = [
  /(?:village|town|city|locality|hamlet|settlement|district|area|neighbou?rhood)$/,
  /(?:north|south|east|west|\b[NSEW]{1,2})(?:ern)?$/,
];
const TYPE_OF_HINT = 1;
const BEARING_OF_HINT = 2;
const NAME_TYPE_HINT_RE = new RegExp(`\\s${TYPE_WORD}\\b`);

const SAINT_RE = /\bSt\.\s(?=[A-Z])/g;
const SEDE_RE = /\b([A-Z][\w'’]+)-Sede\b/g;

const REPORTED_FROM_RE = /\b(?:sources|officials|doctors|spokesm[ae]n|taken|rushed|evacuated|transferred|admitted)\s+$/i;
const ELSEWHERE_BEFORE_RE = /\b(?:to|at|in|from|into)\s+(?:the\s+|a\s+|an\s+)?(?:[\w'-]+\s+){0,3}?(?:hospital|clinic)\s+$|\bin connection with\b[^.;,]{0,90}$/i;
const HOSPITAL_AFTER_RE = /^\s+(?:(?:General|Central|Teaching|Military|Regional|Provincial|District)\s+)?Hospital\b/;

// A city in capitals opening the text, then ", Country,", ", Oct 4", a parenthesis (outlet or country) or a dash.
const DATELINE_RE = /^([A-Z][A-Z'’.-]{2,}(?: [A-Z][A-Z'’.-]+){0,3})(?:,\s+[A-Z][A-Za-z .'-]{2,40},|,\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b|\s*\([^)]{0,40}\)\s*[-–—:]|\s+[-–—]\s|\s{2,}[-–—]\s)/;
// "in PD 8, Kabul", "in Hodan district, Mogadishu": a part the gazetteer lacks, then the place it is in.

// "Makassar, South Sulawesi: Densus 88 arrested ...": the town before its province.
const LEADING_LABEL_RE = new RegExp(`^(?:[^:]{0,24}?\\s[-–—]\\s*)?(${NAME})(?:,\\s*${NAME})?(?:\\s*\\([^)]*\\))?:\\s`);

/** Locate one incident from its text (citations already blanked) and its section's context. */
export function locate(raw: string, given: GeoContext): Located {
  // "St. Catherine": the abbreviation's point ends no name.
  const saint = raw.includes("St. ") ? raw.replace(SAINT_RE, "Saint ") : raw;
  // "about 15 km north of Ancuabe-Sede": a district's seat is the town of its name.
  const sede = saint.includes("-Sede") ? saint.replace(SEDE_RE, "$1") : saint;
  const ctx = labelledCountry(sede, given);
  const countries = ctx.countries;
  const cKey = countries.join(",");
  // "about 20 km north of the town": from the town named before it.
  const text = withTownAnchors(sede, countries, cKey);
  const cands: Candidate[] = [];

  // Plain exec loops (no generator per scan); a failed exec of a global regex resets lastIndex to 0.
  // Each scan starts where its first possible match can (see name-run.ts): a match's words run
  // back from the unit, type word or bearing its hint finds first, over name characters only.
  const unit = OFFSET_HINT_RE.exec(text);
  OFFSET_RE.lastIndex = unit ? numberRunStart(text, unit.index) : 0;
  for (let m = unit ? OFFSET_RE.exec(text) : null; m; m = OFFSET_RE.exec(text)) {
    const km = m[1] && /^\d/.test(m[1]) ? Number(m[1]) : parseCardinal(m[1] ?? "");
    const bearing = BEARING_WORDS[(m[3] ?? "").toLowerCase()];
    const r = resolveWithKey(m[4]!, countries, cKey);
    if (!r || km === null || !bearing) continue;
    const kmValue = /mi/i.test(m[2]!) ? Math.round(km * 1.609) : km;
    cands.push({
      place: r.place, name: r.name, index: m.index, precision: 2, weight: 100,
      offset: { anchor: r.name, km: kmValue, bearing },
      point: destination(r.place.lat, r.place.lon, kmValue, bearing),
    });
  }
  const offsetSpans = cands.map((c) => c.index);

  const ofOnly: string[] = [];
  CUE_RE.lastIndex = 0;
  for (let m = CUE_RE.exec(text); m; m = CUE_RE.exec(text)) {
    // "In Kandi, gunmen ...": a sentence may open on its place.
    // "the FAMa post of Diabaly": a military site's town is where it is, as "at Diabaly" would say.
    // Not an owner's name ("a checkpoint of Misrata's 166th Brigade").
    const site = m[1] === "of" && SITE_OF_RE.test(text.slice(Math.max(0, m.index - 14), m.index)) && !/['’]s\b/.test(m[0]) && !/^['’]s\b/.test(text.slice(m.index + m[0].length));
    const cue = m[1] === "In" ? "in" : site ? "at" : m[1]!;
    const of = m[2];
    const name = m[3]!;
    // "between the Raqqa and Deir ez-Zor provinces": the type word after the second name is the first's too.
    const typeWord = m[4] ?? SHARED_TYPE_RE.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 60))?.[1];
    // "of X" alone is rarely a place, but "the Karrada district of Baghdad" is, and so are
    // "the entrance of Djibo", "the weekly market of Abala", "the sector of Titao" (French usage).
    if (cue === "of" && !of && !typeWord && !/\b(?:district|area|neighbou?rhood|quarter|suburbs?|outskirts|part|edge|side|center|centre|province|region|governorate|entrance|exit|gates?|market|sector|commune|municipality|department|locality|environs|surroundings|badia|desert|countryside|port|terminal|refinery|(?:leading|just|right) out)\s+$/i.test(text.slice(Math.max(0, m.index - 16), m.index))) {
      // "the governor of Aden": a place only when nothing else is (see below).
      if (ofOnly.length < 3) ofOnly.push(name);
      continue;
    }
    if (cue === "with" && !/\b(?:connecting|linking|joining)\b/i.test(text.slice(Math.max(0, m.index - 120), m.index))) continue;
    // "20 km north of Bourzanga, on the road to Djibo": with an offset, where the road leads is not where it happened.
    if (cue === "road to" && offsetSpans.length > 0) continue;
    // A place that is the anchor of an offset is not where the incident happened.
    if (offsetSpans.length > 0 && afterOffsetAnchor(text, offsetSpans, m.index, cue.length)) continue;
    // "in Bajaur's Mamund tehsil": the place the possessive names comes before the one that names it.
    const r = (name.includes("'s ") || name.includes("’s ") ? possessed(name, countries, cKey, typeWord) : null) ?? resolveWithKey(name, countries, cKey, typeWord) ?? alternateInParentheses(text, m.index + m[0].length, countries, cKey);
    if (!r && cue !== "of" && cue !== "with") {
      const outer = outerPlace(text.slice(m.index + m[0].length, m.index + m[0].length + 120), countries, cKey);
      // Somewhere in the outer place, not the place itself.
      if (outer && outer.place.kind !== "country") {
        cands.push({ place: outer.place, name: outer.name, index: m.index, precision: 2, weight: weightOf(outer.place, undefined, ctx) - 5 });
      }
      continue;
    }
    if (!r) continue;
    // "the Al-Tamim quarter of Ramadi": a part of a town is no province, whatever province shares its name.
    if (r.place.kind === "admin1" && typeWord && PART_OF_TOWN_RE.test(typeWord)) continue;
    // "the al-Zohour district of Arish": a namesake of the part far from the town it is part of is another place.
    const rest = text.slice(m.index + m[0].length, m.index + m[0].length + 80);
    const part = typeWord ? (PART_NAME_RE.test(typeWord) ? "" : null) : PART_WORD_AFTER_RE.exec(rest)?.[0] ?? null;
    if (part !== null && farFromWhole(rest.slice(part.length), r.place, countries, cKey)) continue;
    const modifier = /^(?:in|on|at|of)\s+(?:the\s+)?(?:north|south|east|west|northern|southern|eastern|western|outskirts)/i.test(m[0]);
    // "the Karrada district of Baghdad": a part of the city.
    const partOf = cue === "of" && !of;
    const precision = partOf ? 2 : precisionOf(r.place, cue, typeWord ?? of, modifier);
    // "medical sources at al-Arish General Hospital": where the news or the wounded went, not where it happened.
    // "on their way to the hospital in Makhmur", "in connection with the 2016 abduction of fishermen off Pangutaran": elsewhere.
    if (REPORTED_FROM_RE.test(text.slice(Math.max(0, m.index - 24), m.index)) || HOSPITAL_AFTER_RE.test(text.slice(m.index + m[0].length, m.index + m[0].length + 30)) || ELSEWHERE_BEFORE_RE.test(text.slice(Math.max(0, m.index - 100), m.index))) continue;
    cands.push({ place: r.place, name: r.name, index: m.index, precision, weight: weightOf(r.place, of ?? typeWord, ctx) - basePenalty(text, m.index, m.index + m[0].length, cue) });
  }
  // "in northern and central Sinai": the province the compass names ("North Sinai"), when there is one.
  COMPASS_REGION_RE.lastIndex = 0;
  for (let m = text.includes("ern ") ? COMPASS_REGION_RE.exec(text) : null; m; m = COMPASS_REGION_RE.exec(text)) {
    const province = loadGazetteer().findAdmin1(`${m[1]![0]!.toUpperCase()}${m[1]!.slice(1).toLowerCase()} ${m[2]!}`, { countries: [...countries] });
    if (province && !cands.some((c) => c.place === province)) cands.push({ place: province, name: province.name, index: m.index, precision: 3, weight: weightOf(province, undefined, ctx) });
  }
  const ofEnds = [0, 0];
  const ofHints = wordsBeforeOf(text, OF_HINTS, ofEnds);
  TYPE_OF_RE.lastIndex = ofHints & TYPE_OF_HINT ? nameRunStart(text, ofEnds[0]! + 1) : 0;
  for (let m = ofHints & TYPE_OF_HINT ? TYPE_OF_RE.exec(text) : null; m; m = TYPE_OF_RE.exec(text)) {
    if (cands.some((c) => c.index >= m.index && c.index < m.index + m[0].length)) continue;
    const r = resolveWithKey(m[2]!, countries, cKey);
    if (!r) continue;
    cands.push({ place: r.place, name: r.name, index: m.index, precision: precisionOf(r.place, undefined, m[1], false), weight: weightOf(r.place, m[1], ctx) });
  }
  // A bearing is at most 13 characters ("north-western").
  BEARING_OF_RE.lastIndex = ofHints & BEARING_OF_HINT ? Math.max(0, ofEnds[1]! - 16) : 0;
  for (let m = ofHints & BEARING_OF_HINT ? BEARING_OF_RE.exec(text) : null; m; m = BEARING_OF_RE.exec(text)) {
    if (cands.some((c) => c.offset && Math.abs(c.index - m.index) < 40)) continue;
    // "in Nangarhar Province, east of Kabul": a bearing set off by a comma says where the province just named lies.
    // (A range or valley so described is placed by the bearing: "in the Hamrin Mountains, north-east of Baqubah".)
    // "in the region of Tal Afar, west of Mosul": so is a city, town, village or facility just named ("the Qayyarah West airbase, south of Mosul").
    if (text.slice(Math.max(0, m.index - 2), m.index).includes(",") && cands.some((c) => !c.offset && PLACED_BY_BEARING_AFTER.has(c.place.kind) && c.index < m.index && m.index - c.index < 60)) continue;
    const r = resolveWithKey(m[2]!, countries, cKey);
    if (!r) continue;
    cands.push({ place: r.place, name: r.name, index: m.index, precision: r.place.kind === "admin1" ? 3 : 2, weight: 50 + countryBonus(r.place, ctx), bearingAnchor: true });
  }
  const typeHint = NAME_TYPE_HINT_RE.exec(text);
  NAME_TYPE_RE.lastIndex = typeHint ? nameRunStart(text, typeHint.index + 1) : 0;
  for (let m = typeHint ? NAME_TYPE_RE.exec(text) : null; m; m = NAME_TYPE_RE.exec(text)) {
    if (cands.some((c) => Math.abs(c.index - m.index) < 25)) continue;
    const r = resolveWithKey(m[1]!, countries, cKey, m[2]);
    if (!r || (PART_NAME_RE.test(m[2]!) && farFromWhole(text.slice(m.index + m[0].length, m.index + m[0].length + 60), r.place, countries, cKey))) continue;
    cands.push({ place: r.place, name: r.name, index: m.index, precision: precisionOf(r.place, undefined, m[2], false), weight: 25 + countryBonus(r.place, ctx) });
  }

  // "near Malam Fatori, Borno state" in a Sahel section: a town its named admin1 confirms, outside
  // the section's countries, when nothing in them is named.
  const vouched = countries.length > 0 && cands.length === 0 ? placeInNamedAdmin1(text) : null;
  if (vouched && !countries.includes(vouched.place.country)) {
    const cue = /\b(near|outside|around|close to|towards|between)\s+(?:the\s+)?(?:(?:village|town|city)\s+of\s+)?$/i.exec(text.slice(Math.max(0, vouched.index - 40), vouched.index));
    cands.push({ place: vouched.place, name: vouched.name, index: vouched.index, precision: precisionOf(vouched.place, cue?.[1], undefined, false), weight: 90 });
  }
  // A news dateline ("MOSUL, Iraq, March 3 (AFP) -", "MOGADISHU (AFP) —", "MENAKA – In the early
  // hours ...") places the story when nothing closer does.
  const dateline = DATELINE_RE.exec(text);
  if (dateline) {
    const name = dateline[1]!.toLowerCase().replace(/\b\w/g, (c) => c.toUpperCase());
    const r = resolveWithKey(name, countries, cKey);
    if (r) cands.push({ place: r.place, name: r.name, index: 0, precision: 2, weight: 5 });
  }
  // "on the Maiduguri-Damboa road": the road, in place of the ends its name holds.
  const road = roadBetweenEnds(text, countries, cKey, (p) => weightOf(p, undefined, ctx));
  if (road) for (let i = cands.length - 1; i >= 0; i--) if (!cands[i]!.offset && cands[i]!.index >= road.from - 12 && cands[i]!.index < road.to) cands.splice(i, 1);
  if (road) cands.push(road.candidate);
  const offsetCand = cands.find((c) => c.offset);
  const named = bestNamed(cands);
  const explicitAdmin1 = namedAdmin1(text, countries);

  let { chosen, location } = offsetOrNamed(text, offsetCand, named, explicitAdmin1);

  const bearing = cands.find((c) => c.bearingAnchor);
  if (!offsetCand && chosen && chosen.place.kind === "road" && bearing) {
    // "on the Ithriya-Khanaser road (northeast of Hama)": the end of the road toward Hama.
    const end = roadEndNear(chosen.place, bearing.place, countries);
    if (end) chosen = { ...chosen, place: { ...end, kind: "road" }, precision: 2 };
  }
  if (!chosen && explicitAdmin1) {
    chosen = { place: explicitAdmin1, name: explicitAdmin1.name, index: 0, precision: 3, weight: 0 };
    location = explicitAdmin1.name;
  }
  if (!chosen) {
    for (const name of ofOnly) {
      const r = resolveWithKey(name, countries, cKey);
      // Towns and cities only: "the son of Ahmed" may match a hamlet somewhere.
      if (!r || !(r.place.kind === "city" || r.place.kind === "town" || r.place.kind === "admin1")) continue;
      chosen = { place: r.place, name: r.name, index: 0, precision: r.place.kind === "admin1" ? 3 : 2, weight: 0 };
      location = r.name;
      break;
    }
  }
  // "Banadir: Police shot two gunmen in Dharkenley district": the item's own region label, when
  // nothing in it is found, places it before the section does.
  const label = chosen ? null : LEADING_LABEL_RE.exec(text);
  const labelled = label ? (loadGazetteer().findAdmin1(label[1]!, { countries }) ?? resolveWithKey(label[1]!, countries, cKey)?.place) : undefined;
  if (!chosen && labelled && (countries.length === 0 || countries.includes(labelled.country))) {
    chosen = { place: labelled, name: label![1]!, index: 0, precision: labelled.kind === "admin1" || labelled.kind === "region" ? 3 : 2, weight: 0 };
    location = label![1]!;
  }
  if (!chosen && ctx.region) {
    chosen = { place: ctx.region, name: ctx.region.name, index: 0, precision: 3, weight: 0 };
    location = ctx.region.name;
  }
  if (!chosen) {
    return { location: "", offset: null, latitude: null, longitude: null, geo_precision: 3, country: countries[0] ?? "", admin1: "" };
  }
  const point = chosen.point ?? { lat: chosen.place.lat, lon: chosen.place.lon };
  const country = chosen.place.country;
  let admin1 = "";
  if (explicitAdmin1 && explicitAdmin1.country === country) admin1 = explicitAdmin1.admin1 || explicitAdmin1.name;
  else {
    const hit = admin1AtCached(point.lat, point.lon, country);
    admin1 = hit?.admin1 ?? chosen.place.admin1;
    admin1 = chosen.offset ? offsetAdmin1(point, chosen, admin1, ctx, named) : isEndsRoad(chosen.place) ? chosen.place.admin1 || admin1 : settlementAdmin1(chosen.place, admin1);
  }
  return {
    location,
    offset: chosen.offset ?? null,
    latitude: round(point.lat),
    longitude: round(point.lon),
    geo_precision: chosen.precision,
    country,
    admin1,
  };
}

function round(x: number): number {
  return Math.round(x * 10_000) / 10_000;
}

