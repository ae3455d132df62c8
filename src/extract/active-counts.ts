// Counts after an active verb: "killing three soldiers", "shot dead a shopkeeper [and his son]",
// "leaving two dead", "left five Taliban and three NRF dead", and the spans already read that
// other clause rules share with them.

import { PERSON_NOUN_RE, addSpan, countPhraseFor, type AntecedentSource, type Span } from "./casualty-phrases.ts";
import { COUNT_WORD, QUALIFIER, type Count, type Kind } from "./casualty-totals.ts";
import { W_ACTIVE } from "./casualty-words.ts";

// "killing and wounding 11": one count of killed and wounded together, tried before "killing" alone.
const ACTIVE_VERBS = "(?:killing|wounding|injuring) (?:and|or) (?:killing|wounding|injuring)|(?:killed|wounded|injured) (?:and|or) (?:killed|wounded|injured)|neutrali[sz]ed|neutrali[sz]ing|eliminated|eliminating|liquidated|liquidating|killing|killed|wounding|wounded|injuring|injured|leaving|left|shot dead|shooting dead|shot and killed|beheaded|beheading|executed|executing|slaughtered|slaughtering|murdered|murdering|assassinated|assassinating|massacred|massacring|gunned down|gunning down|martyred|martyring";
// "shot dead a Popular Mobilization fighter about 15 km northeast of ...": an offset ends the object too.
// A run of blanks is a citation blanked out: it ends the object as its parenthesis did.
const OBJECT_END = "(?=[.;:()]|,|\\s{3,}|\\s+(?:about|around|approximately|roughly|some)\\s+\\d|\\s+\\d+\\s*(?:km|kilomet(?:er|re)s|miles)\\b|\\s+(?:along|together) with\\b|\\s+and\\b|\\s+in\\b|\\s+on\\b|\\s+near\\b|\\s+at\\b|\\s+with\\b|\\s+from\\b|\\s+as\\b|\\s+while\\b|\\s+after\\b|\\s+during\\b|\\s+belonging\\b|\\s+(?:who|whom|whose|which)\\b|$)";
const ACTIVE_RE = new RegExp(
  // 'troops "neutralised" 25 assailants', 'killing "more than 40 terrorists"': quotes; "wounding others": people of unknown number.
  `\\b(${ACTIVE_VERBS})["'”’]?\\s+["“']?(${QUALIFIER}\\s+)?((?:${COUNT_WORD}|an?|him|her|them|the|his|their|its|another|all|others)\\b[^.;:()]{0,60}?)${OBJECT_END}`,
  "gi",
);
/** "... killing an officer [and three soldiers]", "killed him [along with two of his sons]". */
const CONTINUATION_RE = new RegExp(
  `^\\s*,?\\s*(?:and|as well as|along with|together with)\\s+((?:${QUALIFIER}\\s+)?(?:${COUNT_WORD}|an?|another|the|his|her|their|other|others)\\b[^.;:()]{0,60}?)${OBJECT_END}`,
  "i",
);
const CLAUSE_VERB_RE = /\b(?:was|were|is|are|fled|escaped|withdrew|retreated|set|stole|seized|burned|took|destroyed|looted|damaged|sustained|suffered|received|survived|died)\b/i;
/** Perfect tense in a relative clause is the group's record, not this event ("a group that has killed hundreds"). */
const RECORD_RE = /\b(?:that|which|who)\s+(?:has|have|had)\s+(?:\w+\s+)?$/i;
const COUNTED_OBJECT_RE = new RegExp(`^(?:${COUNT_WORD}|him|her|them|another|an?)\\b`, "i");
const SINGULAR_NP_RE = /^(?:his|her|their|its|the|an?)\s+[\w'-]*[^s\W]$/i;
const PRONOUN_OBJECT_RE = /^(?:him|her|them)\b/i;
export const OF_POSSESSIVE_RE = /\s+of\s+(?:his|her|their|its)\s+/i;
const AUX_BEFORE_RE = /\b(?:was|were|been|be|is|are)\s+$/i;
const KILLED_WORD_RE = /dead|killed|martyred/i;
const WOUND_VERB_RE = /^(?:wound|injur)/;
/** "killing and wounding" (not "shot and killed"): the verbs of ACTIVE_VERBS that count both together. */
const COMBINED_VERB_RE = /^(?:kill|wound|injur)\w* (?:and|or) /;
const LEFT_FATE = "dead|killed|martyred|wounded|injured|hurt";
const LEFT_FATE_RE = new RegExp(`\\b(${LEFT_FATE})\\b`, "i");
/** The second count of "left five soldiers and three militants dead", up to its fate. */
const LEFT_LIST_TAIL_RE = new RegExp(`^\\s+and\\s+((?:${COUNT_WORD}|an?|another)\\b[^.;:(),]{0,40}?)\\s+(${LEFT_FATE})\\b`, "i");
const LEFT_SECOND_FATE_RE = new RegExp(`^\\s*,?\\s+and\\s+((?:${COUNT_WORD}|an?|another)\\b[^.;:(),]{0,30}?)\\s+(?:wounded|injured|hurt)\\b`, "i");
const DETERMINER_RE = /^(?:the|his|their|its|all)\s+/i;
export const OF_THEM_RE = /\bof them\b|\bassailants\b/i;
/** A name's notes: "(Ibn Omar)", ", ISIS's commander in Mozambique". */
export const NAME_NOTES = "\\s*(?:\\([^()]{1,40}\\))?(?:,\\s+[^,;.()]{1,60}?)?";
const NAME_NOTES_RE = new RegExp(`^${NAME_NOTES}(?=,?\\s*(?:along|together) with\\b)`);
const COMPANION_RE = /^\s*,?\s*(?:along|together) with/i;

/** Adds a count found in a clause (a plain function: a closure per clause would cost more than the count). */
export function collect(out: Count[], kind: Kind, c: Span | null): void {
  if (c) out.push({ kind, low: c.low, high: c.high });
}

/** True when [from, to) overlaps (or, with `starts`, holds the start `from` of) a span already read. */
export function isUsed(used: readonly number[], from: number, to: number, starts: boolean): boolean {
  for (let i = 0; i < used.length; i += 2) {
    if (starts ? from >= used[i]! && from < used[i + 1]! : from < used[i + 1]! && to > used[i]!) return true;
  }
  return false;
}

/**
 * Whether an active verb of the clause starts outside the spans already read. An active match
 * starts at its verb, and a verb's word that ends inside a span (a match that begins at a word
 * boundary) starts inside it; activeCounts skips every match that starts inside a span.
 */
export function activeVerbOutside(hits: readonly number[], offset: number, length: number, used: readonly number[]): boolean {
  for (let i = 0; i < hits.length; i += 2) {
    const end = hits[i]! - offset;
    if (end <= 0 || end > length || (hits[i + 1]! & W_ACTIVE) === 0) continue;
    let inside = false;
    for (let j = 0; j < used.length && !inside; j += 2) inside = end > used[j]! && end <= used[j + 1]!;
    if (!inside) return true;
  }
  return false;
}

/** "killing three soldiers", "shot dead a shopkeeper", "leaving two dead": counts after an active verb. */
export function activeCounts(sentence: string, antecedent: AntecedentSource | null, counted: boolean, used: number[], out: Count[]): void {
  ACTIVE_RE.lastIndex = 0;
  for (let m = ACTIVE_RE.exec(sentence); m; m = ACTIVE_RE.exec(sentence)) {
    if (isUsed(used, m.index, m.index, true)) continue;
    const before = sentence.slice(Math.max(0, m.index - 30), m.index);
    if (AUX_BEFORE_RE.test(before) || RECORD_RE.test(before)) continue;
    const verb = m[1]!.toLowerCase();
    let phrase = (m[2] ?? "") + m[3]!;
    if (verb === "leaving" || verb === "left") {
      const k = LEFT_FATE_RE.exec(phrase);
      // "left five Taliban and three NRF dead": the fate follows the last of the counts it names.
      const rest = k ? null : LEFT_LIST_TAIL_RE.exec(sentence.slice(m.index + m[0].length));
      if (rest) {
        const parts = [countPhraseFor(phrase, antecedent), countPhraseFor(rest[1]!, antecedent)];
        if (parts.every((c) => c !== null)) {
          collect(out, KILLED_WORD_RE.test(rest[2]!) ? "killed" : "wounded", addSpan(parts[0]!, parts[1]!));
          used.push(m.index, m.index + m[0].length + rest[0].length);
        }
        continue;
      }
      if (!k) continue;
      phrase = phrase.slice(0, k.index);
      collect(out, KILLED_WORD_RE.test(k[1]!) ? "killed" : "wounded", countPhraseFor(phrase, antecedent));
      // "left one fighter dead and two hurt": a second count with the other fate.
      const second = KILLED_WORD_RE.test(k[1]!) ? LEFT_SECOND_FATE_RE.exec(sentence.slice(m.index + m[0].length)) : null;
      if (second) {
        collect(out, "wounded", countPhraseFor(second[1]!, antecedent));
        used.push(m.index, m.index + m[0].length + second[0].length);
      }
      continue;
    }
    const bare = m[3]!.replace(DETERMINER_RE, "");
    // "neutralised an IED", "eliminated two hideouts": no death; only people (or "twenty of them") are neutralised dead.
    if (/^(?:neutrali|eliminat|liquidat)/.test(verb) && !PERSON_NOUN_RE.test(phrase) && !OF_THEM_RE.test(phrase)) continue;
    if (!PERSON_NOUN_RE.test(phrase) && !(m[2] || COUNTED_OBJECT_RE.test(bare))) continue;
    // "... slaughtered them": a pronoun after counts already made refers back to those victims.
    const anaphora = PRONOUN_OBJECT_RE.test(m[3]!) && (counted || out.length > 0);
    let c = anaphora ? { low: 0, high: 0 } : countPhraseFor(phrase, antecedent);
    if (!c) continue;
    let end = m.index + m[0].length;
    for (let k = 0; k < 4; k++) {
      // "killed Bonomade Machude Omar (Ibn Omar), ISIS's commander in Mozambique, along with two other ...": past the name's notes.
      const skip = k === 0 ? (NAME_NOTES_RE.exec(sentence.slice(end))?.[0].length ?? 0) : 0;
      const more = CONTINUATION_RE.exec(sentence.slice(end + skip));
      if (more) end += skip;
      if (!more || CLAUSE_VERB_RE.test(more[1]!)) break;
      const companion = COMPANION_RE.test(more[0]) && SINGULAR_NP_RE.test(more[1]!);
      const extra = countPhraseFor(more[1]!.replace(OF_POSSESSIVE_RE, " "), antecedent) ?? (companion ? { low: 1, high: 1 } : null);
      if (!extra) break;
      c = addSpan(c, extra);
      end += more[0].length;
    }
    used.push(m.index, end);
    if (c.low > 0 || c.high !== 0) collect(out, COMBINED_VERB_RE.test(verb) ? "either" : WOUND_VERB_RE.test(verb) ? "wounded" : "killed", c);
  }
}
