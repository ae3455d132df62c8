// Week arithmetic on YYYY-MM-DD text, in UTC: the same buckets the store's SQL makes.

import { WEEKDAYS, type Weekday } from "../core/analysis.ts";

const DAY_MS = 86_400_000;

function dayNumber(date: string): number {
  return Math.floor(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
}

function dateOf(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return dateOf(dayNumber(date) + days);
}

/** The first day of the week holding `date`, weeks starting on `start`. */
export function weekOf(date: string, start: Weekday): string {
  const d = dayNumber(date);
  const weekday = (((d + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday (4)
  return dateOf(d - ((weekday - WEEKDAYS.indexOf(start) + 7) % 7));
}

export function addWeeks(week: string, n: number): string {
  return addDays(week, 7 * n);
}

/** Whole weeks from `a` to `b` (both week starts). */
export function weeksBetween(a: string, b: string): number {
  return Math.round((dayNumber(b) - dayNumber(a)) / 7);
}

/** `count` consecutive week starts ending with `last`. */
export function weeksEndingWith(last: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => addWeeks(last, i - count + 1));
}

/** Days from `a` to `b` (YYYY-MM-DD). */
export function daysBetween(a: string, b: string): number {
  return dayNumber(b) - dayNumber(a);
}

/** The period of the same length just before `start`..`end`: whole calendar months shift by months, anything else by days. */
export function previousPeriod(start: string, end: string): { start: string; end: string } {
  const dayBefore = addDays(start, -1);
  if (start.endsWith("-01") && addDays(end, 1).endsWith("-01")) {
    const month = (d: string) => Number(d.slice(0, 4)) * 12 + Number(d.slice(5, 7)) - 1;
    const first = month(start) - (month(end) - month(start) + 1);
    const y = Math.floor(first / 12);
    return { start: `${String(y).padStart(4, "0")}-${String((first % 12) + 1).padStart(2, "0")}-01`, end: dayBefore };
  }
  return { start: addDays(start, -(daysBetween(start, end) + 1)), end: dayBefore };
}
