// A text that is one date and nothing more: a closing "(Friday, 10 Mar)", a page's timestamp line.

import { findDates, WEEKDAY_PATTERN, type DateContext } from "./dates.ts";

const WEEKDAY_ONLY_RE = new RegExp(`^[\\s,.|–-]*(?:${WEEKDAY_PATTERN})?[\\s,.|–-]*$`, "i");
const WEEKDAY_AND_TIME_RE = new RegExp(`^[\\s,.|–-]*(?:${WEEKDAY_PATTERN})?[\\s,.|–-]*(?:(?:at\\s+)?\\d{1,2}[:.]\\d\\d(?:\\s*[AP]\\.?M\\.?)?(?:\\s*(?:UTC|GMT|[A-Z]{2,4}|[+-]\\d{2}:?\\d{2}))?)?[\\s.]*$`, "i");

/**
 * The one day `text` consists of: its first day's date (with a year when `withYear`), and nothing
 * else but a weekday ("(Friday, 10 Mar)") or, when `withTime`, a time of day ("September 9, 2022
 * 2:12 PM UTC"). Null when the text says anything more.
 */
export function dateAlone(text: string, ctx: DateContext = {}, opts: { withYear?: boolean; withTime?: boolean } = {}): string | null {
  const d = findDates(text, ctx).find((m) => m.precision === 1 && (!opts.withYear || m.hasYear));
  if (!d) return null;
  const rest = text.slice(0, d.start) + text.slice(d.end);
  return (opts.withTime ? WEEKDAY_AND_TIME_RE : WEEKDAY_ONLY_RE).test(rest) ? d.date : null;
}
