// Periods named by months: "July 2019" (the month), "April-June 2019" (the months from one to the
// other), and a stated calendar year.

import type { Period } from "../core/incident.ts";
import { findPeriod, isoDate, MONTH_RE, monthNumber } from "./dates.ts";

const YEAR_RE = "((?:19|20)\\d\\d)";
// Not a day's date ("11 March 2022"): a title dated to the day is dated, not about the month.
const MONTH_PERIOD_RE = new RegExp(`(?<!\\d(?:st|nd|rd|th)?\\s{1,3})\\b(${MONTH_RE})\\s*,?\\s+${YEAR_RE}\\b`, "i");

const MONTH_RANGE_RE = new RegExp(`\\b(${MONTH_RE})\\s*(?:-|–|—|to|through|until)\\s*(${MONTH_RE})\\s*,?\\s+${YEAR_RE}\\b`, "i");

/** The last day of a month. */
function monthEnd(year: number, month: number): string {
  return isoDate(year, month, new Date(Date.UTC(year, month, 0)).getUTCDate());
}

/** A whole month named in a title ("daily roundup, July 2019"), or a range of months ("April-June 2019"), as a period. */
export function findMonthPeriod(text: string): Period | null {
  // "April-June 2019": from the first day of the one to the last of the other.
  const r = MONTH_RANGE_RE.exec(text);
  const from = r ? monthNumber(r[1]!) : null;
  const to = r ? monthNumber(r[2]!) : null;
  if (r && from !== null && to !== null && from < to) return { start: isoDate(Number(r[3]), from, 1), end: monthEnd(Number(r[3]), to) };
  const m = MONTH_PERIOD_RE.exec(text);
  if (!m) return null;
  const month = monthNumber(m[1]!);
  const year = Number(m[2]);
  if (month === null) return null;
  return { start: isoDate(year, month, 1), end: monthEnd(year, month) };
}

/** A period for a stated calendar year or month ("in 2020", "in March 2021"). */
export function yearPeriod(year: number): Period {
  return { start: isoDate(year, 1, 1), end: isoDate(year, 12, 31) };
}

const QUARTER_RE = /\b(?:Q([1-4])|(first|second|third|fourth|last|1st|2nd|3rd|4th) quarter(?: of)?)\s*,?\s*((?:19|20)\d\d)\b/i;
const QUARTER_WORDS: Readonly<Record<string, number>> = { first: 1, "1st": 1, second: 2, "2nd": 2, third: 3, "3rd": 3, fourth: 4, "4th": 4, last: 4 };

// "the first six months of 2018", "the last six months of 2019": the same halves in other words.
const HALF_RE = /\b(first|1st|second|2nd|last)\s+(?:half|six months)\s+of\s+((?:19|20)\d\d)\b/i;

/** "Q2 2016", "the second quarter of 2016": its three months as a period; "the first half of 2024" its six. */
export function findQuarter(text: string): Period | null {
  // "in the first half of 2024": January to June.
  const half = HALF_RE.exec(text);
  if (half) {
    const year = Number(half[2]);
    return /^(?:first|1st)$/i.test(half[1]!) ? { start: isoDate(year, 1, 1), end: monthEnd(year, 6) } : { start: isoDate(year, 7, 1), end: monthEnd(year, 12) };
  }
  const m = QUARTER_RE.exec(text);
  if (!m) return null;
  const q = m[1] ? Number(m[1]) : QUARTER_WORDS[m[2]!.toLowerCase()]!;
  const year = Number(m[3]);
  return { start: isoDate(year, q * 3 - 2, 1), end: monthEnd(year, q * 3) };
}

/** "25 June - 1 July", "2-8 July", "February 22-28": a span of days as printed, year or none after it. */
export const DAY_SPAN = `\\d{1,2}\\s+${MONTH_RE}\\s*[-–]\\s*\\d{1,2}\\s+${MONTH_RE}|\\d{1,2}\\s*[-–]\\s*\\d{1,2}\\s+${MONTH_RE}|${MONTH_RE}\\s+\\d{1,2}\\s*[-–]\\s*(?:${MONTH_RE}\\s+)?\\d{1,2}`;
/** The same, or "between December 17 and 23", not followed by a year. */
const YEARLESS_RANGE_RE = new RegExp(`\\b(?:between\\s+${MONTH_RE}\\s+\\d{1,2}\\s+and\\s+(?:${MONTH_RE}\\s+)?\\d{1,2}|${DAY_SPAN})(?![\\d,]|\\s*,?\\s*(?:19|20)\\d\\d)`, "i");

/**
 * "Harvest (... / 25 June - 1 July)", "in the week of February 22-28": a span of days printed
 * without its year, in the year of `reference` (the report's date); a span ending after it is none.
 */
export function yearlessPeriod(text: string, reference: string | null): Period | null {
  const yearless = YEARLESS_RANGE_RE.exec(text);
  if (!yearless || !reference) return null;
  // "between December 17 and 23": the same span as "December 17-23".
  const span = /^between\s/i.test(yearless[0]) ? yearless[0].replace(/^between\s+/i, "").replace(/\s+and\s+/, "-") : yearless[0];
  const range = findPeriod(`${span} ${reference.slice(0, 4)}`);
  return range && range.end <= reference ? { start: range.start, end: range.end } : null;
}

const SINCE_YEAR_RE = /\bsince\s+(?:the\s+)?(?:start|beginning)\s+of\s+((?:19|20)\d\d)\b/i;
const SINCE_MONTH_RE = new RegExp(`\\bsince\\s+(?:(?:the\\s+)?(?:start|beginning)\\s+of\\s+)?(${MONTH_RE})\\s*,?\\s+${YEAR_RE}\\b`, "i");
/** "since the beginning of the offensive on western Mosul on February 19, 2017": from the day the campaign began. */
const SINCE_CAMPAIGN_DAY_RE = new RegExp(`\\bsince\\s+the\\s+(?:start|beginning|launch|outset)\\s+of\\s+[^.;:]{0,60}?\\bon\\s+(${MONTH_RE})\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+${YEAR_RE}\\b`, "i");
/** "... and up to March 19": the day a count runs to, when the text says. */
const UP_TO_DAY_RE = new RegExp(`^[^.;:]{0,20}?\\b(?:up to|until|through|till)\\s+(${MONTH_RE})\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+${YEAR_RE})?\\b`, "i");
/** "since January 1, 2021", "since 1 January 2021": from that day. */
const SINCE_DAY_RE = new RegExp(`\\bsince\\s+(?:(${MONTH_RE})\\s+(\\d{1,2})(?:st|nd|rd|th)?|(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH_RE}))\\s*,?\\s+${YEAR_RE}\\b`, "i");

/** "163 people killed since February 2023", as of `end` (the figure's date): from that month's first day to then; null without one. */
export function sincePeriod(text: string, end: string | null): Period | null {
  // "since the beginning of 2024 ISIS's cells have carried out 187 attacks (SOHR, October 14, 2024)".
  const y = end ? SINCE_YEAR_RE.exec(text) : null;
  if (y && end && `${y[1]}-01-01` <= end) return { start: `${y[1]}-01-01`, end };
  const campaign = SINCE_CAMPAIGN_DAY_RE.exec(text);
  const campaignMonth = campaign ? monthNumber(campaign[1]!) : null;
  if (campaign && campaignMonth !== null) {
    const start = isoDate(Number(campaign[3]), campaignMonth, Number(campaign[2]));
    const to = UP_TO_DAY_RE.exec(text.slice(campaign.index + campaign[0].length));
    const toMonth = to ? monthNumber(to[1]!) : null;
    const last = to && toMonth !== null ? isoDate(Number(to[3] ?? campaign[3]), toMonth, Number(to[2])) : end;
    if (last && start <= last) return { start, end: last };
  }
  const d = end ? SINCE_DAY_RE.exec(text) : null;
  const dayMonth = d ? monthNumber(d[1] ?? d[4]!) : null;
  if (d && end && dayMonth !== null) {
    const start = isoDate(Number(d[5]), dayMonth, Number(d[2] ?? d[3]));
    return start <= end ? { start, end } : null;
  }
  const m = end ? SINCE_MONTH_RE.exec(text) : null;
  const month = m ? monthNumber(m[1]!) : null;
  if (!m || !end || month === null) return null;
  const start = isoDate(Number(m[2]), month, 1);
  return start <= end ? { start, end } : null;
}
