// Lines that head the items below them with a day: "June 9: ...", "Thursday 19 July -", a statement's
// header with its issuer ("Security Media Cell, 1 October 2020, 10:15"), a numbered statement
// ("Statement No. 7, issued Monday 19 February 2018") and a brief's "Erbil – 15 March 2021".

import { MONTH_RE, NUMERIC_DATE_PATTERN, WEEKDAY_PATTERN } from "./dates.ts";
import { cleanQuote } from "./text.ts";

// A day header: a date that labels the lines after it ("June 9: ...", "Thursday 19 July -",
// "14.03.2019", "3/14:"), or a date standing alone on its line ("Jun. 3 (Mon)").
const WEEKDAY_SHORT = "(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\\.?";
const DAY_DATE = `(?:(?:${WEEKDAY_PATTERN}|${WEEKDAY_SHORT}),?\\s+)?(?:${MONTH_RE}\\s+\\d{1,2}(?:st|nd|rd|th)?|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH_RE}|${NUMERIC_DATE_PATTERN})(?:,?\\s+\\d{4})?`;
export const DAY_HEADER_RE = new RegExp(
  `^\\s*(?:\\*\\*|__|#+\\s*)?(${DAY_DATE})\\s*(?:\\*\\*|__)?\\s*(?:[:\\-–—]\\s*(?:\\*\\*|__)?\\s*(.*)|(?:\\((?:${WEEKDAY_PATTERN}|${WEEKDAY_SHORT})\\))?\\s*(?:\\*\\*|__)?\\s*)$`,
  "i",
);
// A statement's header line in a compilation of official statements: the issuing body with the
// day (and time) it published ("Security Media Cell, 1 October 2020, 10:15", "2 May 2021 | AFRICOM").
// The body must read as one (an institution's word or an acronym), so a dateline's city is none.
const CLOCK = `(?:\\s*[,|]?\\s*(?:at\\s+)?\\d{1,2}[:.h]\\d{2}(?:\\s*(?:hrs|[AaPp]\\.?[Mm]\\.?|UTC|GMT|local(?: time)?|\\([^()]{1,25}\\)))?)?`;
const BODY = `((?:[A-Z][\\w'’&.-]*)(?:\\s+(?:[A-Z][\\w'’&.-]*|of|the|and|for|on)){0,7})`;
const ISSUER_HEADER_RE = new RegExp(`^\\s*(?:\\*\\*|__)?(?:${BODY}\\s*[,|–—-]\\s*(${DAY_DATE})${CLOCK}|(${DAY_DATE})${CLOCK}\\s*[,|–—-]\\s*${BODY})\\s*(?:\\*\\*|__)?\\s*$`);
// "Statement No. 7, issued Monday 19 February 2018": a numbered statement's header; its text follows.
const NUMBERED_STATEMENT_RE = new RegExp(`^\\s*(?:\\*\\*|__)?(?:Statement|Communiqu[eé]|Press release|Bulletin|Announcement|Release|Briefing)\\s+(?:No\\.?|Number|n°|#)\\s*\\d{1,4}\\s*[,:|–—-]?\\s*(?:(?:issued|dated|published|released|of)\\s+)?(?:on\\s+)?(${DAY_DATE})${CLOCK}\\s*(?:\\([^()]{0,80}\\))?\\s*\\.?\\s*(?:\\*\\*|__)?\\s*$`, "i");
// "Maputo, 3 June 2022": the same with a comma, as a communiqué's date line.
const PLACE_DATE_LINE_RE = new RegExp(`^\\s*[A-Z][\\w'’.-]+(?:[ -][A-Z][\\w'’.-]+){0,2}(?:\\s+[–—-]|,)\\s+(${DAY_DATE})\\s*$`);
// "[02-08-2023] Financier of ISIS cells arrested in Al-Shuhayl": a release's date in brackets before its headline, which its text retells.
// "[02/03/2021 06:12] FP Ouallam": a message's stamp, its time too, before the sender.
const BRACKET_DATE_HEADLINE_RE = new RegExp(`^\\s*\\[(\\d{1,2}[./-]\\d{1,2}[./-](?:19|20)\\d\\d|${DAY_DATE})(?:,?\\s+\\d{1,2}[:.h]\\d{2})?\\]\\s+[A-Z"“'‘][^\\n]{2,140}$`);
/** "[05/02/24 21:14]": a post's stamp alone on its line, in a thread copied post by post; the post follows. */
const BRACKET_STAMP_RE = /^\s*\[(\d{1,2}[./-]\d{1,2}[./-](?:(?:19|20)\d\d|\d\d))(?:,?\s+\d{1,2}[:.h]\d{2}(?::\d{2})?)?\]\s*$/;
/** "[Shafaq News | Fri 02/10/2020 22:15] FOLLOW-UP": a news digest's stamp of an item, its outlet and day. */
export const STAMP_LINE_RE = new RegExp(`^\\s*\\[\\s*([A-Z][\\w'’ .&-]{1,40}?)\\s*\\|\\s*(?:(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)[a-z]*\\.?,?\\s+)?(\\d{1,2}[./-]\\d{1,2}[./-](?:19|20)\\d\\d|${DAY_DATE})(?:,?\\s+\\d{1,2}[:.h]\\d{2})?\\s*\\]\\s*(FOLLOW-?UP|UPDATE)?\\s*$`, "i");
// "RADIO SAVA (Mora), Saturday 3 April 2021 - correspondent Oumarou Bakary": a broadcast item's byline, the station its source.
const BYLINE_HEADER_RE = new RegExp(`^\\s*([A-Z][\\w'’&.-]*(?:\\s+[A-Z][\\w'’&.-]*){0,4})(?:\\s*\\([^()]{2,30}\\))?\\s*,\\s*(${DAY_DATE})\\s*[,–—-]\\s*(?:our\\s+)?(?:correspondent|reporter|reported by|by)\\b[^\\n]{0,60}$`, "i");
const INSTITUTION_RE = /\b(?:Cell|Command|Ministry|Army|Police|Forces?|Directorate|Office|Agency|Spokes(?:man|person)|Headquarters|Service|Department|Government|Council|Mission|Cent(?:re|er)|Authority|Corps|Staff|Operations|Presidency|Embassy|Gendarmerie|Guard|Commission)\b|^[A-Z]{3,8}$/;

/** What a day-header line gives its block: the date's text, the rest of the line, and for statements the issuer. */
export interface DayHeader {
  dateText: string;
  rest: string;
  issuer?: string;
  /** A statement's or brief's header: the paragraphs below it are one item. */
  statement?: true;
  /** A numbered statement's header ("Statement No. 131 | Sunday 16 May 2021"): its issuer is the house the title names. */
  numbered?: true;
  /** A digest's stamp over a headline ("[Shafaq News | Fri 02/10/2020 22:15]"): the next short line is the headline. */
  headline?: true;
  /** The stamp marks a follow-up of an item told before ("... 09:30] FOLLOW-UP"). */
  followUp?: true;
}

/** The day header a line of its own is, or null. */
export function dayHeaderOf(line: string): DayHeader | null {
  const issued = ISSUER_HEADER_RE.exec(line);
  const issuer = issued ? (issued[1] ?? issued[4])!.trim() : null;
  if (issued && issuer && INSTITUTION_RE.test(issuer)) return { dateText: (issued[2] ?? issued[3])!, rest: "", issuer, statement: true };
  // A numbered statement's paragraphs may tell several operations: each is read as an item of that day.
  const numbered = NUMBERED_STATEMENT_RE.exec(line);
  if (numbered) return { dateText: numbered[1]!, rest: "", numbered: true };
  // "Erbil – 15 March 2021": a brief's date line, its place before the day.
  const dateline = PLACE_DATE_LINE_RE.exec(line);
  // A communiqué's "Maputo, 3 June 2022" heads items of their own; a brief's "Erbil – 15 March 2021" one item.
  // A title in capitals before the date ("SAHEL WIRE, 4 February 2023") is the document's, not a date line.
  if (dateline && dateline[0].includes(",") && /^\s*[A-Z][A-Z'’.-]+(?:[ -][A-Z][A-Z'’.-]+)*,/.test(line)) return null;
  if (dateline) return dateline[0].includes(",") ? { dateText: dateline[1]!, rest: "" } : { dateText: dateline[1]!, rest: "", statement: true };
  const byline = BYLINE_HEADER_RE.exec(line);
  if (byline) return { dateText: byline[2]!, rest: "", issuer: stationName(byline[1]!), statement: true };
  const stamp = STAMP_LINE_RE.exec(line);
  if (stamp) return { dateText: stamp[2]!, rest: "", issuer: stamp[1]!.trim(), statement: true, headline: true, ...(stamp[3] ? { followUp: true as const } : {}) };
  const stamped = BRACKET_STAMP_RE.exec(line);
  // Its year in two digits is this century's (or the last's, from 70).
  if (stamped) return { dateText: stamped[1]!.replace(/([./-])(\d\d)$/, (_m, sep: string, yy: string) => `${sep}${Number(yy) < 70 ? "20" : "19"}${yy}`), rest: "", statement: true };
  const headline = BRACKET_DATE_HEADLINE_RE.exec(line);
  if (headline && !/[.!?]["”')]*\s*$/.test(line)) return { dateText: headline[1]!, rest: "", statement: true };
  const day = DAY_HEADER_RE.exec(line);
  if (day && day[1] && ((day[2] ?? "").length < 80 || !/\.\s/.test(day[2]!))) return { dateText: day[1], rest: cleanQuote(day[2] ?? "") };
  return null;
}

/** "RADIO SAVA" -> "Radio Sava", "CRTV MAROUA" -> "CRTV Maroua": capitals kept only for initials. */
function stationName(name: string): string {
  return name.replace(/\b[A-Z][A-Z'’]{3,}\b/g, (w) => (/[AEIOUY]/.test(w) ? w[0] + w.slice(1).toLowerCase() : w));
}

