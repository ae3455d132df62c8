// Counts in tables, logs and headlines: "6 killed", "3 ISKP killed", "EST 15-20 ISWAP KIA",
// "At least 9 x killed", "several wounded", OSINT posts' "x9 FAMa KIA, x14 WIA" and "FDS say
// 18 assailants neutralised".

import { PERSON_NOUN_RE, countPhrase, type Span } from "./casualty-phrases.ts";
import { NUMBER_WORD_PATTERN, VAGUE_QUANTITIES, parseCardinal } from "./numbers.ts";

export interface HeadlineCount extends Span {
  kind: "killed" | "wounded";
}

const HEADLINE_RE = new RegExp(
  // "6 killed", "3 ISKP killed", "several wounded", "5 ISKP militants killed" (tables and headlines).
  // "EST 15-20 ISWAP KIA": an estimate's range of figures is its low and high.
  // "At least 9 x killed": a log's lower bound before its figure.
  // "x9 FAMa KIA": a post's multiplier sign before the figure. "Per local sources 9 soldiers
  // killed", "FDS say 18 assailants neutralised": a report's figure after its source.
  `(?:^|[:,;|./]\\s*|\\b(?:says?|said|sources|reports?)\\s+)(?:(?:est(?:imated)?\\.?|approx(?:imately)?\\.?|about|around)\\s+|(at least|no fewer than|more than|over)\\s+)?(?:x\\s?(?=\\d))?((?:\\d[\\d,]*(?:\\s*-\\s*\\d[\\d,]*)?|${NUMBER_WORD_PATTERN}|several|dozens|scores))\\s+((?:[A-Za-z'-]+\\s+){0,2}?)(killed|dead|wounded|injured|hurt|KIA|WIA|neutrali[sz]ed)\\b`,
  "gi",
);
const HEADLINE_KILLED_RE = /dead|killed|KIA|neutrali/i;
const NEUTRALISED_RE = /^neutrali/i;
const FIGURE_RANGE_RE = /^(\d[\d,]*)\s*-\s*(\d[\d,]*)$/;

/** "6 killed", "EST 15-20 ISWAP KIA": counts in tables and headlines. */
export function headlineCounts(sentence: string): HeadlineCount[] {
  const out: HeadlineCount[] = [];
  HEADLINE_RE.lastIndex = 0;
  for (let m = HEADLINE_RE.exec(sentence); m; m = HEADLINE_RE.exec(sentence)) {
    // "12 IEDs neutralised" is no death: only people are neutralised dead.
    if (NEUTRALISED_RE.test(m[4]!) && !PERSON_NOUN_RE.test(m[3]!)) continue;
    const kind = HEADLINE_KILLED_RE.test(m[4]!) ? "killed" : "wounded";
    // A bounded figure reads as the same words would in a sentence ("more than 4" as "more than 4 soldiers").
    if (m[1]) {
      const c = countPhrase(`${m[1]} ${m[2]!}`, null);
      if (c) out.push({ kind, low: c.low, high: c.high });
      continue;
    }
    const vague = VAGUE_QUANTITIES[m[2]!.toLowerCase()];
    const range = FIGURE_RANGE_RE.exec(m[2]!);
    const n = vague ?? parseCardinal(range ? range[1]! : m[2]!);
    const high = range ? parseCardinal(range[2]!) : vague === undefined ? n : null;
    if (n !== null) out.push({ kind, low: n, high: high !== null && high >= n ? high : vague === undefined ? n : null });
  }
  return out;
}
