// "On the 9th", "late on the 22nd": a day of the month alone, in the month a monthly report covers.

import type { DateContext } from "./dates.ts";
import { eachMatch } from "./matches.ts";
import { isoDate, isValidDay } from "./calendar.ts";

/** "On the 9th", "late on the 22nd": a day of the month a monthly report covers (not "the 5th Corps", "the 17th anniversary"). */
const ORDINAL_DAY = /\b(?:[Oo]n|[Bb]y|[Uu]ntil|[Ss]ince|[Ff]rom)\s+the\s+(\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?[A-Z])(?!\s+(?:century|anniversary|time|floor|division|brigade|battalion|army|corps|regiment|edition|round|consecutive|week|month|year|issue|statement|day of)\b)/g;

/** The date of day `day` of the month the period (or, without one, the reference) lies in; null when the period spans months the day could be in. */
function dayOfPeriodMonth(day: number, ctx: DateContext): string | null {
  const start = ctx.period?.start ?? null;
  const end = ctx.period?.end ?? ctx.reference ?? null;
  if (!end) return null;
  const [ey, em] = [Number(end.slice(0, 4)), Number(end.slice(5, 7))];
  if (start && start.slice(0, 7) !== end.slice(0, 7)) {
    // A week across two months: the day falls in whichever month puts it inside the period.
    const [sy, sm] = [Number(start.slice(0, 4)), Number(start.slice(5, 7))];
    for (const [y, mo] of [[sy, sm], [ey, em]] as const) {
      if (!isValidDay(y, mo, day)) continue;
      const iso = isoDate(y, mo, day);
      if (iso >= start && iso <= end) return iso;
    }
    return null;
  }
  if (!ctx.period && Number(end.slice(8, 10)) < day) {
    // Only a reference date: a later day of the month is last month's.
    const [y, mo] = em === 1 ? [ey - 1, 12] : [ey, em - 1];
    return isValidDay(y, mo, day) ? isoDate(y, mo, day) : null;
  }
  return isValidDay(ey, em, day) ? isoDate(ey, em, day) : null;
}


/** Each "on the Nth" of `text` with the day it names; none without a period or reference to place it. */
export function ordinalDays(text: string, ctx: DateContext): { date: string; start: number; end: number }[] {
  const out: { date: string; start: number; end: number }[] = [];
  if (!text.includes("the ")) return out;
  for (const m of eachMatch(ORDINAL_DAY, text)) {
    const date = dayOfPeriodMonth(Number(m[1]), ctx);
    if (date) out.push({ date, start: m.index + m[0].indexOf("the "), end: m.index + m[0].length });
  }
  return out;
}
