// Dates as bulletins write them: "On January 11, 2021", "11 January 2021", "June 9:",
// "Thursday 19 July", ranges ("January 7-13, 2021", "from June 9 to June 15, 2018",
// "December 28, 2020 - January 3, 2021") and years inferred from the report's period.

import type { Period } from "../core/incident.ts";
import { eachMatch } from "./matches.ts";
import { addDays, daysBetween, isoDate, isValidDay, monthNumber } from "./calendar.ts";
import { ordinalDays } from "./day-of-month.ts";

export { addDays, daysBetween, isoDate, isValidDay, monthNumber, weekdayOnOrBefore } from "./calendar.ts";

// French names too ("Jeudi 5 mai", "12 avril 2016"), as Maghreb and Sahel sources print them; not "Mai-Mai".
export const MONTH_RE = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|janvier|f[ée]vrier|mars|avril|mai(?![-\\w])|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre)\\.?";
const WEEKDAY_RE = "(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day";
const DAY_RE = "(\\d{1,2})(?:st|nd|rd|th)?";
const YEAR_RE = "((?:19|20)\\d\\d)";
const DASH = "\\s*(?:-|–|—|to|until|till|and)\\s*";

/** What a date in text is measured against when it prints no year. */
export interface DateContext {
  period?: Period | null;
  reference?: string | null;
  /** The document writes numeric dates day first: "09/07/2022" is 9 July where the period allows both. */
  dayFirst?: boolean;
}

/** The year for a month and day that printed none: the one that puts it nearest the period or reference. */
export function inferYear(month: number, day: number, ctx: DateContext): number | null {
  const anchor = ctx.period?.end ?? ctx.reference ?? null;
  if (!anchor) return null;
  const y = Number(anchor.slice(0, 4));
  let best: number | null = null;
  let bestGap = Infinity;
  for (const cand of [y - 1, y, y + 1]) {
    if (!isValidDay(cand, month, day)) continue;
    const gap = Math.abs(daysBetween(anchor, isoDate(cand, month, day)));
    if (gap < bestGap) {
      bestGap = gap;
      best = cand;
    }
  }
  return best;
}

export interface DateMention {
  /** YYYY-MM-DD, or YYYY-MM-01 when only the month is known. */
  date: string;
  precision: 1 | 3;
  hasYear: boolean;
  start: number;
  end: number;
}

const MONTH_DAY = new RegExp(`\\b(${MONTH_RE})\\s+${DAY_RE}(?!\\d|:\\d)(?:\\s*,?\\s*${YEAR_RE})?`, "gi");
// "19 September", "the 19th of September", "the 19th day of September 2021" (a police statement's form).
const DAY_MONTH = new RegExp(`\\b${DAY_RE}\\s+(?:day\\s+of\\s+|of\\s+)?(${MONTH_RE})(?:\\s*,?\\s*${YEAR_RE})?\\b`, "gi");
const MONTH_YEAR = new RegExp(`\\b(?:in|during|since|of|from)?\\s*(${MONTH_RE})\\s*,?\\s+${YEAR_RE}\\b`, "gi");
const ISO = /\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b/g;
// "14.03.2019", "3/14/2019", "02-08-2023": numeric day and month in either order, with a four-digit year.
const NUMERIC_FULL = /(?<![\d./-])(\d{1,2})([./-])(\d{1,2})\2((?:19|20)\d\d)(?![\d./-]|\.\d)/g;
// "3/14:", "2/7 -", "14.03 -", "Anbar – 14/05:": a short numeric date only where it labels what
// follows (a header or an item's lead, after its number or a place at most), since elsewhere "2/7" or "14.03" are
// more often numbers.
const NUMERIC_LABEL = /(?<=^[\s*_#]*(?:\(?\d{1,3}(?:\.\d{1,3})*[.)/]?\s+)?(?:[A-Z][\w'’ -]{0,30}?\s*[–—,-]\s*)?(?:(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|nesday|rsday|urday)?\.?,?\s+)?)(\d{1,2})([./])(\d{1,2})(?=\s*(?:[:–—]|-\s|\(\w+\)\s*$|$))/g;
/** The text of a numeric date, for layout rules that look for one. */
// A post's stamp: "03/07 07:40", "| 08/07 —", "On 03/07,": a day and month without a year, read as
// the period or the report's date makes likelier (day first or month first).
const NUMERIC_STAMP = /(?<![\d./])(\d{1,2})([./])(\d{1,2})(?=\s+(?:at\s+)?\d{1,2}[:h]\d{2}\b)|(?<=\|\s*)(\d{1,2})(\/)(\d{1,2})(?=\s*(?:[—–-]\s|\||$))|(?<=\b[Oo]n\s+)(\d{1,2})(\/)(\d{1,2})(?![./]?\d)/g;
export const NUMERIC_DATE_PATTERN = "\\d{1,2}[./]\\d{1,2}(?:[./](?:19|20)\\d\\d)?";

// A military date-time group: "130545Z MAR 23" (day 13, 05:45 UTC, March 2023), "130545ZMAR2023".
const DTG = new RegExp(`\\b(\\d{2})\\d{4}\\s?Z\\s?(${MONTH_RE})\\s?(\\d{2}(?:\\d{2})?)\\b`, "gi");

// Military style without the time: "21 MAR 23", "21MAR23" (capitals only: "21 March 23 soldiers" is a count).
const MIL_DATE = /\b(\d{1,2}) ?(JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC) ?(\d{2})\b/g;
// "20 Mar 21, late afternoon": a brief's short form, its two-digit year ending the date ("20 Mar 21 soldiers" is a count).
const SHORT_DATE = /\b(\d{1,2}) (Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec) (\d{2})(?=\s*(?:[,;.)(]|$))/g;

/** Days from `date` to the period (0 inside it), or to the reference. */
function distanceToContext(date: string, ctx: DateContext): number {
  const p = ctx.period;
  if (p) return date < p.start ? daysBetween(date, p.start) : date > p.end ? daysBetween(p.end, date) : 0;
  return ctx.reference ? Math.abs(daysBetween(ctx.reference, date)) : 0;
}

/**
 * A numeric date's reading: day-month or month-day, whichever is a valid date nearest the
 * report's period. Without a decisive period, dots read day first (European) and slashes
 * month first (American), as analysts in either tradition write them.
 */
function numericDate(a: number, b: number, sep: string, yearText: string | undefined, ctx: DateContext): string | null {
  // "02-08-2023": dashes too are mostly written day first.
  const readings: [number, number][] = sep === "." || sep === "-" || ctx.dayFirst ? [[b, a], [a, b]] : [[a, b], [b, a]];
  let best: string | null = null;
  let bestGap = Infinity;
  for (const [month, day] of readings) {
    const year = yearText ? Number(yearText) : inferYear(month, day, ctx);
    if (year === null || !isValidDay(year, month, day)) continue;
    const date = isoDate(year, month, day);
    const gap = distanceToContext(date, ctx);
    if (gap < bestGap) {
      best = date;
      bestGap = gap;
    }
  }
  // A bare "2/7" far from the report's dates is not one of its dates.
  if (best && !yearText && bestGap > 62) return null;
  return best;
}
const HAS_DIGIT_RE = /\d/;
/**
 * Whether a full numeric date in `text` shows its document's order: "03/07/2022" in a July report
 * can only be day first, "17/07/2022" is day first whatever the report. Null when it shows neither.
 */
export function numericOrder(text: string, ctx: DateContext): "day" | "month" | null {
  NUMERIC_FULL.lastIndex = 0;
  const m = NUMERIC_FULL.exec(text);
  NUMERIC_FULL.lastIndex = 0;
  if (!m) return null;
  const a = Number(m[1]);
  const b = Number(m[3]);
  const year = Number(m[4]);
  const gap = (month: number, day: number) => (isValidDay(year, month, day) ? distanceToContext(isoDate(year, month, day), ctx) : Infinity);
  const dayFirst = gap(b, a);
  const monthFirst = gap(a, b);
  return dayFirst < monthFirst ? "day" : monthFirst < dayFirst ? "month" : null;
}


/** Every date in `text`, in order of appearance. */
/** Keeps `m` unless it overlaps a mention already taken. */
function addMention(out: DateMention[], taken: [number, number][], m: DateMention): void {
  if (taken.some(([a, b]) => m.start < b && m.end > a)) return;
  taken.push([m.start, m.end]);
  out.push(m);
}

const YEAR_END_DAY_RE = /\bthe (first|last) day of ((?:19|20)\d\d)\b/gi;

export function findDates(text: string, ctx: DateContext = {}): DateMention[] {
  const out: DateMention[] = [];
  // Every date pattern needs a digit: most sentences have none.
  if (!HAS_DIGIT_RE.test(text)) return out;
  const taken: [number, number][] = [];
  for (const m of eachMatch(ISO, text)) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (isValidDay(y, mo, d)) addMention(out, taken, { date: isoDate(y, mo, d), precision: 1, hasYear: true, start: m.index, end: m.index + m[0].length });
  }
  if (text.includes("Z")) {
    for (const m of eachMatch(DTG, text)) {
      const month = monthNumber(m[2]!);
      const year = m[3]!.length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
      const day = Number(m[1]);
      if (month !== null && isValidDay(year, month, day)) addMention(out, taken, { date: isoDate(year, month, day), precision: 1, hasYear: true, start: m.index, end: m.index + m[0].length });
    }
  }
  if (/[A-Z]{3} ?\d\d\b/.test(text)) {
    for (const m of eachMatch(MIL_DATE, text)) {
      const month = monthNumber(m[2]!);
      const year = 2000 + Number(m[3]);
      const day = Number(m[1]);
      if (month !== null && isValidDay(year, month, day)) addMention(out, taken, { date: isoDate(year, month, day), precision: 1, hasYear: true, start: m.index, end: m.index + m[0].length });
    }
  }
  if (/[A-Z][a-z]{2,3} \d\d\b/.test(text)) {
    for (const m of eachMatch(SHORT_DATE, text)) {
      const month = monthNumber(m[2]!);
      const year = 2000 + Number(m[3]);
      const day = Number(m[1]);
      if (month !== null && isValidDay(year, month, day)) addMention(out, taken, { date: isoDate(year, month, day), precision: 1, hasYear: true, start: m.index, end: m.index + m[0].length });
    }
  }
  for (const re of [NUMERIC_FULL, NUMERIC_LABEL, NUMERIC_STAMP]) {
    if (!/\d[./]\d/.test(text) && (re !== NUMERIC_FULL || !/\d-\d{1,2}-[12]/.test(text))) continue;
    for (const m of eachMatch(re, text)) {
      // NUMERIC_STAMP's three alternatives each capture day, separator and month.
      const g = re === NUMERIC_STAMP ? (m[1] ? 1 : m[4] ? 4 : 7) : 1;
      const date = numericDate(Number(m[g]), Number(m[g + 2]), m[g + 1]!, re === NUMERIC_FULL ? m[4] : undefined, ctx);
      if (date) addMention(out, taken, { date, precision: 1, hasYear: re === NUMERIC_FULL, start: m.index, end: m.index + m[0].length });
    }
  }
  for (const re of [MONTH_DAY, DAY_MONTH]) {
    for (const m of eachMatch(re, text)) {
      const monthFirst = re === MONTH_DAY;
      const month = monthNumber(monthFirst ? m[1]! : m[2]!);
      const day = Number(monthFirst ? m[2] : m[1]);
      if (month === null) continue;
      // "May" is also a verb: accept it only with a plausible day right after.
      if (monthFirst && /^may$/i.test(m[1]!) && !/^May\s+\d/.test(m[0])) continue;
      const yearText = m[3];
      const year = yearText ? Number(yearText) : inferYear(month, day, ctx);
      if (year === null || !isValidDay(year, month, day)) continue;
      addMention(out, taken, { date: isoDate(year, month, day), precision: 1, hasYear: Boolean(yearText), start: m.index, end: m.index + m[0].length });
    }
  }
  for (const d of ordinalDays(text, ctx)) addMention(out, taken, { ...d, precision: 1, hasYear: false });
  // "On the first day of 2025", "on the last day of 2024": the year's first or last day.
  if (text.includes(" day of ")) {
    for (const m of eachMatch(YEAR_END_DAY_RE, text)) {
      const year = Number(m[2]);
      addMention(out, taken, { date: /first/i.test(m[1]!) ? isoDate(year, 1, 1) : isoDate(year, 12, 31), precision: 1, hasYear: true, start: m.index, end: m.index + m[0].length });
    }
  }
  for (const m of eachMatch(MONTH_YEAR, text)) {
    const month = monthNumber(m[1]!);
    if (month === null) continue;
    const start = m.index + m[0].indexOf(m[1]!);
    addMention(out, taken, { date: isoDate(Number(m[2]), month, 1), precision: 3, hasYear: true, start, end: m.index + m[0].length });
  }
  return out.sort((a, b) => a.start - b.start);
}

const WEEKDAY_BEFORE_DAY_RE = new RegExp(`\\b${WEEKDAY_RE},?(?=\\s+(?:\\d|${MONTH_RE}\\s+\\d))`, "gi");

const RANGE_PATTERNS: RegExp[] = [
  // January 7-13, 2021 / January 7 to 13, 2021
  new RegExp(`\\b(${MONTH_RE})\\s+${DAY_RE}${DASH}${DAY_RE}\\s*,?\\s*${YEAR_RE}`, "i"),
  // December 28, 2020 - January 3, 2021 / December 28 - January 3, 2021 / from June 9 to June 15, 2018
  new RegExp(`\\b(${MONTH_RE})\\s+${DAY_RE}(?:\\s*,?\\s*${YEAR_RE})?${DASH}(${MONTH_RE})\\s+${DAY_RE}\\s*,?\\s*${YEAR_RE}`, "i"),
  // 7-13 January 2021
  new RegExp(`\\b${DAY_RE}${DASH}${DAY_RE}\\s+(${MONTH_RE})\\s*,?\\s*${YEAR_RE}`, "i"),
  // 28 December 2020 - 3 January 2021 / 28 December - 3 January 2021
  new RegExp(`\\b${DAY_RE}\\s+(${MONTH_RE})(?:\\s*,?\\s*${YEAR_RE})?${DASH}${DAY_RE}\\s+(${MONTH_RE})\\s*,?\\s*${YEAR_RE}`, "i"),
  // "Week 10, 2023 (27 February - 5 March)": the year stands apart from the range.
  new RegExp(`${YEAR_RE}\\D{1,12}?\\b${DAY_RE}\\s+(${MONTH_RE})${DASH}${DAY_RE}\\s+(${MONTH_RE})\\b`, "i"),
  // A signal's subject line: "13 TO 19 MAR 23", "28 DEC TO 3 JAN 24" (capitals, two-digit year).
  /\b(\d{1,2})(?: ?(JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC))?\s*(?:-|TO)\s*(\d{1,2}) ?(JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC) ?(\d\d)\b/,
  // A report's months: "January-June 2023", "January to June 2023" (from the first day of the one to the last of the other).
  new RegExp(`\\b(January|February|March|April|May|June|July|August|September|October|November|December)${DASH}(January|February|March|April|May|June|July|August|September|October|November|December)\\s*,?\\s*${YEAR_RE}`),
];

export interface PeriodMention extends Period {
  start_index: number;
  end_index: number;
}

/** A stated period ("January 7-13, 2021") in `text`, or null. Year boundaries roll the start back. */
export function findPeriod(input: string): PeriodMention | null {
  let best: PeriodMention | null = null;
  if (!HAS_DIGIT_RE.test(input)) return best;
  // "Sunday 29 December 2019 - Saturday 4 January 2020": weekdays blanked (same length, so
  // offsets hold) let the range patterns see the dates side by side.
  const text = input.replace(WEEKDAY_BEFORE_DAY_RE, (w) => " ".repeat(w.length));
  RANGE_PATTERNS.forEach((re, kind) => {
    const m = re.exec(text);
    if (!m) return;
    let sy: number, sm: number, sd: number, ey: number, em: number, ed: number;
    if (kind === 0) {
      sm = em = monthNumber(m[1]!) ?? 0;
      sd = Number(m[2]);
      ed = Number(m[3]);
      sy = ey = Number(m[4]);
    } else if (kind === 1) {
      sm = monthNumber(m[1]!) ?? 0;
      sd = Number(m[2]);
      em = monthNumber(m[4]!) ?? 0;
      ed = Number(m[5]);
      ey = Number(m[6]);
      sy = m[3] ? Number(m[3]) : sm > em ? ey - 1 : ey;
    } else if (kind === 2) {
      sd = Number(m[1]);
      ed = Number(m[2]);
      sm = em = monthNumber(m[3]!) ?? 0;
      sy = ey = Number(m[4]);
    } else if (kind === 3) {
      sd = Number(m[1]);
      sm = monthNumber(m[2]!) ?? 0;
      ed = Number(m[4]);
      em = monthNumber(m[5]!) ?? 0;
      ey = Number(m[6]);
      sy = m[3] ? Number(m[3]) : sm > em ? ey - 1 : ey;
    } else if (kind === 6) {
      sm = monthNumber(m[1]!) ?? 0;
      em = monthNumber(m[2]!) ?? 0;
      ey = Number(m[3]);
      sy = sm > em ? ey - 1 : ey;
      sd = 1;
      ed = new Date(Date.UTC(ey, em, 0)).getUTCDate();
    } else if (kind === 5) {
      sd = Number(m[1]);
      ed = Number(m[3]);
      em = monthNumber(m[4]!) ?? 0;
      sm = m[2] ? monthNumber(m[2]) ?? 0 : em;
      ey = 2000 + Number(m[5]);
      sy = sm > em ? ey - 1 : ey;
    } else {
      sd = Number(m[2]);
      sm = monthNumber(m[3]!) ?? 0;
      ed = Number(m[4]);
      em = monthNumber(m[5]!) ?? 0;
      // The stated year is the week's; a range that crosses New Year starts in the one before.
      ey = Number(m[1]);
      if (sm > em) {
        sy = ey - 1;
      } else sy = ey;
    }
    if (!isValidDay(sy, sm, sd) || !isValidDay(ey, em, ed)) return;
    const start = isoDate(sy, sm, sd);
    const end = isoDate(ey, em, ed);
    if (end < start || daysBetween(start, end) > 400) return;
    if (!best || m.index < best.start_index) best = { start, end, start_index: m.index, end_index: m.index + m[0].length };
  });
  return best;
}

export const WEEKDAY_PATTERN = WEEKDAY_RE;
