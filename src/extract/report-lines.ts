// The lines of official releases, alerts and briefings that say what the text under them is: a
// release's number line and its issuer, an alert's UPDATE header, a briefing's dated heading, a
// digest item's headline, a paragraph opening on a toll.

import { findDates, findPeriod, MONTH_RE, WEEKDAY_PATTERN, type DateContext } from "./dates.ts";

/** "UPDATE | MALI | Boni | ...", "UPDATE 2 - Inata", "Update:": a line that heads a later report on an incident. */
const UPDATE_HEADER_RE = /^\s*(?:UPDATE|Update)(?:\s+\d{1,2})?\s*(?:[|:–—-]\s*[^.]*)?$/;
/** "Update on the Zhob Garrison attack: ...", "UPDATE: ...": a paragraph that opens as one. */
// "Further to FIR No. 64: injured constable X succumbed": a police log's update of an entry.
const INLINE_UPDATE_RE = /^\s*(?:UPDATE|Update|CORRECTION|Correction|Further to)\b[^:.]{0,80}[:.]\s/;

/** "No PR-112/2023-ISPR", "WESTMINCOM PRESS RELEASE No. 003-2019": a release's number line, naming its issuer. */
const RELEASE_SUFFIX_RE = /^\s*No\.?\s*PR[-\s]?\d{1,4}\/\d{2,4}-([A-Z]{2,10})\s*$/;
const RELEASE_PREFIX_RE = /^\s*([A-Z][A-Za-z-]*(?:\s+[A-Z][A-Za-z-]*){0,3})\s+(?:PRESS RELEASE|Press Release|Press release|STATEMENT|Statement|COMMUNIQU[EÉ]|Communiqu[eé])\s+(?:No\.?|Number|#)\s*\d[\w/-]*\s*$/;

/** "COMMUNIQUÉ No. 061/EMGA", "COMMUNIQUÉ No. 031/2023/EMGA": the issuer after the number (and the year). */
const RELEASE_OF_RE = /^\s*(?:COMMUNIQU[EÉ]|Communiqu[eé]|PRESS RELEASE|Press [Rr]elease|STATEMENT|Statement)\s+(?:No\.?|N°|Number|#)\s*\d{1,4}\s*\/\s*(?:(?:19|20)\d\d\s*\/\s*)?([A-Z]{2,10})\s*$/;

const REPORT_KIND_RE = /\b(?:briefing|report|bulletin|update|sitrep|statement|communiqu[eé]|summary|digest|release|issue)\b/i;
/** The day a short heading gives as its own ("Briefing of 17 February 2020", "Daily report - 12 May 2022"), or null. */
/** "Day 3 - Wednesday, 5 June", "Tuesday, 4 June (Sallah)": a diary's day, its weekday written out, its year the document's. */
const DIARY_DAY_RE = new RegExp(`^\\s*(?:Day\\s+\\d{1,3}\\s*[-–—:,]\\s*)?${WEEKDAY_PATTERN},?\\s+(?:\\d{1,2}\\s+${MONTH_RE}|${MONTH_RE}\\s+\\d{1,2})(?:,?\\s+(?:19|20)\\d\\d)?\\s*(?:\\([^()]{1,30}\\))?\\s*$`, "u");

export function headingDay(text: string, ctx: DateContext): string | null {
  if (DIARY_DAY_RE.test(text)) {
    const day = findDates(text, ctx);
    return day.length === 1 && day[0]!.precision === 1 ? day[0]!.date : null;
  }
  if (text.length > 60 || !/\d/.test(text) || !REPORT_KIND_RE.test(text) || findPeriod(text)) return null;
  const dates = findDates(text, ctx);
  return dates.length === 1 && dates[0]!.precision === 1 && /\b(?:19|20)\d\d\b/.test(text) ? dates[0]!.date : null;
}

/** "PR/2019/004 - Bamako, 6 January 2019", "Kabul, March 3, 2021": a release's dateline, its number optional. */
const RELEASE_DATELINE_RE = /^\s*(?:[A-Z]{1,6}\s*[\w/.-]*\d[\w/.-]*\s*[-–—|:]\s*)?\p{Lu}[\p{L}'’ .-]{1,30},\s+(?:\p{L}+day,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+\p{L}+|\p{L}+\s+\d{1,2}(?:st|nd|rd|th)?,?)\s+(?:19|20)\d\d\.?\s*$/u;

/** The day a release's dateline heading gives: what its "yesterday", "this morning" and "On Saturday" count from. */
export function datelineDay(text: string, ctx: DateContext): string | null {
  if (text.length > 80 || !RELEASE_DATELINE_RE.test(text)) return null;
  const dates = findDates(text, ctx);
  return dates.length === 1 && dates[0]!.precision === 1 ? dates[0]!.date : null;
}

/** "wounded in the attack of 20 January", "the ambush on 15 January": the day of the incident an update is about. */
const INCIDENT_OF_DAY_RE = /\b(?:attack|ambush|bombing|raid|assault|explosion|blast|incident|killing|abduction)s?\s+(?:of|on)\s+(?=(?:\p{L}+day,?\s+)?(?:the\s+)?\d|\p{L}+\s+\d)/u;

/** The day an update says its incident happened on ("the attack of 20 January"), or null. */
export function incidentDayNamed(text: string, ctx: DateContext): string | null {
  const m = INCIDENT_OF_DAY_RE.exec(text);
  if (!m) return null;
  const at = m.index + m[0].length;
  const d = findDates(text.slice(at, at + 40), ctx)[0];
  return d && d.precision === 1 ? d.date : null;
}

/** The issuer a release's number line names, or null when the line is none. */
export function releaseIssuer(line: string): string | null {
  if (line.length > 80) return null;
  return RELEASE_SUFFIX_RE.exec(line)?.[1] ?? RELEASE_PREFIX_RE.exec(line)?.[1] ?? RELEASE_OF_RE.exec(line)?.[1] ?? null;
}

/** An alert's update header line ("UPDATE 2 | BURKINA FASO | Inata | ..."). */
export function isUpdateHeader(line: string): boolean {
  return line.length < 240 && UPDATE_HEADER_RE.test(line);
}

const RELEASE_HEADING_RE = /\b(?:PRESS RELEASE|Press Release|PRESS STATEMENT|Press Statement|COMMUNIQU[EÉ]|Communiqu[eé])\b/;

/** A release's heading ("RWANDA DEFENCE FORCE - PRESS RELEASE"): it names the issuer, not where the items are. */
export function isReleaseHeading(heading: string): boolean {
  return RELEASE_HEADING_RE.test(heading);
}

const BACK_REFERENCE_RE = /\bthe (?:attack|abducted|kidnapped|victims|incident|ambush|bombing|blast|raid|assault|explosion)\b|\bthose (?:killed|abducted|kidnapped|injured|wounded)\b/i;

/** An update that names nothing of its own but "the attack" or "the abducted": it is about the incident just told. */
export function refersBack(text: string): boolean {
  return BACK_REFERENCE_RE.test(text);
}

/** A paragraph that opens as a later report on an incident ("Update on the Zhob attack: ...", "Update. ..."). */
export function opensAsUpdate(text: string): boolean {
  return INLINE_UPDATE_RE.test(text);
}

/** A body that issues releases ("SDF Press Centre", "Ministry of Defence"), not a monitor or a digest. */
const RELEASE_HOUSE_RE = /\b(?:Press|Media|Information)\s+(?:Cent(?:re|er)|Office|Cell|Department)\b|\b(?:Command|Ministry|Directorate|Headquarters)\b/;

/** Whether the document's title names a body whose releases the document collects. */
export function isReleaseHouse(house: string | null): house is string {
  return house !== null && RELEASE_HOUSE_RE.test(house);
}

// "The toll rose throughout the day. ...", "The vigorous reaction of the units ... repelled the
// assailants. Provisional toll: ...": a paragraph on the toll of the incident just told.
const TOLL_OPENING_RE = /^\s*(?:(?:The|Its) (?:death |casualty |provisional )?toll\b|Provisional toll\b|The (?:vigorous |swift |prompt |strong )?(?:reaction|response) of (?:the )?(?:units|troops|forces|soldiers|FAMa|defen[cs]e)\b)/;

/** A paragraph that opens on the toll of the incident told before it. */
export function opensOnToll(text: string): boolean {
  return TOLL_OPENING_RE.test(text);
}

/** A short line without a sentence's end: a headline under a digest item's stamp. */
export function isHeadline(quote: string): boolean {
  return quote.length < 160 && !quote.includes("\n") && !/[.!?]["”')]*$/.test(quote);
}
