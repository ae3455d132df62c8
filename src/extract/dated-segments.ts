// One paragraph may list several dated incidents: each sentence that opens "On <date>, ..."
// starts a segment, and the sentences after it belong to it until the next one.

import type { Block } from "./blocks.ts";
import { findDates, type DateContext } from "./dates.ts";
import { ON_DATE_START_RE } from "./incident-cues.ts";
import { isSpace, rawSpan, splitSentences } from "./text.ts";

export interface Segment {
  /** The segment's cleaned text, trimmed. */
  quote: string;
  /** The same stretch of the normalised text (untrimmed). */
  norm: string;
  /** Offsets of the segment in the block's raw text. */
  span: { start: number; end: number };
}

/** The segments of a paragraph block, or of the text after a day header's date (`rest`). */
export function datedSegments(b: Block, rest: string | null, ctx: DateContext): Segment[] {
  const quoteAll = rest ?? b.quote;
  const normAll = rest ?? b.norm;
  const bounds: { start: number; end: number }[] = [];
  for (const s of splitSentences(normAll)) {
    const last = bounds[bounds.length - 1];
    if (!last || (ON_DATE_START_RE.test(s.text) && findDates(s.text.slice(0, 40), ctx).length > 0)) bounds.push({ start: s.start, end: s.end });
    else last.end = s.end;
  }
  const inRest = rest === null ? 0 : b.quote.lastIndexOf(rest);
  return bounds.map((seg) => {
    const quote = quoteAll.slice(seg.start, seg.end).trim();
    // White space before the segment's text, as trimStart would remove it (without copying the rest of the paragraph).
    let lead = 0;
    while (seg.start + lead < quoteAll.length && isSpace(quoteAll.charCodeAt(seg.start + lead))) lead++;
    // Offsets into the document: the cleaned quote is walked against the block's raw text.
    const from = inRest + seg.start + lead;
    return { quote, norm: normAll.slice(seg.start, seg.end), span: rawSpan(b.raw, b.quote, from, from + quote.length) };
  });
}
