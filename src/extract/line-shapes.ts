// The shapes of single lines that tell the block reader where a paragraph ends: labelled items,
// headlines, headings, lines typed unwrapped, and lines that stop mid-sentence or fill a column.

import { SUPERSCRIPT_RE } from "./text.ts";

/** "Wilayat al-Iraq - Kirkuk: 11 April. ...": a line that opens with a short label and a colon. */
const LABELLED_LINE_RE = /^\s*(?:\*\*)?[A-Z][^:.!?;]{0,50}:(?:\*\*)?\s+\S/;

/**
 * A list of labelled items typed one per line with no blank line between: a line that opens with
 * a label, after a line that ended a sentence, in a block whose first line opened with one too.
 */
export function nextItem(first: string, prev: string, text: string): boolean {
  return /[.!?)"”]$/.test(prev) && LABELLED_LINE_RE.test(text) && LABELLED_LINE_RE.test(first);
}

/** A line in capitals, then one in ordinary case: a title or heading over its text, not a wrapped line. */
export function capitalsBeforeProse(prev: string, text: string): boolean {
  return !/[a-z]/.test(prev) && /[A-Z]{4}/.test(prev) && /[a-z]{3}/.test(text);
}

const MINOR_WORDS = new Set(["a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "as", "by", "with", "from", "into", "near", "over", "after", "amid", "its", "vs"]);

/** A headline in title case ("Islamic State Steps Up Attacks in Iraq's Diyala Province"): every word but the small ones capitalised, no full stop. */
export function headline(line: string): boolean {
  if (/[.,;:!?]$/.test(line)) return false;
  const words = line.trim().split(/\s+/);
  return words.length >= 4 && words.every((w) => MINOR_WORDS.has(w.toLowerCase()) || /^["“'‘(]?[\p{Lu}\d]/u.test(w));
}

/** Longer than any hard-wrapped line (an 80-column or PDF layout): such a line is a whole paragraph. */
const UNWRAPPED_LINE = 120;

/** A paragraph typed as one long line that ends a sentence, then a line that opens another: two paragraphs. */
export function unwrappedParagraph(prev: string, text: string): boolean {
  return prev.length > UNWRAPPED_LINE && /[.!?]["”')\]]*$/.test(prev) && /^\s*["“(]?[A-Z0-9]/.test(text);
}

/** How far short of its column a wrapped line may end (the next word did not fit). */
export const COLUMN_SLACK = 12;
/** A line ending on an article, preposition or conjunction stops mid-sentence. */
export const OPEN_END_RE = /\b(?:a|an|the|of|on|in|at|to|by|for|from|with|into|and|or|but|near|after|before|between|during)$/;

export function isHeadingText(q: string): boolean {
  const t = q.replace(SUPERSCRIPT_RE, "").trim();
  if (!t || t.length > 100) return false;
  if (/[.;,!?]$/.test(t) && !/\b(?:Inc|Ltd|Co|St)\.$/.test(t)) return false;
  const words = t.split(/\s+/);
  if (words.length > 14) return false;
  if (!/^[\p{Lu}\p{N}"“'‘(]/u.test(t)) return false;
  if (/^(?:On|In)\s+(?:\w+day,?\s+)?(?:\d{1,2}\s+)?[A-Z][a-z]+\.?\s+\d/.test(t)) return false;
  return true;
}

/** "As of 16 June 2022", "Prepared 14 August 2019 for ...": a line that dates the document opens a block of its own. */
export const DATE_LABEL_LINE_RE = /^\s*(?:As (?:of|at)|Updated|Published|Issued|Posted|Released|Prepared|Compiled|Produced)\b[^.]{0,40}\b(?:19|20)\d\d\b/;

/**
 * "Eleven killed as bandits ambush patrol in Shiroro" over a paragraph typed as one long line: a
 * news headline, not the paragraph's first wrapped line (which would fill the width its next does).
 */
export function headlineOverParagraph(prev: string, text: string): boolean {
  return prev.length < 100 && text.length >= UNWRAPPED_LINE && !/[.,;:!?"”)]$/.test(prev) && /^["“‘']?[\p{Lu}\d]/u.test(prev) && prev.split(" ").length >= 3;
}
