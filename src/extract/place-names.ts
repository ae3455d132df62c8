// Place names in running text and the gazetteer places they stand for: the name pattern,
// words that look like names but are not places, memoised resolution with a country context,
// admin-1 names written out ("Borno State"), and the place a section heading names.

import { countryFromText } from "../geo/countries.ts";
import { loadGazetteer, type Place } from "../geo/gazetteer.ts";
import { eachMatch } from "./matches.ts";
import { nameRunStart } from "./name-run.ts";
import { SUPERSCRIPT_RE } from "./text.ts";

// A place name: capitalised words, with Arabic/Romance particles between them (Deir ez-Zor, Bir al-Abd, Mocimboa da Praia).
export const NAME_WORD = "(?:[A-Z\\u00C0-\\u00DE][\\w'’\\u00C0-\\u024F]*(?:-[\\w'’\\u00C0-\\u024F]+)*|(?:al|el|ad|ar|as|ash|at|az|ez|es|ed|an|ul)-[A-Z\\u00C0-\\u00DE][\\w'’\\u00C0-\\u024F]*(?:-[\\w'’\\u00C0-\\u024F]+)*)";
// Particles joining the words of a name; English words ("at", "as", "an", "do") only count hyphenated.
export const PARTICLE = "(?:al|el|ad|ar|ash|az|ez|es|ed|bin|ibn|bani|abu|umm|da|de|du|des|dos|la|le|wa)";
// "Tal 'Afar", "Ras al-ʿAyn": a later word may open with the ayn's apostrophe.
export const NAME = `${NAME_WORD}(?:\\s+(?:${PARTICLE}\\s+)?['’ʿ]?${NAME_WORD}){0,4}`;
export const TYPE_WORD = "(road|highway|motorway|route|axis|region|area|province|governorate|state|district|sub-district|subdistrict|tehsil|LGA|commune|county|desert|valley|mountains?|camp|border crossing|crossing|countryside|outskirts|suburb|neighbou?rhood|forest|lake|island|islands|village|town|city|police station|checkpoint|airport)";
export const NAME_RE = new RegExp(NAME, "g");
/** Words that are capitalised but are not places (heading words, titles, months, organisations). */
export const NOT_PLACES = new Set(
  // Function words a heading in capitals turns into capitalised words ("OUR COUNT", "BY PROVINCE").
  // Philippine settlement words ("Sitio Tubig Amatong", "Barangay Bangkal") are no place alone.
  ("Sitio Purok Barangay Brgy " +
    "Road Highway Admin Perimeter Our Their By How We What Why Who This That Against Brief Count Numbers Notable Claimed Claims Own " +
    "Date Week Summary Context Overview Headlines Headline Table Notes Note Prepared Coverage Compiled Reporting Report Issue " +
    "Main Other Killing Activities Activity Events Event Assessment Outlook Analysis Background Update Updates Sources Source " +
    "Attacks Attack Operations Operation Incidents Incident Arena Region Province Provinces Security Situation Review Weekly " +
    "Monthly Daily Bulletin Digest Roundup Tracker Watch Monitor Highlights Figures Statistics Key Points Comment Commentary " +
    "Counterterrorism Counter Terrorism Terrorism Jihad Global Spotlight Central Northern Southern Eastern Western North South " +
    "East West Army Police Forces Militia Government Minister Ministry Spokesman Governor President Prime " +
    "General Colonel Major Captain Lieutenant Sheikh Emir Leader Commander Chief Head Deputy Official Officials " +
    "Amaq Naba Telegram Twitter Facebook Reuters AFP Coalition Mobilization " +
    "Islamic State Caliphate Wilayat Province Khorasan Sinai Levant Sahel Africa Asia Middle Europe America " +
    "Democratic Republic People Popular National International Federal Defense Defence Guard Special Brigade Battalion " +
    "Division Unit Units Directorate Apparatus Service Agency Council Court Courts Party Movement Front Group " +
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August " +
    "September October November December Eid Ramadan Christmas " +
    // Hijri months, as digests of a group's newsletter date its issues ("11 Dhu al-Qa'dah 1441").
    "Muharram Safar Rabi Jumada Rajab Sha'ban Shaban Shawwal Dhu Dhul").split(" ").concat(
  ("ISIS ISIL IS Daesh SDF HTS ISWAP ISKP IED IEDs RPG RPGs Coalition Telegram Amaq January February March April May June July " +
    "August September October November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday The A An He She They It " +
    "Iraqi Syrian Egyptian Nigerian Afghan Congolese Taliban Popular Mobilization Homeland Defense Forces Republican Guard " +
    "Army Police Intelligence Counterterrorism Apparatus Directorate Brigade Facebook Twitter International National Islamic State Province")
    .split(" ")),
);
export const SETTLEMENT = new Set(["village", "town", "city", "neighbourhood", "camp"]);
export function trimName(name: string): string {
  return name.replace(/[’']s$/, "").replace(/\s+(?:and|or)$/, "").trim();
}
type Resolved = { place: Place; name: string } | null;
/** Memo by countries (joined), then type word, then name: no key string is built per lookup. */
const resolveCache = new Map<string, Map<string, Map<string, Resolved>>>();
let resolveCacheSize = 0;
const RESOLVE_CACHE_LIMIT = 50_000;
/** The best gazetteer match for a name (memoised: bulletins repeat the same places). */
export function resolve(name: string, countries: readonly string[], typeWord?: string): Resolved {
  return resolveWithKey(name, countries, countries.join(","), typeWord);
}
/** `resolve` for a caller that resolves many names in one context: `countriesKey` is `countries.join(",")`. */
/** A building's name: "Shangri-La Hotel", "Zion Church", "Tropical Inn". */
const VENUE_END_RE = /\s(?:Hotel|Church|Cathedral|Shrine|Mosque|Temple|Gurdwara|Synagogue|Restaurant|Caf[eé]|Inn|Mall|Stadium|Bank)$/;
export function isVenue(name: string): boolean {
  return VENUE_END_RE.test(name);
}

export function resolveWithKey(name: string, countries: readonly string[], countriesKey: string, typeWord?: string): Resolved {
  // "the Shangri-La Hotel, Colombo": a building's name is no place's (the town after it is read instead).
  if (isVenue(name)) return null;
  let byType = resolveCache.get(countriesKey);
  if (byType === undefined) resolveCache.set(countriesKey, (byType = new Map()));
  let byName = byType.get(typeWord ?? "");
  if (byName === undefined) byType.set(typeWord ?? "", (byName = new Map()));
  const hit = byName.get(name);
  if (hit !== undefined) return hit;
  const r = resolveUncached(name, countries, typeWord);
  if (resolveCacheSize >= RESOLVE_CACHE_LIMIT) {
    resolveCache.clear();
    resolveCacheSize = 0;
    return resolveWithKey(name, countries, countriesKey, typeWord);
  }
  byName.set(name, r);
  resolveCacheSize++;
  return r;
}
function resolveUncached(name: string, countries: readonly string[], typeWord?: string): { place: Place; name: string } | null {
  const gaz = loadGazetteer();
  let base = trimName(name);
  // A capitalised type word belongs to the type, not the name ("the Al-Rutba Desert").
  const typed = /^(.+?)\s+(Desert|Road|Highway|Valley|Mountains?|Region|Area|District|Countryside|Camp)$/.exec(base);
  if (typed && !typeWord) {
    base = typed[1]!;
    typeWord = typed[2]!;
    const whole = gaz.lookup(name, { countries }).find((p) => p.kind !== "desert" && p.kind !== "region");
    if (whole && whole.kind === "road") return { place: whole, name };
  }
  const words = base.split(/\s+/);
  const tries: string[] = [];
  if (typeWord && /road|highway|motorway|route|axis|desert|valley|mountain|camp|crossing|lake|forest|island/i.test(typeWord)) tries.push(`${base} ${typeWord}`);
  for (let n = words.length; n >= 1; n--) tries.push(words.slice(0, n).join(" "));
  // Roads between two towns ("Ithriya-Khanaser road", "Deir ez-Zor-Palmyra highway"): each end.
  if (typeWord && /road|highway|motorway|route|axis/i.test(typeWord)) {
    for (let i = base.indexOf("-"); i > 0; i = base.indexOf("-", i + 1)) tries.push(base.slice(0, i), base.slice(i + 1));
  }
  if (typeWord && /desert|countryside|outskirts/i.test(typeWord)) {
    // "the Al-Rutba Desert": the open country around a town is represented by the town.
    const town = gaz.lookup(base, { countries }).find((p) => SETTLEMENT.has(p.kind) && (countries.length === 0 || countries.includes(p.country)));
    if (town) return { place: { ...town, kind: "desert" }, name: `${base} ${typeWord}` };
  }
  for (const tried of tries) {
    // "Mogadishu's Hodan district": the city is named in the possessive.
    const t = tried.replace(/[’']s$/, "");
    if (NOT_PLACES.has(t) || notPlaceWithArticle(t) || t.length < 3 || countryFromText(t)) continue;
    if (/^(?:Al|El|As|Ar|The)$/i.test(t)) continue;
    // "New Jersey" is no town called New: a leading word of direction or age is never a place alone.
    if (t !== base && /^(?:New|Old|North|South|East|West|Upper|Lower|Great|Greater|Little|Saint|San|Santa|Port|Mount|Lake|Fort)$/.test(t)) continue;
    // "Bab Tadmur", "Tal Hajar", "Ain Issa", "Khan al-Subul": an Arabic name's generic head ("gate", "hill", "spring") alone is another place.
    if (t !== base && /^(?:Bab|Tal|Tell|Ain|Ayn|Deir|Dayr|Abu|Umm|Bir|Ras|Jabal|Jebel|Wadi|Kafr|Khirbet|Qasr|Beit|Bayt|Sheikh|Sidi|Ouled|Hay|Hayy|Khan|Tall|Jisr|Suq|Souk)$/.test(t)) continue;
    // "Elwak" for "El Wak": an article written joined to the name.
    const joined = /^(?:El|Al)[a-z]{3,}$/.test(t) ? gaz.lookup(t, { countries }).length === 0 : false;
    const hits = gaz.lookup(joined ? `${t.slice(0, 2)} ${t.slice(2)}` : t, { countries });
    const inCountry = countries.length === 0 ? hits : hits.filter((p) => countries.includes(p.country));
    // With a country context, a name found only abroad is a coincidence ("Khair" in India for Kabul's Khair Khana),
    // unless it is a great city that no other place of note shares ("Dutch police arrested two men in Rotterdam").
    const best = countries.length === 0 ? hits[0] : inCountry[0] ?? worldCity(hits, t);
    // "Jalalabad City": the city's name, unless "City" is part of it ("Cotabato City").
    if (best) return { place: best, name: t.endsWith(" City") && !/\bcity$/i.test(best.name) ? t.slice(0, -5) : t };
  }
  return null;
}
/** A city big enough that its name alone says which one is meant. */
const WORLD_CITY_POPULATION = 500_000;

function worldCity(hits: readonly Place[], name: string): Place | undefined {
  const big = hits[0];
  // By its own name: an alternate ("al-Quds", "Al-Maydan") is more often a local place's.
  if (!big || big.population < WORLD_CITY_POPULATION || big.name.toLowerCase() !== name.toLowerCase()) return undefined;
  return hits.every((p) => p === big || p.population < WORLD_CITY_POPULATION / 10) ? big : undefined;
}
/** "The Sahel", "THE SAHEL" (a title in capitals): the article and the capitals hide a word that is no place. */
function notPlaceWithArticle(t: string): boolean {
  const c0 = t.charCodeAt(0);
  if (c0 !== 84 && !(c0 >= 65 && c0 <= 90 && !/\p{Ll}/u.test(t))) return false;
  const bare = t.replace(/^the\s+/i, "");
  return NOT_PLACES.has(/\p{Ll}/u.test(bare) ? bare : bare.charAt(0) + bare.slice(1).toLowerCase());
}
/** Admin1 named outright in the text ("in the Kunar region", "Borno State", "western Al-Anbar Province"). */
const NAMED_ADMIN1_RE = new RegExp(`(?:the\\s+)?(${NAME})\\s+(Province|Governorate|State|region|province|governorate|state)\\b|\\b(?:Province|Governorate|State) of\\s+(${NAME})`, "g");
const ADMIN_WORD_RE = /\b(?:Province|Governorate|State|region|province|governorate|state)\b/;
/** "ISIS's Tripoli Province" read as one name: the group's possessive opens it. */
const GROUP_POSSESSIVE_RE = /^(?:ISIS|IS|ISIL|Islamic State|Daesh)['’]s\s/;
const GROUP_PROVINCE_BEFORE_RE = /(?:\b(?:ISIS|IS|ISIL|Islamic State|group|organi[sz]ation)['’]s\s+|\bWilay(?:at|ah)\s+)["“'‘]?\s*$/;

export function namedAdmin1(text: string, countries: readonly string[]): Place | null {
  const word = ADMIN_WORD_RE.exec(text);
  if (word === null) return null;
  const gaz = loadGazetteer();
  // Every match holds an admin word, the first no earlier than this one, and "the", the name and
  // the spaces before it are one run of name characters: no match starts before that run.
  NAMED_ADMIN1_RE.lastIndex = nameRunStart(text, word.index);
  for (let m = NAMED_ADMIN1_RE.exec(text); m; m = NAMED_ADMIN1_RE.exec(text)) {
    // "ISIS's 'Tripoli Province' claimed", "Wilayat Barqa": a province of the group, not the state's.
    if (GROUP_PROVINCE_BEFORE_RE.test(text.slice(Math.max(0, m.index - 16), m.index)) || GROUP_POSSESSIVE_RE.test(m[1] ?? "")) continue;
    const name = trimName(m[1] ?? m[3] ?? "").replace(/^(?:northern|southern|eastern|western|central)\s+/i, "");
    const words = name.split(/\s+/);
    for (let n = words.length; n >= 1; n--) {
      const a = gaz.findAdmin1(words.slice(words.length - n).join(" "), { countries });
      if (a && (countries.length === 0 || countries.includes(a.country))) {
        NAMED_ADMIN1_RE.lastIndex = 0;
        return a;
      }
    }
  }
  return null;
}
// "near Malam Fatori, Borno state", "in Kolofata in the Far North region": a place, then the admin1 it lies in.
const PLACE_IN_ADMIN1_RE = new RegExp(`(${NAME}),?\\s+(?:in\\s+)?(?:the\\s+)?(${NAME})\\s+$`);
const ADMIN_WORDS_RE = new RegExp(ADMIN_WORD_RE.source, "g");
/** The place of that name in that admin-1 of that country (not the admin-1 itself). */
export function placeNamedIn(name: string, country: string, admin1: string): Place | undefined {
  return loadGazetteer().lookup(name, { countries: [country] }).find((p) => p.country === country && p.admin1 === admin1 && p.kind !== "admin1");
}
/**
 * A place whose admin1 the text names right after it, found in any country: the pair vouches
 * for itself against the section's countries (a Nigerian town under a Sahel heading).
 */
export function placeInNamedAdmin1(text: string): { place: Place; name: string; index: number } | null {
  if (!ADMIN_WORD_RE.test(text)) return null;
  const gaz = loadGazetteer();
  ADMIN_WORDS_RE.lastIndex = 0;
  for (let w = ADMIN_WORDS_RE.exec(text); w; w = ADMIN_WORDS_RE.exec(text)) {
    const from = Math.max(0, w.index - 90);
    const m = PLACE_IN_ADMIN1_RE.exec(text.slice(from, w.index));
    if (!m) continue;
    const admin = gaz.findAdmin1(trimName(m[2]!));
    const name = trimName(m[1]!).replace(/^(?:The|In|Near|At)\s+/, "");
    if (!admin || NOT_PLACES.has(name)) continue;
    const place = placeNamedIn(name, admin.country, admin.admin1);
    if (place) return { place, name, index: from + m.index };
  }
  return null;
}
/** The place a heading names, for the incidents listed under it. */
const headingCache = new Map<string, Place | null>();
export function headingPlace(heading: string, countries: readonly string[]): Place | null {
  const key = `${heading}|${countries.join(",")}`;
  const cached = headingCache.get(key);
  if (cached !== undefined) return cached;
  const place = headingPlaceUncached(heading, countries);
  if (headingCache.size > 10_000) headingCache.clear();
  headingCache.set(key, place);
  return place;
}
function headingPlaceUncached(heading: string, countries: readonly string[]): Place | null {
  let clean = heading.replace(SUPERSCRIPT_RE, "").replace(/\([^)]*\)/g, " ");
  // "KEY POINTS", "INCIDENT LOG": a heading in capitals is read in title case, so that its
  // label words are known for what they are rather than looked up as places.
  if (!/\p{Ll}/u.test(clean)) clean = clean.toLowerCase().replace(/(^|[\s(-])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());
  const admin = namedAdmin1(clean, countries);
  if (admin) return admin;
  for (const m of eachMatch(NAME_RE, clean)) {
    // "Western Mosul", "Eastern Ghouta": the part of a place is below the place.
    const r = resolve(m[0], countries) ?? (COMPASS_PART_RE.test(m[0]) ? resolve(m[0].replace(COMPASS_PART_RE, ""), countries) : null);
    if (r && (countries.length === 0 || countries.includes(r.place.country))) return r.place;
  }
  return null;
}
const COMPASS_PART_RE = /^(?:Western|Eastern|Northern|Southern|Central|North-?western|North-?eastern|South-?western|South-?eastern)\s+(?=\S)/;
