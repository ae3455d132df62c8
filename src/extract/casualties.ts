// Casualty counts as ranges. Reads passive clauses ("Two fighters were killed and two others
// were wounded"), active ones ("killing three soldiers"), headline counts ("6 killed"),
// vague quantities ("several", "dozens"), pronouns ("He was killed along with two of his
// escorts"), passengers of vehicles, restatements ("According to ISIS, ...") and unknown fates.

import type { Range } from "../core/incident.ts";
import { NUMBER_WORD_PATTERN, VAGUE_QUANTITIES, parseCardinal } from "./numbers.ts";
import { splitSentences } from "./text.ts";

export interface Casualties {
  killed: Range;
  wounded: Range;
  casualties: Range;
}

type Kind = "killed" | "wounded" | "either";

interface Count {
  kind: Kind;
  low: number;
  high: number | null;
}

const KILLED = "killed|slain|executed|beheaded|shot dead|shot and killed|martyred|assassinated|murdered|dead|died|liquidated|eliminated";
const WOUNDED = "wounded|injured|hurt|maimed";
const EITHER = `(?:killed|wounded|injured)\\s+(?:or|and|and/or)\\s+(?:killed|wounded|injured)|casualties`;

const PASSIVE_RE = new RegExp(
  `\\b(?:was|were|had been|have been|has been|are|is|got|being)\\s+(?:reportedly\\s+|also\\s+|both\\s+|all\\s+|later\\s+|then\\s+|subsequently\\s+|allegedly\\s+|seriously\\s+|critically\\s+|slightly\\s+|lightly\\s+|severely\\s+|fatally\\s+|mortally\\s+)*(${EITHER}|${KILLED}|${WOUNDED})\\b`,
  "gi",
);
const INTRANSITIVE_RE = /\b(died|perished|lost (?:their|his|her) lives?|lost (?:their|his|her) life)\b(?!\s+(?:of|from)\s+(?:covid|illness|disease|natural|cancer|a heart|old age|his illness))/gi;
const ACTIVE_RE = new RegExp(
  `\\b(killing|killed|wounding|wounded|injuring|injured|leaving|left)\\s+((?:at least|about|around|approximately|some|nearly|almost|more than|over|up to|as many as|roughly|an estimated)\\s+)?((?:\\d[\\d,]*|${NUMBER_WORD_PATTERN}|several|dozens|scores|many|hundreds|two|both)\\b[^.;:()]{0,60}?)(?=[.;:()]|,|\\s+and\\b|\\s+in\\b|\\s+on\\b|\\s+near\\b|\\s+at\\b|$)`,
  "gi",
);
const HEADLINE_RE = new RegExp(
  `(?:^|[:,;]\\s*)((?:\\d[\\d,]*|${NUMBER_WORD_PATTERN}))\\s+(?:people\\s+|civilians\\s+|soldiers\\s+|persons\\s+)?(killed|dead|wounded|injured)\\b`,
  "gi",
);
const REMAINS_RE = new RegExp(`\\b(?:remains|bodies|corpses)\\s+of\\s+((?:\\d[\\d,]*|${NUMBER_WORD_PATTERN}))\\b`, "gi");

const RESTATEMENT_RE = /\b(?:according to (?:ISIS|the group|the organization|IS|its claim|the claim|Amaq)|claimed responsibility[^.]*?stating|(?:claimed|stated|said|reported|alleged) that|ISIS has claimed|in its claim)\b/i;
const UNKNOWN_FATE_RE = /\bfate of\b[^.]*\b(?:unknown|unclear|not known)\b|\b(?:unknown|unclear) (?:number|fate)\b/i;
const NONE_RE = /\b(?:no (?:one|casualties|injuries|deaths|fatalities)|nobody|none) (?:was|were)?\s*(?:killed|hurt|wounded|injured|reported)?|\bwithout (?:causing )?(?:casualties|injuries)\b/i;
// Clauses about earlier events ("launched after recent attacks killing dozens") are background.
const BACKGROUND_RE = /\b(?:launched|came|comes|carried out|conducted)\s+(?:after|following|in response to)\b|\b(?:since|over) the (?:past|last)\b|\bin recent (?:weeks|months|days)\b/i;

const VEHICLE_RE = /\b(vehicles?|cars?|trucks?|pick-?ups?|APCs?|tanks?|buses|bus|bulldozers?|tankers?|armou?red vehicles?|humvees?|convoys?|motorcycles?)\b/i;
const CREW_RE = /\b(?:passengers|occupants|crews?|riders|those (?:inside|on board)|people inside)\b/i;
const SINGULAR_PRONOUN_RE = /^(?:he|she|him|her)\b/i;
const PLURAL_PRONOUN_RE = /^(?:they|them)\b/i;
const PERSON_NOUN_RE = /\b(?:soldiers?|fighters?|officers?|policem[ae]n|police officers?|civilians?|people|persons?|members?|operatives?|commanders?|escorts?|guards?|troops|militi(?:a|amen)|villagers?|workers?|children|women|men|man|woman|child|others?|personnel|recruits?|gunmen|attackers?|terrorists?|jihadists?|militants?|insurgents?|worshippers?|students?|teachers?|farmers?|shepherds?|herders?|traders?|drivers?|passengers?|judges?|officials?|mukhtars?|elders?|leaders?|agents?|collaborators?|spies|spy|informants?|cadets?|conscripts?|detainees?|prisoners?|hostages?|staff|employees?|engineers?|doctors?|nurses?|pilots?|crew|chiefs?|emirs?|generals?|colonels?|majors?|captains?|lieutenants?|sergeants?|individuals?|residents?|locals?|pilgrims?|Christians?|Shiites?|Sunnis?|Yazidis?)\b/i;

const QUALIFIER_RE = /^(at least|more than|over|about|around|approximately|some|nearly|almost|up to|as many as|roughly|an estimated|no fewer than|not less than)\s+/i;

function countPhrase(phrase: string, antecedent: number | null): { low: number; high: number | null } | null {
  let p = phrase.trim().replace(/^(?:and|but|while|with|including|of whom|of them)\s+/i, "").trim();
  p = p.replace(/^["'“]+/, "");
  if (!p) return null;
  if (/^(?:no one|nobody|none)\b/i.test(p)) return { low: 0, high: 0 };
  if (SINGULAR_PRONOUN_RE.test(p)) return { low: 1, high: 1 };
  if (PLURAL_PRONOUN_RE.test(p)) {
    if (/\bboth\b/i.test(p)) return { low: 2, high: 2 };
    if (/\ball\b/i.test(p) && antecedent) return { low: antecedent, high: antecedent };
    return antecedent ? { low: antecedent, high: antecedent } : { low: 2, high: null };
  }
  let qualifier = "";
  const q = QUALIFIER_RE.exec(p);
  if (q) {
    qualifier = q[1]!.toLowerCase();
    p = p.slice(q[0].length);
  }
  const n = parseCardinal(p.replace(/^(?:the|all|all the|its|their|his|her)\s+/i, ""));
  const isArticle = /^(?:the|all|all the|its|their|his|her)?\s*(?:a|an)\s/i.test(p);
  if (n !== null && !(isArticle && /^(?:a|an)\s+(?:number|few|lot|total|group)\b/i.test(p))) {
    if (qualifier === "at least" || qualifier === "no fewer than" || qualifier === "not less than") return { low: n, high: null };
    if (qualifier === "more than" || qualifier === "over") return { low: n + 1, high: null };
    if (qualifier === "up to" || qualifier === "as many as") return { low: n, high: n };
    return { low: n, high: n };
  }
  const lower = p.toLowerCase();
  for (const [word, low] of Object.entries(VAGUE_QUANTITIES)) {
    if (lower.startsWith(word + " ") || lower === word || lower.startsWith("a few ")) {
      if (word === "other" || word === "additional" || word === "more" || word === "further") {
        // "other fighters", "additional soldiers": a plural group of unknown size; "another" is one.
        return PERSON_NOUN_RE.test(p) ? { low: 2, high: null } : null;
      }
      return { low: word === "some" || word === "many" ? 2 : low, high: null };
    }
  }
  if (/^another\b/i.test(p)) return { low: 1, high: 1 };
  if (CREW_RE.test(p)) return { low: antecedent ?? 1, high: null };
  if (/^(?:the|his|her|its|their)\s+\w+/i.test(p) && !/s\b/.test(p.split(/\s+/)[1] ?? "")) {
    return PERSON_NOUN_RE.test(p) || /^(?:the|his|her)\s+(?:\w+\s+)?(?:commander|driver|emir|leader|chief|son|brother|wife|father)/i.test(p) ? { low: 1, high: 1 } : null;
  }
  if (PERSON_NOUN_RE.test(p)) {
    const head = p.split(/\s+/).find((w) => PERSON_NOUN_RE.test(w)) ?? "";
    return /s$|men$|people|children|troops|personnel|staff/i.test(head) ? { low: 2, high: null } : { low: 1, high: 1 };
  }
  return null;
}

/** The subject of a clause that ends at `end`: the noun phrases after the last finite verb. */
function subjectBefore(sentence: string, from: number, end: number): string[] {
  const text = sentence.slice(from, end);
  const pieces = text.split(/\s*(?:[;:]|,(?!\d{3})|\band\b|\bbut\b|\bwhile\b|\bwhereas\b|\bafter\b|\bwhen\b)\s*/i);
  const kept: string[] = [];
  for (let i = pieces.length - 1; i >= 0; i--) {
    const piece = pieces[i]!.trim();
    if (!piece) continue;
    if (/\b(?:was|were|is|are|had|has|have|been|did|carried|activated|attacked|targeted|ambushed|fired|destroyed|put|seized|found|arrived|launched|said|reported|stated|claimed)\b/i.test(piece)) {
      // The piece holds a verb: only what follows the verb's object can be our subject.
      if (kept.length === 0) {
        const tail = /\b(?:was|were|is|are|had|has|have|been)\b[^]*$/i.exec(piece);
        if (!tail) kept.unshift(piece);
      }
      break;
    }
    kept.unshift(piece);
  }
  return kept;
}

/** The sum of the counts of noun phrases joined by "and" ("an officer and 14 soldiers"). */
function countPieces(pieces: readonly string[], antecedent: number | null): { low: number; high: number | null } | null {
  let total: { low: number; high: number | null } | null = null;
  for (const piece of pieces) {
    const c = countPhrase(piece, antecedent);
    if (!c) continue;
    total = total ? { low: total.low + c.low, high: total.high === null || c.high === null ? null : total.high + c.high } : c;
  }
  return total;
}

function vehiclesBefore(sentence: string, end: number): number | null {
  const before = sentence.slice(0, end);
  let total = 0;
  for (const m of before.matchAll(new RegExp(`\\b(\\d+|${NUMBER_WORD_PATTERN}|an?|one)\\s+(?:\\w+\\s+){0,2}?(?:vehicles?|cars?|trucks?|pick-?ups?|APCs?|tanks?|buses|bus|bulldozers?|tankers?|humvees?|motorcycles?)\\b`, "gi"))) {
    const n = parseCardinal(m[1]!);
    if (n) total += n;
  }
  return total > 0 ? total : null;
}

function kindOf(verb: string): Kind {
  const v = verb.toLowerCase();
  if (/\b(?:or|and|and\/or)\b/.test(v) || v === "casualties") return "either";
  if (new RegExp(`^(?:${WOUNDED})$`).test(v)) return "wounded";
  return "killed";
}

/** Counts stated in one sentence. */
function sentenceCounts(sentence: string, antecedent: number | null): Count[] {
  const out: Count[] = [];
  const used: [number, number][] = [];
  let last = 0;
  const collect = (kind: Kind, c: { low: number; high: number | null } | null) => {
    if (c) out.push({ kind, ...c });
  };
  for (const m of sentence.matchAll(PASSIVE_RE)) {
    const kind = kindOf(m[1]!);
    const pieces = subjectBefore(sentence, last, m.index);
    const phrase = pieces.join(" and ");
    let c = countPieces(pieces, antecedent);
    if (c && CREW_RE.test(phrase) && /\btheir\b/i.test(phrase)) {
      const v = vehiclesBefore(sentence, m.index);
      if (v) c = { low: v, high: null };
    }
    // "killed along with two of his escorts"
    const after = sentence.slice(m.index + m[0].length);
    const along = /^\s*(?:along|together)\s+with\s+([^.;,()]+)/i.exec(after);
    if (along && c) {
      const extra = countPhrase(along[1]!.replace(/\s+of\s+(?:his|her|their|its)\s+/i, " "), null) ?? { low: 1, high: 1 };
      c = { low: c.low + extra.low, high: c.high === null || extra.high === null ? null : c.high + extra.high };
    }
    collect(kind, c);
    used.push([m.index, m.index + m[0].length]);
    last = m.index + m[0].length;
  }
  for (const m of sentence.matchAll(INTRANSITIVE_RE)) {
    collect("killed", countPieces(subjectBefore(sentence, 0, m.index), antecedent));
    used.push([m.index, m.index + m[0].length]);
  }
  for (const m of sentence.matchAll(ACTIVE_RE)) {
    if (used.some(([a, b]) => m.index >= a && m.index < b)) continue;
    const before = sentence.slice(Math.max(0, m.index - 12), m.index);
    if (/\b(?:was|were|been|be|is|are)\s+$/i.test(before)) continue;
    const verb = m[1]!.toLowerCase();
    let phrase = (m[2] ?? "") + m[3]!;
    if (verb === "leaving" || verb === "left") {
      const k = /\b(dead|killed|wounded|injured)\b/i.exec(phrase);
      if (!k) continue;
      phrase = phrase.slice(0, k.index);
      collect(/dead|killed/i.test(k[1]!) ? "killed" : "wounded", countPhrase(phrase, antecedent));
      continue;
    }
    if (!PERSON_NOUN_RE.test(phrase) && !/^\s*(?:\d|at least|about|some|several|dozens|scores|many|hundreds)/i.test(phrase)) continue;
    collect(/^kill/.test(verb) ? "killed" : "wounded", countPhrase(phrase, antecedent));
  }
  if (out.length === 0) {
    for (const m of sentence.matchAll(HEADLINE_RE)) {
      const n = parseCardinal(m[1]!);
      if (n !== null) out.push({ kind: /dead|killed/i.test(m[2]!) ? "killed" : "wounded", low: n, high: n });
    }
  }
  for (const m of sentence.matchAll(REMAINS_RE)) {
    const n = parseCardinal(m[1]!);
    if (n !== null) out.push({ kind: "killed", low: n, high: n });
  }
  return out;
}

const ZERO: Range = { low: 0, high: 0 };

function add(a: Range, b: { low: number; high: number | null }): Range {
  return { low: a.low + b.low, high: a.high === null || b.high === null ? null : a.high + b.high };
}

function widest(a: Range, b: Range): Range {
  return { low: Math.max(a.low, b.low), high: a.high === null || b.high === null ? null : Math.max(a.high, b.high) };
}

interface Tally {
  killed: Range;
  wounded: Range;
  either: Range;
  any: boolean;
}

function tally(counts: Count[]): Tally {
  const t: Tally = { killed: { ...ZERO }, wounded: { ...ZERO }, either: { ...ZERO }, any: counts.length > 0 };
  for (const c of counts) t[c.kind] = add(t[c.kind], c);
  return t;
}

/** The antecedent for "they": the first counted group of people in the text ("two Iraqi soldiers"). */
function findAntecedent(text: string): number | null {
  const m = new RegExp(`\\b(\\d+|${NUMBER_WORD_PATTERN})\\s+(?:[\\w'-]+\\s+){0,3}?(?:soldiers|fighters|officers|policemen|civilians|people|members|operatives|men|women|children|guards|workers|villagers|passengers|escorts)\\b`, "i").exec(text);
  return m ? parseCardinal(m[1]!) : null;
}

/** Killed, wounded and total casualties stated in an incident's text. */
export function extractCasualties(text: string): Casualties {
  const antecedent = findAntecedent(text);
  const main: Count[] = [];
  const restated: Count[] = [];
  let unknownFate = false;
  let restating = false;
  for (const s of splitSentences(text)) {
    if (UNKNOWN_FATE_RE.test(s.text)) unknownFate = true;
    if (BACKGROUND_RE.test(s.text)) continue;
    if (NONE_RE.test(s.text) && !PASSIVE_RE.test(s.text.replace(NONE_RE, ""))) {
      PASSIVE_RE.lastIndex = 0;
      continue;
    }
    const counts = sentenceCounts(s.text, antecedent);
    // Once the text turns to the group's own account, the rest of it restates the event.
    if (RESTATEMENT_RE.test(s.text)) restating = true;
    (restating ? restated : main).push(...counts);
  }
  const a = tally(main);
  const b = tally(restated);
  let killed = a.killed;
  let wounded = a.wounded;
  let either = a.either;
  if (b.any) {
    killed = widest(killed, b.killed);
    wounded = widest(wounded, b.wounded);
    // A restated "killed or wounded" adds no one the main account already counted.
    const mainTotal = killed.low + wounded.low + either.low;
    const extra = Math.max(0, b.killed.low + b.wounded.low + b.either.low - mainTotal);
    either = { low: either.low + extra, high: b.either.high === null || either.high === null ? null : either.high + (b.either.high ?? 0) };
    if (b.either.low > 0 || b.either.high === null) {
      if (b.either.low > 0) {
        killed = { low: killed.low, high: null };
        wounded = { low: wounded.low, high: null };
      }
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
