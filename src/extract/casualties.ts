// Casualty counts as ranges. Reads passive clauses ("Two fighters were killed and two others
// were wounded"), active ones ("killing three soldiers", "shot dead a shopkeeper"), elliptic
// ones ("two were killed and three wounded"), headline counts ("6 killed"), vague quantities
// ("several", "dozens"), pronouns ("He was killed along with two of his escorts"), passengers
// of vehicles, restatements ("According to ISIS, ...") and unknown fates.

import type { Range } from "../core/incident.ts";
import { CREW_RE, PERSON_NOUN_RE, addSpan, countPhrase, countPieces, prepareSentence, subjectBefore, vehiclesBefore, type Span } from "./casualty-phrases.ts";
import { NUMBER_WORD_PATTERN, VAGUE_QUANTITIES, parseCardinal } from "./numbers.ts";
import { splitSentences } from "./text.ts";

export interface Casualties {
  killed: Range;
  wounded: Range;
  casualties: Range;
}

type Kind = "killed" | "wounded" | "either";

interface Count extends Span {
  kind: Kind;
}

const KILLED = "killed|slain|executed|beheaded|shot dead|shot and killed|martyred|assassinated|murdered|dead|died|liquidated|eliminated|(?:stabbed|beaten|shot|burned|burnt|hacked|tortured|bludgeoned|strangled) to death";
const WOUNDED = "wounded|injured|hurt|maimed";
const EITHER = `(?:killed|wounded|injured)\\s+(?:or|and|and/or)\\s+(?:killed|wounded|injured)|casualties`;
const WOUNDED_ONLY_RE = new RegExp(`^(?:${WOUNDED})$`);
const QUALIFIER = "(?:at least|about|around|approximately|some|nearly|almost|more than|over|up to|as many as|roughly|an estimated)";
const COUNT_WORD = `(?:\\d[\\d,]*|${NUMBER_WORD_PATTERN}|several|dozens|scores|many|numerous|hundreds|both)`;

const PASSIVE_RE = new RegExp(
  `\\b(was|were|had been|have been|has been|are|is|got|being)\\s+(?:reportedly\\s+|also\\s+|both\\s+|all\\s+|later\\s+|then\\s+|subsequently\\s+|allegedly\\s+|seriously\\s+|critically\\s+|slightly\\s+|lightly\\s+|severely\\s+|fatally\\s+|mortally\\s+|found\\s+)*(${EITHER}|${KILLED}|${WOUNDED})\\b`,
  "gi",
);
const INTRANSITIVE_RE = /\b(died|perished|lost (?:their|his|her) lives?|lost (?:their|his|her) life)\b(?!\s+(?:of|from)\s+(?:covid|illness|disease|natural|cancer|a heart|old age|his illness))/gi;
const ACTIVE_VERBS = "neutrali[sz]ed|neutrali[sz]ing|killing|killed|wounding|wounded|injuring|injured|leaving|left|shot dead|shooting dead|shot and killed|beheaded|beheading|executed|executing|slaughtered|slaughtering|murdered|murdering|assassinated|assassinating|massacred|massacring";
const OBJECT_END = "(?=[.;:()]|,|\\s+(?:along|together) with\\b|\\s+and\\b|\\s+in\\b|\\s+on\\b|\\s+near\\b|\\s+at\\b|\\s+with\\b|\\s+from\\b|\\s+as\\b|\\s+while\\b|$)";
const ACTIVE_RE = new RegExp(
  `\\b(${ACTIVE_VERBS})\\s+(${QUALIFIER}\\s+)?((?:${COUNT_WORD}|an?|him|her|them|the|his|their|its|another|all)\\b[^.;:()]{0,60}?)${OBJECT_END}`,
  "gi",
);
/** "... killing an officer [and three soldiers]", "killed him [along with two of his sons]". */
const CONTINUATION_RE = new RegExp(
  `^\\s*,?\\s*(?:and|as well as|along with|together with)\\s+((?:${QUALIFIER}\\s+)?(?:${COUNT_WORD}|an?|another|the|his|her|their|other|others)\\b[^.;:()]{0,60}?)${OBJECT_END}`,
  "i",
);
const CLAUSE_VERB_RE = /\b(?:was|were|is|are|fled|escaped|withdrew|retreated|set|stole|seized|burned|took|destroyed|looted|damaged)\b/i;
/** "Two soldiers were killed [and three wounded]". */
const ELLIPTIC_RE = new RegExp(`\\band\\s+((?:${QUALIFIER}\\s+)?${COUNT_WORD}(?:\\s+(?:others?|more))?)\\s+(wounded|injured|killed|dead)\\b`, "gi");
/** Perfect tense in a relative clause is the group's record, not this event ("a group that has killed hundreds"). */
const RECORD_RE = /\b(?:that|which|who)\s+(?:has|have|had)\s+(?:\w+\s+)?$/i;
const HEADLINE_RE = new RegExp(
  // "6 killed", "3 ISKP killed", "several wounded", "5 ISKP militants killed" (tables and headlines).
  // "EST 15-20 ISWAP KIA": an estimate's range of figures is its low and high.
  `(?:^|[:,;|./]\\s*)(?:(?:est(?:imated)?\\.?|approx(?:imately)?\\.?|about|around)\\s+)?((?:\\d[\\d,]*(?:\\s*-\\s*\\d[\\d,]*)?|${NUMBER_WORD_PATTERN}|several|dozens|scores))\\s+(?:[A-Za-z'-]+\\s+){0,2}?(killed|dead|wounded|injured|KIA|WIA)\\b`,
  "gi",
);
/** "mourned six soldiers killed when ...": a counted noun with a past participle after it. */
const PARTICIPLE_RE = new RegExp(`\\b(${COUNT_WORD})\\s+(?:[\\w'-]+\\s+){0,2}?([a-z'-]+s|[a-z]*men|people|children|personnel|troops)\\s+(killed|wounded|injured)\\s+(?:in|when|during|by|as|at|on|while|after)\\b`, "gi");
/** "his body was found the next morning": the person was killed. */
const BODY_FOUND_RE = /\b(?:his|her|the)\s+(?:\w+\s+)?body\b[^.;]{0,60}?\b(?:was|were)\s+(?:later\s+|then\s+)?(?:found|discovered|recovered|dumped)\b|\b(?:found|discovered|recovered)\s+the\s+(?:\w+\s+)?body\s+of\s+(?:an?|the|his|her)\b/gi;
/** "the army said it lost three soldiers". */
const LOST_RE = new RegExp(`\\b(?:lost|losing)\\s+(${COUNT_WORD})\\s+(?:of its\\s+)?(?:[\\w'-]+\\s+)?(?:soldiers|men|fighters|troops|policemen|officers|personnel|members)\\b`, "gi");
const REMAINS_RE = new RegExp(`\\b(?:remains|bodies|corpses)\\s+of\\s+((?:\\d[\\d,]*|${NUMBER_WORD_PATTERN}))\\b`, "gi");

const RESTATEMENT_RE = /\b(?:according to (?:ISIS|the group|the organization|IS|its claim|the claim|Amaq)|claimed to have|claimed responsibility[^.]*?stating|(?:claimed|stated|said|reported|alleged) that|ISIS has claimed|in its claim|(?:the group|the organi[sz]ation|the militants|the jihadists|ISIS) (?:said|claimed|stated|boasted) (?:that )?(?:it|they)\b)/i;
/** An official account after the group's: its counts are the event's own again. */
const OFFICIAL_RE = /\b(?:government|army|military|ministry|authorities|police|officials?|security sources?|spokesm[ae]n)\s+(?:\w+\s+)?(?:said|reported|acknowledged|confirmed|stated)\b/i;
const UNKNOWN_FATE_RE = /\bfate of\b[^.]*\b(?:unknown|unclear|not known)\b|\b(?:unknown|unclear) (?:number|fate)\b|\bno (?:casualty|death|fatality) (?:figures?|toll|counts?|numbers?)\b/i;
const NONE_RE = /\b(?:no (?:one|casualties|injuries|deaths|fatalities)|nobody|none) (?:was|were)?\s*(?:killed|hurt|wounded|injured|reported)?|\bwithout (?:causing )?(?:casualties|injuries)\b/i;
// Clauses about earlier events ("launched after recent attacks killing dozens") are background.
const BACKGROUND_RE = /\b(?:launched|came|comes|carried out|conducted)\s+(?:after|following|in response to)\b|\b(?:since|over) the (?:past|last)\b|\bin recent (?:weeks|months|days)\b/i;

const VEHICLE_RE = /\b(vehicles?|cars?|trucks?|pick-?ups?|APCs?|tanks?|buses|bus|bulldozers?|tankers?|armou?red vehicles?|humvees?|convoys?|motorcycles?)\b/i;
const COUNTED_OBJECT_RE = new RegExp(`^(?:${COUNT_WORD}|him|her|them|another|an?)\\b`, "i");
const SINGULAR_NP_RE = /^(?:his|her|their|its|the|an?)\s+[\w'-]*[^s\W]$/i;
const PRONOUN_OBJECT_RE = /^(?:him|her|them)\b/i;
const SUBJECT_NOUN_RE = /^(?:an?|the|this|that|one|his|her|their)\s+[\w'-]+/i;

/** Every match of a global regex, without the regex copy `matchAll` makes on each call. */
function* each(re: RegExp, text: string): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) re.lastIndex++;
    yield m;
  }
}

/** Words without which a clause states no casualties; the full rules run only where one occurs. */
const HINT_RE = /\b[KW]IA\b|neutrali[sz]|kill|dead|die[ds]|wound|injur|hurt|maim|slain|execut|behead|martyr|assassin|murder|liquidat|eliminat|perish|lost|casualt|remains|bod(?:y|ies)|corpses|slaughter|massacr|left|leaving|death/i;

function kindOf(verb: string): Kind {
  const v = verb.toLowerCase();
  if (/\b(?:or|and|and\/or)\b/.test(v) || v === "casualties") return "either";
  if (WOUNDED_ONLY_RE.test(v)) return "wounded";
  return "killed";
}

/** Adds a count found in a clause (a plain function: a closure per clause would cost more than the count). */
function collect(out: Count[], kind: Kind, c: Span | null): void {
  if (c) out.push({ kind, ...c });
}

// "The toll is 4 VDP killed and 2 wounded", "a toll of 12 dead", "... and 15 terrorists neutralised":
// a toll lists its counts, each a number, a noun or two and what befell them.
const TOLL_RE = /\btoll\s+(?:is|was|stands at|rose to|of|:)\s/i;
const TOLL_ITEM_RE = new RegExp(`(?:^|[\\s,;:])(?:${QUALIFIER}\\s+)?(${COUNT_WORD})\\s+(?:[\\w'-]+\\s+){0,2}?(killed|dead|wounded|injured|neutrali[sz]ed)\\b`, "gi");

function tollCounts(sentence: string): Count[] {
  const t = TOLL_RE.exec(sentence);
  if (!t) return [];
  const out: Count[] = [];
  for (const m of each(TOLL_ITEM_RE, sentence.slice(t.index))) {
    const c = countPhrase(m[1]!, null);
    if (c) out.push({ kind: /wounded|injured/i.test(m[2]!) ? "wounded" : "killed", ...c });
  }
  return out;
}

/** Counts stated in one clause. */
function sentenceCounts(raw: string, antecedent: number | null, counted: boolean): Count[] {
  const sentence = prepareSentence(raw);
  const toll = tollCounts(sentence);
  if (toll.length > 0) return toll;
  const out: Count[] = [];
  const used: [number, number][] = [];
  let last = 0;
  for (const m of each(PASSIVE_RE, sentence)) {
    const kind = kindOf(m[2]!);
    const singular = /^(?:was|is|has been)$/i.test(m[1]!);
    // "Six were killed, four guards and two civilians, and an unknown number were wounded": after
    // an earlier verb, the subject of this one starts at the last ", and".
    const and = last > 0 ? sentence.slice(last, m.index).lastIndexOf(", and ") : -1;
    const pieces = subjectBefore(sentence, and >= 0 ? last + and + 2 : last, m.index);
    const phrase = pieces.join(" and ");
    let c = countPieces(pieces, antecedent);
    // "The mayor of the town was shot dead": one person, however the text names him.
    if (!c && singular && SUBJECT_NOUN_RE.test(pieces[0] ?? "") && !VEHICLE_RE.test(pieces[0] ?? "")) c = { low: 1, high: 1 };
    if (c && CREW_RE.test(phrase) && /\btheir\b/i.test(phrase)) {
      const v = vehiclesBefore(sentence, m.index);
      if (v) c = { low: v, high: null };
    }
    // "killed along with two of his escorts"
    const after = sentence.slice(m.index + m[0].length);
    const along = /^\s*(?:along|together)\s+with\s+([^.;,()]+)/i.exec(after);
    if (along && c) c = addSpan(c, countPhrase(along[1]!.replace(/\s+of\s+(?:his|her|their|its)\s+/i, " "), null) ?? { low: 1, high: 1 });
    collect(out, kind, c);
    used.push([m.index, m.index + m[0].length]);
    last = m.index + m[0].length;
  }
  for (const m of each(INTRANSITIVE_RE, sentence)) {
    collect(out, "killed", countPieces(subjectBefore(sentence, 0, m.index), antecedent));
    used.push([m.index, m.index + m[0].length]);
  }
  for (const m of each(ACTIVE_RE, sentence)) {
    if (used.some(([a, b]) => m.index >= a && m.index < b)) continue;
    const before = sentence.slice(Math.max(0, m.index - 30), m.index);
    if (/\b(?:was|were|been|be|is|are)\s+$/i.test(before) || RECORD_RE.test(before)) continue;
    const verb = m[1]!.toLowerCase();
    let phrase = (m[2] ?? "") + m[3]!;
    if (verb === "leaving" || verb === "left") {
      const k = /\b(dead|killed|wounded|injured)\b/i.exec(phrase);
      if (!k) continue;
      phrase = phrase.slice(0, k.index);
      collect(out, /dead|killed/i.test(k[1]!) ? "killed" : "wounded", countPhrase(phrase, antecedent));
      continue;
    }
    const bare = m[3]!.replace(/^(?:the|his|their|its|all)\s+/i, "");
    // "neutralised an IED" is no death: only people (or "twenty of them") are neutralised dead.
    if (verb.startsWith("neutrali") && !PERSON_NOUN_RE.test(phrase) && !/\bof them\b|\bassailants\b/i.test(phrase)) continue;
    if (!PERSON_NOUN_RE.test(phrase) && !(m[2] || COUNTED_OBJECT_RE.test(bare))) continue;
    // "... slaughtered them": a pronoun after counts already made refers back to those victims.
    const anaphora = PRONOUN_OBJECT_RE.test(m[3]!) && (counted || out.length > 0);
    let c = anaphora ? { low: 0, high: 0 } : countPhrase(phrase, antecedent);
    if (!c) continue;
    let end = m.index + m[0].length;
    for (let k = 0; k < 4; k++) {
      const more = CONTINUATION_RE.exec(sentence.slice(end));
      if (!more || CLAUSE_VERB_RE.test(more[1]!)) break;
      const companion = /^\s*,?\s*(?:along|together) with/i.test(more[0]) && SINGULAR_NP_RE.test(more[1]!);
      const extra = countPhrase(more[1]!.replace(/\s+of\s+(?:his|her|their|its)\s+/i, " "), antecedent) ?? (companion ? { low: 1, high: 1 } : null);
      if (!extra) break;
      c = addSpan(c, extra);
      end += more[0].length;
    }
    used.push([m.index, end]);
    if (c.low > 0 || c.high !== 0) collect(out, /^(?:wound|injur)/.test(verb) ? "wounded" : "killed", c);
  }
  for (const m of each(ELLIPTIC_RE, sentence)) {
    if (used.some(([a, b]) => m.index < b && m.index + m[0].length > a)) continue;
    collect(out, /wounded|injured/i.test(m[2]!) ? "wounded" : "killed", countPhrase(m[1]!, antecedent));
    used.push([m.index, m.index + m[0].length]);
  }
  if (out.length === 0) {
    for (const m of each(HEADLINE_RE, sentence)) {
      const vague = VAGUE_QUANTITIES[m[1]!.toLowerCase()];
      const range = /^(\d[\d,]*)\s*-\s*(\d[\d,]*)$/.exec(m[1]!);
      const n = vague ?? parseCardinal(range ? range[1]! : m[1]!);
      const high = range ? parseCardinal(range[2]!) : vague === undefined ? n : null;
      if (n !== null) out.push({ kind: /dead|killed|KIA/i.test(m[2]!) ? "killed" : "wounded", low: n, high: high !== null && high >= n ? high : vague === undefined ? n : null });
    }
  }
  for (const m of each(PARTICIPLE_RE, sentence)) {
    if (used.some(([a, b]) => m.index < b && m.index + m[0].length > a) || /\b(?:was|were|been|being)\s+$/i.test(sentence.slice(0, m.index))) continue;
    if (PERSON_NOUN_RE.test(m[2]!)) collect(out, /killed/i.test(m[3]!) ? "killed" : "wounded", countPhrase(`${m[1]} ${m[2]}`, antecedent));
  }
  for (const m of each(LOST_RE, sentence)) {
    const n = VAGUE_QUANTITIES[m[1]!.toLowerCase()] ?? parseCardinal(m[1]!);
    if (n !== null) out.push({ kind: "killed", low: n, high: VAGUE_QUANTITIES[m[1]!.toLowerCase()] === undefined ? n : null });
  }
  if (out.length === 0) for (const _ of each(BODY_FOUND_RE, sentence)) out.push({ kind: "killed", low: 1, high: 1 });
  for (const m of each(REMAINS_RE, sentence)) {
    const n = parseCardinal(m[1]!);
    if (n !== null) out.push({ kind: "killed", low: n, high: n });
  }
  return out;
}

const ZERO: Range = { low: 0, high: 0 };

interface Tally {
  killed: Range;
  wounded: Range;
  either: Range;
  any: boolean;
}

function tally(counts: Count[]): Tally {
  const t: Tally = { killed: { ...ZERO }, wounded: { ...ZERO }, either: { ...ZERO }, any: counts.length > 0 };
  for (const c of counts) t[c.kind] = addSpan(t[c.kind], c);
  return t;
}

const stated = (r: Range) => r.low > 0 || r.high !== 0;

/**
 * The event's own count and the group's restatement: the own count is the low bound, the
 * larger claim the high one ("the group said it killed 20; the government said three died").
 */
function merge(own: Range, claimed: Range): Range {
  if (!stated(own)) return claimed;
  if (!stated(claimed)) return own;
  return { low: own.low, high: own.high === null || claimed.high === null ? null : Math.max(own.high, claimed.high) };
}

const ANTECEDENT_RE = new RegExp(`\\b(\\d+|${NUMBER_WORD_PATTERN})\\s+(?:[\\w'-]+\\s+){0,3}?(?:soldiers|fighters|officers|policemen|civilians|people|members|operatives|men|women|children|guards|workers|villagers|passengers|escorts)\\b`, "i");

/** The antecedent for "they": the first counted group of people in the text ("two Iraqi soldiers"). */
function findAntecedent(text: string): number | null {
  const m = ANTECEDENT_RE.exec(text);
  return m ? parseCardinal(m[1]!) : null;
}

/** Killed, wounded and total casualties stated in an incident's text. */
export function extractCasualties(text: string): Casualties {
  // Read only when a clause is counted.
  let antecedent: number | null | undefined;
  const main: Count[] = [];
  const restated: Count[] = [];
  let unknownFate = false;
  let restating = false;
  // Sentences and clauses begin after white space and end at punctuation, so a rule that finds
  // nothing in the whole text (no anchors, no lookaround past the clause) finds nothing in them.
  const mayBeUnknown = UNKNOWN_FATE_RE.test(text);
  const mayBeBackground = BACKGROUND_RE.test(text);
  const mayRestate = RESTATEMENT_RE.test(text);
  const mayCount = HINT_RE.test(text);
  for (const s of splitSentences(text)) {
    if (mayBeUnknown && UNKNOWN_FATE_RE.test(s.text)) unknownFate = true;
    if (mayBeBackground && BACKGROUND_RE.test(s.text)) continue;
    // "The army said it lost three, while the group claimed 11": two accounts, two clauses.
    for (const clause of (s.text.includes(";") || s.text.includes(", wh") ? s.text.split(/;\s*|,\s+(?=while\b|whereas\b)/) : [s.text])) {
      const hinted = mayCount && HINT_RE.test(clause);
      if (hinted && NONE_RE.test(clause)) {
        PASSIVE_RE.lastIndex = 0;
        const rest = !PASSIVE_RE.test(clause.replace(NONE_RE, ""));
        PASSIVE_RE.lastIndex = 0;
        if (rest) continue;
      }
      if (hinted && antecedent === undefined) antecedent = findAntecedent(text);
      const counts = hinted ? sentenceCounts(clause, antecedent ?? null, main.length + restated.length > 0) : [];
      // Once the text turns to the group's own account, the rest of it restates the event,
      // until an official account follows (without a restatement anywhere, it never does).
      if (mayRestate && RESTATEMENT_RE.test(clause)) restating = true;
      else if (mayRestate && OFFICIAL_RE.test(clause)) restating = false;
      (restating ? restated : main).push(...counts);
    }
  }
  const a = tally(main);
  const b = tally(restated);
  let killed = a.killed;
  let wounded = a.wounded;
  let either = a.either;
  if (b.any) {
    killed = merge(killed, b.killed);
    wounded = merge(wounded, b.wounded);
    // A restated "killed or wounded" adds no one the main account already counted.
    const mainTotal = killed.low + wounded.low + either.low;
    const extra = b.either.low > 0 ? Math.max(0, b.killed.low + b.wounded.low + b.either.low - mainTotal) : 0;
    either = { low: either.low + extra, high: b.either.high === null || either.high === null ? null : either.high + (b.either.high ?? 0) };
    if (b.either.low > 0) {
      killed = { low: killed.low, high: null };
      wounded = { low: wounded.low, high: null };
    }
  }
  if (either.low > 0 || either.high !== 0) {
    killed = { low: killed.low, high: null };
    wounded = { low: wounded.low, high: null };
  }
  if (unknownFate) {
    killed = { low: killed.low, high: null };
    wounded = { low: wounded.low, high: null };
  }
  const casualties: Range = {
    low: killed.low + wounded.low + either.low,
    high: killed.high === null || wounded.high === null ? (either.high !== null && either.low > 0 && killed.low + wounded.low === 0 ? either.high : null) : killed.high + wounded.high,
  };
  return { killed, wounded, casualties };
}

export const CASUALTY_WORD_RE = new RegExp(`\\b(?:${KILLED}|${WOUNDED}|killing|wounding|injuring|casualties|died|remains of)\\b`, "i");
export { VEHICLE_RE };
