// The day an incident happened, from its first sentence and the document around it: a stated
// date, a weekday counted back from a dateline or the day header, a fixed-date holiday ("on New
// Year's Eve"), or the day header itself.

import { INCIDENT_RE, DATELINE_RE, DAY_WORD_RE, EARLIER_ATTACK_CLAUSE, NEW_EVENT_RE, ON_DATE_START_RE, RECENT_SPAN_RE, WEEKEND_RE } from "./incident-cues.ts";
import { addDays, daysBetween, findDates, inferYear, MONTH_RE, weekdayOnOrBefore, type DateContext, type DateMention } from "./dates.ts";
import { dateAlone } from "./date-alone.ts";
import { eventRangeOf } from "./event-range.ts";
import { relativeDayOffset } from "./relative-day.ts";
import { isoDate, monthNumber } from "./calendar.ts";
import { parseCardinal } from "./numbers.ts";

export interface EventDateContext {
  dates: DateContext;
  /** The date of the day header the item sits under, if any. */
  dayDate: string | null;
  underDayHeader: boolean;
  /** Other dates a weekday may count back from, best first: a citation's, the publication's, the period's end. */
  references: (string | null | undefined)[];
}

// Holidays on the same day every year: "on New Year's Eve" under a 1 January header is 31 December.
const HOLIDAYS: [RegExp, string][] = [
  [/\bNew Year'?s Eve\b/i, "12-31"],
  [/\bNew Year'?s Day\b/i, "01-01"],
  [/\bChristmas Eve\b/i, "12-24"],
  [/\bChristmas Day\b/i, "12-25"],
];
const HOLIDAY_CUE_RE = /\b(?:New Year|Christmas)/i;

/** The day a relative word counts from: the day header in force, else the first reference the item has. */
function referenceDay(c: EventDateContext): string | null {
  return c.dayDate ?? c.references.find((r) => r) ?? null;
}

/** The latest `MM-DD` on or before `reference`. */
function holidayOnOrBefore(monthDay: string, reference: string): string {
  const year = Number(reference.slice(0, 4));
  const same = `${year}-${monthDay}`;
  return same <= reference ? same : `${year - 1}-${monthDay}`;
}

/** The weekday's date counted back from `ref`: "last Saturday" written on a Saturday is the week before, "on Saturday" that day. */
function weekdayBefore(weekday: RegExpExecArray, ref: string): string | null {
  const strictly = /^last\s/i.test(weekday[0]);
  return weekdayOnOrBefore(weekday[1]!, strictly ? addDays(ref, -1) : ref);
}

/** The event's date, or null when nothing dates it. `first` is the first sentence of `analysis`. */
export function eventDateOf(first: string, analysis: string, c: EventDateContext): string | null {
  return dateOf(first, analysis, c, firstDays(first, c));
}

/** The days the first sentence states (only its head: dates later on are background or reporting). */
function firstDays(first: string, c: EventDateContext): DateMention[] {
  const head = first.slice(0, 400);
  // "The Central Africa Province, which ISIS first mentioned on April 18, ...": the day of the subject's history, not of the event.
  const history = head.includes(", wh") ? HISTORY_CLAUSE_RE.exec(head) : null;
  const days = findDates(head, c.dates).filter((d) => d.precision === 1 && !(history && d.start >= history.index && d.start < history.index + history[0].length));
  // "The Air Force said on April 9 that its strikes ... on April 8 had killed ...": the day of the
  // report gives way to the day its content names.
  const [said, told] = days;
  // Only a recent day is the report's content: an older one dates something the report recalls ("abducted on July 25").
  if (!said || !told || told.date > said.date || told.date < addDays(said.date, -14)) return days;
  if (REPORT_DAY_BEFORE_RE.test(first.slice(Math.max(0, said.start - 30), said.start)) && /\bthat\b/.test(first.slice(said.end, told.start))) return days.slice(1);
  // "On 6 September, US Africa Command announced that an airstrike ... on 5 September": the same.
  // "The communiqué of the EMGA, read on Sunday 13 November, indicates that ... on Saturday 12 November": the same.
  const before = first.slice(0, said.start);
  if ((/^\s*On\s+$/.test(before) || ISSUE_OF_RE.test(before)) && REPORT_AFTER_DAY_RE.test(first.slice(said.end, told.start))) return days.slice(1);
  return days;
}
/** A relative clause telling when the subject came to be (founded, announced, first mentioned), or an earlier attack where the item's happened. */
const HISTORY_CLAUSE_RE = new RegExp(String.raw`,\s+(?:which|who)\s+[^,;.]{0,60}?\b(?:mentioned|announced|founded|established|declared|created|formed|set up|proclaimed|named|joined|pledged allegiance)\b[^,;.]{0,30}?\bon\s[^;.]{3,40}?,|${EARLIER_ATTACK_CLAUSE}`);
/** The verbs that report: "said", "announces", a press review's "writes" and "relates". */
const REPORT_VERB = "(?:said|announced|reported|stated|confirmed|claimed|revealed|says|announces|indicates|reports|writes|informs|relates)";
const REPORT_AFTER_DAY_RE = new RegExp(`^,?\\s*[^.;]{0,80}?\\b${REPORT_VERB}\\b\\s+that\\b`);
const REPORT_DAY_BEFORE_RE = new RegExp(`\\b(?:${REPORT_VERB}|added)\\s+(?:on\\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+)?$`);
/** "In a communiqué of", "The statement, read on ORTM in the evening of": the day a report was issued. */
const ISSUE_OF_RE = /\b(?:communiqu(?:e\b|é)|statement\b|edition\b|bulletin\b|press release\b)[^.;]{0,100}$/i;

const DATE_AFTER_WEEKDAY_RE = new RegExp(`^,?\\s+(?:the\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_RE}|${MONTH_RE}\\.?\\s+\\d{1,2}\\b)`);

/**
 * "Security forces carried out an operation on 6 July ..." under a release dated 7 July: the day
 * the sentence's own event is told on, in the week before its header's day, is the event's (not in
 * a clause about something else: "... terrorists who attacked a post on 3 July").
 */
function statedOnDay(first: string, date: DateMention, headerDay: string): boolean {
  const before = first.slice(0, date.start);
  return /\b(?:on|(?:hours|morning|evening|night|afternoon|dawn) of)\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?$/.test(before) && date.date <= headerDay && date.date >= addDays(headerDay, -7) && !OTHER_CLAUSE_RE.test(before);
}
const OTHER_CLAUSE_RE = /\b(?:who|whom|which|after|since|following|before|until|when|wanted|involved|responsible)\b/i;

const DAY_WORDS_RE = new RegExp(DAY_WORD_RE.source, "gi");
const SAID_BEFORE_RE = /\b(?:said|says|announced|reported|stated|claimed|confirmed|added|told [\w ]{2,30}?)\s+$/i;

/** Whether the weekday phrase `named` is when something was said ("said on Friday"). */
function saidOn(first: string, named: RegExpExecArray): boolean {
  return SAID_BEFORE_RE.test(first.slice(Math.max(0, named.index - 40), named.index));
}

/** The next weekday phrase of the sentence after `named`, if any. */
function weekdayAfter(first: string, named: RegExpExecArray): RegExpExecArray | null {
  DAY_WORDS_RE.lastIndex = named.index + named[0].length;
  const later = DAY_WORDS_RE.exec(first);
  DAY_WORDS_RE.lastIndex = 0;
  return later;
}

/**
 * The weekday phrase that dates the event: "The Islamic State said on Friday that its fighters had
 * attacked ... on Thursday" is Thursday's; a weekday the report was made on gives way to a later one.
 */
function eventWeekday(first: string): RegExpExecArray | null {
  const named = DAY_WORD_RE.exec(first);
  return named !== null && saidOn(first, named) ? (weekdayAfter(first, named) ?? named) : named;
}

const ACT_BEFORE_DAY_RE = /\b(?:were|was|had been)\s+(?:\w+\s+)?\w+(?:ed|en)\b(?![^.;]*\b(?:said|announced|reported|stated)\b)/;
/** "... said on Friday they had arrested two men. The men were detained on Thursday in ...": the next sentence's day of the act. */
function nextSentenceWeekday(first: string, analysis: string): RegExpExecArray | null {
  if (!analysis.startsWith(first)) return null;
  const next = /^\s*([^.;]{0,300})/.exec(analysis.slice(first.length))![1]!;
  const m = DAY_WORD_RE.exec(next);
  return m !== null && ACT_BEFORE_DAY_RE.test(next.slice(0, m.index)) ? m : null;
}

function dateOf(first: string, analysis: string, c: EventDateContext, dates: readonly DateMention[]): string | null {
  const firstDate = dates[0];
  const named = eventWeekday(first);
  // "on Tuesday 8 November": a weekday written with its date is part of that date, not a day to count back.
  const withDate = named !== null && DATE_AFTER_WEEKDAY_RE.test(first.slice(named.index + named[0].length, named.index + named[0].length + 24));
  // "Police said on Friday they had arrested ...": the sentence's only weekday is the report's.
  const reportedOnly = named !== null && saidOn(first, named) && weekdayAfter(first, named) === null;
  const weekday = withDate ? null : (reportedOnly && nextSentenceWeekday(first, analysis)) || named;
  const dateline = DATELINE_RE.exec(analysis);
  let eventDate: string | null = null;
  if (firstDate && weekday && (dateline || !/^(?:On|on)\s/.test(analysis.slice(Math.max(0, firstDate.start - 3), firstDate.start + 1)))) {
    // "MOSUL, Iraq, March 3 (AFP) - ... on Tuesday": the weekday counts back from the report's date.
    eventDate = weekdayBefore(weekday, firstDate.date);
  } else if (firstDate && (withDate || firstDate.start < 60 || ON_DATE_START_RE.test(analysis.slice(firstDate.start - 3)))) eventDate = firstDate.date;
  else if (firstDate && !c.underDayHeader && !c.dayDate) eventDate = firstDate.date;
  else if (firstDate && c.dayDate && statedOnDay(first, firstDate, c.dayDate)) eventDate = firstDate.date;
  // "Sahel, statement on Twitter, 6 March:" then "Last night ...": the label's date is the statement's, and its relative words count from it.
  if (firstDate && eventDate === firstDate.date && LABEL_END_RE.test(analysis.slice(firstDate.end, firstDate.end + 8))) {
    const said = relativeDayOffset(analysis.slice(firstDate.end, firstDate.end + 160));
    if (said) eventDate = addDays(firstDate.date, said);
  }
  // "On May 20, CENTCOM announced that on the previous day, US forces had ...": the day before the report's.
  if (firstDate && eventDate === firstDate.date && PREVIOUS_DAY_TOLD_RE.test(analysis.slice(firstDate.end, firstDate.end + 120))) eventDate = addDays(firstDate.date, -1);
  // "MOGADISHU, March 5 (Reuters) - ... yesterday": a day counted back from the dateline's date.
  const relative = firstDate && dateline && !weekday ? relativeDayOffset(first) : null;
  if (relative !== null && firstDate) eventDate = addDays(firstDate.date, relative);
  // "yesterday evening", "at dawn today" in a daily report: counted from its day header or its date.
  const fromReport = !eventDate && !weekday && !firstDate ? relativeDayOffset(first) : null;
  if (fromReport !== null) {
    const ref = referenceDay(c);
    if (ref) eventDate = addDays(ref, fromReport);
  }
  if (!eventDate && weekday) {
    const ref = referenceDay(c);
    if (ref) eventDate = weekdayBefore(weekday, ref);
  }
  if (!eventDate && HOLIDAY_CUE_RE.test(first)) {
    const ref = referenceDay(c);
    const holiday = HOLIDAYS.find(([re]) => re.test(first));
    // Within a week of the reference: a holiday further back is background, not this item's day.
    if (ref && holiday) {
      const day = holidayOnOrBefore(holiday[1], ref);
      if (day >= addDays(ref, -7)) eventDate = day;
    }
  }
  if (!eventDate && !c.dayDate) eventDate = closingDate(analysis, c.dates);
  return eventDate ?? c.dayDate;
}

/** A report whose content happened the day before it: "announced that on the previous day", "said that the night before". */
// "the coalition said its aircraft had carried out four strikes near al-Hasakah the previous day": the same, the day told after what happened.
const PREVIOUS_DAY_TOLD_RE = new RegExp(`^[^.;]{0,100}?\\b${REPORT_VERB}\\s+(?:that\\s+(?:(?:on\\s+|during\\s+)?the\\s+(?:(?:previous|preceding)\\s+(?:day|night|evening)|(?:day|night|evening)\\s+before)|(?:one|a)\\s+day\\s+(?:earlier|before))\\b|(?:that\\s+)?[^.;]{0,120}?\\b(?:on|during|over)?\\s*the\\s+(?:previous|preceding)\\s+(?:day|night|evening)\\b)`);

/** A date closing a speaker's label: "(voice message to journalists, 2 March):", "statement, 12 March:". */
const LABEL_END_RE = /^\s*\)?\s*:\s/;

/** "... JNIM claimed the blast (31 Jan)": an item dated at its end, in parentheses that hold only the date. */
const CLOSING_PAREN_RE = /\(([^()]{3,40})\)[\s.;]*$/;

function closingDate(analysis: string, dates: DateContext): string | null {
  const m = CLOSING_PAREN_RE.exec(analysis);
  // Nothing but the date (a weekday at most) inside: a source's parenthesis dates the report, not the event.
  return m ? dateAlone(m[1]!.trim(), dates) : null;
}

/**
 * The event's day with its precision: a range of days the first sentence gives the event
 * ("between 3 and 8 August") is dated by its first day with precision 2, as the contract codes
 * ranges; otherwise `eventDateOf`, a day (precision 1).
 */
export function eventDayOf(first: string, analysis: string, c: EventDateContext): { date: string; precision: 1 | 2 | 3; days?: number } | null {
  const dates = firstDays(first, c);
  // "BENI, June 27 (GLW) - ... on the night of June 25 to 26": a wire's dateline is the report's day, not the event's.
  const wire = dates.length > 0 && WIRE_DATELINE_RE.exec(first);
  const range = eventRangeOf(first.slice(0, 400), (wire && dates[0]!.end <= wire[0].length ? dates[1] : dates[0])?.start ?? null, c.dates);
  // "Overnight 9-10 March", "the night of 8 to 9 March": one night, dated by the day it began.
  if (range && range.days === 2 && /\b(?:night|overnight)\b/i.test(first.slice(Math.max(0, range.start - 25), range.start))) return { date: range.date, precision: 1 };
  if (range) return { date: range.date, precision: 2, days: range.days };
  const span = dates.length === 0 ? recentSpanStart(first, c) ?? midMonth(first, c) : null;
  if (span) return { date: span, precision: 2 };
  const month = dates.length === 0 ? monthOnly(first, c) : null;
  if (month) return month;
  const weekend = WEEKEND_RE.test(first);
  const date = dateOf(first, analysis, c, dates) ?? (weekend ? referenceDay(c) : null) ?? (dates.length === 0 ? toldLaterDay(first, analysis, c) : null);
  if (date === null) return null;
  // "said on Monday that ... over the weekend": the weekend before the day the text gives (that of
  // the report), coded by its Saturday with precision 2; a weekend day the text names is that day.
  if (weekend && !/\b(?:Satur|Sun)day\b/i.test(first)) return { date: weekdayOnOrBefore("saturday", date)!, precision: 2 };
  return { date, precision: 1 };
}

/** "... arrested a senior ISIS operative. The arrest was carried out on November 26, 2021": the next sentence dates the event it refers back to. */
const TOLD_LATER_RE = /^\s*(?:The|This|That)\s+(?:arrests?|attacks?|raids?|operations?|strikes?|bombings?|ambush|killings?|abductions?|assaults?|explosions?|blasts?)\s+(?:(?:was|were|had been)\s+(?:carried out|made|conducted|launched|staged|mounted)|took place|happened|occurred)\s+(?:on|in the (?:early hours|morning|evening|night) of)\s+([^.;]{4,40})/;

/** The day the sentence after the first gives its event ("The arrest was carried out on November 26"), or null. */
function toldLaterDay(first: string, analysis: string, c: EventDateContext): string | null {
  const at = analysis.indexOf(first);
  const m = at < 0 ? null : TOLD_LATER_RE.exec(analysis.slice(at + first.length));
  const d = m ? findDates(m[1]!, c.dates).find((x) => x.precision === 1) : undefined;
  return d?.date ?? null;
}

const WIRE_DATELINE_RE = new RegExp(`^[A-Z][A-Z'’ .-]{2,40},\\s+(?:[A-Z][A-Za-z .'-]{2,40},\\s+)?(?:${MONTH_RE}\\.?\\s+\\d{1,2}|\\d{1,2}\\s+${MONTH_RE})(?:,?\\s+(?:19|20)\\d\\d)?\\s*(?:\\([^()]{1,30}\\))?\\s*[-–—]+\\s`);

// "In late January, armed men ...": a part of a month without its year is the period's (the year is required for a bare month).
const MONTH_ONLY_RE = /^\s*In\s+(?:(early|mid-?|late)\s*)?(January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+((?:19|20)\d\d))?,/;

/**
 * "In March 2022, the Counter-Terrorism Service ...": an event a report of a month or more dates by
 * its month alone (precision 3), or by a part of it ("In early June": the 1st, precision 2). A weekly
 * that says "In March" tells background, not an event of its week.
 */
function monthOnly(first: string, c: EventDateContext): { date: string; precision: 2 | 3 } | null {
  const m = MONTH_ONLY_RE.exec(first);
  const p = c.dates.period;
  if (!m || !p || !INCIDENT_RE.test(first) || addDays(p.start, 27) > p.end) return null;
  const month = monthNumber(m[2]!)!;
  const part = m[1]?.toLowerCase();
  const year = m[3] ? Number(m[3]) : part ? inferYear(month, 15, c.dates) : null;
  if (year === null) return null;
  // The start of the month's first, middle or last part: the 1st, the 15th, the 21st.
  return part ? { date: isoDate(year, month, part === "early" ? 1 : part.startsWith("mid") ? 15 : 21), precision: 2 } : { date: isoDate(year, month, 1), precision: 3 };
}

const MID_MONTH_RE = /^[^.;]{0,20}?\b(?:[Mm]id-month|(?:[Ii]n )?the middle of the month)\b/;

/** "Mid-month, Russian jets struck ...": the 15th of the month a monthly report covers. */
function midMonth(first: string, c: EventDateContext): string | null {
  const p = c.dates.period;
  if (!p || p.start.slice(0, 7) !== p.end.slice(0, 7) || !MID_MONTH_RE.test(first) || !INCIDENT_RE.test(first)) return null;
  return `${p.start.slice(0, 7)}-15`;
}

/** "Earlier this month, ..." (the month's first day), "Last week, ..." (that week's Monday), counted from the report's date. */
/** "During the past 48 hours", "over the past three days": a span counted back from the report's day. */
const PAST_SPAN_RE = /\b(?:during|over|in|within|for)\s+the\s+(?:past|last|previous)\s+(?:(\d{1,3}|[a-z]+)\s+(hours|days)|(day))\b/i;
const SPAN_TALLY_RE = /\b(?:\d{1,4}|dozens of|scores of|several|multiple|numerous)\s+(?:[\w-]+\s+)?(?:air ?strikes|strikes|raids|sorties|attacks|operations|bombardments)\b/i;
/** The longest such span that still dates one operation rather than a tally. */
const MAX_PAST_SPAN_DAYS = 7;

function pastSpanStart(first: string, c: EventDateContext): string | null {
  // "more than 30 airstrikes over the past 48 hours": a tally of the span, not one operation.
  const m = (first.includes("the past") || first.includes("the last") || first.includes("the previous")) && !SPAN_TALLY_RE.test(first) ? PAST_SPAN_RE.exec(first) : null;
  // "Over the past day": the day before the report's.
  const n = m ? (m[3] ? 1 : parseCardinal(m[1]!)) : null;
  const ref = n ? referenceDay(c) : null;
  if (!m || !n || !ref) return null;
  const days = m[2]?.toLowerCase() === "hours" ? Math.ceil(n / 24) : n;
  return days >= 1 && days <= MAX_PAST_SPAN_DAYS ? addDays(ref, -days) : null;
}

/** "During the week, forces ... shelled ISIS positions": an event somewhere in the bulletin's week. */
const DURING_THE_WEEK_RE = /^\W*(?:during|throughout|over|in the course of)\s+the\s+week\b/i;

function recentSpanStart(first: string, c: EventDateContext): string | null {
  const past = pastSpanStart(first, c);
  if (past) return past;
  const period = c.dates.period;
  if (period && DURING_THE_WEEK_RE.test(first) && NEW_EVENT_RE.test(first) && daysBetween(period.start, period.end) <= 7) return period.start;
  // "This week ISIS continued its activity": a summary, not an incident of the span.
  const m = NEW_EVENT_RE.test(first) ? RECENT_SPAN_RE.exec(first) : null;
  const ref = m ? referenceDay(c) : null;
  if (!m || !ref) return null;
  const last = m[1]!.toLowerCase() === "last";
  if (m[2]!.toLowerCase() === "month") {
    const monthStart = `${ref.slice(0, 7)}-01`;
    return last ? `${addDays(monthStart, -1).slice(0, 7)}-01` : monthStart;
  }
  const monday = weekdayOnOrBefore("monday", ref)!;
  return last ? addDays(monday, -7) : monday;
}
