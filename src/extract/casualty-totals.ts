// Tolls stated as totals rather than as events: "The toll is 4 VDP killed and 2 wounded" (a list
// of counts), and an update's running total for the same incident ("... died of his wounds,
// bringing to three the number of guards killed in that attack", "the death toll has risen to
// five"), which stands for the incident's whole toll rather than adding to it.

import { countPhrase, type Span } from "./casualty-phrases.ts";
import { NUMBER_WORD_PATTERN } from "./numbers.ts";

export type Kind = "killed" | "wounded" | "either";

export interface Count extends Span {
  kind: Kind;
  /**
   * A whole toll of this kind rather than a part of it: an `update` ("bringing to three the
   * number killed") supersedes the parts the text tells; an `account` ("the government put the
   * toll at 19") is another source's figure for the same dead, which bounds the others; `moved`
   * ("four of the wounded succumbed") are wounded already counted who died, taken off the wounded.
   */
  total?: "update" | "account" | "moved";
}

/** The words that bound a count ("at least five") and the counts themselves, as the clause rules read them. */
export const QUALIFIER = "(?:at least|about|around|approximately|some|nearly|almost|more than|over|up to|as many as|roughly|an estimated)";
export const COUNT_WORD = `(?:\\d[\\d,]*|${NUMBER_WORD_PATTERN}|several|dozens|scores|many|numerous|hundreds|both)`;

// "The toll is 4 VDP killed and 2 wounded", "a toll of 12 dead", "... and 15 terrorists neutralised":
// a toll lists its counts, each a number, a noun or two and what befell them.
// "The toll given by the chefferie is ...": the toll's source may stand between it and its verb.
// "the toll had risen to 11 dead, after four of the wounded ...": a running total (totalCounts), no list.
const TOLL_RE = /\btoll\s+(?:(?![^.;:]{0,40}?\b(?:risen|climbed|increased|jumped|reached)\b)[^.;:]{0,40}?\s)?(?:is|was|stands at|rose to|of|at|:)\s/i;
// "two soldiers and five militiamen killed": counts joined by "and" share the fate after them.
const ITEM_WORDS = "(?:(?!and\\b)[\\w'-]+\\s+){0,2}?";
const TOLL_ITEM_RE = new RegExp(
  `(?:^|[\\s,;:])(?:${QUALIFIER}\\s+)?(${COUNT_WORD})\\s+${ITEM_WORDS}(?:and\\s+(?:${QUALIFIER}\\s+)?(${COUNT_WORD})\\s+${ITEM_WORDS})?(killed|dead|wounded|injured|neutrali[sz]ed)\\b`,
  "gi",
);
/** "a toll of 14 'Christians'", "put the toll at 19": a figure without a fate is the dead, one account of them all. */
const TOLL_FIGURE_RE = new RegExp(`^toll\\s+(?:(?:of|from|in)\\s+[^.;:]{0,60}?\\s)?(?:now\\s+)?(?:is|was|stands at|stood at|rose to|of|at|:)\\s+((?:${QUALIFIER}\\s+)?(?:\\d[\\d,]*|${NUMBER_WORD_PATTERN}))\\b(?!\\s*(?:%|percent|per cent))`, "i");
const CASUALTY_TOLL_RE = /\bcasualty\s+toll/i;
/** "The toll of the attack now stands at ...": the toll as it has become. */
const NOW_TOLL_RE = /^toll\s+(?:[^.;:]{0,60}?\s)?now\s+(?:stands at|is)\s/i;
const WOUNDED_WORD_RE = /wounded|injured/i;

/** The counts a toll lists, appended to `out`. */
export function tollCounts(sentence: string, out: Count[]): void {
  const t = TOLL_RE.exec(sentence);
  if (!t) return;
  const rest = sentence.slice(t.index);
  const now = NOW_TOLL_RE.test(rest);
  TOLL_ITEM_RE.lastIndex = 0;
  const before = out.length;
  for (let m = TOLL_ITEM_RE.exec(rest); m; m = TOLL_ITEM_RE.exec(rest)) {
    const kind = WOUNDED_WORD_RE.test(m[3]!) ? "wounded" : "killed";
    for (const figure of [m[1], m[2]]) {
      const c = figure ? countPhrase(figure, null) : null;
      // Each item names its own victims ("4 VDP killed"), which other sentences may add to;
      // a toll that "now stands at" them is the whole, the deaths told before among them.
      if (c) out.push(now ? { kind, low: c.low, high: c.high, total: "update" } : { kind, low: c.low, high: c.high });
    }
  }
  if (out.length > before) return;
  const f = TOLL_FIGURE_RE.exec(rest);
  const c = f ? countPhrase(f[1]!, null) : null;
  if (c) out.push({ kind: CASUALTY_TOLL_RE.test(sentence.slice(Math.max(0, t.index - 12), t.index + 4)) ? "either" : "killed", low: c.low, high: c.high, total: "account" });
}

// "rose this week to 50": when the toll rose, not what it covers.
const RISE_WHEN = "(?:\\s+(?:this|last|on|by|over|during|early|late)\\s+(?:week|weekend|month|morning|afternoon|evening|night|day|\\w+day))";
const RISE_WHEN_RE = new RegExp(`(?<=\\b(?:risen|rose|climbed|increased|reached|jumped))${RISE_WHEN}`, "i");
// "the toll was later lowered to 95": a revision either way, told passively.
const RISE = `(?:(?:later|subsequently|then|now|eventually)\\s+)?(?:(?:has\\s+|had\\s+)?(?:since\\s+)?(?:risen|rose|climbed|increased|reached|jumped)${RISE_WHEN}?|(?:was|has been|had been)\\s+(?:later\\s+|subsequently\\s+|since\\s+)?(?:lowered|reduced|revised(?:\\s+(?:up|down)(?:wards?)?)?|raised|corrected))`;
const AMOUNT = `((?:${QUALIFIER}\\s+)?${COUNT_WORD})`;
/**
 * "bringing to three the number of NDF members killed", "bringing the death toll to seven",
 * "the toll has risen to five", "the death toll from the bombing rose to 14", "raised the toll to
 * four", "the toll stood at 103". Groups 1, 4, 6, 8, 10, 12 and 14 hold the figure; 2, 3, 5, 7, 9, 11 and 13 the words that say whether the dead or the wounded are counted.
 */
const TOTAL_RE = new RegExp(
  [
    `\\b(?:bringing|raising)\\s+to\\s+${AMOUNT}\\s+the\\s+(?:number|toll|total)\\s+of\\s+([^.;:]{0,80}?\\b(?:killed|dead|deaths|fatalities|wounded|injured|casualties|victims))\\b`,
    `\\b(?:bringing|raising)\\s+the\\s+((?:death|casualty|fatality)\\s+toll|toll|number\\s+of\\s+(?:the\\s+|those\\s+)?(?:dead|deaths|killed|fatalities|wounded|injured|casualties|victims))\\s+(?:\\w+\\s+){0,5}?to\\s+${AMOUNT}`,
    // "by December 28 the number had risen to 11": the number of the dead just told; "the number of bodies recovered had risen to 11" as well.
    `\\b((?:death|casualty|fatality)\\s+toll|toll|number\\s+of\\s+(?:the\\s+|those\\s+)?(?:dead|deaths|killed|fatalities|wounded|injured|casualties|victims|bodies(?:\\s+(?:recovered|found|retrieved))?)|(?<=\\bthe\\s)number(?=\\s+(?:had|has)\\s))(?:\\s+(?:from|in|of|after)\\s+[^.;:]{0,120}?)?\\s+${RISE}\\s+to\\s+${AMOUNT}`,
    // "medical sources later raised the toll to four dead", "the army revised its death toll to six"
    // "later lowered the toll to 95 killed": a revision downwards is a revision all the same.
    `\\b(?:raised|revised|updated|increased|lifted|upped|corrected|lowered|reduced)\\s+(?:(?:the|its|their|his|her)\\s+)?((?:death|casualty|fatality)\\s+toll|toll|figure|count|tally|number(?:\\s+of\\s+(?:the\\s+)?(?:dead|deaths|fatalities|killed|victims|wounded|injured))?)\\s+(?:(?:up(?:ward)?|upwards|down(?:wards?)?)\\s+)?to\\s+${AMOUNT}`,
    // "The toll, revised several times during the week, stood at 103 killed": where the revisions left it.
    `\\b((?:death\\s+)?toll)(?:,[^,;.]{1,80},)?\\s+(?:now\\s+|finally\\s+)?(?:stood|stands)\\s+at\\s+${AMOUNT}`,
    // "by January 9 the number of dead had reached 94", "the number of dead was about 253, not 359": the count as it now is.
    `\\b(number\\s+of\\s+(?:the\\s+)?(?:dead|deaths|killed|fatalities|victims|wounded|injured)|(?:death\\s+)?toll)\\s+(?:(?:had|has)\\s+(?:since\\s+)?(?:reached|passed|exceeded|topped|surpassed)|reached|passed|exceeded|topped|surpassed|(?<=number[^.;]{0,30})(?:was|is|stood\\s+at|stands\\s+at))\\s+${AMOUNT}`,
    // "The number of wounded, initially given as 53, was raised on the following day to 81": the count raised, told in the passive.
    `\\b(number\\s+of\\s+(?:the\\s+)?(?:dead|deaths|killed|fatalities|victims|wounded|injured))(?:,[^,;.]{1,60},)?\\s+(?:was|were|had been|has been)\\s+(?:later\\s+|then\\s+|subsequently\\s+)?(?:raised|revised|updated|increased|lowered|corrected)(?:\\s+(?:on|by)\\s+[^,;.]{1,30}?)?\\s+to\\s+${AMOUNT}`,
  ].join("|"),
  "gi",
);
/** "and then to", "and on June 28, after the last attackers were killed, to": a rising toll's next step, its day and why before the figure. */
export const NEXT_STEP = String.raw`\band\s+(?:then\s+|later\s+)?(?:(?:on|by)\s+(?:[A-Z][a-z]+\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+|the\s+(?:next|following)\s+day)(?:,\s+(?:after|when|as)\s+[^,;.]{3,80})?,?\s+)?to\s+`;
const THEN_TO_RE = new RegExp(`^[^.;]{0,40}?${NEXT_STEP}${AMOUNT}`, "i");
/** Every TOTAL_RE match holds "bringing", a toll or a number of: most clauses with a verb of rising hold none. */
const TOTAL_GATE_RE = /bringing|toll|number|figure|tally|count/i;
/** A total over many events or a period is a statistic, not this incident's toll. */
const CUMULATIVE_RE = /\b(?:since|so far|to date|this (?:year|month|week)|(?:past|last) (?:\w+ )?(?:days|weeks|months|year)|attacks|operations|incidents|campaign)\b/i;
const SINCE_RISEN_RE = /\bsince\s+(?=risen|rose|climbed|increased|reached|jumped)/i;
const WOUNDED_NOUN_RE = /\b(?:wounded|injured)\b/i;
const EITHER_NOUN_RE = /\bcasualt/i;

/** The incident's running totals in a sentence, appended to `out` (marked as totals); their spans are added to `used`. */
export function totalCounts(sentence: string, out: Count[], used: number[]): void {
  if (!TOTAL_GATE_RE.test(sentence)) return;
  TOTAL_RE.lastIndex = 0;
  for (let m = TOTAL_RE.exec(sentence); m; m = TOTAL_RE.exec(sentence)) {
    const figure = m[1] ?? m[4] ?? m[6] ?? m[8] ?? m[10] ?? m[12] ?? m[14]!;
    const what = m[2] ?? m[3] ?? m[5] ?? m[7] ?? m[9] ?? m[11] ?? m[13]!;
    // "since" may only say when the toll rose ("has since risen"), not what it covers.
    const rest = sentence.slice(m.index + m[0].length);
    if (CUMULATIVE_RE.test(m[0].replace(SINCE_RISEN_RE, "").replace(RISE_WHEN_RE, "")) || CUMULATIVE_RE.test(rest)) continue;
    // "rose to 54 the next day and to 63 by August 1": the last figure the sentence gives.
    const later = THEN_TO_RE.exec(rest);
    const c = countPhrase(later ? later[1]! : figure, null);
    if (!c) continue;
    const kind = EITHER_NOUN_RE.test(what) ? "either" : WOUNDED_NOUN_RE.test(what) ? "wounded" : "killed";
    out.push({ kind, low: c.low, high: c.high, total: "update" });
    used.push(m.index, m.index + m[0].length);
  }
}
