// The subject of a clause whose verb tells a casualty: the noun phrases after the last finite
// verb ("officials said [seven militants] and [one soldier] died"), cut where phrases part.

import { NUMBER_WORD_PATTERN } from "./numbers.ts";
import { splitAt } from "./matches.ts";

const FINITE_VERB_RE = /\b(?:was|were|is|are|had|has|have|been|did|died|perished|fell|lost|paid|made|succumbed|carried|activated|attacked|targeted|ambushed|engaged|fired|destroyed|put|seized|found|arrived|launched|said|says|say|reported|reports|stated|states|claimed|claims|announced|confirmed|added|acknowledged|admitted|estimated|noted|indicated|showed|revealed|told|stating|saying|adding|claiming|killed|killing|wounding|injuring|struck|exploded|detonated|believes?|believed|suspects?|think|thinks)\b/i;
const THAT_AUX_RE = /^that\s+((?:[\w'’-]+\s+){0,4}?[\w'’-]+)\s+(?:had|has|have)$/i;
const AUX_TAIL_RE = /\b(?:was|were|is|are|had|has|have|been)\b[^]*$/i;
/** A report's content after its verb: "the Security Media Cell said [five operatives]". */
const REPORTED_RE = /\b(?:said|says|say|reported|reports|stated|states|added|adds|announced|confirmed|acknowledged|claimed|claims|indicated|showed|revealed|stating|saying|adding|claiming|believes?|believed|suspects?|suspected|think|thinks|told (?:the )?[\w'’-]+(?:(?: [\w'’-]+){0,3}? that)?)\s+(?:that\s+)?/gi;

const SAID_HOW_RE = /^(?:in|on|at|to|during|through|via)\b[^]{0,60}?\bthat\s+/i;
const PIECE_BREAK_RE = /\s*(?:[;:]|,(?!\d{3})|\s[-–—]+\s|\([^()]*\)|\band\b|\bbut\b|\bwhile\b|\bwhereas\b|\bafter\b|\bwhen\b)\s*/gi;
/** "an operation near Douentza, during which [about thirty terrorists] were neutralised": the relative clause holds the whole subject. */
const WHICH_CLAUSE_RE = /\b(?:during|in|in the course of|after|following) which\s+/gi;

const UNTIL_RE = /\b(?:until|till)\s+/g;

/** A phrase that introduces a clause, not its subject ("According to local sources"). */
// "in the ensuing exchange of fire, two terrorists were killed": a phrase of when or where is no part of the subject.
const LEAD_IN_RE = /^(?:according to|(?:an?|the)\s+(?:(?:intense|heavy|brief|fierce|prolonged|short)\s+)?(?:exchange of fire|fire ?fight|firefight|gunfight|clash|shoot-?out)$|in the (?:ensuing |subsequent )?(?:exchange of fire|fire ?fight|firefight|gunfight|clash(?:es)?|fighting|shoot-?out)|during the (?:ensuing |subsequent )?(?:exchange of fire|fire ?fight|firefight|gunfight|clash(?:es)?|fighting|shoot-?out))\b/i;
const LIVES_OF_RE = /^(?:the\s+)?lives?\s+of\b/i;
const OF_WHOM_RE = new RegExp(`^(?:\\d+|${NUMBER_WORD_PATTERN}|one)\\s+of\\s+whom$`, "i");

/** "On the following day one of the wounded soldiers died": a time phrase opening the sentence without a comma is no part of its subject. */
const TIME_OPENING_RE = /^\s*(?:(?:On|During|In)\s+the\s+(?:following|next|same)\s+(?:day|morning|afternoon|evening|night|week)|(?:The|A)\s+(?:following|next)\s+(?:day|morning|afternoon|evening|night)|(?:A|One|Two|Three|Several) days? later|Hours later|Later(?:\s+(?:that|the same)\s+(?:day|night|evening|week))?)\s+(?=[a-z]|[A-Z][a-z]+\s+of\s+the\b)/;

/** The subject of a clause that ends at `end`: the noun phrases after the last finite verb. */
export function subjectBefore(sentence: string, from: number, end: number): string[] {
  let text = sentence.slice(from, end);
  if (from === 0) text = text.replace(TIME_OPENING_RE, "");
  // "confined them to a small area, where all five terrorists were killed": the subject is the relative clause's own.
  const where = text.lastIndexOf(", where ");
  if (where >= 0) text = text.slice(where + 8);
  // "fought them for four hours, until all three had been killed": the clause after "until" has its own subject.
  if (text.includes("until ") || text.includes("till ")) {
    let at = -1;
    UNTIL_RE.lastIndex = 0;
    for (let m = UNTIL_RE.exec(text); m; m = UNTIL_RE.exec(text)) at = m.index + m[0].length;
    if (at >= 0) text = text.slice(at);
  }
  if (text.includes(" which ")) {
    let at = -1;
    WHICH_CLAUSE_RE.lastIndex = 0;
    for (let m = WHICH_CLAUSE_RE.exec(text); m; m = WHICH_CLAUSE_RE.exec(text)) at = m.index + m[0].length;
    if (at >= 0) text = text.slice(at);
  }
  const pieces = splitAt(text, PIECE_BREAK_RE);
  const kept: string[] = [];
  for (let i = pieces.length - 1; i >= 0; i--) {
    const raw = pieces[i]!.trim();
    // "..., and that two soldiers had [sustained]": the subject of a second "that" clause, its auxiliary left out.
    const piece = kept.length === 0 && THAT_AUX_RE.test(raw) ? raw.replace(THAT_AUX_RE, "$1") : raw;
    if (!piece) continue;
    // "According to local sources, five fighters were killed": a lead-in names no one.
    if (LEAD_IN_RE.test(piece)) break;
    // "two of his aides, one of whom was wounded": the relative count is the whole subject.
    if (kept.length === 0 && OF_WHOM_RE.test(piece)) return [piece.replace(/\s+of\s+whom$/i, "")];
    if (FINITE_VERB_RE.test(piece)) {
      // The piece holds a verb: only what follows the verb's object can be our subject,
      // or what follows a verb of saying ("officials said [seven militants] and one soldier died").
      let reported: RegExpExecArray | null = null;
      REPORTED_RE.lastIndex = 0;
      for (let m = REPORTED_RE.exec(piece); m; m = REPORTED_RE.exec(piece)) reported = m;
      if (reported) {
        // "said in a statement that [12 soldiers]", "said on Monday that": the clause after "that".
        // "told reporters that [14 worshippers] had died": the auxiliary before the verb is no verb of the subject.
        const rest = piece.slice(reported.index + reported[0].length).replace(SAID_HOW_RE, "").replace(/\s+(?:had|have|has)$/i, "").trim();
        // "The blasts claimed [the lives of 13], and 41 others were injured": the dead are no subject of what follows.
        if (rest && !FINITE_VERB_RE.test(rest) && !LIVES_OF_RE.test(rest)) kept.unshift(rest);
      } else if (kept.length === 0 && !AUX_TAIL_RE.test(piece)) kept.unshift(piece);
      break;
    }
    kept.unshift(piece);
  }
  return kept;
}
