// Paragraphs that go on with the item before rather than open one: a statement's later paragraph,
// "The forces also ...", "During the same operations ...". Only the claims they report are kept,
// unless the paragraph tells an event of its own ("[LOCAL] Friday 23 February. Two mortar shells ...").

import { findDates, type DateContext } from "./dates.ts";
import { NEW_EVENT_RE } from "./incident-cues.ts";
import { splitSentences } from "./text.ts";

const CLAIM_WORD_RE = /\bclaimed\b/;
const SAME_OPERATION_RE = /^\s*(?:(?:The|Its|Their)\s+(?:[\w-]+\s+){0,2}?(?:forces|army|troops|units|soldiers|engineers)\s+also\b|(?:During|In)\s+the\s+same\s+(?:operations?|raids?|campaigns?|sweeps?)\b)/;
/** "An officer and a soldier were martyred ... when an explosive device went off": a toll of its own. */
const OWN_TOLL_RE = /\b(?:killed|wounded|injured|martyred|dead|died|killing|wounding|injuring)\b/;
const BACK_REFERENCE_RE = /^\s*(?:According to|The (?:attack|blast|explosion|drone|bomb|ambush|raid|strike|operation|suspects?|man|men|ministry|department|statement|group))\b/i;

/** "The forces also destroyed a workshop ...", "During the same operations ...": more of the item before. */
export function continuesLast(text: string): boolean {
  return SAME_OPERATION_RE.test(text);
}

/** The sentences of a paragraph that report a claim, joined, or null when none does. */
export function claimsIn(text: string): string | null {
  if (!CLAIM_WORD_RE.test(text)) return null;
  const claims = splitSentences(text).filter((x) => CLAIM_WORD_RE.test(x.text));
  return claims.length > 0 ? claims.map((x) => x.text).join(" ") : null;
}

/** A later paragraph opening on a day, or an event and its toll, of its own, not on the one before. */
export function opensOwnEvent(text: string, dates: DateContext): boolean {
  const dated = findDates(text.slice(0, 60), dates).find((d) => d.precision === 1 && d.start < 30);
  if (dated) return true;
  const first = splitSentences(text, 1)[0]?.text ?? text;
  return NEW_EVENT_RE.test(first) && OWN_TOLL_RE.test(first) && !BACK_REFERENCE_RE.test(first);
}
