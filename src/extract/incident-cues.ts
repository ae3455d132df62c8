// The wording that tells an incident paragraph from everything else in a bulletin: event
// verbs, publications, tallies, editorial labels, datelines, section notes and arena headings.

import type { SourceRef } from "../core/incident.ts";
import { findDates, WEEKDAY_PATTERN } from "./dates.ts";
import { splitSentences } from "./text.ts";
import type { SectionNote } from "./incident-builder.ts";
import { anyOf, eachMatch } from "./matches.ts";
import { findNamedSources } from "./sources.ts";
import { findGroup, GENERIC } from "./attribution-actors.ts";
import { BRACKETED_NOTE_RE } from "./blocks.ts";

export const INCIDENT_RE = /\b(?:blown up|blew up|bulldoz(?:ed|ing)|demolish(?:ed|ing)|destroying|sweeps?|hijack(?:ed|ing)?|torched|destroyed|exploded|stormed|overran|overrun|KIA|seized|looted|abduction|kidnapping|attack(?:ed|s)?|ambush(?:ed)?|IEDs?|explosive|bomb(?:s|ed|ings?)?|blasts?|blew (?:himself|herself|itself|themselves) up|went off|fired|fire|gunfire|shot|shooting|gunned down|gunning down|hacked|lynched|slaughtered|killed|killing|massacred?|murdered|slain|bod(?:y|ies) of|strangled|strangulation|carjack(?:ed|ing)?|drove off with|made off with|(?:was|were) taken (?:from|away|hostage|captive)|stabbed|stabbing|wounded|injured|kidnapped|abducted|executed|executions? of|beheaded|arrest(?:s|ed|ing)?|apprehended|captured|detained|clearance operation|intelligence[- ]based operations?|sanitisation operation|sent to hell|embraced shahadat|air ?strikes?|raid(?:ed)?|stormed|clash(?:ed|es)?|shell(?:ed|ing)|mortars?|rockets?|grenades?|snipers?|blew up|set fire|burned|burnt|searches|search operation|dead|died|assassinated|assassinations?|explosion|detonated|targeted|hit by|struck|strikes? (?:hit|on|against|targeted|killed|destroyed)|neutrali[sz](?:ed|ing)|neutralis[ée]e?s?|eliminat(?:ed|ing))\b/i;
export const PUBLICATION_RE = /\b(?:published|released|issued|posted|distributed|disseminated|circulated)\s+(?:a|an|its|the|another)?\s*(?:[\w'’-]+['’]s\s+)?(?:(?:new|weekly|security|annual|quarterly|monthly|situation|human rights|casualty)\s+){0,3}(?:video|infographic|article|statement|audio|recording|photos?|pictures|editorial|speech|book|booklet|magazine|issue|message|report|study|poster|nashid|summary|tally|round-?up)|\b(?:An|The) (?:article|editorial|video|study|report)\b|\b(?:newspaper|newsletter|weekly|magazine|infographic|video|bulletin)\b\s*(?:\([^()]{0,60}\)\s*)?[^.]{0,30}\b(?:published|released|issued|distributed|sums up|summed up|summari[sz]es|summari[sz]ed)\b|\b(?:in|through|via)\s+(?:an?|its|the)\s+(?:new\s+)?(?:audio|video)\s+(?:recording|message|statement|speech|address)\b/i;
// "ISIS claimed two attacks ...", "at least four ... attacks": a tally of several events, not one incident.
// Not people who plan or stand accused of attacks ("four men suspected of planning bomb attacks"): an arrest is one event.
// Not a date's day or year: "On 24 July troops conducting clearance operations killed five" is one operation.
// "after two days of intensive air and artillery attacks": a span of time, not a count of attacks.
export const TALLY_RE = /\b(?:at least |some |about |nearly )?(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|multiple|dozens of|(?!(?:19|20)\d\d\b)\d{1,4}(?!\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b))\s+(?!(?:days?|weeks?|months?|hours?|nights?|years?)\s+of\b)(?:(?!(?:suspected|accused|planning|plotting|preparing|behind|responsible|involved|wanted)\b)[\w,-]+\s+){0,6}?(?:attacks|operations|incidents|events|assaults|bombings)\b/i;
// "troops had neutralised 84 terrorists across the country in the preceding week": a count over a
// period or a whole country is a published figure, not one incident; so are "At least 20 Afghans have died at the airport since
// August 15" and "In February 2016, according to UNAMI's monthly figures, 670 Iraqis were killed".
export const PERIOD_TALLY_RE = /\b(?:in|during|over)\s+the\s+(?:preceding|previous|past|last)\s+(?:week|month|fortnight|seven days|quarter|year)\b[^.;]{0,80}?\b(?:killed|arrested|neutrali[sz]ed|destroyed|eliminated)\s+(?:more than\s+|over\s+|some\s+|at least\s+)?\d|\b\d{1,5}\s+(?:[\w'’-]+\s+){0,12}?(?:(?:across|throughout) the (?:country|region|state|theatre)\b|nationwide\b|(?:in|during|over) the (?:preceding|previous|past|last) (?:week|month|fortnight|seven days|quarter)\b|(?:in|during|over|throughout) (?:the month of )?(?:January|February|March|April|May|June|July|August|September|October|November|December)\b(?!\s+\d{1,2}\b))|\b(?:have|has) (?:killed|arrested|destroyed|neutrali[sz]ed|eliminated|detained) (?:a total of |some |about |more than )?\d|\b\d{1,5}\s+(?:[\w'’-]+\s+){0,3}?(?:have|has) (?:died|been killed)\b[^.;]{0,60}?\bsince\b|^(?:In|During)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{4},[^.;]{0,120}?\b\d{1,5}\s+(?:[\w'’-]+\s+){0,3}?(?:were|had been|have been)\s+killed\b/i;
/**
 * "between May 1 and 6 the coalition carried out 48 air strikes: 30 in Iraq and 18 in Syria",
 * "its aircraft flew about 120 sorties during the week": a count of strikes split among places,
 * or a week's or a month's, is a published figure, not one strike. (A few days' strikes on one
 * area, "Between March 18 and 21 ... 133 airstrikes on caves ...", are one incident.)
 */
const STRIKES = String.raw`(?:\d{2,}|\d{1,3}(?:,\d{3})+)\s+(?:[\w-]+\s+){0,2}?(?:air ?strikes|airstrikes|sorties)\b`;
export const STRIKE_COUNT_RE = new RegExp(String.raw`\b(?:(?:during|over|in) the (?:past |last |previous )?(?:week|month|fortnight)\b|(?:this|that|last) week\b|since\b)[^.;]{0,120}?\b${STRIKES}|\b${STRIKES}[^.;]{0,80}?(?::\s*\d[\d,]*\s+(?:in|on|against|near)\b|,\s*\d[\d,]*\s+of\s+(?:them|which)\b|\b(?:during|over|in) the (?:past |last )?(?:week|month)\b|\b(?:this|that) week\b)`, "i");
/** "The weekly outcome of the operations of our forces, 16-22 May: 14 terrorists killed, ...": a period's results, not one operation. */
export const PERIOD_RESULTS_RE = /\b(?:weekly|monthly) (?:outcome|results?|toll|tally|summary|balance|harvest)\b/i;
export const NOTE_PAREN_RE = /\((?:Note|note|NB|N\.B\.)\s*:[^()]*(?:\([^()]*\)[^()]*)*\)/g;
/** "TWINOMUJUNI: On Tuesday ...": a transcript's speaker, in capitals before a colon, is no part of what he says. */
export const SPEAKER_LABEL_RE = /^\s*(?!(?:UPDATE|NOTE|CORRECTION|SOURCES?|ALERT|URGENT|FLASH|BREAKING|EDITOR|COMMENT|TOLL|DATE|PLACE|LOCATION|INCIDENT|DETAILS|SUMMARY|Q|A)\b)[A-Z][A-Z'’-]{2,}(?:\s+[A-Z][A-Z'’.-]{1,}){0,2}\s*:\s+(?=\p{Lu})/u;
export const NOTE_SOURCE_RE = /(?:\b(?:on|in|by|via|from|through|ISIS's|its|and)|[,:])\s+(?:its\s+|the\s+)?(Telegram|Amaq|Al-Naba'?|Nashir|Twitter|Facebook|Rocket\.Chat|Element|Hoop|Tamtam|websites?|social media)/gi;
// "How we count. Our log records every claim issued through Amaq ...": a method note.
export const METHOD_NOTE_RE = /^(?:How we (?:count|code|work)|Method(?:ology)?|Sources and method)\b[^.:]{0,20}[.:]\s/;
// "The following is a summary of the developments documented by SOHR ...": a monitor's own report, its source.
// "Note: Unless stated otherwise, the information in this section is based on claims ...": the same note, its exceptions told in the items.
export const NOTE_RE = /^(?:(?:note:\s*)?(?:(?:unless|except where) (?:otherwise )?(?:(?:another|a different|other) sources? (?:is|are) )?(?:stated|noted|indicated|specified|mentioned|cited)(?: otherwise)?,?\s*)?the (?:information|items|incidents|data|entries|reports)(?: below| (?:in|of|under) this (?:sub-?)?section)? (?:is|are) (?:based on|drawn from|taken from|compiled from|according to)|according to|based on|(?:ISIS|the group|the organi[sz]ation|[A-Z][\w-]+ Province)['’]s claims of responsibility (?:were|was) (?:posted|published|issued|released|disseminated)|as reported by|as claimed by|source:|compiled from|drawn from|taken from|sourced from|the following (?:is|are)\b[^.]{0,120}?\b(?:documented|compiled|recorded|verified|collected|gathered) by)\b/i;
// Editorial paragraphs labelled as such ("Weekly note:", "Analysis:") are not incidents.
export const EDITORIAL_RE = /^(?:[A-Z][a-z]+(?:['’]s)?\s)?(?:note|remarks?|comment|commentary|analysis|assessment|background|context|outlook|editor's note|correction|update|excluded(?: [a-z]+){0,3}|open questions|methodology|caveats?|translator(?:'s note)?|translation note)s?\s*:|^(?:Compiled|Prepared|Translated|Collated|Assembled)\s+(?:on|in)\s+[^.]{0,40}?\bfrom\b|^(?:[A-Z][\w'’-]*\s+){0,3}(?:[Rr]emarks|[Cc]omments?|[Cc]ommentary|[Aa]ssessment|[Aa]nalysis)\.\s/i;
// A dateline: "MOSUL, Iraq, March 3 (AFP) - ".
export const DATELINE_RE = /^([A-Z][A-Z'’ .-]{2,40}),\s+([A-Z][A-Za-z .'-]{2,40}),\s+/;
export const ON_DATE_START_RE = /^(?:On|In the (?:early )?(?:morning|evening|night) of|During the night of|Overnight on)\s/;
export const DAY_WORD_RE = new RegExp(`\\b(?:on|late on|early on|last|late|early|(?:in )?the (?:early|small|late) hours of|(?:on |during )?the (?:night|morning|evening|afternoon) of)\\s+(${WEEKDAY_PATTERN})\\b`, "i");
export const ARENA_HEADING_RE = /\barena\b|^(?:Main events|Overview|Highlights)\b/i;
/**
 * A section that sums up, looks ahead or reports needs ("KEY JUDGEMENTS", "SITUATION OVERVIEW",
 * "POLICY AND OUTLOOK", "HUMANITARIAN IMPACT"): its paragraphs restate or frame the incidents told
 * elsewhere, so they give none of their own (their published figures still count). Not "Summary of
 * ISIS's activity in ...", whose items are the incidents.
 */
export const SUMMARY_HEADING_RE = /^(?:[\w-]+\s+(?:and\s+)?)?(?:summary|overview|highlights|(?:main|key) (?:trends|developments|points|events)(?: of the (?:week|month|year|period|\d{4}))?|key (?:points|judge?ments|takeaways|figures|findings|messages)|outlook|assessment|analysis|background|context|commentary|humanitarian (?:impact|situation|access|response|needs)|(?:humanitarian )?response|reactions?|political (?:developments|reactions?))(?:\s*\([^)]*\))?\s*:?$/i;
export const GROUP_HEADING_RE = /\b(?:ISIS|ISIL|Islamic State|Daesh|ISWAP|ISKP)\b/i;

/** "Unless stated otherwise" and nothing more (the label aside). */
const BARE_EXCEPTION_RE = /^\s*(?:note:\s*)?unless (?:otherwise )?(?:stated|noted|indicated|specified|mentioned)(?: otherwise)?[\s,]*$/i;
// "... the following attacks in Iraq⁴:": the list's arena and a footnote's marker may follow.
// "..., the following attacks were carried out by the Sinai Province this week:": the same, passive.
const FOLLOWING_TAIL_RE = /,?\s*(?:its|their|the group's|ISIS's)?\s*(?:[\w-]+\s+){0,3}?(?:carried out|conducted|claimed|perpetrated)\s+the following\s+(?:attacks|operations|activities|incidents)(?:\s+in\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})?(?:\s+(?:this|last|that|during the|over the|in the)\s+(?:past\s+)?(?:week|month|period|days))?\s*[⁰¹²³⁴⁵⁶⁷⁸⁹\d]*\s*:\s*$|,?\s*the following\s+(?:attacks|operations|activities|incidents)\s+(?:were|was)\s+(?:carried out|conducted|claimed|perpetrated)\b[^.:;]{0,80}:\s*$|\s*:\s*$/i;
/** "ISIS's Telegram channels published the following claim:": a note that the item below is the group's claim. */
/** "The Sinai Province claimed the following attacks on its Telegram channels:": the group's claims, the list below. */
const CLAIMED_FOLLOWING_RE = /^(?:[\w'’-]+\s+){1,5}?claimed\s+(?:responsibility\s+for\s+)?the following\s+(?:attacks|operations|activities|incidents)(?:\s+(?:on|in|through|via)\s+[^:]{2,60}?)?\s*:\s*$/i;
/** A group's claims list's introduction ("The Sinai Province claimed the following attacks on its Telegram channels:"), set as a heading or not. */
export function claimsListIntro(text: string): boolean {
  return CLAIMED_FOLLOWING_RE.test(text) || CLAIMED_BY_LIST_RE.test(text);
}
const PUBLISHED_FOLLOWING_RE = /^(?:ISIS's|The group's|Its|The Islamic State's)\s+(?:[\w-]+\s+){0,2}?(?:channels?|outlets?|agency|accounts?)\s+(?:published|posted|issued|released|carried)\s+the following\s+claims?(?:\s+of responsibility)?\s*:\s*$/i;
/**
 * "Note: unless stated otherwise, the attacks in this section were claimed by ISIS's Sinai Province on its
 * Twitter accounts", "The following items are based on ISIS's claims ...", "The bulleted items in this section
 * are based on ...", "the claims of responsibility in this section were posted on Twitter", "The details of
 * the ISIS attacks in this section are taken from ...", "The items below, unless stated otherwise, are based on ...",
 * "The claims below were posted on ...", "The following item is based on ISIS's claim ...",
 * "Unless otherwise noted, ISIS's claims of responsibility in Iraq were posted on Telegram": the items' claimant and
 * where it claimed them, though the note names attacks.
 */
const ITEMS_NOTE_RE = new RegExp(
  String.raw`^(?:unless (?:otherwise )?(?:stated|noted|indicated|specified|mentioned)(?: otherwise)?,?\s*)?` +
    String.raw`(?:(?:all\s+)?the\s+(?:(?:following|bulleted|listed|first|last)\s+){0,2}(?:(?:two|three|four|five|six|\d)\s+)?(?:details\s+of\s+the\s+(?:[\w-]+\s+){0,2}?)?(?:information|items?|incidents?|entries|entry|attacks?|operations|activities|claims? of responsibility|claims)(?: (?:below|above|listed below|listed here|reported below|in this (?:sub-?)?section|of this (?:sub-?)?section|under this heading))?(?:,\s*unless (?:otherwise )?(?:stated|noted|indicated|specified|mentioned)(?: otherwise)?,)? (?:is|are|were|was|have been) (?:all )?(?:based on|drawn from|taken from|compiled from|according to|claimed by|posted on|published on|released on)` +
    String.raw`|the following (?:is|are) (?:based on|drawn from|taken from|compiled from|according to)` +
    String.raw`|(?:ISIS|the group|the organi[sz]ation|[A-Z][\w-]+ Province)['’]s claims of responsibility(?: (?:in|for|from) (?:the )?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?| in this (?:sub-?)?section)? (?:were|are|was|is) (?:all )?(?:posted|published|issued|released|disseminated))\b`,
  "i",
);
/** "► * On August 17, ...", "... killed him. (*)": an item marked with an asterisk, before its text or after it. */
const ASTERISK_MARK_RE = /^\s*(?:[◆►▶•■●◼✦✱†‡-]\s*)?\*(?!\*)\s|(?<!\*)(?:\*|\(\*\))\s*$/;
/** The mark a note may single an item out by (see MARKED_BULLET_RE): an asterisk on it, else its bullet's character; null for neither. */
export function itemMarkOf(raw: string, bullet: boolean): string | null {
  if (ASTERISK_MARK_RE.test(raw)) return "*";
  return bullet ? raw.trimStart().charAt(0) : null;
}
/** "The items below marked with an asterisk are according to ISIS's claims ...": a note on the marked items (see MARKED_BULLET_RE). */
const MARKED_ITEMS_NOTE_RE = /^(?:the\s+)?(?:items|attacks|incidents|entries|reports)(?:\s+(?:below|above|in this (?:sub-?)?section))?,?\s+marked\s+(?:with\s+)?(?:an?\s+|the\s+)?(?:asterisk|star|[◆►▶•■●◼✦✱*†‡])(?:\s*\(\*\))?(?:\s+(?:below|above|in this (?:sub-?)?section))?,?\s+(?:are|were|is|was|have been)\s+(?:all\s+)?(?:based on|drawn from|taken from|compiled from|according to|claimed by|posted on|published on)\b/i;
/** "the two items above", "the first two items", "the following three items": a note on so many items, before it or after it. */
const ITEM_COUNT_RE = /\bthe\s+(?:(first|following|last)\s+)?(two|three|four|five|six|\d)\s+items?\b(?:\s+(below|above))?/i;
const COUNT_WORDS: Readonly<Record<string, number>> = { two: 2, three: 3, four: 4, five: 5, six: 6 };
/** The number of items a note covers and whether they are told before it; null for a note on all the items of its scope. */
export function noteItemCount(note: string): { count: number; above: boolean } | null {
  const m = ITEM_COUNT_RE.exec(note);
  if (!m) return null;
  const word = m[2]!.toLowerCase();
  return { count: COUNT_WORDS[word] ?? Number(word), above: m[1]?.toLowerCase() === "last" || m[3]?.toLowerCase() === "above" };
}
/** A note whose words point at the items after it ("The items below ...", "... the following attacks:"), never at those before. */
export const FORWARD_NOTE_RE = /\b(?:following|below|hereafter)\b|:\s*$/i;
/** "According to <source>, about 73,000 people have been displaced": a count told on a source's word after the comma. */
const SOURCED_FIGURE_RE = /^(?:according to|based on)\b[^,;]{2,120},\s+(?:[\w'’-]+\s+){0,3}?(?:\d|(?:dozens|hundreds|thousands|tens of thousands)\b)/i;
/** "Note:", "Notes on the sources:": a label before the note's words. */
const NOTE_LABEL_RE = /^\s*(?:an?\s+)?notes?(?:\s+on\s+(?:the\s+)?sources?)?\s*:\s*/i;
/** "Attacks claimed by ISIS on Telegram:": a list's introduction that is its note. */
const CLAIMED_BY_LIST_RE = /^(?:the\s+)?(?:attacks|operations|incidents|items)\s+claimed\s+by\s+(?:ISIS|the Islamic State|the group|(?:ISIS['’]s\s+)?(?:[A-Z][\w-]+\s+){1,2}Province)(?:\s+(?:on|in|via|through)\s+(?:its\s+)?[\w'’ ]{2,40}?)?\s*:\s*$/i;
/** The note in brackets closing a text (see BRACKETED_NOTE_RE); with `listIntro`, only one whose colon opens a list. */
function bracketedNote(text: string, listIntro: boolean): SectionNote | null {
  const m = text.includes("(") ? BRACKETED_NOTE_RE.exec(text) : null;
  return m && (!listIntro || m[2] === ":") ? parseNote(m[1]!) : null;
}
/** The note a heading carries in brackets at its end, or null. */
export function headingNoteOf(text: string): SectionNote | null {
  return bracketedNote(text, false);
}
/**
 * A paragraph that is a section note, read: its first sentence says where the items come from
 * ("Compiled from the Amaq ... channels on Telegram. Times are UTC."); null for any other.
 */
export function sectionNoteOf(text: string): SectionNote | null {
  // "How we count. Our log records every claim issued through Amaq ... on Telegram.": a method note's second sentence says it.
  if (METHOD_NOTE_RE.test(text)) {
    const said = splitSentences(text, 2)[1]?.text ?? "";
    return said.length < 300 && said.search(NOTE_SOURCE_RE) >= 0 ? parseNote(said) : null;
  }
  if (claimsListIntro(text) || (text.includes("following") && PUBLISHED_FOLLOWING_RE.test(text))) return parseNote(text);
  // "The attacks ... continued this week (according to claims of responsibility posted by the Sinai Province on Twitter):".
  const bracketed = bracketedNote(text, true);
  if (bracketed) return bracketed;
  // "According to ISIS's claims ..., its operatives carried out the following attacks:": a note that introduces the list.
  // "Unless stated otherwise, the following attacks were claimed by ...:": with nothing but the exception before it, the list's introduction is the note.
  const stripped = text.includes("following") ? text.replace(FOLLOWING_TAIL_RE, "") : text;
  // "The following attacks were claimed by ISKP in Amaq and on its Telegram channels:": all of it the list's introduction, all of it the note.
  const head = stripped !== text && (BARE_EXCEPTION_RE.test(stripped) || stripped.trim() === "") ? text.replace(/\s*:\s*$/, "") : stripped;
  // "Note: According to ISIS's claims ...": the label is no part of the note's words.
  const unlabelled = head.replace(NOTE_LABEL_RE, "");
  if (ITEMS_NOTE_RE.test(unlabelled) || MARKED_ITEMS_NOTE_RE.test(unlabelled)) {
    const note = splitSentences(head, 1)[0]?.text ?? head;
    return note.length < 220 && findDates(note).length === 0 ? parseNote(note) : null;
  }
  if (!NOTE_RE.test(unlabelled) || INCIDENT_RE.test(head) || findDates(head).length > 0) return null;
  const note = splitSentences(head, 1)[0]?.text ?? head;
  // "According to the UN's humanitarian office, about 73,000 people have been displaced": a figure the source gives, not where the items come from.
  if (SOURCED_FIGURE_RE.test(note)) return null;
  return note.length < 220 ? parseNote(note) : null;
}

/** A section note ("According to ISIS's claims of responsibility posted on Telegram"). */
const CLAIMS_POSTED_RE = /[^.]*\bclaims\b(?![^.]{0,20}\b(?:for|of)\s+(?:these|the following|the above|the attacks (?:below|above|marked))\b)[^.]{0,60}\b(?:are|is|were) (?:usually |normally |generally |typically )?(?:posted|published|issued|released|made|disseminated|carried)\b[^.]*\.?/gi;
// "... is based on ISIS's claims of responsibility, which were posted on Telegram": the same, the claims' channel in a relative clause.
const SPECIFIC_CLAIMS_RE = /^\s*(?:Note:\s*)?(?:According to|Based on)\b|^\s*(?:Note:\s*)?the\s+(?:following\s+)?claims(?:\s+of\s+responsibility)?(?:\s+(?:below|listed below|in this (?:sub-?)?section))?\s+(?:were|are)\s+(?:all\s+)?(?:posted|published|issued|released|disseminated)\b|\bclaims\s+of\s+responsibility\s+(?:in|for|of)\s+(?:this|these)\s+(?:sub-?)?(?:section|items|attacks)\b|(?:['’]s|\bits|\btheir)\s+claims\s+of\s+responsibility(?:\s+(?:in|for|from)\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)?,?\s+(?:which\s+|that\s+)?(?:were|was)\s+(?:posted|published|issued|released|disseminated)\b|\b(?:is|are)\s+(?:based on|according to|drawn from|taken from)\s+(?:ISIS|the group|the organi[sz]ation|[A-Z][\w-]+ Province)['’]s\s+claims\b/i;
const PROVINCE_OF_RE = /\b(?:is|are|was|were) (?:now |also )?(?:included in|part of|covered by|counted (?:in|under)|attributed to)\b[^.]{0,40}\bProvince\b/i;
/** "for the attacks marked ◆": the bullet a note covers. */
const MARKED_BULLET_RE = /\b(?:items|attacks|incidents|entries)(?:\s+(?:below|above|in this (?:sub-?)?section))?,?\s+marked\s+(?:with\s+)?(?:an?\s+|the\s+)?([◆►▶•■●◼✦✱*†‡]|asterisk|star)/i;
export function parseNote(text: string): SectionNote {
  // "Claims relating to Mozambique are posted by Amaq": where claims appear, not that these items are claims
  // ("The claims for these attacks were posted on Telegram" says they are).
  // "According to ISIS's claims of responsibility, which were posted on its Telegram channels", "ISIS's claims of
  // responsibility were issued on Telegram": these items' claims, not where such claims appear.
  const own = SPECIFIC_CLAIMS_RE.test(text) ? text : text.replace(CLAIMS_POSTED_RE, " ");
  const claimed = /\bclaims?\b|\bclaimed\b/i.test(own);
  const sources: SourceRef[] = [];
  for (const m of eachMatch(NOTE_SOURCE_RE, own)) {
    sources.push({ name: m[1]!.replace(/^t/, "T"), date: null });
  }
  // "documented by SOHR": an outlet named in running text.
  for (const named of findNamedSources(own)) if (!sources.some((s) => s.name === named.name)) sources.push(named);
  // "According to ISIS's claims ...": the items are that group's, whatever the heading calls the arena.
  // "Cabo Delgado is included in the Central Africa Province": the area is that group's, claims or not.
  const group = claimed || PROVINCE_OF_RE.test(text) ? findGroup(text) : null;
  const marked = MARKED_BULLET_RE.exec(text)?.[1];
  const marker = marked === "asterisk" || marked === "star" ? "*" : marked;
  return { claimed, sources, ...(group !== null && !GENERIC.has(group) ? { group } : {}), ...(marker ? { marker } : {}) };
}
/** "In Gombe, where twin bombings killed about 50 people on July 22, a woman blew herself up ...": an earlier attack where the new one happened; its day and its dead are not the item's. */
export const EARLIER_ATTACK_CLAUSE = String.raw`,\s+where\s+[^,;.]{0,100}?\b(?:killed|wounded|attacked|struck|bombings?|attacks?)\b[^,;.]{0,60}?\bon\s+(?:[A-Z][a-z]+\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+)\b[^,;.]*,`;
// "... when they raided a camp near Mueda over the weekend": the Saturday and Sunday before the report.
export const WEEKEND_RE = /\b(?:(?:over|at|during) the weekend|(?:last|this) weekend)\b/i;
/** Verbs that open an attack of its own in any wording (shared by NEW_EVENT_RE and REPORTED_EVENT_RE). */
const OPENING_VERBS = String.raw`gunned down|rammed|infiltrated|set off|(?<!\b(?:had|have|has|that|which|who) )(?:launched|mounted|staged|carried out) (?:an? |two |three |several |a series of )?(?:[\w-]+ ){0,2}?(?:attacks?|assaults?|raids?|ambush(?:es)?|bombings?|incursion)|came under (?:an? )?(?:[\w-]+ )?(?:attack|fire)|pounded|bombarded|resumed (?:[\w-]+ ){0,2}?(?:strikes|air ?strikes|shelling|bombardment|attacks)|drove (?:[\w-]+ ){0,3}?(?:vehicle|car|truck|tanker|motorcycle|bomb)s? (?:into|at)|(?:after|before) (?:detonating|storming|attacking|ambushing|shelling|setting off|blowing up)`;
// "A spokesman said on Monday that forces had killed 12 insurgents when they raided a camp ...": a
// new event told in reported speech, not more about the one before ("... that the attackers had
// fled", "... that the raid killed 12": a definite article refers back).
// A passive toll ("said on November 13 that 43 people were killed") is the toll of the event told, not a new one.
export const REPORTED_EVENT_RE = new RegExp(String.raw`^[^.;:"“]{0,90}?\b(?:said|says|announced|reported|stated|confirmed|told(?:\s+[A-Z][\w'’-]*){1,4})\b(?:\s+(?:late\s+|early\s+)?on\s+[\w.]+(?:\s+\d{1,2})?)?,?\s+that\s+(?![^.;]{0,160}\bthe (?:attack|raid|ambush|assault|blast|explosion|bombing|attackers|assailants|gunmen|incident|operation)\b)[^.;]{0,160}?\b(?:(?<!\b(?:were|was|been|are|is|had been|have been) )killed|opened fire|attacked|ambushed|raided|stormed|abducted|kidnapped|detonated|shelled|bombed|beheaded|arrested|captured|overran|shot|${OPENING_VERBS})\b`);
// "Earlier this month, fighters abducted ...", "Last week, ...": an item dated only by a recent span.
export const RECENT_SPAN_RE = /^(?:(?:earlier|late|later)\s+)?(this|last)\s+(week|month)\b/i;
/** A new attack, not more about the last one ("The next day, the toll rose to 12"). */
export const NEW_EVENT_RE = new RegExp(String.raw`\b(?:opened fire|attacked|ambushed|raided|stormed|abducted|kidnapped|hit(?! by)|(?<!\bof )seized(?! (?:weapons|arms|ammunition|equipment|vehicles|materiel|explosives|caches?|documents|drugs|control)\b)|detonated|exploded|struck|fired|shelled|bombed|targeted|blew up|blew (?:himself|herself|itself|themselves) up|(?:was|were) activated|went off|set fire|burned|burnt|torched|clashed|assassinated|executed|beheaded|arrested|captured|overran|shot|${OPENING_VERBS})\b`);
/** "The Cell denied reports of an attack", "found a second mass grave": no event of the period, whatever verbs follow. */
export const DENIAL_OR_GRAVE_RE = /\b(?:denied|dismissed|refuted) (?:the )?(?:reports?|claims?|rumou?rs?)\b|\b(?:was|were) not (?:carried out|perpetrated|committed|conducted) by\b|\b(?:found|discovered|uncovered|exhumed)\b[^.]{0,40}\bmass graves?\b/i;
// "since the start of the operation on February 9, 241 operatives have been killed": a running
// total; "The second phase ... is focused on ...", "police are continuing the wave of arrests":
// an ongoing campaign; "indicted a Syrian asylum seeker for membership in ISIS": a court's act;
// "found and dismantled 7 explosive devices": a device cleared before it went off; "gave the
// following figures for ISIS's attacks": the introduction of a list of figures; "announced the
// establishment of the Hind Province": a group's new province, however it came about; "reported on its
// operations in Iraq for the week of April 15-21": a weekly summary of figures.
export const NOT_AN_EVENT_RE = /\bsince the (?:start|beginning|launch|outset) of\b|\b(?:is|are|was|were) not (?:included|coded|covered) in (?:this|these|the) (?:[\w'’]+ ){0,2}?(?:records?|dataset|data|report|count|tally|figures)\b|\b(?:is|are|remains?)\s+(?:still\s+)?(?:focused|continuing|ongoing|underway|under way)\b|\b(?:indicted|sentenced|convicted|acquitted|put on trial|stood trial|went on trial|arraigned|remanded in custody|charged with)\b|\bappeared (?:before|in) (?:a |the )?(?:[\w'’]+ ){0,3}?[Cc]ourt\b|\b(?:summed up|summari[sz]ed|took stock of|presented (?:the|its) (?:final )?(?:figures|results|tally|toll))\b|\b(?:gave|published|released|listed|reported|presented|printed)\s+the\s+following\s+(?:figures|numbers|data|statistics|breakdown|tally|totals|results)\b|\b(?:found|discovered|located|uncovered)\s+and\s+(?:dismantled|defused|disarmed|removed|neutrali[sz]ed)\b|\b(?:dismantled|defused|disarmed)\s+(?:(?:an?|the|\d{1,4}|two|three|four|five|six|seven|eight|nine|ten|several|dozens of)\s+)?(?:[\w-]+\s+){0,2}?(?:explosive devices?|IEDs?|bombs?|(?:land)?mines|explosive belts?|booby[- ]traps?)\b|\bannounced\s+(?:\w+\s+)?the\s+(?:end|withdrawal|departure|launch|extension)\s+of\s+(?:the\s+)?(?:operation|mission|deployment|force)\b|\bannounced\s+(?:\w+\s+)?the\s+(?:establishment|creation|formation|founding|foundation)\s+of\b|\b(?:reported|reports|reporting)\s+on\s+(?:its|the group's|the organi[sz]ation's)\s+(?:operations|attacks|activity|activities)\b[^.;]{0,40}?\bfor\s+the\s+(?:week|month|period)\b/i;
// "the administrator on 12 June lifted the curfew imposed after the May attacks": a measure taken,
// not an attack (unless the sentence also tells one: the caller checks NEW_EVENT_RE).
export const MEASURE_RE = /\b(?:lifted|imposed|extended|declared|announced|suspended|renewed|eased|reinstated)\s+(?:a\s+|an\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:curfew|ban|state of (?:siege|emergency)|restrictions?|lockdown|measures?)\b/i;
// "UPDATE Tessit: toll now 14 KIA": a later toll for an incident already told, not a new one.
// "One of the Peshmerga wounded in Tuesday's attack died of his wounds, bringing the death toll to three": the same.
/** A toll changed since it was first told: "the toll rose to", "died of his wounds", "bringing the death toll to". */
export const TOLL_CHANGE_RE = /\bUPDATE\b|\b(?:the|this)\s+(?:figure|count|tally)\s+(?:was|has been|had been)\s+(?:later\s+|since\s+|subsequently\s+|then\s+)?(?:revised|raised|updated|corrected|increased|lowered)\s+to\b|\btoll of the [^.;]{2,80}?\bis now\b|\b(?:revised|raised|updated|increased|corrected)\s+(?:the|its|their)\s+(?:death\s+)?(?:toll|figure|tally|count)\s+(?:up(?:ward)?s?\s+)?to\b|\b(?:revised|raised|updated|corrected|lowered)\s+(?:the|its|their)\s+(?:death\s+|casualty\s+)?(?:toll|figures|tally|count)\s*(?::|\s+and\s+(?:said|put|gave|reported)\b)|\b[Pp]rovisional (?:death )?toll\s*:|\b(?:death )?toll (?:was|has been|had been) (?:later |since |subsequently |then )?(?:revised|raised|updated|corrected)\b|\b(?:had |has )?put the (?:death )?toll at\b|\b(?:wounded|injured)\b[^.;]{0,30}\bdied in (?:the )?hospital\b|\bput the (?:number of (?:the )?)?(?:dead|deaths|killed) at\b|\ba revised (?:death )?toll\b|\btoll (?:is |has )?(?:now|risen|rose|climbed|reached)\b|\btoll of the [^.;]{2,80}? (?:has|had) (?:now )?(?:risen|climbed|increased)\b|\bdied of (?:his|her|their) (?:wounds|injuries)\b|\b(?:bringing|raising) the (?:death )?toll\b|\b(?:bringing|raising) the (?:number|total|count) of (?:[\w-]+ ){0,3}?(?:killed|dead|deaths|fatalities|casualties|wounded)\b/;
/** A toll told again by another account: "Three SDF fighters killed in last night's attack on ...". */
export const TOLL_RESTATED_RE = /\b(?:killed|wounded|injured|dead|died)\b[^.]{0,40}\bin (?:last night's|yesterday's|this morning's|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day's) (?:attack|bombing|blast|ambush|raid|explosion|shooting)\b/;
export const UPDATE_RE = anyOf([TOLL_CHANGE_RE, TOLL_RESTATED_RE]);
// "Repost of the Macomia claim with photos": a channel repeating a claim, not another incident.
export const REPOST_RE = /\b(?:re-?posts?|re-?posted|republished|re-?shared|recirculated)\s+(?:of\s+)?(?:the|an?|its)\s+(?:[\w'-]+\s+){0,3}?(?:claim|statement|video|photos?|report)\b|^\W{0,4}(?:re-?post(?:ed)?|forwarded|RT)\s+from\s+@?\w/i;

/** "Demonstrators burned tyres on the road": a protest, which its burning does not make an attack. */
// "The protests that began in early October in Baghdad ... were renewed on October 25": a wave of protests, not an attack.
export const PROTEST_RE = /\b(?:demonstrators|protesters|protestors)\s+(?:burned|burnt|set fire to|blocked)\b|\b(?:protests?|demonstrations?)\s[^.;]{0,140}?\b(?:(?:were|was)\s+(?:renewed|resumed)|resumed|broke out|erupted|spread)\b/i;

/** "Engineers found and safely detonated 23 explosive devices": devices cleared, which no event verb of the sentence makes an attack. */
export const DEVICES_CLEARED_RE = /\b(?:found|discovered|located|uncovered)\s+and\s+(?:(?:safely|carefully)\s+)?(?:detonated|destroyed|blew up)\s+(?:(?:an?|the|\d{1,4}|[a-z]+)\s+)?(?:[\w-]+\s+){0,2}?(?:explosive devices?|IEDs?|bombs?|(?:land)?mines|explosive belts?|booby[- ]traps?)\b/i;

const NOTE_START_RE = /^\s*(?:According to|Based on)\b/i;
/** A note's words set as a heading: "... are based on ...", "... were claimed by ...". */
const NOTE_WORDS_RE = /\b(?:(?:is|are|were|was)\s+(?:based on|taken from|drawn from|claimed by|posted on))\b/i;
/** Whether a line may be a note set as a heading ("According to ISIS's claims ...:", "The following items are based on ..."): sectionNoteOf decides. */
export function noteWords(text: string): boolean {
  return NOTE_START_RE.test(text) || NOTE_WORDS_RE.test(text);
}

const THIS_SECTION_RE = /\bthis (?:sub-?)?section\b/i;
/** A note on "this section" or "this subsection", which covers that section alone. */
export function noteOfSection(text: string): boolean {
  return THIS_SECTION_RE.test(text);
}
