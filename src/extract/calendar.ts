// Calendar arithmetic on ISO days (YYYY-MM-DD) and month names: no text reading.

const MONTH_NAMES = [
  "january", "february", "march", "april", "may", "june",
  "july", "august", "september", "october", "november", "december",
] as const;

const MONTH_INDEX = new Map<string, number>();
MONTH_NAMES.forEach((m, i) => {
  MONTH_INDEX.set(m, i + 1);
  MONTH_INDEX.set(m.slice(0, 3), i + 1);
});
MONTH_INDEX.set("sept", 9);
["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"].forEach((m, i) => MONTH_INDEX.set(m, i + 1));
MONTH_INDEX.set("fevrier", 2).set("aout", 8).set("decembre", 12);

export function monthNumber(name: string): number | null {
  return MONTH_INDEX.get(name.toLowerCase().replace(/\.$/, "")) ?? null;
}

export function isoDate(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

export function isValidDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function addDays(iso: string, days: number): string {
  const t = Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

/** The latest date on or before `reference` that falls on `weekday`. */
export function weekdayOnOrBefore(weekday: string, reference: string): string | null {
  const idx = WEEKDAYS.indexOf(weekday.toLowerCase());
  if (idx < 0) return null;
  const refDay = new Date(`${reference}T00:00:00Z`).getUTCDay();
  return addDays(reference, -((refDay - idx + 7) % 7));
}

/** "that weekend", after an incident of `day`: its Saturday, or the next one. */
export function weekendAfter(day: string): string {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return addDays(day, weekday === 6 ? 0 : weekday === 0 ? -1 : 6 - weekday);
}

/** "the following week", after an incident of `day`: the Monday after it. */
export function weekAfter(day: string): string {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return addDays(day, weekday === 0 ? 1 : 8 - weekday);
}
