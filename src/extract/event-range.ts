// A range of days an item's event spans ("between 3 and 8 August", "from March 28 to April 2",
// "on 2-7 March"): the contract dates such an event by its first day with time precision 2. The
// range must be the event's, not the report's: "the spokesman said on March 8 that troops killed
// nine militants between March 2 and 7" happened from March 2, not on March 8.

import { daysBetween, inferYear, isoDate, isValidDay, MONTH_RE, monthNumber, type DateContext } from "./dates.ts";

export interface EventRange {
  /** The first day, YYYY-MM-DD. */
  date: string;
  /** Where the range's text starts in the sentence. */
  start: number;
  /** Days from the first to the last day, inclusive. */
  days: number;
}

const D = "(\\d{1,2})(?:st|nd|rd|th)?";
const M = `(${MONTH_RE})`;
const Y = "(?:,?\\s+((?:19|20)\\d\\d))?";
// "6/7 March": a night or a two-day span written with a slash.
const LINK = "\\s*(?:and|to|until|till|through|-|–|/)\\s*";
// Each shape with the groups it fills: [regex, order of (startDay, startMonth, endDay, endMonth, year)].
const SHAPES: [RegExp, readonly ("d1" | "m1" | "y1" | "d2" | "m2" | "y")[]][] = [
  // "between June 29, 2014 and August 18, 2015": each day with its own year
  [new RegExp(`\\b(?:between|from)\\s+${M}\\s+${D},?\\s+((?:19|20)\\d\\d)${LINK}${M}\\s+${D},?\\s+((?:19|20)\\d\\d)\\b`, "i"), ["m1", "d1", "y1", "m2", "d2", "y"]],
  // "between 3 and 8 August 2020", "3-8 August"
  [new RegExp(`\\b(?:between|from)?\\s*${D}${LINK}${D}\\s+${M}${Y}`, "i"), ["d1", "d2", "m2", "y"]],
  // "between 28 March and 2 April"
  [new RegExp(`\\b(?:between|from)\\s+${D}\\s+${M}${LINK}${D}\\s+${M}${Y}`, "i"), ["d1", "m1", "d2", "m2", "y"]],
  // "between March 28 and April 2, 2020"
  [new RegExp(`\\b(?:between|from)\\s+${M}\\s+${D}${LINK}${M}\\s+${D}${Y}`, "i"), ["m1", "d1", "m2", "d2", "y"]],
  // "between March 2 and 7", "March 2-7, 2022"
  [new RegExp(`\\b(?:(?:between|from)\\s+)?${M}\\s+${D}${LINK}${D}(?!\\s*${MONTH_RE})${Y}`, "i"), ["m1", "d1", "d2", "y"]],
];

// A date right after a reporting verb is when something was said, not when it happened.
// "a report published by the monitor on August 19": so is a publication's day.
const REPORTED_ON_RE = new RegExp(`\\b(?:said|says|announced|reported|stated|claimed|declared|confirmed|added|(?:published|released|issued)(?:\\s+by\\s+(?:the\\s+)?[A-Z][^,.;]{0,60}?)?\\s+on)\\s+(?:on\\s+)?(?:\\w+day,?\\s+)?(?:${MONTH_RE}\\s+\\d{1,2}|\\d{1,2}\\s+${MONTH_RE})`, "i");

/** The first range of days in `sentence` that dates its event, or null. */
export function eventRange(sentence: string, ctx: DateContext): EventRange | null {
  // Cheap test first: a day, at most a month name, a link word, then a day or a month.
  if (!/\d(?:st|nd|rd|th)?\s*(?:[a-z]{3,9}\.?\s*)?(?:and|to|until|till|through|-|–|\/)\s*(?:\d|[a-z])/i.test(sentence)) return null;
  let best: EventRange | null = null;
  for (const [re, order] of SHAPES) {
    const m = re.exec(sentence);
    if (!m) continue;
    const g: Partial<Record<"d1" | "m1" | "y1" | "d2" | "m2" | "y", string>> = {};
    order.forEach((k, i) => {
      const v = m[i + 1];
      if (v !== undefined) g[k] = v;
    });
    const d1 = Number(g.d1);
    const d2 = Number(g.d2);
    const m2 = monthNumber(g.m2 ?? g.m1 ?? "");
    const m1 = monthNumber(g.m1 ?? g.m2 ?? "");
    if (m1 === null || m2 === null) continue;
    // A range runs forwards: "8-3 August" is not one, nor are "3 and 8" that are not days.
    if (m1 === m2 && d2 <= d1) continue;
    const year = g.y1 !== undefined ? Number(g.y1) : g.y !== undefined ? Number(g.y) - (m1 > m2 ? 1 : 0) : inferYear(m1, d1, ctx);
    if (year === null || !isValidDay(year, m1, d1)) continue;
    const start = m.index + (m[0].length - m[0].trimStart().length);
    const endYear = g.y1 !== undefined ? Number(g.y) : m2 < m1 ? year + 1 : year;
    if (endYear < year || (endYear === year && (m2 < m1 || (m2 === m1 && d2 <= d1)))) continue;
    if (!isValidDay(endYear, m2, d2)) continue;
    const days = daysBetween(isoDate(year, m1, d1), isoDate(endYear, m2, d2)) + 1;
    if (best === null || start < best.start) best = { date: isoDate(year, m1, d1), start, days };
  }
  return best;
}

/**
 * The range that dates the event of `sentence`, when there is one: it comes before any single day
 * the sentence states, or every single day before it is when something was reported.
 */
export function eventRangeOf(sentence: string, firstDayAt: number | null, ctx: DateContext): EventRange | null {
  const range = eventRange(sentence, ctx);
  if (range === null) return null;
  if (firstDayAt === null || range.start <= firstDayAt) return range;
  const reported = REPORTED_ON_RE.exec(sentence);
  return reported !== null && reported.index < range.start ? range : null;
}
