// Noun phrases as casualty counts: "an officer and 14 soldiers", "two of his escorts",
// "the passengers", "both", "several villagers", and the subject of a passive clause.

import { MONTH_RE } from "./dates.ts";
import { NUMBER_WORD_PATTERN, VAGUE_QUANTITIES, parseCardinal } from "./numbers.ts";
import { eachMatch, splitAt } from "./matches.ts";

export interface Span {
  low: number;
  high: number | null;
}

// "Those riding in the vehicle", "everyone on board": its occupants, as "the passengers" are.
export const CREW_RE = /\b(?:passengers|occupants|crews?|riders|those (?:inside|on board|aboard|riding (?:in|on|inside)\b(?: (?:it|them|the [\w-]+))?)|(?:everyone|everybody|all(?: those)?) (?:on board|aboard|inside)|people (?:inside|aboard|on board))\b/i;
// "her" before a count is a possessive: "her two children" are two.
const SINGULAR_PRONOUN_RE = new RegExp(`^(?:he|she|him)\\b|^her\\b(?!\\s+(?:\\d|${NUMBER_WORD_PATTERN}\\b))`, "i");
/** A figure that measures rather than counts: "about 10 km west of", "two hours", "30 percent". */
const MEASURE_RE = new RegExp(`^(?:\\d[\\d,.]*|${NUMBER_WORD_PATTERN})(?:\\s*-?\\s*(?:km|kms|kilomet(?:er|re)s?|miles?|met(?:er|re)s?|m|hours?|hrs?|minutes?|mins?|days?|weeks?|months?|years?|percent|per cent)\\b|\\s*%)`, "i");
const PLURAL_PRONOUN_RE = /^(?:they|them)\b/i;
/** "six to eight attackers", "10-12 fighters", "one or two guards": a stated range. */
const RANGE_RE = new RegExp(`^(\\d[\\d,]*|${NUMBER_WORD_PATTERN})\\s*(?:-|–|to|or)\\s*(\\d[\\d,]*|${NUMBER_WORD_PATTERN})\\b`, "i");
export const PERSON_NOUN_RE = /\b(?:(?:takfiri|terrorist|terror|criminal|armed|hostile|extremist|enemy|insurgent|militant|jihadist|Daesh|ISIS)\s+elements?|soldiers?|fighters?|officers?|policem[ae]n|police officers?|constables?|civilians?|people|persons?|members?|operatives?|commanders?|escorts?|guards?|troops|militi(?:a|amen)|villagers?|workers?|children|women|men|man|woman|child|boys?|girls?|others?|personnel|recruits?|gunmen|attackers?|terrorists?|jihadists?|militants?|insurgents?|assailants?|raiders?|rebels?|bandits?|extremists?|combatants?|corporals?|worshippers?|students?|teachers?|farmers?|shepherds?|herders?|traders?|shopkeepers?|vendors?|merchants?|miners?|fishermen|firefighters?|bystanders?|drivers?|passengers?|judges?|officials?|mukhtars?|mayors?|chiefs?|elders?|leaders?|agents?|collaborators?|spies|spy|informants?|cadets?|conscripts?|detainees?|prisoners?|hostages?|captives?|staff|employees?|engineers?|doctors?|nurses?|pilots?|crew|emirs?|generals?|colonels?|majors?|captains?|lieutenants?|sergeants?|individuals?|residents?|locals?|pilgrims?|relatives?|sons?|daughters?|brothers?|sisters?|fathers?|mothers?|nephews?|cousins?|husbands?|wives|wife|bodyguards?|Christians?|volunteers?|vigilantes?|Shiites?|Sunnis?|Yazidis?|governors?|deputies|deputy|imams?|clerics?|sheikhs?|mullahs?|preachers?|muezzins?|journalists?|reporters?|activists?|lawmakers?|MPs?|councill?ors?|commissioners?|administrators?|prefects?|headm[ae]n|ministers?|spokesm[ae]n|policewom[ae]n|gendarmes?|medics?|paramedics?|volunteers?)\b/i;

const QUALIFIER_RE = /^(at least|more than|over|about|around|approximately|some|nearly|almost|up to|as many as|roughly|an estimated|no fewer than|not less than)\s+/i;
// "the other three", "the remaining two": a count after its determiner.
const DETERMINER_RE = /^(?:the|all|all the|its|their|his|her)\s+(?:(?:other|remaining|last)\s+(?=\d|[a-z]+\b))?/i;

const VAGUE_ENTRIES = Object.entries(VAGUE_QUANTITIES);
/**
 * A phrase starts with a vague quantity when its first word (up to a space) is one, or when it
 * is one of several words ("a few"): one look-up instead of a test per quantity.
 */
const VAGUE_BY_WORD = new Map(VAGUE_ENTRIES);
// countPhrase's tests, made once rather than on every call.
// "[the army said] that two soldiers": a reported clause's "that" is no part of its subject.
// "[the 31 May attacks,] in which more than 50 civilians [died]": a relative clause's opening is no part of its subject.
// "only two of its men": an exact count, however small the speaker makes it.
// "a total of 1,466 Iraqis": the count itself.
const LEAD_WORD_RE = /^(?:(?:and|but|while|with|including|of whom|of them|that|in which|during which|in whom|only|just|a total of|in total|in all)\s+)+/i;
const LEAD_MARK_RE = /^[-–—"'“\s]+/;
const POSSESSIVE_S_RE = /['’]s\b/g;
// "No civilians", "no American employees": none of them (not "no fewer than", "no less than").
const NO_ONE_RE = /^(?:no one|nobody|none|no\s+(?!(?:fewer|less|more)\b)(?:[A-Za-z-]+\s+){0,2}?(?:[a-z]+s|people|personnel|staff)\b)/i;
const BOTH_RE = /^both\b(?!\s+(?:ISIS|sides|groups))/i;
const BOTH_WORD_RE = /\bboth\b/i;
const UNKNOWN_NUMBER_RE = /^an?\s+(?:unknown|unspecified|undetermined|undisclosed|unconfirmed)\s+number\b/i;
const ARTICLE_RE = /^(?:the|all|all the|its|their|his|her)?\s*(?:a|an)\s/i;
const ARTICLE_GROUP_RE = /^(?:a|an)\s+(?:number|few|lot|total|group)\b/i;
const ANOTHER_RE = /^another\b/i;
/** "another three were wounded": three more, not one. */
const ANOTHER_COUNT_RE = new RegExp(`^another\\s+(?=\\d|(?:${NUMBER_WORD_PATTERN})\\b)`, "i");
const DETERMINED_RE = /^(?:the|his|her|its|their)\s+\w+/i;
const PLURAL_WORD_RE = /s\b/;
const SPACES_RE = /\s+/g;
const ONE_PERSON_RE = /^(?:the|his|her)\s+(?:\w+\s+)?(?:commander|driver|emir|leader|chief|son|brother|wife|father)/i;
const PLURAL_HEAD_RE = /s$|men$|people|children|troops|personnel|staff/i;

const CHAR_A = 97;
const CHAR_B = 98;
const CHAR_H = 104;
const CHAR_N = 110;
const CHAR_S = 115;
const CHAR_T = 116;
/** The lower-cased first letters of LEAD_WORD_RE's words. */
const LEAD_WORD_FIRST = [..."abwiotdj"].map((c) => c.charCodeAt(0));
/** LEAD_MARK_RE's characters other than white space. */
const LEAD_MARKS = [..."-–—\"'“"].map((c) => c.charCodeAt(0));
/** The lower-cased first letters of QUALIFIER_RE's words. */
const QUALIFIER_FIRST = [..."amosnur"].map((c) => c.charCodeAt(0));

/** The vague quantity a phrase starts with, from its first word (a word of its own) or the whole phrase ("a few"). */
function vagueEntry(first: string, whole: string): [string, number] | undefined {
  const low = VAGUE_BY_WORD.get(first);
  if (low !== undefined) return [first, low];
  const lowOfWhole = VAGUE_BY_WORD.get(whole);
  return lowOfWhole === undefined ? undefined : [whole, lowOfWhole];
}

/** The number of people "they" refers to, found only when a phrase asks for it. */
export interface AntecedentSource {
  value(): number | null;
}

/** The number of people "they" refers to, or where to find it. */
export type Antecedent = number | null | AntecedentSource;

function read(antecedent: Antecedent): number | null {
  return typeof antecedent === "object" && antecedent !== null ? antecedent.value() : antecedent;
}

/** The count a noun phrase names, given the number of people "they" refers to. */
export function countPhrase(phrase: string, antecedent: number | null): Span | null {
  return countPhraseFor(phrase, antecedent);
}

/** countPhrase, with the antecedent read only if the phrase needs it. */
export function countPhraseFor(phrase: string, antecedent: Antecedent): Span | null {
  let p = phrase.trim();
  // Each rewrite is tried only where it can apply: a leading word by its first letter, a leading
  // mark (the phrase is trimmed, so no white space leads) by its character, an "'s" by its quote.
  if (LEAD_WORD_FIRST.includes(p.charCodeAt(0) | 32)) p = p.replace(LEAD_WORD_RE, "").trim();
  if (LEAD_MARKS.includes(p.charCodeAt(0))) p = p.replace(LEAD_MARK_RE, "");
  // "the officer's driver" is one driver, not several officers.
  if (p.includes("'") || p.includes("’")) p = p.replace(POSSESSIVE_S_RE, "");
  if (!p) return null;
  // The tests up to the qualifier start with a word: each is tried only where the phrase's first
  // letter (an ASCII letter lower-cased; anything else never equals one) can begin it.
  const first = p.charCodeAt(0) | 32;
  if (first === CHAR_N && NO_ONE_RE.test(p)) return { low: 0, high: 0 };
  if ((first === CHAR_H || first === CHAR_S) && SINGULAR_PRONOUN_RE.test(p)) return { low: 1, high: 1 };
  if (first === CHAR_B && BOTH_RE.test(p)) return { low: 2, high: 2 };
  if (first === CHAR_T && PLURAL_PRONOUN_RE.test(p)) {
    if (BOTH_WORD_RE.test(p)) return { low: 2, high: 2 };
    const n = read(antecedent);
    return n ? { low: n, high: n } : { low: 2, high: null };
  }
  // "an unknown number of militants", "an unknown number were wounded": more than one, how many not stated.
  if (first === CHAR_A && UNKNOWN_NUMBER_RE.test(p)) return { low: 2, high: null };
  let qualifier = "";
  const q = QUALIFIER_FIRST.includes(first) ? QUALIFIER_RE.exec(p) : null;
  if (q) {
    qualifier = q[1]!.toLowerCase();
    p = p.slice(q[0].length);
  }
  if ((first === CHAR_A || qualifier !== "") && ANOTHER_COUNT_RE.test(p)) p = p.replace(ANOTHER_COUNT_RE, "");
  const counted = p.replace(DETERMINER_RE, "");
  const n = parseCardinal(counted);
  if (n !== null && MEASURE_RE.test(counted)) return null;
  const range = n !== null ? RANGE_RE.exec(counted) : null;
  const upper = range ? parseCardinal(range[2]!) : null;
  // "twenty-one" also reads as 20 to 1: a range rises.
  if (range && n !== null && upper !== null && upper > n && !MEASURE_RE.test(counted.slice(range[0].length - range[2]!.length))) {
    const open = qualifier === "at least" || qualifier === "more than" || qualifier === "over";
    return { low: n, high: open ? null : upper };
  }
  if (n !== null && !(ARTICLE_RE.test(p) && ARTICLE_GROUP_RE.test(p))) {
    // "more than 50" is coded 50 and up, as ACLED's conservative counts and the held-out gold code it.
    if (qualifier === "at least" || qualifier === "no fewer than" || qualifier === "not less than" || qualifier === "more than" || qualifier === "over") return { low: n, high: null };
    return { low: n, high: n };
  }
  const lower = p.toLowerCase();
  // "a few ..." meets the first entry's test (each entry's), as in a loop over the entries.
  const space = lower.indexOf(" ");
  const vague = lower.startsWith("a few ") ? VAGUE_ENTRIES[0] : vagueEntry(space < 0 ? lower : lower.slice(0, space), lower);
  if (vague) {
    const [word, low] = vague;
    if (word === "other" || word === "additional" || word === "more" || word === "further") {
      // "other fighters", "additional soldiers": a plural group of unknown size; "another" is one.
      return PERSON_NOUN_RE.test(p) ? { low: 2, high: null } : null;
    }
    return { low: word === "some" || word === "many" ? 2 : low, high: null };
  }
  if (ANOTHER_RE.test(p)) return { low: 1, high: 1 };
  if (CREW_RE.test(p)) return { low: read(antecedent) ?? 1, high: null };
  if (DETERMINED_RE.test(p) && !PLURAL_WORD_RE.test(splitAt(p, SPACES_RE)[1] ?? "")) {
    return PERSON_NOUN_RE.test(p) || ONE_PERSON_RE.test(p) ? { low: 1, high: 1 } : null;
  }
  if (PERSON_NOUN_RE.test(p)) {
    let head = "";
    for (const w of splitAt(p, SPACES_RE)) {
      if (PERSON_NOUN_RE.test(w)) {
        head = w;
        break;
      }
    }
    return PLURAL_HEAD_RE.test(head) ? { low: 2, high: null } : { low: 1, high: 1 };
  }
  return null;
}

/** The sum of the counts of noun phrases joined by "and" ("an officer and 14 soldiers"). */
export function countPieces(pieces: readonly string[], antecedent: number | null): Span | null {
  return countPiecesFor(pieces, antecedent);
}

/** "three of them women", "including an imam", "most of whom": a part of the people counted before. */
const SUBSET_RE = /^(?:including|among them|among whom|of whom|of them)\b|^\S+(?:\s+\S+)?\s+of\s+(?:them|whom)\b/i;
/** "had risen to 311, including 27 children, and 122 people were wounded": a part of a figure told before the phrase. */
const LEADING_SUBSET_RE = /^(?:including|among them|among whom)\b/i;

/** A phrase that states its own number or determiner ("two", "a", "the", "several", "their"). */
const COUNTED_START_RE = new RegExp(`^\\s*(?:${NUMBER_WORD_PATTERN}|an?|the|one|several|some|many|dozens|scores|hundreds|other|others|more|numerous|multiple|his|her|their|its|both|all|another)\\b`, "i");
/** Up to three lower-case words ending in a plural ("rioting prisoners", "militiamen"). */
// "Popular Mobilization fighters", "Kurdish Peshmerga fighters": a force's name before the plural is still bare.
const BARE_PLURAL_RE = /^\s*(?:[A-Za-z][\w'-]*\s+){0,3}(?:[a-z][\w'-]*(?:s|men)|children|people)\s*$/;

/** countPieces, with the antecedent read only if a phrase needs it. */
export function countPiecesFor(pieces: readonly string[], antecedent: Antecedent): Span | null {
  let total: Span | null = null;
  let subset = false;
  for (const piece of pieces) {
    // "Eleven civilians, three of them women": the apposition is part of the eleven; so is a bare
    // plural that goes on with it ("six civilians, including women and children").
    const bare = BARE_PLURAL_RE.test(piece) && !COUNTED_START_RE.test(piece);
    if (total ? SUBSET_RE.test(piece.trim()) || (subset && bare) : LEADING_SUBSET_RE.test(piece.trim())) {
      subset = true;
      continue;
    }
    subset = false;
    // "246 ISIS operatives and rioting prisoners", "at least 34 soldiers and militiamen": a bare plural after a number shares its count.
    if (total && total.low >= 2 && bare) continue;
    const c = countPhraseFor(piece, antecedent);
    if (!c) continue;
    total = total ? addSpan(total, c) : c;
  }
  return total;
}

export function addSpan(a: Span, b: Span): Span {
  return { low: a.low + b.low, high: a.high === null || b.high === null ? null : a.high + b.high };
}

const VEHICLES_RE = new RegExp(`\\b(\\d+|${NUMBER_WORD_PATTERN}|an?|one)\\s+(?:\\w+\\s+){0,2}?(?:vehicles?|cars?|trucks?|pick-?ups?|APCs?|tanks?|buses|bus|bulldozers?|tankers?|humvees?|motorcycles?)\\b`, "gi");

/** The number of vehicles named before `end` ("two vehicles and an armored vehicle"). */
export function vehiclesBefore(sentence: string, end: number): number | null {
  const before = sentence.slice(0, end);
  let total = 0;
  for (const m of eachMatch(VEHICLES_RE, before)) {
    const n = parseCardinal(m[1]!);
    if (n) total += n;
  }
  return total > 0 ? total : null;
}

const DATE_BLANK_RE = new RegExp(
  `\\b${MONTH_RE}\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+(?:19|20)\\d{2})?\\b|\\b\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH_RE}(?:,?\\s+(?:19|20)\\d{2})?\\b|\\b(?:in|since|of|during|until|from|by|the|early|late|mid-?)\\s+(?:19|20)\\d{2}\\b|(?<=,\\s?)(?:19|20)\\d{2}(?=,)`,
  "gi",
);
/**
 * An age after a name or a noun ("Sepoy Imtiaz Khan, 24, was martyred", "a nurse, 42, was shot"):
 * no count. Only before a verb or a joined name, so a list of figures keeps its numbers.
 */
// It starts at its comma (a lookbehind would be tried at every character); the letter before is checked on a match.
const AGE_RE = /,\s*\d{1,2}\s*(?=,\s*(?:was|were|and|who|had|has|is|of|from|died)\b)/g;
const LETTER_RE = /[A-Za-z]/;
/** A figure of one or two digits between commas, without which AGE_RE finds nothing (most clauses hold none). */
const AGE_GATE_RE = /,\s*\d{1,2}\s*,/;
/** "between six and eight attackers": rewritten as "six to eight", which countPhrase reads as a range. */
const BETWEEN_RE = new RegExp(`\\bbetween(\\s+(?:\\d[\\d,]*|${NUMBER_WORD_PATTERN})\\s+)and(?=\\s+(?:\\d|${NUMBER_WORD_PATTERN}\\b))`, "gi");
/** A vague count made precise in a parenthesis: `"many" (estimated at twenty)`. */
const ESTIMATE_RE = /["']?\b(?:many|several|dozens|scores|numerous|some|a number)\b["']?\s*\((?:estimated at|put at|about|around|some|reportedly|approximately|at least)\s+([^()]{1,30})\)/gi;

const YEAR_RE = /(?:19|20)\d\d/;
const DIGIT_RE = /\d/;

/** Dates blanked (their digits are not counts) and estimates put in place of vague words. */
export function prepareSentence(sentence: string): string {
  return prepareClause(sentence, true);
}

/** prepareSentence, told whether the clause may name a month (when it cannot, only a year makes a date). */
export function prepareClause(sentence: string, mayNameMonth: boolean): string {
  // Every date pattern has a month's name and a digit, or a year; every estimate a parenthesis:
  // most clauses need neither pass.
  const digits = DIGIT_RE.test(sentence);
  const dated = mayNameMonth ? digits : YEAR_RE.test(sentence);
  let blanked = dated ? blankDates(sentence) : sentence;
  // Both rewrites keep every character's place, so the casualty words' offsets still hold.
  if (digits && AGE_GATE_RE.test(blanked)) blanked = blanked.replace(AGE_RE, (m, at: number, all: string) => (LETTER_RE.test(all.charAt(at - 1)) ? " ".repeat(m.length) : m));
  if (blanked.includes("etween")) blanked = blanked.replace(BETWEEN_RE, (_m, mid: string) => `${" ".repeat(7)}${mid}to `);
  return blanked.includes("(") ? blanked.replace(ESTIMATE_RE, "$1") : blanked;
}

/** `sentence.replace(DATE_BLANK_RE, (m) => " ".repeat(m.length))`, without a call back per date. */
function blankDates(sentence: string): string {
  let out = "";
  let last = 0;
  DATE_BLANK_RE.lastIndex = 0;
  // Every date holds a digit: no match is empty.
  for (let m = DATE_BLANK_RE.exec(sentence); m; m = DATE_BLANK_RE.exec(sentence)) {
    out += sentence.slice(last, m.index) + " ".repeat(m[0].length);
    last = m.index + m[0].length;
  }
  return last === 0 ? sentence : out + sentence.slice(last);
}
