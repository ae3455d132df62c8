// Counts a verb gives with its object rather than its subject: a verb of manner with "to death"
// ("stabbed three people to death") and a verb of reporting ("Local sources reported four
// soldiers killed").

import { countPhraseFor, type Antecedent } from "./casualty-phrases.ts";
import { COUNT_WORD, QUALIFIER } from "./casualty-totals.ts";
import type { NounCount } from "./casualty-nouns.ts";

/** A count and the span of the clause it was read from. */
export type SpanCount = NounCount & { start: number; end: number };

/** "stabbed three people to death", "hacked him to death": the verb says the manner, "to death" the outcome. */
const MANNER_VERB = "(?:stabb(?:ed|ing)|hack(?:ed|ing)|beat(?:en|ing)?|club(?:bed|bing)|bludgeon(?:ed|ing)|ston(?:ed|ing)|strangl(?:ed|ing)|burn(?:ed|t|ing)|tortur(?:ed|ing)|lynch(?:ed|ing)|shoot(?:ing)?|shot)";
// "hacked or shot at least nine civilians to death": two verbs of manner for one outcome.
const MANNER_RE = new RegExp(`\\b${MANNER_VERB}(?:\\s+(?:or|and)\\s+${MANNER_VERB})?\\s+((?:him|her|them|an?|the|his|their|at least|\\d[\\d,]*|[a-z]+)\\b[^.;:()]{0,60}?)\\s+to\\s+death\\b`, "gi");

/** The dead a clause names with a verb of manner and "to death" (its passive, "were stabbed to death", is the passive rule's). */
export function mannerCounts(sentence: string, antecedent: Antecedent): SpanCount[] {
  const out: SpanCount[] = [];
  MANNER_RE.lastIndex = 0;
  for (let m = MANNER_RE.exec(sentence); m; m = MANNER_RE.exec(sentence)) {
    const c = /^(?:him|her)$/i.test(m[1]!) ? { low: 1, high: 1 } : countPhraseFor(m[1]!, antecedent);
    if (c && (c.low > 0 || c.high !== 0)) out.push({ kind: "killed", low: c.low, high: c.high, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** "Local sources reported four soldiers killed and several wounded": counts after a verb of reporting; a range ("between 13 and 16", which prepareClause has made "13 to 16") too. */
// Not a figure the text has since replaced ("We previously reported 5 civilians killed; ... now says 11"); a
// first report ("The SOHR first reported 35 killed") stands unless a later toll replaced it (casualty-accounts.ts).
const REPORTED_COUNT_RE = new RegExp(`(?<!\\b(?:previously|earlier)\\s+)\\b(?:reported|confirmed|counted|recorded|acknowledged|admitted)\\s+((?:${QUALIFIER}\\s+)?${COUNT_WORD}(?:\\s*(?:-|–|to|or)\\s*${COUNT_WORD})?\\s+(?:of\\s+(?:their|its|his|her|the)\\s+)?(?:[\\w'-]+\\s+){0,2}?)(killed|dead|wounded|injured)\\b`, "gi");

/** The dead (or wounded) a clause gives as the object of a verb of reporting ("and several wounded" after it is elliptic, read elsewhere). */
export function reportedCounts(sentence: string, antecedent: Antecedent): SpanCount[] {
  const out: SpanCount[] = [];
  REPORTED_COUNT_RE.lastIndex = 0;
  for (let m = REPORTED_COUNT_RE.exec(sentence); m; m = REPORTED_COUNT_RE.exec(sentence)) {
    const c = countPhraseFor(m[1]!.trim(), antecedent);
    if (c && (c.low > 0 || c.high !== 0)) out.push({ kind: /killed|dead/i.test(m[2]!) ? "killed" : "wounded", low: c.low, high: c.high, start: m.index, end: m.index + m[0].length });
  }
  return out;
}
