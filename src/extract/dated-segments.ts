// One paragraph may list several dated incidents: each sentence that opens "On <date>, ..."
// ("Elsewhere, on 1 March, ...") starts a segment, and so does one that opens with a day
// counted from the incident before it ("The next day, gunmen ambushed ...", "Two days later, a
// car bomb exploded ..."), and so does one that reports a dated new event in reported speech ("A
// spokesman said on Monday that troops had raided a camp ..."); the sentences after it belong to it
// until the next one.

import type { SourceRef } from "../core/incident.ts";
import type { Block } from "./blocks.ts";
import { findCitations } from "./sources.ts";
import { findDates, type DateContext } from "./dates.ts";
import { FIRST_REPORT } from "./casualty-accounts.ts";
import { DAY_WORD_RE, INCIDENT_RE, NEW_EVENT_RE, ON_DATE_START_RE, RECENT_SPAN_RE, REPORTED_EVENT_RE, SPEAKER_LABEL_RE, WEEKEND_RE } from "./incident-cues.ts";
import { isSpace, RawWalker, splitSentences, type Sentence } from "./text.ts";

/** A day counted from the incident before: days after it, "that weekend", or "the following week". */
export type RelativeDay = number | "weekend" | "week";

export interface Segment {
  /** The segment's cleaned text, trimmed. */
  quote: string;
  /** The same stretch of the normalised text (untrimmed). */
  norm: string;
  /** Offsets of the segment in the block's raw text. */
  span: { start: number; end: number };
  /** Days after the incident of the segment before ("the next day": 1), or the weekend or week after it, when the segment opens so. */
  after: RelativeDay | null;
  /** The sources of the citation that closes the paragraph, for a segment before it that cites none of its own. */
  closing: SourceRef[];
}

const SAME_TIME_RE = /^(?:At the same time|Simultaneously|Meanwhile)\b/;
/** An attack told as one of several coordinated parts. */
const COORDINATED_RE = /\b(?:coordinated|simultaneous|multi-pronged|complex|combined)\s+(?:[\w-]+\s+)?(?:attacks?|assaults?|offensive|raids?|operations?)\b/i;
/** "Elsewhere, on 1 March, ...": a connective before the date that opens a sentence. */
const CONNECTIVE_RE = /^(?:Elsewhere|Meanwhile|Also|Separately|Later|Earlier|In addition|Similarly|Further|Then|Finally|And|But),?\s+(?=(?:on|On)\s)/;
const RELATIVE_DAY_RE =
  /^(?:(?:Elsewhere|Meanwhile|Also|And|Then),?\s+)?(?:[Oo]n\s+)?(?:(?:[Ll]ate|[Ee]arly|[Ll]ater)\s+)?(?:(?:the|The) (?:(next|following|previous|same) (?:day|morning|evening|night)|day (after|before))|(A|One|Two|Three|Four|Five|Six|\d) days? (later|earlier|after(?:wards)?|before)|(Later|Earlier) (?:that|the same) (?:day|night|evening|morning|afternoon)|(?:that|the following|the same) (weekend)|(?:the|The) (?:following|next) (week)|(A|One) week (?:later|after(?:wards)?)|(?:(?:[Aa]bout|[Ss]ome|[Rr]oughly|[Nn]early|[Ll]ess than|[Mm]ore than|[Jj]ust) )?(?:[Aa]n|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Tt]en|[Ff]ifteen|[Tt]wenty|[Tt]hirty|[Ff]orty|[Ff]ifty|[Aa] few|[Ss]everal|\d+) (?:hours?|minutes?) (?:later|after(?:wards)?)|(?:Minutes|Hours|Moments|Shortly) (?:later|after(?:wards)?)|At the same time|Simultaneously|(?:That|The same) (?:morning|afternoon|evening|night))\b/;
const PART_OF_LAST_RE = /^(?:On|on)\s[^,]{3,30},\s+(?:one|two|three|some|several|most|many) of (?:the|these|those) (?:strikes|air ?strikes|raids|attacks|bombs|shells|rockets|missiles|sorties)\b/;
/** "And last Saturday, a truck ... struck": a sentence opening on a day of the week. */
const WEEKDAY_OPEN_RE = /^(?:(?:And|Then|Meanwhile|Elsewhere|Also|But),?\s+)?(?:[Ll]ast|[Oo]n|[Tt]his past)\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/;
/** "On 26 January, the SDF announced that ...": a dated sentence whose verb only reports. */
// "On November 13 the president of the Kurdistan Region, Masoud Barzani, announced the liberation of the town": the outcome, announced.
// "On August 27 a UN source said at least 200 had been killed": the same without a comma after the day.
// "On September 23, civil society in Mambasa reported that the toll had risen to 17 dead": a later toll of the event before;
// "On December 29, after more bodies were found, local civil society raised the toll to 18", "on November 10, state media
// raised the number to at least 50", "On June 8 local officials counted 41 dead", "On January 4, the minister lowered it to 89": the same.
const DATED_ANNOUNCEMENT_RE = /^[Oo]n\s[^,]{3,40}(?:,\s*\d{4})?,\s+[^.;]{0,80}?\b(?:raised|revised|updated|lowered|corrected|put)\s+(?:the|its|their)\s+(?:(?:death\s+)?toll|number(?:\s+of\s+(?:the\s+)?(?:dead|deaths|victims|killed))?)\b(?!\s*:)|^[Oo]n\s[^,]{3,40}(?:,\s*\d{4})?,\s+[^.;]{0,80}?\b(?:raised|revised|updated|lowered|corrected|reduced)\s+it\s+(?:up(?:wards?)?\s+|down(?:wards?)?\s+)?to\s+\d|^[Oo]n\s[^,]{3,40}(?:,\s*\d{4})?,\s+(?:the\s+)?[^,;.]{2,60}?\s(?:announced|declared|said|stated|confirmed|claimed|reported)\s+(?:that\s+|responsibility\s+)?|^[Oo]n\s(?:[A-Z][a-z]+\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+)\s+(?:an?\s+|the\s+)?[^,;.]{2,60}?\s(?:said|announced|reported|stated|confirmed|counted)\s+(?:that\s+)?(?:at least\s+|about\s+|some\s+)?\d|^[Oo]n\s(?:[A-Z][a-z]+\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+)\s+(?:the\s+)?[^;.]{2,90}?\s(?:announced|declared)\s+the\s+(?:liberation|recapture|capture|fall|end)\s+of\b/;
const DAY_WORDS: Readonly<Record<string, number>> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6 };

const FIRST_ACCOUNT_RE = new RegExp(`^${FIRST_REPORT}`);
/** "The claim, carried by Amaq on 25 November, said ... burned": the claim of the incident told before, not a new one. */
const CLAIM_REPORT_RE = /^(?:The|Its|This|That|The group's|The province's)\s+(?:claim|statement|communiqu[eé])\b/;

/**
 * "JNIM 6 Jan ambushed a convoy ...", "Army drone 17 Jan struck ...": a sentence (or clause) that
 * dates its own new attack early on, before the verb, as telegraphic monthly digests write.
 */
function datedEvent(text: string, ctx: DateContext): boolean {
  const verb = NEW_EVENT_RE.exec(text);
  return verb !== null && datedBefore(text, verb.index, ctx);
}

/** A day's date stands in `text` before its event verb at `verbAt`, near the start. */
function datedBefore(text: string, verbAt: number, ctx: DateContext): boolean {
  return verbAt <= DATED_EVENT_HEAD && findDates(text.slice(0, verbAt), ctx).some((d) => d.precision === 1);
}
const DATED_EVENT_HEAD = 100;

/** The sentences of a paragraph, with a sentence cut at "; " where the clause after it dates a new attack of its own. */
function clauses(text: string, ctx: DateContext): Sentence[] {
  const out: Sentence[] = [];
  for (const s of splitSentences(text)) {
    let from = 0;
    for (let i = s.text.indexOf("; "); i >= 0; i = s.text.indexOf("; ", i + 2)) {
      // Only the clause's head can hold what datedEvent looks for: reading just that keeps a list of many clauses linear.
      const next = s.text.slice(i + 2, i + 2 + DATED_EVENT_HEAD + 20);
      // "...; late the same night a rocket hit ...": a day counted from the clause before, with its own event.
      if (!datedEvent(next, ctx) && !relativeEvent(next)) continue;
      out.push({ text: s.text.slice(from, i + 1), start: s.start + from, end: s.start + i + 1 });
      from = i + 2;
    }
    // "..., and on the same day ISIS operatives fired at a checkpoint ...": a second event in the same sentence.
    for (let i = s.text.indexOf(", and ", from); i >= 0; i = s.text.indexOf(", and ", i + 6)) {
      const next = s.text.slice(i + 6, i + 6 + DATED_EVENT_HEAD + 20);
      if (!relativeEvent(next)) continue;
      out.push({ text: s.text.slice(from, i + 1), start: s.start + from, end: s.start + i + 1 });
      from = i + 6;
    }
    out.push(from === 0 ? s : { text: s.text.slice(from), start: s.start + from, end: s.end });
  }
  return out;
}

/** A clause that opens on a day counted from the one before and reports a new attack ("on the same day gunmen fired ..."). */
function relativeEvent(clause: string): boolean {
  return relativeDays(clause) !== null && NEW_EVENT_RE.test(clause);
}

/** Days after the previous incident a sentence's opening names, or null (the caller checks it reports a new attack). */
function relativeDays(sentence: string): RelativeDay | null {
  // "TWINOMUJUNI: About three minutes later, ...": a speaker's label before the opening.
  const m = RELATIVE_DAY_RE.exec(sentence.replace(SPEAKER_LABEL_RE, ""));
  if (!m) return null;
  if (m[6]) return "weekend";
  if (m[7]) return "week";
  if (m[8]) return 7;
  if (m[1]) return m[1] === "previous" ? -1 : m[1] === "same" ? 0 : 1;
  if (m[2]) return m[2] === "after" ? 1 : -1;
  if (m[3]) {
    const n = DAY_WORDS[m[3].toLowerCase()] ?? Number(m[3]);
    return /^(?:later|after)/.test(m[4]!) ? n : -n;
  }
  return 0;
}

/** "on March 6", "late on 4 March": a day named after the event verb, as analytic prose dates its events. */
const ON_DAY_AFTER_RE = /(?<!\b(?:since|until|before|after|from|by)\s+)\bon\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*)/g;

/** "a US airstrike on March 5 killed four", "the grenade attack on a checkpoint in Tank on March 2, which wounded three": an event told by its noun. */
const EVENT_NOUN_RE = /\b(?:air ?strike|drone strike|strike|attack|bombing|explosion|blast|raid|ambush|assault)s?\s+(?:[\w'-]+\s+){0,8}?on\s+(?:[A-Z][a-z]+\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+)\b[^.;]{0,40}?\b(?:killed|killing|wounded|wounding|injured|injuring)\b/;

/**
 * "... ISIS militants attacked a PMF outpost near Khanaqin on March 7, killing three": a sentence
 * that reports an event of a day after its verb, a day the segment before does not name, is an
 * incident of its own (analytic paragraphs tell several so, between sentences of assessment).
 */
function datedAfterVerb(sentence: string, verbAt: number, before: string, ctx: DateContext): boolean {
  if (!sentence.includes(" on ")) return false;
  ON_DAY_AFTER_RE.lastIndex = verbAt;
  const m = ON_DAY_AFTER_RE.exec(sentence);
  if (!m) return false;
  const day = findDates(m[0], ctx).find((d) => d.precision === 1)?.date;
  return day !== undefined && !findDates(before, ctx).some((d) => d.date === day);
}

const CITATION_PAREN_RE = /\([^()]*\)/g;

/** "A spokesman said on Monday that troops had raided a camp ... over the weekend": a dated new event in reported speech. */
function reportsNewEvent(sentence: string, ctx: DateContext): boolean {
  // The pattern needs "that" after the reporting verb: most sentences have none.
  if (!sentence.includes(" that ") || !REPORTED_EVENT_RE.test(sentence)) return false;
  // A date in a citation ("(Al-Masry Al-Youm, October 27, 2017)") says when it was reported, not when anything happened.
  const told = sentence.includes("(") ? sentence.replace(CITATION_PAREN_RE, " ") : sentence;
  return DAY_WORD_RE.test(told) || WEEKEND_RE.test(told) || findDates(told, ctx).some((d) => d.precision === 1);
}

/** "It was the fourth ambush on that road since May, and it will make resupplying the garrison harder": the writer's comment. */
const ASIDE_RE = /\b(?:will|would|may|might|could|suggests?|suggesting|indicates?|indicating|reflects?|reflecting|appears? to|seems? to|is consistent with|underlin(?:es?|ing)|signals?|remains? (?:sceptical|skeptical|unclear|unknown))\b|^(?:It|This|That) (?:is|was) the (?:first|second|third|fourth|fifth|latest|deadliest|largest|biggest|most)\b/i;
/** What a sentence of comment never holds: a toll, a claim, an attribution, a source, a date. */
const NOT_ASIDE_RE = /\b(?:were|was|been) (?:killed|wounded|injured|abducted|kidnapped|captured|arrested)\b|\b(?:claimed|claims?|responsib\w*|attribut\w*|blamed|suspected|probably|according|reported|said|told|ISIS|Islamic State|ISWAP|ISKP|JNIM|al-Shabaab|HTS|Boko Haram)\b|[()\[\]]|\d/i;

/** A sentence after an incident's own that only comments on it, left out of its quote. */
function isAside(sentence: string): boolean {
  return ASIDE_RE.test(sentence) && !NOT_ASIDE_RE.test(sentence);
}

/** The sources of the citation a text ends on ("... were reported (Amaq, January 23, 2022)."), or none. */
function closingSources(text: string, ctx: DateContext): SourceRef[] {
  const last = findCitations(text, ctx).pop();
  return last && /^[\s.;)\]]*$/.test(text.slice(last.end)) ? last.sources : [];
}

/** "ISIS claimed both attacks": a claim that closes a bullet of several events covers them all. */
// So does blame of them all: "The Asayish attribute both murders to ISIS operatives".
const CLAIMS_ALL_RE = /\b(?:claimed|took responsibility for|attribute[sd]?|blamed)\s+(?:responsibility\s+for\s+)?(?:both|all(?:\s+(?:two|three|four|of the))?|the\s+(?:two|three|four)|these)\s+(?:[\w-]+\s+)?(?:attacks|bombings|operations|incidents|ambushes|raids|killings|assassinations|murders|massacres)\b/i;

/** A paragraph's opening that announces a claim of the event told next, with no toll or day of its own. */
const LEAD_CLAIM_RE = /^[^.;]*\bclaimed\s+(?:responsibility\s+for\s+)?(?:another|an|a|a new|its latest)\s+(?:[\w-]+\s+)?(?:attack|operation|ambush|raid|bombing)\b(?![^.;]*\b(?:killed|killing|wounded|dead|on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b)[^.;]*\.?$/;

/** The sentence of the last segment that claims all the bullet's events, if any. */
function closingClaim(text: string): string | null {
  if (!CLAIMS_ALL_RE.test(text)) return null;
  for (const s of splitSentences(text)) if (CLAIMS_ALL_RE.test(s.text)) return s.text;
  return null;
}

/** "January 18 (Monday): the body of ...": a day's label inside a paragraph opens that day's incident. */
const DATE_LABEL_OPEN_RE = /^(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*)(?:,?\s+\d{4})?\s*(?:\([A-Z][a-z]+\))?\s*:\s/;

/** "In March 2022, the Counter-Terrorism Service conducted ...": a month opens the event it dates (a long report's usage). */
const MONTH_OPEN_RE = /^In\s+(?:(?:early|mid-?|late)\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:19|20)\d\d,/;

/** The segments of a paragraph block, or of the text after a day header's date (`rest`). */
export function datedSegments(b: Block, rest: string | null, ctx: DateContext): Segment[] {
  const quoteAll = rest ?? b.quote;
  const normAll = rest ?? b.norm;
  // `end` stops before trailing asides; `full` runs to the last sentence read.
  const bounds: { start: number; end: number; full: number; after: RelativeDay | null }[] = [];
  for (const s of clauses(normAll, ctx)) {
    const last = bounds[bounds.length - 1];
    if (!last) {
      // "Two days later, the army said its drones had struck ...": counted from the incident before the paragraph.
      // "Later the same day, troops pursued the group and killed three": counted from the incident before, whatever its verb.
      bounds.push({ start: s.start, end: s.end, full: s.end, after: NEW_EVENT_RE.test(s.text) || INCIDENT_RE.test(s.text) ? relativeDays(s.text) : null });
      continue;
    }
    const lead = CONNECTIVE_RE.exec(s.text)?.[0].length ?? 0;
    const opening = lead ? s.text.slice(lead) : s.text;
    const verb = CLAIM_REPORT_RE.test(s.text) ? null : NEW_EVENT_RE.exec(s.text);
    // "On January 26, the SDF announced that they had regained control": the outcome of the operation told before, not a new event.
    const announced = verb === null && DATED_ANNOUNCEMENT_RE.test(opening);
    // "Over the weekend, Russian aircraft carried out dozens of airstrikes ... On 25 June, one of the strikes killed four": a part of the event told before.
    const partOfLast = PART_OF_LAST_RE.test(opening);
    const opens = (!announced && !partOfLast && (lead ? /^on\s/i.test(opening) : ON_DATE_START_RE.test(opening)) && findDates(opening.slice(0, 40), ctx).length > 0) || DATE_LABEL_OPEN_RE.test(opening) || (verb !== null && MONTH_OPEN_RE.test(opening)) || (verb !== null && (datedBefore(s.text, verb.index, ctx) || WEEKDAY_OPEN_RE.test(s.text)));
    // Sentences opening on a day counted from the last incident, or on a recent span, start one only when they report a new attack.
    // "ISIS launched a coordinated attack ... At the same time, dozens of operatives raided villages": a part of the one attack told.
    const part = !opens && SAME_TIME_RE.test(s.text) && COORDINATED_RE.test(normAll.slice(last.start, last.end));
    const after = opens || !verb || part ? null : relativeDays(s.text);
    const recent = !opens && verb !== null && RECENT_SPAN_RE.test(opening);
    const reported = !opens && after === null && !recent && !part && reportsNewEvent(s.text, ctx);
    const eventAt = verb?.index ?? (s.text.includes(" on ") ? EVENT_NOUN_RE.exec(s.text)?.index : undefined);
    const inside = !opens && after === null && !recent && !reported && eventAt !== undefined && datedAfterVerb(s.text, eventAt, normAll.slice(last.start, last.end), ctx);
    // "The first reports spoke of about 20 people beheaded; on November 10, state media raised the number to 50": accounts of the event told.
    if (!FIRST_ACCOUNT_RE.test(s.text) && (opens || after !== null || recent || reported || inside)) bounds.push({ start: s.start, end: s.end, full: s.end, after });
    else {
      last.full = s.end;
      if (!isAside(s.text)) last.end = s.end;
    }
  }
  const inRest = rest === null ? 0 : b.quote.lastIndexOf(rest);
  const walker = new RawWalker(b.raw, b.quote);
  // "... Four soldiers were killed. On the same day, ... No casualties were reported (Amaq, January 23).": one citation closes the bullet for all its events.
  const lastBound = bounds[bounds.length - 1];
  const closing = bounds.length > 1 && lastBound ? closingSources(normAll.slice(lastBound.start, lastBound.end), ctx) : [];
  // "... and on the same day a second IED ... ISIS claimed both attacks": the claim is read with every event, not quoted in them.
  const claim = bounds.length > 1 && lastBound ? closingClaim(normAll.slice(lastBound.start, lastBound.full)) : null;
  // "The Central Africa Province claimed another attack in the Beni region. On May 19, its operatives attacked ...": the lead's claim is the next event's.
  const firstBound = bounds[0];
  const leadClaim = bounds.length > 1 && firstBound && LEAD_CLAIM_RE.test(normAll.slice(firstBound.start, firstBound.end)) ? normAll.slice(firstBound.start, firstBound.end).trim() : null;
  return bounds.map((seg, i) => {
    const quote = quoteAll.slice(seg.start, seg.end).trim();
    // White space before the segment's text, as trimStart would remove it (without copying the rest of the paragraph).
    let lead = 0;
    while (seg.start + lead < quoteAll.length && isSpace(quoteAll.charCodeAt(seg.start + lead))) lead++;
    // Offsets into the document: the cleaned quote is walked against the block's raw text.
    const from = inRest + seg.start + lead;
    const norm = normAll.slice(seg.start, seg.end);
    const withLead = leadClaim && i === 1 ? `${norm} ${leadClaim}` : norm;
    return { quote, norm: claim && i < bounds.length - 1 ? `${withLead} ${claim}` : withLead, span: walker.span(from, from + quote.length), after: seg.after, closing: i < bounds.length - 1 ? closing : [] };
  });
}
