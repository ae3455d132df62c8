// A toll told in steps or put at its figures ("put the number of dead at 115", "reported eight dead
// on May 15 and eleven on the following day", "The number of wounded, initially given as 53, was
// raised ... to 81"): the patterns that rewrittenForCounting turns into the clauses the count rules read.

import { NUMBER_WORD_PATTERN } from "./numbers.ts";

/** "put the number of dead at no fewer than 170": a toll some body gives. */
const PUT_QUANTITY = `(?:(no fewer than|not less than|at least|more than|over|about|around|some|nearly)\\s+)?(\\d[\\d,]*|${NUMBER_WORD_PATTERN})`;
/** "put the number of wounded at 24": the wounded alone. */
export const PUT_WOUNDED_RE = new RegExp(`\\bput\\s+the\\s+(?:number|count)\\s+of\\s+(?:the\\s+)?(?:injured|wounded)\\s+at\\s+${PUT_QUANTITY}\\b`, "gi");
/** "put the number of dead soldiers at seven", "... of dead among the security forces and civilians at 80": the dead named before their noun. */
export const PUT_NUMBER_RE = new RegExp(`\\bput\\s+the\\s+(?:(?:number|count)\\s+of\\s+(?:[\\w-]+\\s+){0,2}?)?(?:dead|deaths|killed|fatalities)(?:\\s+[a-z]+|\\s+among\\s+[^,;.\\d]{2,50}?)?\\s+at\\s+${PUT_QUANTITY}\\b(?:\\s+and\\s+the\\s+(?:number\\s+of\\s+)?(?:injured|wounded)\\s+at\\s+${PUT_QUANTITY}\\b)?`, "gi");
/** "initially put the number of dead soldiers at four, and a day later at seven": the later figure, told once. */
export const FIGURE_THEN_RE = new RegExp(`\\b(?:initially|first|at first)\\s+(put the (?:number|toll|count)(?:\\s+of\\s+(?:the\\s+)?(?:dead|killed)(?:\\s+[a-z]+)?)?\\s+at\\s+)(?:\\d[\\d,]*|${NUMBER_WORD_PATTERN}),?\\s+(?:and|but)\\s+(?:a day later|later|the next day|the following day|subsequently|then)\\s+at\\s+(\\d[\\d,]*|${NUMBER_WORD_PATTERN})\\b`, "gi");
/** "reported three dead that evening and five dead and six wounded the next day": the later account, told once. */
export const DEAD_THEN_RE = new RegExp(`\\b(reported|counted|gave|spoke of)\\s+(?:\\d[\\d,]*|${NUMBER_WORD_PATTERN})\\s+dead\\s+(?:that (?:evening|night|morning|afternoon|day)|at first|initially|on the first day)\\s+and\\s+(?=(?:\\d[\\d,]*|${NUMBER_WORD_PATTERN})\\s+dead\\b[^.;]{0,40}?\\b(?:the next day|the following day|later|a day later|the day after))`, "gi");
/** "Radio Okapi reported eight dead on May 15 and eleven on the following day": the later count, its noun given. */
export const DEAD_THEN_BARE_RE = new RegExp(`\\b(reported|counted|gave|spoke of)\\s+(?:\\d[\\d,]*|${NUMBER_WORD_PATTERN})\\s+dead\\s+(?:on\\s+[\\w ]{3,20}?|that (?:evening|night|morning|afternoon|day)|at first|initially|on the first day)\\s+and\\s+(\\d[\\d,]*|${NUMBER_WORD_PATTERN})\\s+(?=(?:on the following day|on the next day|the next day|the following day|a day later|the day after|later|by)\\b)`, "gi");
/** "reported 46 dead; two days later the governor put the number of dead at 80": the first count, which the later one replaces. */
export const DEAD_THEN_LATER_RE = new RegExp(`\\b(?:reported|counted|gave)\\s+(?:about |some |at least )?(?:\\d[\\d,]*|${NUMBER_WORD_PATTERN})\\s+dead\\s*[;,]\\s+(?=(?:and\\s+)?(?:(?:\\w+) days|a day|(?:\\w+ )?hours) later\\b)`, "gi");
/** A figure or a vague quantity ("several wounded"). */
const PUT_SOME = `(?:(at least|more than|over|about|around|some|nearly)\\s+)?(\\d[\\d,]*|${NUMBER_WORD_PATTERN}|several|dozens|scores)`;
/** "later put the number at six killed and several wounded": the toll's figure first, what it counts after. */
export const PUT_AT_KILLED_RE = new RegExp(`\\bput\\s+the\\s+(?:number|figure|count|tally)\\s+at\\s+${PUT_QUANTITY}\\s+(?:killed|dead)\\b(?:,?\\s+(?:and|with)\\s+${PUT_SOME}\\s+(?:wounded|injured)\\b)?`, "gi");
/** "doctors reported 14 dead and about 30 wounded", "The MSA speaks of about fifteen dead": another body's toll, not deaths it caused. */
export const REPORTED_DEAD_RE = new RegExp(`\\b(?:reported|reports|recorded|confirmed|acknowledged|admitted|speaks? of|spoke of|counted|counts|mentions?|mentioned|cites?|cited|gives?|gave)\\s+((?:about |around |some |at least |nearly |more than |over )?(?:\\d[\\d,]*|${NUMBER_WORD_PATTERN})(?:\\s+of\\s+(?:their|its|his|our)\\s+[\\w-]+)?)\\s+dead(?:\\s+and\\s+((?:about |around |some |at least |nearly |more than |over )?(?:\\d[\\d,]*|${NUMBER_WORD_PATTERN}))\\s+(?:wounded|injured))?\\b`, "gi");
/** "Local sources reported four soldiers and two VDP killed", "... 55 ISIS operatives, 12 members of the security forces and seven civilians killed": the verb's object list, as a clause. */
const LISTED = String.raw`(?:\d{1,4}|${NUMBER_WORD_PATTERN})\s+[\w-]+(?:\s+(?!(?:and|were|was|had|have|has|been|are|is|killed|dead|wounded|injured)\b)[\w-]+){0,4}?`;
export const REPORTED_LIST_RE = new RegExp(`\\b(reported|said|confirmed|counted)\\s+(${LISTED}(?:,\\s+${LISTED})*\\s+and\\s+${LISTED})\\s+(killed|dead|wounded|injured)\\b`, "gi");
/** "put the toll of the attack and of the fighting at 55 ISIS operatives, 12 ... and seven civilians killed": a list told as a toll. */
export const TOLL_AT_LIST_RE = new RegExp(`\\bput the (?:death )?toll(?: of [^,;.]{0,80}?)? at (?=${LISTED},\\s+${LISTED})`, "gi");
/** "The number of wounded, initially given as 53, was raised on the following day to 81": the raise alone. */
export const NUMBER_RAISED_RE = /\b(number of (?:the )?(?:dead|killed|wounded|injured)),\s+(?:initially|first|at first)\s+(?:given|put|reported)\s+(?:as|at)\s+[\d,]+,\s+(was|were)\s+(raised|revised|increased|lowered)(?:\s+(?:on|by)\s+[^,;.]{1,30}?)?\s+to\b/g;
/** "put the toll at 115, including many children, with about 170 wounded", "... at 115 and about 170 were wounded": the dead, then the wounded. */
export const TOLL_AT_WITH_WOUNDED_RE = new RegExp(`\\bput the toll at (\\d[\\d,]*)(?:,\\s+(?:including|among them)\\s+[^,;.]{1,60}?)?(?:,\\s+with|\\s+and)\\s+((?:about |some |at least |more than |nearly |over )?(?:\\d[\\d,]*|${NUMBER_WORD_PATTERN}))\\s+(?:others?\\s+|people\\s+)?(?:were\\s+)?(wounded|injured)\\b`, "g");
/** "said that at least 80 were killed, with about 170 wounded": the wounded as a clause of their own. */
export const KILLED_WITH_WOUNDED_RE = new RegExp(`\\b(were killed),\\s+with\\s+((?:about |some |at least |more than |nearly |over )?(?:\\d[\\d,]*|${NUMBER_WORD_PATTERN}))\\s+(?:others?\\s+|people\\s+)?(wounded|injured)\\b`, "g");
/** "Its passengers were reported killed or wounded": killed or wounded, whoever reported it. */
export const REPORTED_FATE_RE = /\b(was|were) reported ((?:killed|dead) or (?:wounded|injured)|(?:wounded|injured) or (?:killed|dead))\b/g;

export const quantity = (q: string | undefined): string => (!q ? "" : /fewer|less/i.test(q) ? "at least " : `${q} `);
/**
 * A toll an official "put" at its figures, in the words the count rules read: the dead alone as a
 * toll, which another account of them bounds rather than adds to ("killing 11 civilians ... put the
 * number of dead at 11").
 */
export const putToll = (_m: string, q: string | undefined, n: string, wq: string | undefined, w: string | undefined): string => (w || q ? `said that ${quantity(q)}${n} were killed${w ? ` and ${quantity(wq)}${w} were wounded` : ""}` : `put the toll at ${n}`);
