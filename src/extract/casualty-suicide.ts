// A suicide attacker counted among the dead: "At least 4 people, including the assailant, were
// killed" (GTD's summaries count the bomber). The contract counts every death but the suicide
// attacker's own, so he is taken out of the count he is included in.

import { NUMBER_WORD_PATTERN, parseCardinal } from "./numbers.ts";

const SELF_RE = new RegExp(`^including\\s+(the|an?|one|both|\\d+|${NUMBER_WORD_PATTERN})\\s+(?:suicide\\s+)?(assailant|attacker|bomber|perpetrator)(s?)\\b`, "i");
const SUICIDE_RE = /\bsuicide\b/i;

/** How many suicide attackers a subject's "including ..." piece counts, in a text about a suicide attack. */
export function suicideAttackersAmong(pieces: readonly string[], text: string): number {
  let self = 0;
  for (const piece of pieces) {
    const m = SELF_RE.exec(piece.trim());
    if (!m) continue;
    const word = m[1]!.toLowerCase();
    // "the assailants": more than one, how many not said; "the assailant": one.
    self = word === "the" ? (m[3] ? 2 : 1) : parseCardinal(word) ?? 1;
    break;
  }
  return self > 0 && SUICIDE_RE.test(text) ? self : 0;
}
