// Casualties named by a noun or a "sustained" phrase rather than a verb of killing:
// "Assassination of an element of the militia" (its target died), "one soldier sustained a
// gunshot wound", "two soldiers sustained minor injuries".

import { PERSON_NOUN_RE, countPhraseFor, countPiecesFor, type Antecedent, type Span } from "./casualty-phrases.ts";
import { subjectBefore } from "./casualty-subjects.ts";

export interface NounCount extends Span {
  kind: "killed" | "wounded";
}

/**
 * "assassination of an element of the militia", "the killing of two soldiers", "the death of three
 * civilians ... and the injury of two others": a killing (or a wounding) named as a noun.
 */
const NOMINAL_RE = new RegExp(
  `\\b(assassination|killing|execution|beheading|murder|deaths?|injur(?:y|ies)|wounding|injuring)\\s+(?:of|(?<=injur(?:y|ies)\\s+)to)\\s+((?:(?:at least|more than|over|about|some)\\s+)?\\w[^.;:()]{0,60}?)(?=[.;:()]|,|\\s+(?:and|in|on|near|at|with|by|from|as|while|outside|inside)\\b|$)`,
  "gi",
);
/**
 * What comes before a noun of killing that did not (or not now) happen: "a foiled assassination
 * of", "wanted for the killing of", "in revenge for the murder of".
 */
const NOT_THIS_KILLING_RE = /\b(?:attempted|failed|foiled|thwarted|botched|alleged|plot(?:s|ted|ting)?|plann(?:ed|ing)|plans?|attempts?|tried|wanted|accused|suspected|responsible|involved|charged|convicted|sentenced|behind|revenge|retaliation|avenge|response|anniversary|mourn\w*|protest\w*|condemn\w*|investigat\w*|trial|since|after|following)\b[^.;]{0,25}$/i;
/** A proper name: one person ("the assassination of Sheikh Ahmed"), for the nouns that take one. */
const NAME_RE = /^[A-Z]/;
const NAMED_VICTIM_VERB_RE = /^(?:assassination|murder)$/i;
/** The group's idiom for one of the enemy ("an element of the PKK militia"), and "of them". */
const VICTIM_RE = /\belements?\b|\bof them\b/i;
const WOUNDING_NOUN_RE = /^(?:injur|wounding)/i;

/** Deaths (and injuries) named by a noun in a clause (the caller uses them only when no verb counts anyone). */
export function nominalCounts(clause: string, antecedent: Antecedent): NounCount[] {
  const out: NounCount[] = [];
  NOMINAL_RE.lastIndex = 0;
  for (let m = NOMINAL_RE.exec(clause); m; m = NOMINAL_RE.exec(clause)) {
    if (NOT_THIS_KILLING_RE.test(clause.slice(Math.max(0, m.index - 40), m.index))) continue;
    const phrase = m[2]!;
    // "the execution of an operation" kills no one: only people (or a person named) are the victims.
    let c = PERSON_NOUN_RE.test(phrase) || VICTIM_RE.test(phrase) ? countPhraseFor(phrase, antecedent) : null;
    if (!c && NAME_RE.test(phrase) && NAMED_VICTIM_VERB_RE.test(m[1]!)) c = { low: 1, high: 1 };
    if (c && (c.low > 0 || c.high !== 0)) out.push({ kind: WOUNDING_NOUN_RE.test(m[1]!) ? "wounded" : "killed", low: c.low, high: c.high });
  }
  return out;
}

/** "claimed the lives of four people", "took nine lives": the dead named as lives. */
const LIVES_RE = new RegExp(
  `\\b(?:claimed|took|cost)\\s+(?:the\\s+)?lives\\s+of\\s+((?:(?:at least|more than|over|about|some)\\s+)?\\w[^.;:()]{0,60}?)(?=[.;:()]|,|\\s+(?:and|in|on|near|at|with|by|from|as|while)\\b|$)|\\b(?:claimed|took|cost)\\s+((?:(?:at least|more than|over|about|some)\\s+)?[\\w-]+)\\s+(?:more\\s+|innocent\\s+|civilian\\s+)?lives\\b`,
  "gi",
);

/** The dead a clause names as lives claimed or taken. */
export function livesCounts(sentence: string, antecedent: Antecedent): NounCount[] {
  const out: NounCount[] = [];
  LIVES_RE.lastIndex = 0;
  for (let m = LIVES_RE.exec(sentence); m; m = LIVES_RE.exec(sentence)) {
    const c = countPhraseFor(m[1] ?? m[2]!, antecedent);
    if (c && (c.low > 0 || c.high !== 0)) out.push({ kind: "killed", low: c.low, high: c.high });
  }
  return out;
}

/** "sustained a gunshot wound", "suffered serious injuries", "escaped with gunshot wounds": the subject was wounded (or, fatally, killed). */
const SUSTAINED_RE = /\b(?:sustained|suffered|received|(?:escaped|survived)\s+with|(?:(?:were|was|are|is)\s+(?:being\s+)?)?treated\s+for)\s+(?:an?\s+|their\s+|his\s+|her\s+)?((?:[\w-]+\s+){0,3}?)(?:wounds?|injur(?:y|ies))\b/gi;
const FATAL_RE = /\b(?:fatal|mortal|lethal)\b/i;

/** The wounded a clause states with "sustained"/"suffered"/"received" and a noun of injury. */
export function sustainedCounts(sentence: string, antecedent: Antecedent): NounCount[] {
  const out: NounCount[] = [];
  SUSTAINED_RE.lastIndex = 0;
  let last = 0;
  for (let m = SUSTAINED_RE.exec(sentence); m; m = SUSTAINED_RE.exec(sentence)) {
    const pieces = subjectBefore(sentence, last, m.index);
    last = m.index + m[0].length;
    // A wound or an injury befalls people: a subject that names or counts no one ("the truck") counts none.
    const c = countPiecesFor(pieces, antecedent);
    if (c && (c.low > 0 || c.high !== 0)) out.push({ kind: FATAL_RE.test(m[1]!) ? "killed" : "wounded", low: c.low, high: c.high });
  }
  return out;
}
