// Casualty counts as ranges. Reads passive clauses ("Two fighters were killed and two others
// were wounded"), active ones ("killing three soldiers", "shot dead a shopkeeper"), elliptic
// ones ("two were killed and three wounded"), headline counts ("6 killed"), vague quantities
// ("several", "dozens"), pronouns ("He was killed along with two of his escorts"), passengers
// of vehicles, restatements ("According to ISIS, ...") and unknown fates.

import type { Range } from "../core/incident.ts";
import { CASUALTY_WORDS, W_ALL, W_BACKGROUND_LINK, W_BACKGROUND_PHRASE, W_BACKGROUND_VERB, W_HINT, W_KIA, W_NONE, W_OFFICIAL, W_NOMINAL, W_RISE, W_UNKNOWN, restatementPossible } from "./casualty-words.ts";
import { nominalCounts } from "./casualty-nouns.ts";
import { masksIn } from "./literal-scanner.ts";
import { PASSIVE_RE, sentenceCounts, type Count } from "./sentence-counts.ts";
import { splitSentences } from "./text.ts";
import { rewrittenForCounting } from "./casualty-rewrites.ts";
import { laterRevision, withRevisions } from "./toll-revisions.ts";
import { combineAccounts, resolve, stated } from "./casualty-tally.ts";

export interface Casualties {
  killed: Range;
  wounded: Range;
  casualties: Range;
}

const RESTATEMENT_RE = /\b(?:according to (?:ISIS|the group|the organization|IS|its claim|the claim|(?:the |ISIS['’]s |its )?(?:Amaq|al-Naba['’]?|Naba['’]?)(?: news agency| weekly| newspaper)?)|(?<=\b(?:ISWAP|ISKP|ISCAP|JNIM|al-Shabaab|Al-Shabaab|Boko Haram|ISIS|Province)\b[^.;]{0,80}?)(?:said|claimed|claiming|stated|boasted) (?:that )?(?:it|they|its (?:operatives|fighters|members|soldiers|men|mujahidin)) (?:had )?(?:[\w-]+ ){0,8}?(?:killed|wounded|injured)|claimed to have|claimed (?:responsibility|(?:the|an?) (?:[\w'’-]+ )?(?:attack|ambush|raid|bombing|assault|operation|capture|killings?|blast|explosion|strike|shelling))[^.]*?(?:stating|saying|adding|asserting|claiming|and (?:said|stated|added|boasted))|(?:claimed|claiming|stated|said|reported|alleged) that|claimed,? (?:through|via|in|on) [\w'’ -]{2,30}?,? that|ISIS has claimed|in (?:its|a|the) claim\b|(?:ISIS|ISWAP|ISKP|ISCAP|Province|group|organi[sz]ation)['’]s claim(?: of responsibility)?,?[^.;]{0,60}?\b(?:said|stated|spoke of|put|reported)\b|claimed,? (?:on|in|through|via) [^,.;]{2,40},? to have|(?<=\b(?:ISIS|ISWAP|ISKP|ISCAP|JNIM|al-Shabaab|Al-Shabaab|Boko Haram|Province|Amaq|A['’]maq)\b[^.;]{0,40}?)(?:said|stated|claimed|boasted) (?:that )?(?:\d[\d,]*|[a-z]+) [^.;]{0,40}?\b(?:had been|have been|were) (?:killed|wounded|injured)|(?:the group|the organi[sz]ation|the militants|the jihadists|ISIS) (?:said|claimed|stated|boasted) (?:that )?(?:it|they)\b|(?<!\b(?:army|military|troops|forces|police|government|ministry|officials|authorities|spokesm[ae]n)\s+)claimed (?:it|they) (?:had )?(?:killed|wounded|injured)\b|\b(?:which|who) claimed\b[^.;]{0,60}?,\s*(?:said|stated|claimed|boasted)\s+(?:that\s+)?(?:it|they)\b|\bclaimed\b[^.;]{0,80}?\b(?:giving|citing|putting|reporting) a (?:death )?toll\b|\b(?:boasted|bragged) of (?:having )?(?:killed|killing|wounded|wounding)\b|\b(?:said|claimed|boasted) (?:that )?(?:he|she) had (?:killed|shot dead)\b|\bclaimed (?:in [\w'’ ]{2,20}? )?(?:the )?(?:killing|deaths?|murder|execution) of (?:about |some |at least |more than )?(?:\d|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|several|scores)\b))/i;
/** An official account after the group's: its counts are the event's own again. */
// "Local sources reported four soldiers killed", "The MSA acknowledged the death of six", "According to local civil society figures, nine ...".
const OFFICIAL_RE = /\b(?:[Gg]overnment|[Aa]rmy|[Mm]ilitary|[Mm]inistry|[Mm]inisters?|[Cc]ommissioners?|[Cc]ommanders?|[Oo]fficers?|[Aa]uthorities|[Pp]olice|Peshmerga|[Ff]orces|[Tt]roops|Command|Cell|Directorate|[Oo]fficials?|(?:local |security |military |medical |hospital |health |tribal )?sources?|residents|witnesses|[Ss]pokesm[ae]n|[Ll]eaders|[Ee]lders|[Nn]otables|[Dd]octors|[Mm]edics|[Rr]epresentatives|[Aa]ctivists|[Gg]overnors?|[Mm]ayors?|[Pp]refects?|[Pp]rosecutors?|[Rr]escuers|Red Cross|Red Crescent|[Ss]urvivors|[Vv]illagers|(?:civil )?[Ss]ociety|(?:state |official |local )?media|[A-Z]{2,6}|(?:[Pp]age|[Aa]ccount|[Cc]hannel|[Ww]ebsite|[Oo]utlet|[Aa]gency|[Mm]onitor|[Oo]bservatory|[Nn]etwork|[Hh]ospitals?|[Cc]linics?|[Rr]adio|[Tt]elevision|TV|[Nn]ewspapers?|[Jj]ournalists?|[Rr]eporters?|[Cc]orrespondents?))(?:['’]s?)?(?:\)(?:,\s*(?:however|though|for (?:its|their) part),)?)?(?:\s+\([^()]{1,30}\)(?:,\s*(?:however|though|for (?:its|their) part),)?)?(?:,?\s+(?:quoted|cited) by [^,.;]{2,40}?,?)?\s+(?:[\w'’-]+\s+){0,3}?(?:said|reported|acknowledged|admitted|confirmed|stated|put|counted|told|gave)\b|\b[Aa]ccording to (?:the )?(?:(?:[A-Z][a-z]+(?:ian|ese|ish|i|an)\s+)?(?:local|medical|security|hospital|health|official|civil society|military|government|army|police|residents|witnesses|officials|authorities)\b|(?!(?:ISIS|ISIL|IS|ISWAP|ISKP|ISCAP|ISGS|ISSP|JNIM|HTS|AQIM|AQAP|TTP|ADF)\b)[A-Z]{2,6}\b|(?:[A-Z][\w'’-]+\s+){1,4}?(?:Observatory|Monitor|Network|Ministry|Command|Directorate|Police|Army|Forces|Government|Council)\b)/;
const UNKNOWN_FATE_RE = /\bfate of\b[^.]*\b(?:unknown|unclear|not known)\b|\b(?:unknown|unclear) (?:number|fate)\b|\bno (?:casualty|death|fatality) (?:figures?|toll|counts?|numbers?)\b|\b(?:not|n't) (?:report|disclose|give|provide)\s+(?:any\s+)?(?:casualties|casualty figures?|a toll)\b|\bcasualties (?:were|was|are|remain) (?:not (?:reported|disclosed|given|known)|undisclosed|unknown)\b/i;
/**
 * "Taliban losses were not disclosed", "local sources said herders were among dead", "the toll
 * could rise": some of the dead are unknown, disputed or still to come, so killed has no upper bound.
 */
const LOSSES_UNKNOWN_RE = /\blosses (?:were|was|are|remain(?:ed)?) (?:not (?:disclosed|given|known|reported|released)|undisclosed|unknown|unclear)\b|\b(?:were|was) among (?:the )?(?:dead|killed|victims)\b|\b(?:toll|it) (?:could|may|might|is likely to|is expected to|will likely) (?:still |further )?rise\b/i;
/**
 * "an unknown number were wounded", "an unknown number of assailants were killed": a count (2 or
 * more) of that fate, not an unknown fate; the other fate stays as stated.
 */
const UNKNOWN_WOUNDED_RE = /\b(?:an?\s+)?(?:unknown|unclear) number(?:\s+of\s+[\w-]+)?\s+(?:were|was)\s+(?:\w+\s+)?(?:wounded|injured|hurt|killed|slain)\b|\b(?:wounding|injuring)\s+an?\s+(?:unknown|unclear) number\b/gi;
// "No one was hurt", "no casualties": not "a figure no one could check".
const ACTIVE_TOLL_RE = /\b(?:killed|killing|wounded|wounding|injured|injuring)\s+(?:at least\s+|about\s+|some\s+)?(?:\d|(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|dozens)\b)/i;
const NONE_RE = /\bno (?:casualties|injuries|deaths|fatalities)\b(?:\s+(?:were|was)\s+reported)?|\b[Nn]o\s+(?:[\w-]+\s+){0,2}?(?:personnel|soldiers?|troops|civilians?|people|person|policem[ae]n|police officers?|officers?|staff|workers?|members?|passengers?|residents?|guards?)\s+(?:(?:was|were)\s+)(?:(?:reported|reportedly|seriously|badly)\s+)?(?:killed|hurt|wounded|injured|harmed)\b|\b(?:no one|nobody|none|neither(?: of them)?)\s+(?:(?:was|were|had been|has been)\s+)?(?:(?:reported|reportedly|seriously|badly)\s+)?(?:killed|hurt|wounded|injured|harmed)\b|\bwithout (?:causing )?(?:casualties|injuries)\b|\b[Nn]either\b[^.;]{1,60}?\bnor\b[^.;]{1,60}?\b(?:was|were)\s+(?:hurt|injured|wounded|harmed)\b/i;
// Clauses about earlier events ("launched after recent attacks killing dozens", "The raid follows
// the 31 May attacks, in which 50 died") are background; "over the past three days" in a statement
// is the span of its own operation; "Since the start of the deployment in July, ... have killed 93" is a running total,
// as is "21 people have been murdered in the camp since January 1".
const BACKGROUND_RE = /\b(?:launched|came|comes|carried out|conducted)\s+(?:after|following|in response to)\b|\b(?:arrested|detained|apprehended|captured)\b[^.]*\b(?:perpetrators|organi[sz]ers|planners|masterminds?|financiers)\s+of\s+(?:the|last|an?)\b|\bsince the (?:start|beginning|launch|outset|arrival) of\b|\b(?:since|over) the (?:past|last)\b(?!\s+(?:\d{1,2}|two|three|four|five|six|seven)\s+(?:hours|days)\b)|\bin recent (?:weeks|months|days)\b|\bsince\b[^.;]{0,200}?\b(?:have|has) been (?:killed|murdered|executed)\b|\b(?:have|has) been (?:killed|murdered|executed|assassinated)\b[^.;]{0,60}?\bsince\s+(?:(?:early|mid-?|late)\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:19|20)\d\d)\b|\bfollow(?:s|ed)\s+(?:the|an?|last|earlier|recent|similar|previous)\s+(?:[\w-]+\s+){0,3}?(?:attacks?|raids?|killings?|massacres?|bombings?|ambush(?:es)?)\b/i;

/**
 * Words without which a clause states no casualties; the full rules run only where one occurs.
 * The casualty words find them all (as W_HINT), but for KIA and WIA, which must be whole words.
 */
const HINT_RE = /\b[KW]IA\b|number (?:up|to)|fatalities to|number (?:ha[sd] (?:risen|climbed)|rose)|neutrali[sz]|kill|dead|die[ds]|wound|injur|hurt|maim|slain|execut|behead|martyr|assassin|murder|liquidat|eliminat|perish|lost|casualt|remains|bod(?:y|ies)|corpses|slaughter|massacr|left|leaving|death|gunned down|gunning down|toll|supreme price|ultimate price|supreme sacrifice|ultimate sacrifice|succumbed|lives|shahadat|\bfell /i;
/** Where the text's clauses part: "The army said it lost three; the group claimed 11". */
/** Verbs by which one source disputes another's toll. */
const DISPUTED = "(?:disputed|denied|rejected|contested)";
// "... were killed, a figure the group disputed, saying only two died": the dispute is another account.
const CLAUSE_BREAK_RE = new RegExp(`;\\s*|,\\s+(?=while\\b|whereas\\b|(?:a|the|which|this)\\s+(?:[\\w'’-]+\\s+){0,6}?${DISPUTED}\\b)`, "g");

const isKilled = (c: Count) => c.kind === "killed";

/** The restatement rule's bare "said that", "reported that": whose account it is, its subject says. */
const SAID_THAT_RE = /^(?:claimed|stated|said|reported|alleged) that$/i;
/** Who speaks for the group: its name, its outlet, or how the text refers back to it (not the Taliban's government, spokesman or police, who speak as a state). */
const GROUP_VOICE_RE = /\b(?:ISIS|IS|ISIL|Daesh|Amaq|Naba'?|ISWAP|ISKP|ISCAP|JNIM|al-Shabaab|Boko Haram|HTS|Taliban(?!['’]s (?:spokesm[ae]n|government|officials?|authorities|police|(?:interior )?ministry|governor|administration))|Wilayat|[Pp]rovince|the (?:group|organi[sz]ation|militants|jihadists|insurgents|movement))\b/;

/** "Iraqi security sources reported that 4 soldiers were killed": an official says it, the group does not. */
function officialSays(clause: string, restatement: RegExpExecArray): boolean {
  if (!SAID_THAT_RE.test(restatement[0])) return false;
  const subject = clause.slice(0, restatement.index);
  // "said that three were killed" with no one saying it: a count the rewrites put in other words ("three more bodies were found").
  if (subject.trim() === "") return true;
  return OFFICIAL_RE.test(subject + restatement[0]) && !GROUP_VOICE_RE.test(subject);
}

/** A clause opening on someone else's word than the group's. */
const ACCORDING_OTHER_RE = /^\s*According to\s+(?!(?:ISIS|IS|ISIL|Daesh|the group|the organi[sz]ation|the militants|its\b|Amaq|al-Naba|Naba|the claim|a claim|[A-Z][\w-]+ Province)\b)/;
/** "According to the MSA, three of its fighters were killed; it said its men killed 11 attackers": the same reporter goes on, no second account. */
const SAME_REPORTER_RE = /^\s*(?:it|they|he|she|the same (?:source|sources|official|statement|spokesman))\s+(?:also\s+|further\s+)?(?:said|stated|added|reported|announced|claimed)\b/i;
/** A clause that gives its count on someone's word ("According to SOHR, ...", "local sources reported ..."). */
const REPORTER_CLAUSE_RE = new RegExp(`\\b(?:[Aa]ccording to|reported|said|stated|announced|confirmed|acknowledged|put the (?:death )?toll|${DISPUTED})\\b`);
const DISPUTE_RE = new RegExp(`\\b${DISPUTED}\\b`);

/** An analyst's remark after the item, to its end: "... killing seven soldiers. Analyst: AFP's source spoke of two dead." */
const REMARK_RE = /(?<=[.!?]["'’”)]*\s+)(?:Analyst(?:['’]s (?:note|comment))?|(?:Our |Editor['’]s |Compiler['’]s |Translator['’]s )?[Cc]omment|(?:Editor|Compiler|Translator)['’]s note)\s*:\s+/;
/** An analyst's note in square brackets: "[Local sources: 2 soldiers killed, several wounded.]". */
const NOTE_RE = /\[([^\[\]]{3,300})\]/g;


/**
 * Killed, wounded and total casualties stated in an incident's text. A bracketed note with its
 * own toll is a second account of the same event: where both give a figure, the lower low and
 * the higher high bound it; where one alone does, its figure stands.
 */
export function extractCasualties(raw: string): Casualties {
  // "Five soldiers were killed ... The toll was later raised: ... seven soldiers had died": the text
  // after the mark revises the toll before it, as a later paragraph's update would.
  const later = laterRevision(raw);
  if (later) return withRevisions(extractCasualties(later.before), [{ text: later.after, counted: extractCasualties(later.told) }]);
  const text = rewrittenForCounting(raw);
  const remark = text.includes(":") ? REMARK_RE.exec(text) : null;
  if (!text.includes("[") && !remark) return extractAccount(text);
  let rest = text;
  const notes: Casualties[] = [];
  // "Analyst: a military source told AFP that two soldiers died": the compiler's check of the claim
  // above it, another account of the same dead, read as a bracketed note is.
  if (remark) {
    const note = extractAccount(text.slice(remark.index + remark[0].length));
    if (stated(note.casualties) || stated(note.killed) || stated(note.wounded)) {
      notes.push(note);
      rest = text.slice(0, remark.index);
    }
  }
  const scanned = rest;
  NOTE_RE.lastIndex = 0;
  for (let m = NOTE_RE.exec(scanned); m; m = NOTE_RE.exec(scanned)) {
    if (!HINT_RE.test(m[1]!)) continue;
    const note = extractAccount(m[1]!);
    if (!stated(note.casualties) && !stated(note.killed) && !stated(note.wounded)) continue;
    notes.push(note);
    rest = rest.slice(0, m.index) + " ".repeat(m[0].length) + rest.slice(m.index + m[0].length);
  }
  let result = notes.length > 0 ? extractAccount(rest) : extractAccount(text);
  for (const note of notes) result = combineAccounts(result, note);
  return result;
}

function extractAccount(text: string): Casualties {
  const main: Count[] = [];
  const restated: Count[] = [];
  // Killings named as nouns ("Assassination of an element ..."), counted only where no verb counts anyone.
  const nominal: Count[] = [];
  const ownNominal: Count[] = [];
  let unknownFate = false;
  let restating = false;
  // Sentences and clauses begin after white space and end at punctuation, so a rule that finds
  // nothing in the whole text (no anchors, no lookaround past the clause) finds nothing in them;
  // and a rule whose words do not occur in the text (or in a clause) finds nothing there either.
  const hits: number[] = [];
  const words = CASUALTY_WORDS.scan(text, hits);
  const mayBeUnknown = (words & W_UNKNOWN) !== 0 && UNKNOWN_FATE_RE.test(text);
  // No clause after the end of the last hint word counts anyone.
  let lastHint = -1;
  for (let i = hits.length - 2; i >= 0 && lastHint < 0; i -= 2) if (hits[i + 1]! & (W_HINT | W_KIA)) lastHint = hits[i]!;
  if (lastHint < 0 && !mayBeUnknown) return resolve(main, restated, false);
  const mayBeBackground = ((words & W_BACKGROUND_VERB && words & W_BACKGROUND_LINK) || words & W_BACKGROUND_PHRASE) && BACKGROUND_RE.test(text);
  const mayRestate = restatementPossible(words) && RESTATEMENT_RE.test(text);
  for (const s of splitSentences(text)) {
    if (mayBeUnknown && UNKNOWN_FATE_RE.test(s.text) && UNKNOWN_FATE_RE.test(s.text.replace(UNKNOWN_WOUNDED_RE, ""))) unknownFate = true;
    if (s.start >= lastHint) {
      if (mayBeUnknown) continue;
      break;
    }
    // Without a restatement in the text no clause changes whose account is read, so a sentence without hints does nothing.
    if (!mayRestate && (masksIn(hits, s.start, s.end) & (W_HINT | W_KIA)) === 0) continue;
    if (mayBeBackground && BACKGROUND_RE.test(s.text)) continue;
    // "The army said it lost three, while the group claimed 11": two accounts, two clauses.
    const split = s.text.includes(";") || s.text.includes(", wh") || (s.text.includes("ed, ") && DISPUTE_RE.test(s.text));
    // Kinds an earlier clause of the sentence counted on a reporter's word: "According to SOHR, seven soldiers were killed; a pro-regime page reported four".
    const reportedKinds = new Set<Count["kind"]>();
    // The same within the group's account: "The Taliban's spokesman said three were killed; doctors ... reported 21 dead".
    const restatedKinds = new Set<Count["kind"]>();
    let from = 0;
    CLAUSE_BREAK_RE.lastIndex = 0;
    for (;;) {
      const brk = split ? CLAUSE_BREAK_RE.exec(s.text) : null;
      const to = brk ? brk.index : s.text.length;
      const clause = s.text.slice(from, to);
      const at = s.start + from;
      const w = masksIn(hits, at, s.start + to);
      if (brk) from = brk.index + brk[0].length;
      const hinted = (w & W_HINT) !== 0 || ((w & W_KIA) !== 0 && HINT_RE.test(clause));
      let read = clause;
      if (hinted && w & W_NONE && NONE_RE.test(clause)) {
        PASSIVE_RE.lastIndex = 0;
        const rest = clause.replace(NONE_RE, "");
        // "an airstrike that killed three fighters, and that no civilians were harmed": the others still count.
        const nothingElse = !PASSIVE_RE.test(rest) && !ACTIVE_TOLL_RE.test(rest);
        PASSIVE_RE.lastIndex = 0;
        if (nothingElse) {
          if (brk) continue;
          break;
        }
        // "no American soldiers were hurt, but two contractors were wounded": only the others are read.
        read = clause.replace(NONE_RE, (m) => " ".repeat(m.length));
      }
      // An estimate in parentheses is moved into the clause before the rules read it: all may match.
      const rewritten = hinted && clause.includes("(");
      const counts = hinted ? sentenceCounts(read, rewritten ? W_ALL : w, text, main.length + restated.length > 0, main.some(isKilled) || restated.some(isKilled), rewritten ? null : hits, at) : null;
      // Once the text turns to the group's own account, the rest of it restates the event,
      // until an official account follows (without a restatement anywhere, it never does).
      const restatement = mayRestate && restatementPossible(w) ? RESTATEMENT_RE.exec(clause) : null;
      if (restatement && !(w & W_OFFICIAL && officialSays(clause, restatement))) restating = true;
      else if (mayRestate && w & W_OFFICIAL && OFFICIAL_RE.test(clause)) restating = false;
      // "ISIS claimed to have killed six soldiers. According to Zagazola Makama, two soldiers were killed": another's account.
      else if (restating && ACCORDING_OTHER_RE.test(clause)) restating = false;
      // A second reporter's count of what the first already counted is another account of it, not more dead.
      const reporter = split && counts !== null && counts.length > 0 && REPORTER_CLAUSE_RE.test(clause) && !SAME_REPORTER_RE.test(clause);
      const kinds = restating ? restatedKinds : reportedKinds;
      if (counts) for (const c of counts) (restating ? restated : main).push(reporter && kinds.has(c.kind) && c.total === undefined ? { ...c, total: "account" } : c);
      if (reporter && counts) for (const c of counts) kinds.add(c.kind);
      if (hinted && w & W_NOMINAL) for (const c of nominalCounts(clause, null)) (restating ? nominal : ownNominal).push(c);
      if (!brk) break;
    }
    CLAUSE_BREAK_RE.lastIndex = 0;
  }
  // "ISIS claimed 11 killed. The MSA acknowledged the death of six": a noun of killing in the event's own account stands against the claim.
  // "Fourteen civilians were killed. ISIS claimed the killing of 20": the group's noun of killing bounds the count from above, as its verb would.
  // "the army acknowledged the deaths of two soldiers and said five were wounded": the noun of killing gives the dead the verbs left uncounted.
  const result = resolve(main.length > 0 ? (main.some(isKilled) ? main : [...main, ...ownNominal]) : restated.length === 0 ? [...ownNominal, ...nominal] : ownNominal, main.length > 0 && restated.length === 0 ? nominal : restated, unknownFate);
  if (words & (W_UNKNOWN | W_RISE) && result.killed.high !== null && LOSSES_UNKNOWN_RE.test(text)) {
    return { killed: { low: result.killed.low, high: null }, wounded: result.wounded, casualties: { low: result.casualties.low, high: null } };
  }
  return result;
}
