// "... a convoy travelling toward Damboa and attacked it about 20 km north of the town": an offset
// from "the town" is from the place the text named just before it.

import { NAME, resolveWithKey } from "./place-names.ts";

/** An offset whose anchor is "the town" (not "the town of X"). */
const THE_TOWN_OFFSET_RE = /(\b(?:km|kms|kilometers|kilometres|miles)\.?\s+(?:to the\s+)?(?:north|south|east|west)[\w-]*\s+of\s+)the\s+(?:town|city|village)\b(?!\s+of\b)/gi;
/** A place named after a preposition or a verb of movement, the antecedent "the town" may stand for. */
const NAMED_BEFORE_RE = new RegExp(`\\b(?:toward|towards|to|in|near|at|of|from|outside|reach|reached|entered|left)\\s+(?:the\\s+)?(${NAME})`, "g");

/** `text` with "N km north of the town" naming the town it stands for, where a place named before it resolves. */
export function withTownAnchors(text: string, countries: readonly string[], cKey: string): string {
  if (!/\bof the (?:town|city|village)\b/i.test(text)) return text;
  return text.replace(THE_TOWN_OFFSET_RE, (m: string, lead: string, at: number) => {
    let antecedent: string | null = null;
    NAMED_BEFORE_RE.lastIndex = 0;
    for (let n = NAMED_BEFORE_RE.exec(text); n && n.index < at; n = NAMED_BEFORE_RE.exec(text)) {
      if (resolveWithKey(n[1]!, countries, cKey)) antecedent = n[1]!;
    }
    return antecedent ? `${lead}${antecedent}` : m;
  });
}
