// Whether a stretch of text reports one incident, and its day: the rules that turn a paragraph's
// segment (or a table row, or a labelled record) into the makings of a draft, or rule it out as a
// publication, a tally, a repost, editorial prose, or a claim of the incident told just before.

import type { Range, SourceRef } from "../core/incident.ts";
import type { Place } from "../geo/gazetteer.ts";
import { countriesIn, findArena } from "./arenas.ts";
import { countryFromText } from "../geo/countries.ts";
import { loadGazetteer } from "../geo/gazetteer.ts";
import type { GeoContext } from "./places.ts";
import { findDates, type DateContext } from "./dates.ts";
import { eventDayOf } from "./event-date.ts";
import { daysBetween } from "./calendar.ts";
import { anyOf, eachMatch } from "./matches.ts";
import { readRecord } from "./record.ts";
import { sourcesField } from "./sources-field.ts";
import { claimsIn } from "./follow-on.ts";
import { statedCountries } from "./place-labels.ts";
import { findCitations } from "./sources.ts";
import { blankSpans, splitSentences } from "./text.ts";
import { STRIKE_TALLY_RE } from "./stat-patterns.ts";
import { ON_DATE_START_RE, SPEAKER_LABEL_RE, DENIAL_OR_GRAVE_RE, DEVICES_CLEARED_RE, EDITORIAL_RE, INCIDENT_RE, MEASURE_RE, NEW_EVENT_RE, NOT_AN_EVENT_RE, PROTEST_RE, TOLL_CHANGE_RE, UPDATE_RE, NOTE_PAREN_RE, PERIOD_TALLY_RE, PERIOD_RESULTS_RE, PUBLICATION_RE, REPOST_RE, STRIKE_COUNT_RE, TALLY_RE } from "./incident-cues.ts";

/** "an explosion on a minibus ... killed 12 people": an event told by its noun, with its toll. */
const EVENT_NOUN_TOLL_RE = /\b(?:explosion|blast|bombing|attack|ambush|shooting|raid)\b[^.;]{0,120}?\b(?:killed|wounded|injured)\b/i;
/** A publication, a tally, a period's tally or a repost (one search for them all). */
const NOT_ONE_EVENT_RE = anyOf([PUBLICATION_RE, TALLY_RE, PERIOD_TALLY_RE, STRIKE_TALLY_RE, STRIKE_COUNT_RE, PERIOD_RESULTS_RE, REPOST_RE, DENIAL_OR_GRAVE_RE]);
const NOT_ONE_EVENT_BUT_PUBLICATION_RE = anyOf([TALLY_RE, PERIOD_TALLY_RE, STRIKE_TALLY_RE, STRIKE_COUNT_RE, PERIOD_RESULTS_RE, REPOST_RE, DENIAL_OR_GRAVE_RE]);

/** A tally, a repost, or a publication that is the sentence's news ("ISIS sent a car bomb ..., and Amaq published photographs of it" is the bombing). */
function notOneEvent(sentence: string): boolean {
  if (!NOT_ONE_EVENT_RE.test(sentence) || COORDINATED_RE.test(sentence)) return false;
  if (NOT_ONE_EVENT_BUT_PUBLICATION_RE.test(sentence)) return true;
  const publication = PUBLICATION_RE.exec(sentence);
  const event = INCIDENT_RE.exec(sentence);
  // "published photographs of the execution of two men in Sirte": the execution the pictures show is the news.
  if (publication !== null && SHOWN_KILLING_RE.test(sentence.slice(publication.index))) return false;
  return publication !== null && !(event !== null && event.index < publication.index);
}
const SHOWN_KILLING_RE = /\b(?:photographs?|photos?|pictures|images|a video|footage)\s+(?:[\w-]+\s+){0,3}?of\s+the\s+(?:execution|beheading|killing|shooting|stoning|crucifixion)s?\s+of\b/i;

/** "On Sunday morning, May 13, three suicide bombings were carried out at three churches": one coordinated attack of a day, not a tally. */
// "On September 8, two attacks were carried out near the town of Barsalogho": a day's pair of attacks told as one item.
const COORDINATED_RE = /^On\s+[^.]{0,40}?\d{1,2},?\s+(?:\d{4},?\s+)?(?:(?:[\w-]+\s+){0,4}?(?:two|three|four|five|[2-5])\s+(?:(?:suicide|car|truck|simultaneous|coordinated|near-simultaneous)\s+)*(?:bombings|explosions|blasts)\b|(?:two|three|[23])\s+(?:[\w-]+\s+)?attacks\s+(?:were carried out|took place|were launched|were staged)\b)/i;

/** "The elections went off without any major attack": the news is that nothing happened. */
const QUIET_RE = /\b(?:went off|passed|ended|took place|were held|was held)\s+(?:peacefully|calmly|smoothly|quietly|without (?:any |a |major |serious |significant )*(?:attacks?|incidents?|violence|disruption))\b/i;
const QUIET_BUT_RE = /\b(?:except|but|apart from|although|though)\b/i;

/** "Since the start of the operation on 24 September: 14 hideouts destroyed, 9 terrorists killed": a running total, whatever its verbs. */
// So is a spokesman's summing up: "summarized the results of the operation since it began".
// So is a toll counted since a day: "the fighting had killed 858 people since May 23: 659 militants, ...",
// "some 1,300 ISIS operatives had been killed in western Mosul since February 19", and with the day told
// first: "since January 1, 2015, Boko Haram's attacks outside Nigeria had killed 310 people".
const CUMULATIVE_RE = /\bsince\s+(?:the (?:start|beginning) of\s+)?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2},?\s+)?(?:19|20)\d\d,\s+[^.;]{0,80}?\b(?:had|have|has)\s+(?:killed|claimed the lives of)\s+(?:more than\s+|over\s+|some\s+|about\s+|at least\s+)?\d[\d,]*\s+(?:people|persons|civilians)\b|^(?:[\w' -]{0,40}:\s*)?(?:In (?:all|total),?\s+)?since the (?:start|beginning|launch|outset) of\b|\bsummari[sz]ed the (?:results|outcome|toll)\b|\b(?:had|have|has)\s+(?:killed|claimed the lives of)\s+(?:more than\s+|over\s+|some\s+|about\s+|at least\s+)?\d[\d,]*\s+(?:[\w'-]+\s+){0,3}?since\b|\b(?:more than\s+|over\s+|some\s+|about\s+|at least\s+)?\d[\d,]*\s+(?:[\w'-]+\s+){0,3}?(?:had|have|has)\s+been\s+killed\s+(?:[\w'-]+\s+){0,4}?since\b/i;

/**
 * A toll over several incidents told before, not one of them: "Death toll as of 1600 hrs: 156
 * killed", "The overall toll stands at 321 dead", "A total of 259 persons were killed: 126 in
 * Colombo district, ...", "The number of injured stands at 383, distributed as ...".
 */
const OVERALL_TOLL_RE = /^(?:the\s+)?(?:overall|combined|cumulative|consolidated|total)\s+(?:death\s+|casualty\s+)?(?:toll|figures?)\b|^(?:the\s+)?(?:death\s+)?toll\s+(?:kept|continued|has continued)\s+(?:changing|rising|climbing)\b|^(?:the\s+)?(?:death\s+toll|(?:revised\s+)?figures)\s+as\s+(?:of|at)\s+\d|^(?:a total of\s+)?\d[\d,]*\s+(?:[\w-]+\s+){0,2}?(?:were|have been)\s+(?:killed|injured|wounded)\s*:\s*\d[\d,]*\s+in\b|\b(?:injured|wounded|killed|dead)\b[^.;]{0,40}?,?\s+distributed as\b/i;
/** "Police have so far taken 24 suspects into custody", "Since the attacks, 76 suspects have been arrested": a running count of a campaign's arrests. */
const RUNNING_COUNT_RE = /\b(?:have|has)\s+so\s+far\s+(?:arrested|detained|taken|apprehended|killed|neutrali[sz]ed)\b|^Since the (?:attacks?|bombings?|blasts?|explosions?)\b[^.;]{0,80}?\b(?:have|has) been (?:arrested|detained|taken)\b/i;

/** A sentence that says only that a statement was issued ("... issued statement No. 8 on the operation."). */
const ISSUE_WORD_RE = /\b(?:issued|published|released|put out)\b/;
const STATEMENT_ONLY_RE = /^.{0,160}?\b(?:issued|published|released|put out)\s+(?:its\s+|a\s+|an\s+|the\s+)?(?:[\w-]+\s+)?(?:communiqu[eé]|statement|bulletin|press release)(?:\s+No\.?\s*\d+)?\b[^.;]{0,80}\.?\s*$/;

/** "The presidential election is scheduled for March 26-28": a date to come, no event. */
const SCHEDULED_RE = /\b(?:is|are|was|were|has been|have been)\s+(?:now\s+)?(?:scheduled|due|set|slated|planned|expected)\s+(?:for|to (?:take place|be held|open|begin|start))\b|\bwill (?:be held|take place)\b/i;

/** "Three weeks after Peshmerga forces recaptured Sinjar on November 13, the town remains empty": the date is the reference, not the news. */
const SINCE_EVENT_RE = /^(?:(?:some|about|nearly|more than|over)\s+)?(?:\w+|\d+)\s+(?:days?|weeks?|months?|years?)\s+after\b[^,]{0,120},/i;

/** "The town is still dealing with the aftermath of the raid on May 12, in which ... stormed ...": the raid is recalled. */
const AFTERMATH_RE = /\b(?:is|are|remains?|was|were)\s+(?:still\s+)?dealing with the aftermath of\b/i;

/** A span of days no single incident lasts. */
const TALLY_SPAN_DAYS = 10;

/** A claim of an incident already told ("claimed the attack", "claimed responsibility for the raid"). */
// "The next day, ISIS's East Asia Province claimed responsibility, stating that ...": the claim, with no new object.
// "On December 5, the group's radio described the two as 'soldiers of the Caliphate'": its claim of the attack told before.
const PRAISED_AS_SOLDIERS_RE = /^[^.;]{0,80}?\b(?:described|called|hailed|praised|named)\b[^.;]{0,60}?\bsoldiers of the (?:caliphate|khilafah?)\b/i;
// "claimed responsibility for Sunday's cathedral bombing": the day's or a named target's attack told before.
// "ISIS issued a statement claiming responsibility for the attack": the same, told by its statement.
const CLAIM_OF_LAST_RE = /^[^.;]{0,80}?\b(?:issued|released|published|posted) (?:a |its )?(?:statement|claim|communiqu[eé]) claiming responsibility for (?:the|this|that|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day's) (?:[\w-]+ )?(?:attack|bombing|raid|ambush|assault|blast|operation)\b|^[^.;]{0,80}?\bclaimed\s+(?:(?:responsibility\s+for\s+)?(?:the|this|that|both|the two|these|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day's|yesterday's|last night's)\s+(?:[\w-]+\s+){0,2}(?:attacks?|raids?|bombings?|killings?(?!\s+of\s+(?:\d|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|dozens|an?|one)\b))|ambush(?:es)?|assaults?|blasts?|operations?|explosions?|abductions?|kidnappings?)\b|responsibility\s*(?:[,;(]|(?:through|via|on|in)\s|and\s+(?:published|posted|released|issued|circulated)\b))/i;

/** The sentence's events are all in clauses of time ("after ...", "since ...") and none outside them. */
function backgroundOnly(first: string): boolean {
  if (!TIME_CLAUSE_RE.test(first)) return false;
  const main = first.replace(TIME_CLAUSE_ALL_RE, " ");
  return !NEW_EVENT_RE.test(main) && !TOLL_WORD_RE.test(main);
}
/** A day this long before the period, that the item does not open on, is what it recalls ("held since the attack of July 25"), not its event. */
const BACKGROUND_DAYS = 31;
const RECALLED_DAYS = 366;
const TIME_CLAUSE_RE = /\b(?:after|since|following|before|until)\b/i;
const TIME_CLAUSE_ALL_RE = new RegExp(`${TIME_CLAUSE_RE.source}[^,;]*`, "gi");
const TOLL_WORD_RE = /\b(?:killed|killing|wounded|wounding|injured|injuring|dead|died)\b/i;

/** "The health department put the dead at 63, and the police said the bomber had detonated his vest": a new toll told before any event. */
const REPORTED_TOLL_RE = /\bput the (?:number of (?:the )?)?(?:dead|deaths|killed) at\b|\ba revised (?:death )?toll\b|\btoll (?:is |has )?(?:now|risen|rose|climbed|reached)\b/;
function reportedTollFirst(first: string): boolean {
  const m = REPORTED_TOLL_RE.exec(first);
  return m !== null && !NEW_EVENT_RE.test(first.slice(0, m.index));
}

/** "ISIS's claim of responsibility was issued on the morning of November 14": the claim of the attack told before. */
/** "Amaq announced that 'the perpetrators of the attack that targeted ...' were 'fighters of the Islamic State'": the claim of what was told. */
const PERPETRATORS_CLAIM_RE = /^[^.;]{0,80}?\b(?:announced|said|stated|claimed|declared)\s+that\s+["“]?the\s+(?:perpetrators|attackers|bombers|executors)\s+of\s+the\s+(?:attacks?|bombings?|operations?|blasts?)\b/i;
const CLAIM_ISSUED_RE = /^[^.;]{0,40}?\bclaim of responsibility (?:was|were) (?:issued|published|posted|released|circulated)\b/i;

function claimOfLast(sentence: string): boolean {
  // A label blanked before the sentence ("TWINOMUJUNI: ") leaves spaces: the sentence starts after them.
  const first = sentence.trimStart();
  return CLAIM_OF_LAST_RE.test(first) || CLAIM_ISSUED_RE.test(first) || PERPETRATORS_CLAIM_RE.test(first) || (first.includes("oldiers of") && PRAISED_AS_SOLDIERS_RE.test(first));
}

export interface DayContext {
  dates: DateContext;
  /** The day a relative opening counts from, or the day header in force. */
  dayDate: string | null;
  underDayHeader: boolean;
  published: string | null;
  periodEnd: string | null;
  /** The day of the incident an earlier segment of the same paragraph told, if any. */
  blockDay?: string | null;
}

export type Candidate =
  | {
      kind: "incident";
      /** The text the rules read: record fields as prose, citations and notes blanked. */
      analysis: string;
      date: string;
      precision: 1 | 2 | 3;
      /** Sources the text cites. */
      sources: SourceRef[];
      /** Outlets a labelled record's SOURCE field names. */
      recordSources: SourceRef[];
      /** A record's casualty field, the only text counted when there is one. */
      casualtyText: string | null;
      /** A dataset record's coded fatalities, which stand for the dead its narrative tells. */
      codedKilled: Range | null;
      /** The area label that opened the item ("Sahel region (Djibo)"), blanked from the analysis. */
      areaLabel: string | null;
      /** A log entry's header in capitals ("OB 04/26/01/2020 - TAKABA POLICE STATION. "): the record's, not the event's words, so no part of its quote. */
      entryHeader: string | null;
    }
  | { kind: "claim-of-last"; analysis: string; sources: SourceRef[] }
  /** "... died of his wounds, bringing the death toll to three": a new toll for an incident told before. */
  | { kind: "update"; analysis: string; sources: SourceRef[]; restated: boolean };

/**
 * The first sentence with a cue of an event: "Al-Naba' (issue 410) summed up the week. ISIS
 * claimed 27 attacks ...": a summary whose opening reports nothing is judged by what it reports.
 */
function eventfulSentence(analysis: string): string {
  for (const s of splitSentences(analysis)) if (INCIDENT_RE.test(s.text)) return s.text;
  return analysis;
}

/** "Gao region.", "Sahel region (Djibo).", "North Sinai governorate.": an area's name standing alone as the item's label. */
const POST_PREFIX_RE = /^\s*\[\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?(?:,?\s+\d{1,2}[:.h]\d{2})?\]\s*([A-Z@][\w'’.@-]*(?:[ -][A-Za-z0-9@][\w'’.-]*){0,4}):\s+(?=\S)/;
// "Seno and Oudalan provinces (Sahel region).": two areas under one label too.
const AREA_LABEL_START_RE = /^\s*\p{Lu}[\p{L}'’ -]{1,40}? (?:regions?|provinces?|states?|governorates?|districts?|areas?|sectors?|county|counties|prefectures?|departments?|wilayas?)(?: \([^)]{2,40}\))?\.\s+(?=\p{Lu})/u;

/** "Alert. Around 23h last night ...": a message's kind opens it, no sentence of its event. */
const ALERT_LABEL_RE = /^\s*(?:ALERT|Alert|URGENT|Urgent|FLASH|Flash|BREAKING|Breaking|Security alert|SECURITY ALERT)\s*[.:!-]\s+(?=\p{Lu})/u;
/** "OB 04/26/01/2020 - TAKABA POLICE STATION. A police patrol ...": a log entry's number and station in capitals, no sentence of its event. */
const CAPS_LABEL_RE = /^\s*(?:[A-Z]{1,5}\.?\s+(?:No\.?\s*)?\d[\d/.-]*\s*[-–—:]\s*)?[A-Z0-9][A-Z0-9'’&/.-]*(?:\s+[A-Z0-9(][A-Z0-9'’&/().-]*)+\.\s+(?=\p{Lu}[\p{Ll}\s])/u;
const RELEASED_CAPTIVES_RE = /\b(?:released|freed|set free|handed over|returned)\s+(?:[\w-]+\s+){0,5}?(?:hostages|captives|abductees|schoolgirls|schoolboys|students|pupils|girls|boys|women|children|passengers|workers)\s+(?:whom\s+|that\s+|who\s+)?(?:they|it|the group|the militants|the kidnappers|its (?:fighters|operatives))\s+had\s+(?:abducted|kidnapped|seized|taken|held)\b/i;
/** "WEEKLY SUMMARY (01-07 March): 4 residents killed, ...": a log's totals, figures rather than an event. */
const SUMMARY_LABEL_RE = /^\s*(?:(?:WEEKLY|DAILY|MONTHLY|Weekly|Daily|Monthly)\s+)?(?:SUMMARY|TOTALS?|Summary|Totals?)\b[^:.]{0,40}:\s/;
const QUESTION_LABEL_RE = /^\s*(?:QUESTION|Question|Q)\b[^:.]{0,60}:\s/;
/** "Iraq (Baghdad belt). ...", "West Africa. ...", "Salah al-Din. ...": an arena, a country or a province alone as the item's label. */
const TITLE_LABEL_RE = /^(?:Capt|Brig|Corp|Sgt|Lieut|Prof|Gov|Sen|Rep|Hon|Rev|Ref|Fig|Vol|Nos?|Art|Sect?|Para|Note|Annex)$/i;
const PLACE_LABEL_RE = /^\s*(\p{Lu}[\p{L}'’ -]{1,30}?)(?: \([^)]{2,40}\))?\.\s+(?=\p{Lu})/u;
function placeLabel(text: string): RegExpExecArray | null {
  const m = PLACE_LABEL_RE.exec(text);
  if (!m) return null;
  const name = m[1]!;
  if (findArena(name) !== null || countryFromText(name) || loadGazetteer().findAdmin1(name) !== undefined) return m;
  // "Bannu. Militants stormed ...": a district or town alone, at least four letters (no "Gen." or "Capt.").
  return name.length >= 4 && !TITLE_LABEL_RE.test(name) && loadGazetteer().lookup(name).length > 0 ? m : null;
}

/** What `text` reports, or null when it is no incident (or nothing dates it). */
export function readCandidate(text: string, c: DayContext): Candidate | null {
  // A SITREP's labelled record is read as prose; its quote stays the record.
  const record = readRecord(text);
  const norm = record?.analysis ?? text;
  const citations = findCitations(norm, c.dates);
  const notes = !norm.includes("(") ? [] : [...eachMatch(NOTE_PAREN_RE, norm)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const blanked = blankSpans(norm, [...citations.map((x) => ({ start: x.start, end: x.end })), ...notes]);
  // "Ménaka region. Studio Tamani reports that ...": a label naming the item's area opens no event; every reader starts after it.
  const area = AREA_LABEL_START_RE.exec(blanked);
  // "OB 04/26/01/2020 - TAKABA POLICE STATION. ", "TWINOMUJUNI: ": a log entry's or a speaker's header, cut from the quote too.
  const header = area ? null : CAPS_LABEL_RE.exec(blanked) ?? SPEAKER_LABEL_RE.exec(blanked);
  const label = area ?? placeLabel(blanked) ?? ALERT_LABEL_RE.exec(blanked) ?? header;
  // "[13/06 08:15] Deir ez-Zor 24: ...": a network's post, its channel the source, its stamp no count or place.
  const post = label ? null : POST_PREFIX_RE.exec(blanked);
  const opener = label ?? post;
  const analysis = opener && opener[0].length < blanked.length ? blankSpans(blanked, [{ start: 0, end: opener[0].length }]) : blanked;
  const postSources: SourceRef[] = post ? [{ name: post[1]!, date: null }] : [];
  // "QUESTION (NTV Uganda): ... were they linked?": a journalist's question tells no event; the answer does.
  if (EDITORIAL_RE.test(analysis) || QUESTION_LABEL_RE.test(blanked) || SUMMARY_LABEL_RE.test(blanked)) return null;
  if (!INCIDENT_RE.test(analysis)) {
    // "On June 4, Amaq described the attackers as 'soldiers of the Caliphate'": a claim needs no incident word.
    const lead = /claim|soldiers of/i.test(analysis) ? splitSentences(analysis, 1)[0]?.text ?? analysis : "";
    return lead && claimOfLast(lead) ? { kind: "claim-of-last", analysis, sources: citations.flatMap((x) => x.sources) } : null;
  }
  const lead = splitSentences(analysis, 1)[0]?.text ?? analysis;
  // "On December 13, ISIS issued a statement claiming responsibility for the attack": its claim, whatever the statement goes on to say.
  if (lead.includes("claiming responsibility") && claimOfLast(lead)) return { kind: "claim-of-last", analysis, sources: [...citations.flatMap((x) => x.sources), ...postSources] };
  // "The army spokesman issued statement No. 8 on the operation. According to the statement, ...":
  // the statement's content is the event; its issue only dates the report.
  const next = ISSUE_WORD_RE.test(lead) && STATEMENT_ONLY_RE.test(lead) && !NEW_EVENT_RE.test(lead) ? splitSentences(analysis, 2)[1]?.text : undefined;
  const first = next !== undefined && INCIDENT_RE.test(next) ? next : lead;
  if (CUMULATIVE_RE.test(first) || RUNNING_COUNT_RE.test(first) || (OVERALL_TOLL_RE.test(first.trimStart()) && !NEW_EVENT_RE.test(first)) || AFTERMATH_RE.test(first) || (SINCE_EVENT_RE.test(first) && !NEW_EVENT_RE.test(first.replace(SINCE_EVENT_RE, ""))) || (SCHEDULED_RE.test(first) && !NEW_EVENT_RE.test(first)) || (QUIET_RE.test(first) && !QUIET_BUT_RE.test(first)) || notOneEvent(first) || ((DEVICES_CLEARED_RE.test(first) || PROTEST_RE.test(first)) && !TOLL_WORD_RE.test(first)) || (!INCIDENT_RE.test(first) && notOneEvent(eventfulSentence(analysis))) || ((MEASURE_RE.test(first) || NOT_AN_EVENT_RE.test(first)) && !NEW_EVENT_RE.test(first))) return null;
  // "... released 101 of the 110 schoolgirls they had abducted on February 19": the end of an abduction told before, no attack.
  if (RELEASED_CAPTIVES_RE.test(first)) return null;
  if (UPDATE_RE.test(first) && (!NEW_EVENT_RE.test(first) || reportedTollFirst(first))) return { kind: "update", analysis, sources: [...citations.flatMap((x) => x.sources), ...postSources], restated: !TOLL_CHANGE_RE.test(first) };
  // "The Chief of Army Staff met the injured of the Khar blast. The toll has risen to 54": a visit
  // that reports no event of its own, then a new toll for the one told before.
  // "On September 20, 2019, an explosion on a minibus ... killed 12 people. ... raised the toll to 12": a dated event of its own, told by its noun.
  if (!NEW_EVENT_RE.test(first) && !(ON_DATE_START_RE.test(first.trimStart()) && EVENT_NOUN_TOLL_RE.test(first)) && TOLL_CHANGE_RE.test(analysis) && !NEW_EVENT_RE.test(analysis.slice(first.length))) return { kind: "update", analysis, sources: [...citations.flatMap((x) => x.sources), ...postSources], restated: false };
  const cited = citations.flatMap((x) => x.sources);
  // "Islamic State claimed the attack on Thursday through Amaq": more about the incident before, not a new one.
  // "The Commissioner has visited the scene. [Note: ISWAP claimed the Buni Yadi attack ...]": a remark, then the claim.
  if (claimOfLast(first) || (!INCIDENT_RE.test(lead) && claimOfLast(splitSentences(analysis, 2)[1]?.text ?? ""))) return { kind: "claim-of-last", analysis, sources: [...cited, ...postSources] };
  // A post's stamp is the day of its report, as a day header would be.
  const postDay = post ? findDates(post[0], c.dates).find((d) => d.precision === 1)?.date ?? null : null;
  const day = eventDayOf(first, analysis, {
    dates: c.dates,
    dayDate: postDay ?? c.dayDate,
    underDayHeader: postDay !== null || c.underDayHeader,
    references: [cited[0]?.date, c.published, c.periodEnd],
  });
  // Counts over ten days or more ("between 2 and 15 February troops neutralised 47 ...") are a published tally.
  if (!day || (day.days ?? 1) >= TALLY_SPAN_DAYS) return null;
  // "... brought the attack forward after Abdeslam was captured on March 18": a day before the period
  // that only a clause of time gives is background to what the sentence says.
  const periodStart = c.dates.period?.start;
  if (periodStart && day.date < periodStart && !ON_DATE_START_RE.test(first) && (backgroundOnly(first) || daysBetween(day.date, periodStart) > BACKGROUND_DAYS)) return null;
  // "On August 12, ISKP gunmen killed ... On July 30, an ISKP suicide bomber ...": after the item's incident in the period, an earlier one is recalled; its claims are the item's.
  if (periodStart && c.blockDay && c.blockDay >= periodStart && day.date < periodStart) {
    const claims = claimsIn(analysis);
    return claims ? { kind: "claim-of-last", analysis: claims, sources: [...cited, ...postSources] } : null;
  }
  // Without a period, a day years before the text's own ("For comparison, on 11th July 2010 ...") is recalled too.
  if (!periodStart && c.published && !ON_DATE_START_RE.test(first) && daysBetween(day.date, c.published) > RECALLED_DAYS) return null;
  return { kind: "incident", analysis, date: day.date, precision: day.precision, sources: [...cited, ...postSources], recordSources: record ? sourcesField(text, c.dates)?.sources ?? record.sources : [], casualtyText: record?.casualties ?? null, codedKilled: record?.fatalities ?? null, areaLabel: label ? label[0].trim().replace(/\.$/, "") : null, entryHeader: header && label === header ? header[0] : null };
}

/** The section's place context: the countries its headings name and the region heading in force. */
export interface SectionPlace {
  countries: readonly string[];
  region: Place | null;
}

/**
 * Where an incident's places are looked for: the countries its own place column names, then those
 * the sentence names that the section also names ("Nigerian army"), then the section's; and when
 * no section names a country, the countries the document's own unambiguous place names point to.
 */
export function geoContextOf(analysis: string, section: SectionPlace, ownColumn: readonly string[], seen: () => string[]): GeoContext {
  // "Liège, Belgium", "Diyala, Iraq.": a country the text writes after a place is the item's own, whatever the section's.
  const own = ownColumn.length > 0 ? ownColumn : statedCountries(analysis);
  const all = countriesIn(analysis);
  const named = all.filter((c) => section.countries.length === 0 || section.countries.includes(c));
  // "Egyptian air force aircraft attacked ... south of Rafah" under a heading on the West: the countries the text names come after the section's.
  const others = all.filter((c) => !named.includes(c));
  let geo: GeoContext = { countries: [...new Set([...named, ...section.countries, ...others])], primary: section.countries[0] ?? null, region: section.region };
  if (own.length > 0) geo = { countries: [...new Set([...own, ...geo.countries])], primary: own[0]!, region: section.region && own.includes(section.region.country) ? section.region : null };
  if (section.countries.length === 0) {
    const ranked = seen();
    if (ranked.length > 0) geo = { ...geo, countries: [...new Set([...geo.countries, ...ranked])], primary: geo.countries[0] ?? ranked[0]! };
  }
  return geo;
}
