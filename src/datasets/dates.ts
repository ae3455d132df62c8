// Dates as the datasets write them, to YYYY-MM-DD: 2020-05-09, 2009-06-09 00:00:00.000, 9-May-20,
// 31-12-19 (day first, as ACLED's spreadsheet exports), 21 March 2020, 05/09/2020 when unambiguous,
// and GTD's iyear/imonth/iday (0 = unknown) or the date inside an eventid.

import { memoize } from "./memo.ts";

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
  january: 1, february: 2, march: 3, april: 4, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
};

export function isValidDate(y: number, m: number, d: number): boolean {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d) || y < 1000 || y > 2999 || m < 1 || m > 12 || d < 1) return false;
  const days = [31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;
  return d <= days;
}

function iso(y: number, m: number, d: number): string | null {
  if (!isValidDate(y, m, d)) return null;
  return `${y}-${m < 10 ? "0" : ""}${m}-${d < 10 ? "0" : ""}${d}`;
}

/** Two-digit years: 00-69 are 20xx, 70-99 are 19xx (the datasets start in 1970 and 1989). */
function fullYear(text: string): number {
  const n = Number(text);
  if (text.length === 4) return n;
  return n < 70 ? 2000 + n : 1900 + n;
}

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const DMY_NAMED = /^(\d{1,2})[- ]([A-Za-z]+)\.?[- ,]+(\d{2}|\d{4})$/;
const MDY_NAMED = /^([A-Za-z]+)\.? (\d{1,2}),? (\d{4})$/;
const NUMERIC = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{2}|\d{4})$/;
const YMD_SLASH = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/;

/** YYYY-MM-DD for a date cell, or null when it is not a date this importer can read without guessing. */
export function parseDate(text: string): string | null {
  const s = text.trim();
  let m = ISO.exec(s);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  m = DMY_NAMED.exec(s);
  if (m) {
    const month = MONTHS[m[2]!.toLowerCase()];
    return month === undefined ? null : iso(fullYear(m[3]!), month, Number(m[1]));
  }
  m = MDY_NAMED.exec(s);
  if (m) {
    const month = MONTHS[m[1]!.toLowerCase()];
    return month === undefined ? null : iso(Number(m[3]), month, Number(m[2]));
  }
  m = YMD_SLASH.exec(s);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  m = NUMERIC.exec(s);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    const y = fullYear(m[4]!);
    // Dashes and dots: day first (31-12-19, 31.12.2019). Slashes: day first unless that cannot be a
    // date (12/31/2019); both readings valid and different (05/09/2020) is ambiguous.
    if (m[2] !== "/") return iso(y, b, a);
    const dayFirst = iso(y, b, a);
    const monthFirst = iso(y, a, b);
    if (dayFirst !== null && monthFirst !== null && dayFirst !== monthFirst) return null;
    return dayFirst ?? monthFirst;
  }
  return null;
}

/** `parseDate` for cells: rows share few distinct dates, so each is read once. */
export const parseDateCell = memoize(parseDate);

export interface PartialDate {
  date: string;
  /** 1 = day known, 3 = only the month or only the year. */
  precision: 1 | 3;
}

/**
 * GTD's iyear/imonth/iday: a 0 day or month means unknown. An unknown day is coded mid-month
 * (ACLED's rule for month-only events), an unknown month mid-year (July 1st); both get precision 3.
 */
export function gtdDate(year: string, month: string, day: string): PartialDate | null {
  const y = Number(year);
  const mo = month.trim() === "" ? 0 : Number(month);
  const d = day.trim() === "" ? 0 : Number(day);
  if (!Number.isInteger(y) || !Number.isInteger(mo) || !Number.isInteger(d)) return null;
  if (mo === 0) {
    const date = iso(y, 7, 1);
    return date === null ? null : { date, precision: 3 };
  }
  if (d === 0) {
    const date = iso(y, mo, 15);
    return date === null ? null : { date, precision: 3 };
  }
  const date = iso(y, mo, d);
  return date === null ? null : { date, precision: 1 };
}

/** The date inside a GTD eventid (YYYYMMDD + a 4-digit sequence number), day or month 00 = unknown. */
export function gtdDateFromEventId(eventid: string): PartialDate | null {
  const m = /^(\d{4})(\d{2})(\d{2})\d{4}$/.exec(eventid.trim());
  return m ? gtdDate(m[1]!, m[2]!, m[3]!) : null;
}
