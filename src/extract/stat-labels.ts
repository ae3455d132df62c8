// Labels of published breakdowns: "the Diyala Province" -> "Diyala" (admin1), "Khorasan, i.e.,
// Afghanistan" -> "Khorasan" (arena), "IED detonations" (method, in the list's own words).

import { countryFromText, countryName } from "../geo/countries.ts";
import { loadGazetteer } from "../geo/gazetteer.ts";
import { detached } from "./text.ts";
import { eachMatch } from "./matches.ts";
import { LIST_NAME } from "./stat-patterns.ts";

export const STAT_DIMENSIONS = ["admin1", "district", "arena", "method", "target", "perpetrator", "month", "other"] as const;
export type StatDimension = (typeof STAT_DIMENSIONS)[number];

export interface StatLabel {
  label: string;
  dimension: StatDimension;
  /** False for phrases such as "the number of attacks" that name nothing. */
  named: boolean;
}

/** Words that make a label a method's ("suicide bombings", "IED detonations", "sniper fire", "Katyusha rockets"). */
const METHOD_WORD_RE = /\bsuicide\b|\bcar bombs?\b|\bVBIEDs?\b|\bIEDs?\b|explosive devices?|roadside bombs?|bombings?\b|\bsnip(?:er|ing)\b|\bexchanges? of fire\b|\bclashes\b|\bfirefights?\b|\btargeted killings?\b|\bassassinations?\b|\bother attacks\b|\bother\b$|\bshelling\b|\bmortars?\b|\brockets?\b|\bartillery\b|\bambush(?:es)?\b|\braids?\b|\bassaults?\b|\bstorming\b|\bkidnapp|\babduct|\bexecutions?\b|\bshooting attacks?\b|\bshootings\b|\bgrenade attacks?\b|\bgunfire\b|\bgunshots?\b|\bstabbings?\b|\bstrangulation\b|\bburns\b|\barson\b|\bburning\b/i;

const ARENA_LABELS: [RegExp, string][] = [
  [/\bWest Africa\b/i, "West Africa"],
  [/\bCentral Africa\b/i, "Central Africa"],
  [/\bSinai(?: Peninsula)?\b/i, "Sinai Peninsula"],
  [/\bKhorasan\b/i, "Khorasan"],
  [/\bEast Asia\b/i, "East Asia"],
  [/\bSahel\b/i, "Sahel"],
  [/\bIraq(?:i)?\b/i, "Iraq"],
  [/\bSyria(?:n)?\b/i, "Syria"],
  [/\bPakistan\b/i, "Pakistan"],
  [/\bSomalia\b/i, "Somalia"],
  [/\bMozambique\b/i, "Mozambique"],
  [/\bLibya\b/i, "Libya"],
  [/\bYemen\b/i, "Yemen"],
  [/\bTurkey\b/i, "Turkey"],
  [/\bHind\b/i, "Hind"],
  [/\bIndia\b/i, "India"],
  [/\bAfghanistan\b/i, "Khorasan"],
  [/\bNigeria\b/i, "West Africa"],
  [/\bCongo\b/i, "Central Africa"],
  [/\bEgypt\b/i, "Sinai Peninsula"],
];

/** "northern", "central", "south-eastern": a part of an arena or a country named by its compass point. */
const COMPASS = "(?:the\\s+)?(?:north|south|east|west|central|northern|southern|eastern|western|north-?eastern|north-?western|south-?eastern|south-?western)\\s+";
const COMPASS_BEFORE_RE = new RegExp(`^${COMPASS}$`, "i");
const COMPASS_START_RE = new RegExp(`^${COMPASS}(?=\\S)`, "i");
const REGION_LABEL_RE = /^(?:[A-Z][\w-]*\s+){1,2}(?:region|zone)$/;
const TARGET_RE = /\b(?:army|forces|fighters|soldiers|police|policemen|SDF|militias?|Peshmerga|Mobilization|civilians|collaborators|agents|officers|troops|regime|Taliban|Shiites|Christians|Army)\b/;
const GENERIC_RE = /^(?:(?:the|a|an)\s+)?(?:(?:largest|highest|greatest|total|overall|smallest)\s+)?(?:number|volume|most|majority|total|bulk|rest|remainder|figure|count)\b|^(?:the\s+)?attacks?\b|^(?:most|all|some|many)\s+of\b/i;

const PLACE_LIKE_RE = new RegExp(`^${LIST_NAME}$`);
/** Capitalised words that are not places: publishers, groups, months, list words. */
const NOT_PLACE_RE = /\b(?:ISIS|ISIL|IS|Islamic|State|Daesh|Amaq|Naba'?|Telegram|Twitter|Total|Other|Others|Week|Issue|Table|Figure|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Of|In|On|During|Since|Most|The|According|Between|From|Until|After|Before|Over|About|Around|Monthly|Harvest)\b/;

/** A label shaped like a place name as lists print it, and not one of the capitalised words that never are. */
export function isPlaceLike(label: string): boolean {
  return label.length >= 3 && PLACE_LIKE_RE.test(label) && !NOT_PLACE_RE.test(label);
}

function clean(phrase: string): string {
  return phrase
    .replace(/\s+/g, " ")
    .replace(/^(?:and|or|then|followed by|it is followed by|they are followed by|then come|then comes|among|among the|including|was in|were in|in)\s+/i, "")
    .replace(/^(?:the|a|an)\s+/i, "")
    .replace(/,?\s*(?:i\.e\.|e\.g\.|namely)[^]*$/i, "")
    .replace(/[\s,;:.]+$/, "")
    .trim();
}

const LABEL_NAME_RE = /\b(?:(?:al|el|ad|ar|as|ash|at|az|an)-)?[A-Z][\w'’-]*(?:\s+(?:(?:al|el|ad|ar|as|ez|an)[- ])?[A-Z][\w'’-]*)*/g;

/** The admin1 or region a phrase names ("the desert region in the eastern part of the provinces of Homs and Hama" -> "Homs and Hama"). */
function placeLabel(phrase: string): { label: string; index: number } | null {
  const gaz = loadGazetteer();
  const names: string[] = [];
  let first = -1;
  for (const m of eachMatch(LABEL_NAME_RE, phrase)) {
    const name = m[0].replace(/\s+(?:Province|Governorate|State|Region|District)$/i, "");
    if (/^(?:The|In|ISIS|Most|It|They)$/.test(name)) continue;
    const admin = gaz.findAdmin1(name);
    const region = admin ? null : gaz.lookup(name).find((p) => p.kind === "region" || p.kind === "valley" || p.kind === "desert" || p.kind === "admin1");
    if (admin || region) {
      if (first < 0) first = m.index;
      // The name as the list writes it ("Banadir", not the gazetteer's "Banaadir"): readers and
      // other tools match the text; analysis resolves variants through the gazetteer itself.
      names.push(name);
    }
  }
  if (names.length === 0) return null;
  if (names.length >= 2 && /\band\b/.test(phrase) && /\bprovinces\b/i.test(phrase)) return { label: names.slice(0, 2).join(" and "), index: first };
  return names[0] ? { label: names[0], index: first } : null;
}


const labelCache = new Map<string, StatLabel>();

/** Normalise a breakdown label and say what it is a breakdown by (memoised: lists repeat the same labels). */
export function statLabel(phrase: string): StatLabel {
  let hit = labelCache.get(phrase);
  if (hit === undefined) {
    hit = statLabelUncached(phrase);
    if (labelCache.size >= 5_000) labelCache.clear();
    // Stored detached: slices would keep their whole paragraphs alive as long as the cache.
    hit = { ...hit, label: detached(hit.label) };
    labelCache.set(detached(phrase), hit);
  }
  // A copy: callers own what they are given.
  return { ...hit };
}

function statLabelUncached(phrase: string): StatLabel {
  const text = clean(phrase);

  // A method's label is the list's own words ("IED detonations", "attacks with Katyusha rockets"):
  // the contract's label is the stated part, and analysis reads the method from any wording.
  if (METHOD_WORD_RE.test(text) && !TARGET_RE.test(text)) return { label: text, dimension: "method", named: true };
  if (TARGET_RE.test(text)) return { label: text, dimension: "target", named: true };
  const place = placeLabel(text);
  for (const [re, label] of ARENA_LABELS) {
    const m = re.exec(text);
    // A country's province ("the Diyala Province in Iraq") is an admin1, not an arena.
    // "northern Sinai", "central Sinai": a part of the arena, in the list's own words.
    if (m && !(place && place.index < m.index)) return { label: COMPASS_BEFORE_RE.test(text.slice(0, m.index)) ? text : label, dimension: "arena", named: true };
  }
  // A label that is just a country ("Burkina Faso", "Niger") is an arena of its own.
  // "northern Mali": a part of a country, in the list's own words.
  const compass = COMPASS_START_RE.exec(text);
  const iso = countryFromText(compass ? text.slice(compass[0].length) : text);
  if (iso) return { label: compass ? text : countryName(iso), dimension: "arena", named: true };
  if (place) return { label: place.label, dimension: "admin1", named: true };
  // "Central region", "North-eastern region": a mission's regions, which no gazetteer holds.
  if (REGION_LABEL_RE.test(text)) return { label: text, dimension: "admin1", named: true };
  if (GENERIC_RE.test(text) || !text) return { label: text, dimension: "other", named: false };
  return { label: text, dimension: "other", named: /^(?:(?:al|el|ad|ar|as|an|ash|at|az)-)?[A-Z]/.test(text) };
}

/**
 * "Nineveh Province (the battle for Mosul) 68, Syria 23, Sinai 9, Libya 7": a province named among
 * arenas is one of the group's provinces, an arena of the same list. Items are changed in place.
 */
export function settleProvinceArenas(items: { dimension: StatDimension; metric: string }[]): void {
  for (const metric of new Set(items.map((i) => i.metric))) {
    const own = items.filter((i) => i.metric === metric);
    const arenas = own.filter((i) => i.dimension === "arena").length;
    const regions = own.filter((i) => i.dimension === "admin1");
    if (arenas >= 2 && regions.length > 0 && regions.length < arenas) for (const i of regions) i.dimension = "arena";
  }
}

/**
 * "The Sahel region accounted for 398, Centre-Nord for 221": an arena's name ("Sahel") listed among
 * a country's admin-1 regions is that country's region of the name. Items are changed in place.
 */
export function settleArenaRegions(items: { label: string; dimension: StatDimension; metric: string }[]): void {
  if (!items.some((i) => i.dimension === "arena") || !items.some((i) => i.dimension === "admin1")) return;
  const gaz = loadGazetteer();
  for (const i of items) {
    if (i.dimension !== "arena") continue;
    const country = gaz.findAdmin1(i.label)?.country;
    if (country && items.some((o) => o.dimension === "admin1" && o.metric === i.metric && gaz.findAdmin1(o.label)?.country === country)) i.dimension = "admin1";
  }
}

// "claimed 8 attacks in Syria: ...", "In Iraq, ...": the arena a paragraph's figures are about.
const SCOPE_RES = [
  /\b(?:attacks|operations|events|incidents|casualties|fatalities|wounded|killed)\s+(?:[\w'’-]+\s+){0,3}?in\s+(?:the\s+)?([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)/,
  /^(?:In|Within|Inside)\s+(?:the\s+)?([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\b/,
];

/** The arena the paragraph scopes its figures to, so that a breakdown's regions are read within it (`compare` reads the subject). */
export function arenaScope(text: string): string | null {
  for (const re of SCOPE_RES) {
    const m = re.exec(text);
    if (!m) continue;
    const label = statLabel(m[1]!);
    if (label.dimension === "arena") return label.label;
  }
  return null;
}
