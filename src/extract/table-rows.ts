// Plain-text tables ("2022-08-02 | Kabul, PD13 | Sticky IED on minibus | 3 killed, 7 wounded |
// ISKP claimed via Amaq"): the header names the columns, and each data row is rewritten as a
// sentence the incident rules can read. The quote stays the row itself.

import type { SourceRef } from "../core/incident.ts";
import { addDays, findDates, type DateContext } from "./dates.ts";
import { relativeDayOffset } from "./relative-day.ts";
import { parseCitation } from "./sources.ts";

export const COLUMN_ROLES = ["date", "location", "what", "casualties", "attribution", "source", "other"] as const;
export type ColumnRole = (typeof COLUMN_ROLES)[number];

const ROLE_RULES: [ColumnRole, RegExp][] = [
  ["date", /^(?:date|day|when|time|timestamp|posted|date\/time)\b/i],
  ["location", /^(?:location|place|where|area|district|province|town|village|site|region|commune|department|county|state|lga|locality|governorate|country)\b/i],
  // "K | I | A": a forum's killed, injured and abducted columns by their initials.
  ["casualties", /^(?:casualties|killed|dead|deaths|fatalities|wounded|injured|abducted|kidnapped|result|results|outcome|toll|victims)\b|^(?:K|I|W|A|KIA|WIA)$/i],
  ["attribution", /^(?:attribution|claim|claimed|perpetrator|actor|group|responsibility)(?:\b|_)/i],
  ["source", /^(?:source|sources|reported by|reference|channel|outlet|media)\b/i],
  ["what", /^(?:type|event|action|description|incident|method|what|details|summary|target)\b/i],
];

export function splitCells(row: string): string[] {
  // A spreadsheet's export separates cells with tabs, a fixed-width table with runs of spaces (no pipes).
  if (row.includes("\t") && !/\s\|\s/.test(row)) return row.trim().split(/\t+/).map((c) => c.trim());
  if (row.includes("  ") && !row.includes("|")) return row.trim().split(/ {2,}/).map((c) => c.trim());
  // A CSV row (the only other raw row the reader hands over): commas, quoted cells may hold commas.
  if (!row.includes("|")) return [...row.trim().matchAll(/(?:^|,)("(?:[^"]|"")*"|[^,]*)/g)].map((m) => m[1]!.replace(/^"|"$/g, "").replace(/""/g, '"').trim());
  // A Markdown row's outer pipes frame it; they do not separate cells.
  const inner = row.trimStart().startsWith("|") ? row.trim().replace(/^\|/, " ").replace(/\|$/, " ") : row;
  return inner.split(/\s\|\s/).map((c) => c.trim());
}

/** Column roles when `cells` look like a header row (no dates, short names), else null. */
export function headerRoles(cells: readonly string[]): ColumnRole[] | null {
  if (cells.some((c) => c.length > 40 || /\d{4}|\d+\s+(?:killed|wounded)/i.test(c))) return null;
  const roles = cells.map((c) => ROLE_RULES.find(([, re]) => re.test(c))?.[0] ?? "other");
  return roles.includes("date") ? roles : null;
}

/** Outlets a log names in a cell of its own. */
const OUTLET_CELL_RE = /^(?:Amaq|Nashir|al-Naba'?|Naba'?|Telegram|Twitter|X|Reuters|AFP|AP|Radio Andalus|Shahada(?: News)?|az-Zallaqa|Thabat|[A-Z][\w'-]+ (?:News|Agency|TV|Radio))(?:\s+\d+)?$/i;

/**
 * Column roles guessed from a data row when no header row named them: a log line such as
 * "2022-05-14 08:12 | Amaq | West Africa | Fighters attacked ...". Its first cell must be a date
 * and one cell a sentence; a short cell naming an outlet is the source, other short cells the place.
 */
export function inferredRoles(cells: readonly string[], ctx: DateContext, day: string | null = null): ColumnRole[] | null {
  // "0710 | Ph.1 Sec.4 | ...": a log line under its day's header opens on the time alone.
  if (cells.length < 3 || !(findDates(cells[0]!, ctx)[0]?.start === 0 || (day !== null && TIME_CELL_RE.test(cells[0]!)))) return null;
  const longest = cells.reduce((best, c, i) => (c.length > cells[best]!.length ? i : best), 0);
  if (cells[longest]!.length < 40 || !/[a-z]{3,}\s+[a-z]{3,}/.test(cells[longest]!)) return null;
  const last = cells.length - 1;
  return cells.map((c, i) => (i === 0 ? "date" : i === longest ? "what" : OUTLET_CELL_RE.test(c) || (i === last && i > longest && isSourceCell(c)) ? "source" : c.length <= 40 ? "location" : "other"));
}

/** One name a log's last column gives as its source: an outlet, a body's initials, "Local media", "AFRICOM press release, 27/07/2022". */
const SOURCE_PART_RE = /^(?:[A-Z]{2,8}|(?:local|social|national|international|state|community) (?:media|press|sources|radio)|[A-Z][\w'-]*(?: [A-Z][\w'-]*){0,3} (?:press release|statement|communiqu[eé]|report)(?:,\s*[\d/.-]{6,10})?)$/i;

/** "ATMIS; Radio Andalus", "Local media": a last column after the sentence that names where the row comes from. */
function isSourceCell(cell: string): boolean {
  const parts = cell.split(/\s*;\s*/);
  return cell.length <= 60 && parts.every((p) => OUTLET_CELL_RE.test(p) || SOURCE_PART_RE.test(p));
}

/** "Djibo, approx. 18 km S on the Djibo-Namsiguia axis": a place, then its offset in a table's shorthand. */
const APPROX_OFFSET_RE = /^([^,;]{2,40}),\s*(?:approx\.?|approximately|about|c\.|ca\.)\s*(\d{1,3})\s*km\s+(N|NE|E|SE|S|SW|W|NW)\b/;
/** A country column's two-letter codes, as names the place rules read. */
const COUNTRY_CODES: Readonly<Record<string, string>> = { BF: "Burkina Faso", NE: "Niger", ML: "Mali", NG: "Nigeria", TD: "Chad", CM: "Cameroon", BJ: "Benin", TG: "Togo", MZ: "Mozambique", CD: "DR Congo", SO: "Somalia", KE: "Kenya", SY: "Syria", IQ: "Iraq", AF: "Afghanistan", PK: "Pakistan", EG: "Egypt", LY: "Libya", PH: "Philippines" };
function countryOfCode(cell: string): string | null {
  return COUNTRY_CODES[cell.trim()] ?? null;
}

/** A column's name as the word a bare count takes: "K" -> "killed", "I" -> "injured", "A" -> "abducted". */
function columnWord(name: string): string {
  const initials: Record<string, string> = { k: "killed", kia: "killed", i: "injured", w: "wounded", wia: "wounded", a: "abducted" };
  return initials[name.trim().toLowerCase()] ?? name.toLowerCase();
}

export interface TableRow {
  /** The row as a sentence for the rules. */
  text: string;
  /** The row's place cells, as written. */
  place: string;
  sources: SourceRef[];
}

/** A time of day alone: "0710", "21:45", "0600-1300", "2305 hrs". */
const TIME_CELL_RE = /^(?:\d{4}|\d{1,2}[:h.]\d{2})(?:\s*(?:hrs?|h|LT))?(?:\s*[-–]\s*(?:\d{4}|\d{1,2}[:h.]\d{2})(?:\s*(?:hrs?|h))?)?$/i;

/** A data row as prose, or null when the row has no date (a time alone takes `day`, the day header's). */
export function rowAsText(cells: readonly string[], roles: readonly ColumnRole[], ctx: DateContext, names: readonly string[] = [], dayInForce: string | null = null): TableRow | null {
  const get = (role: ColumnRole) => cells.filter((_, i) => roles[i] === role).join("; ");
  const dateCell = get("date");
  const date = findDates(dateCell, ctx)[0] ?? (dayInForce !== null && TIME_CELL_RE.test(dateCell) ? { date: dayInForce, precision: 1, hasYear: true } : undefined);
  if (!date) return null;
  // The most precise place first ("Djibo, approx. 18 km S" before "Sahel / Soum" and "BF"), its offset as prose.
  const location = cells
    .filter((_, i) => roles[i] === "location")
    .reverse()
    .map((c) => countryOfCode(c) ?? c.replace(APPROX_OFFSET_RE, (_m, place: string, km: string, bearing: string) => `about ${km} km ${bearing} of ${place}`))
    .join("; ")
    .replace(/^(?:Outskirts|Near|North|South|East|West|Centre|Center)\b/, (w) => w.toLowerCase());
  // A "claim" column that holds the claim's text (a log of a group's statements) is what happened, not who claimed it.
  const claimText = get("attribution").length > 60;
  const what = [get("what"), get("other"), claimText ? get("attribution") : ""].filter(Boolean).join("; ");
  // A post's timestamp and a claim that says "yesterday": the day before the post.
  const shift = relativeDayOffset(what);
  // A day is written as the ISO date it was read as, so the rules read it in the table's order ("09/07/2022" day first).
  const day = shift ? addDays(date.date, shift) : date.precision === 1 && date.hasYear ? date.date : dateCell;
  const parts = [`On ${day}, ${what || "an incident"}${location ? ` in ${location}` : ""}.`];
  // A bare count takes its column's name: "Killed 3 | Wounded 7" -> "3 killed; 7 wounded".
  // A remark that repeats the column's toll ("17 fighters killed per DHQ" under Killed 17) is the same deaths, not more.
  const casualties = cells
    // A count of none says nothing ("0" abducted is no abduction).
    .map((c, i) => (roles[i] !== "casualties" || c === "0" ? "" : /^\d{1,5}$/.test(c) && names[i] ? (restates(what, c, columnWord(names[i]!)) ? "" : `${c} ${columnWord(names[i]!)}`) : c))
    .filter(Boolean)
    .join("; ");
  if (casualties) parts.push(`${casualties.replace(/^(\d+)\s+([A-Z][\w-]*)\s+(killed|dead|wounded)/, "$1 $2 members $3")}.`);
  const attribution = claimText ? "" : get("attribution");
  if (attribution) parts.push(`${attribution}.`);
  const source = get("source");
  // "ATMIS; Radio Andalus", "AFRICOM press release, 27/07/2022": the names a cell lists, dated where it dates them.
  const sources = source ? parseCitation(source, ctx) ?? source.split(/\s*;\s*/).filter(Boolean).map((name) => ({ name, date: null })) : [];
  return { text: parts.join(" "), place: get("location"), sources };
}

/** `text` states `count` with the column's word ("17 fighters killed", "killed 17"). */
function restates(text: string, count: string, column: string): boolean {
  const word = /^(?:killed|dead|deaths|fatalities)$/i.test(column) ? "(?:killed|dead)" : /^(?:wounded|injured)$/i.test(column) ? "(?:wounded|injured)" : null;
  if (!word || count === "0") return false;
  // "five men shot dead" under K 5: the count in words too.
  const n = Number(count);
  const said = n > 0 && n < COUNT_WORDS.length ? `(?:${count}|${COUNT_WORDS[n]})` : count;
  return new RegExp(`\\b${said}\\s+(?:[\\w-]+\\s+){0,3}?${word}\\b|\\b${word}\\s+(?:[\\w-]+\\s+){0,2}?${said}\\b`, "i").test(text);
}
const COUNT_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"] as const;
