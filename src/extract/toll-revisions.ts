// A later report's toll for an incident told before ("UPDATE | Inata | ... A government communiqué
// now gives 28 gendarmes killed", "Update on the Zhob attack: two of the soldiers injured
// succumbed to their injuries"), applied to the toll first told. A count at least as large as the
// one it revises is the new whole ("now gives 28", "a revised toll of 53"); a smaller one is the
// change ("two more died", "a third soldier has died"): the dead among the wounded move over.

import type { Casualties } from "./casualties.ts";
import type { Range } from "../core/incident.ts";
import { NUMBER_WORD_PATTERN, parseCardinal } from "./numbers.ts";
import { NEXT_STEP } from "./casualty-totals.ts";

const MOVED_FROM_WOUNDED_RE = /\b(?:wounded|injured|hurt|treated for|hospitali[sz]ed|admitted to)\b[^.;]{0,60}?\b(?:died|succumbed|passed away|has died|have died)\b|\b(?:died|succumbed)\s+(?:of|from|to)\s+(?:his|her|their|the)\s+(?:wounds|injuries)\b/i;

/** "one of the soldiers wounded at Léré ... succumbed": how many of the wounded died. */
const MOVED_COUNT_RE = new RegExp(`\\b(${NUMBER_WORD_PATTERN}|\\d{1,3}|another|a)\\s+(?:more\\s+)?(?:of\\s+)?(?:the\\s+)?(?:[\\w-]+\\s+){0,2}?(?:wounded|injured)\\b`, "i");
function movedCount(text: string): number | null {
  const m = MOVED_COUNT_RE.exec(text);
  if (!m) return null;
  const word = m[1]!.toLowerCase();
  return word === "another" || word === "a" ? 1 : parseCardinal(word);
}

/** A toll that gives the wounded anew ("27 killed and 49 wounded"), not the wounded who died. */
// "Seven others remain in hospital": the wounded as they now are.
const WOUNDED_TOLL_RE = new RegExp(`\\b(?:dead|killed)\\s+and\\s+(?:\\d[\\d,]*|${NUMBER_WORD_PATTERN})\\s+(?:wounded|injured)\\b|\\b(?:remain|remained|are still|were still)\\s+in\\s+(?:the\\s+|a\\s+)?(?:hospital|clinic)`, "i");

/** A later report that no one died after all. */
const NO_DEATHS_RE = /\b(?:denied|dismissed|rejected)\s+(?:reports\s+)?that\s+(?:any(?:one)?|any of [^.;]{1,30}?)\s+(?:had been|has been|was|were|had)\s+(?:killed|died)\b|\bno (?:one|deaths?|fatalities) (?:in|from|during)\b|\bno one (?:was|had been) killed\b/i;

/** Words that give a toll as the new whole rather than the change. */
const WHOLE_TOLL_RE = /\b(?:bringing|brings|brought|raising|raises) the (?:death )?toll\b|\b(?:bringing|brings|brought|raising|raises) the (?:number|total|count) of (?:the )?(?:dead|killed|deaths|fatalities)\b|\bput the (?:death )?toll at\b|\btoll\b[^.;]{0,80}?\b(?:now|risen|rose|climbed|reached|stands|(?:raised|revised|increased|updated) to)\b|\brevised toll\b|\bnow gives\b/i;

const stated = (r: Range): boolean => r.low > 0 || r.high !== 0;
const plus = (a: Range, b: Range): Range => ({ low: a.low + b.low, high: a.high === null || b.high === null ? null : a.high + b.high });
const minus = (a: Range, n: number): Range => ({ low: Math.max(0, a.low - n), high: a.high === null ? null : Math.max(0, a.high - n) });

/** One kind's range after a revision that gives `next`: the new whole, or the old one plus the change. */
function revised(was: Range, next: Range): Range {
  if (!stated(next)) return was;
  return next.low >= was.low ? next : plus(was, next);
}

/** `cas` as each revision in turn (its text and its own count) leaves it. */
export function withRevisions(cas: Casualties, revisions: readonly { text: string; counted: Casualties }[]): Casualties {
  let { killed, wounded } = cas;
  for (const r of revisions) {
    // "two of the soldiers injured ... succumbed": more dead, from among the wounded, whose wounds
    // are those told before, not more wounded.
    if (stated(r.counted.killed) && MOVED_FROM_WOUNDED_RE.test(r.text)) {
      // "..., bringing the death toll to three": the count is the new whole, the rise among the wounded.
      // A whole smaller than the dead already counted is one side's ("bringing the toll on the friendly
      // side to 4 dead" after 3 soldiers and 14 assailants): only those who died of their wounds are added.
      const moved = movedCount(r.text);
      const sideOnly = WHOLE_TOLL_RE.test(r.text) && r.counted.killed.low < killed.low && moved !== null;
      const whole = WHOLE_TOLL_RE.test(r.text) && !sideOnly;
      const added = sideOnly ? moved : whole ? Math.max(0, r.counted.killed.low - killed.low) : r.counted.killed.low;
      killed = sideOnly ? plus(killed, { low: moved, high: moved }) : whole ? r.counted.killed : plus(killed, r.counted.killed);
      // "the toll rose to 27 killed and 49 wounded, after two of the wounded died": both are new wholes.
      wounded = whole && stated(r.counted.wounded) && WOUNDED_TOLL_RE.test(r.text) ? r.counted.wounded : minus(wounded, added);
      continue;
    }
    // "The Federal Police denied that any of its members had been killed, and said three policemen were wounded".
    killed = NO_DEATHS_RE.test(r.text) ? { low: 0, high: 0 } : revised(killed, r.counted.killed);
    wounded = revised(wounded, r.counted.wounded);
  }
  if (killed === cas.killed && wounded === cas.wounded) return cas;
  // Those counted only as "killed or wounded" stay as they were.
  const either = Math.max(0, cas.casualties.low - cas.killed.low - cas.wounded.low);
  const high = killed.high === null || wounded.high === null || cas.casualties.high === null ? null : killed.high + wounded.high + either;
  return { killed, wounded, casualties: { low: killed.low + wounded.low + either, high } };
}

const LATER_REVISION_RE = /\bThe (?:death )?toll was (?:later |since |subsequently |then )?(?:raised|revised|updated|increased|corrected)(\s*[:,;.])|\b[Tt]he (?:death )?(?:toll|figure) was (?:later |since |subsequently |then )?(?:raised|revised|increased) to\b|(?<=[.;]\s+|,\s+but\s+)(?:(?!toll\b)[^.;]){0,80}?\b(?:(?:raised|revised|updated) the (?:death )?toll|raised (it)) to\b/;
const WHY_RAISED_RE = /,\s+(?:after|when|as)\b[^.;]*/;
const FIGURE = String.raw`((?:about |some |at least )?(?:\d[\d,]*|[a-z]+(?:-[a-z]+)?))`;
const RAISED_TO_RE = new RegExp(String.raw`^[^.;]*?\b(?:raised|revised|increased|updated)(?: the (?:death )?toll| it)? to\s+${FIGURE}(?:\s+(?:killed|dead))?\b`);
const NEXT_STEP_RE = new RegExp(String.raw`^,?\s*${NEXT_STEP}${FIGURE}(?:\s+(?:[\w-]+\s+)?(?:killed|dead))?\b`);

/** "raised the toll to 146, and on June 28 to at least 223": the last figure, as the dead. */
function raisedTo(after: string): string {
  const m = RAISED_TO_RE.exec(after);
  if (!m) return after;
  const rest = after.slice(m[0].length);
  const next = NEXT_STEP_RE.exec(rest);
  return next ? `${next[1]} were killed${rest.slice(next[0].length)}` : `${m[1]} were killed${rest}`;
}

/**
 * A toll revised later in the same text ("The toll was later raised: ...", "the figure was later
 * raised to 49", "On the following day the SOHR raised the toll to 11 killed", "The initial toll was 29
 * dead, but the next day the health department raised it to 39"): the text before the
 * mark, the revision from the mark on, and the revision's words to count (a bare "raised to 49" as
 * "49 were killed"; "..., after four bodies were found" says why, no more dead). Null without one.
 */
export function laterRevision(raw: string): { before: string; after: string; told: string } | null {
  const revision = raw.includes(" was ") || raw.includes("raised") || raw.includes("revised") || raw.includes("updated") ? LATER_REVISION_RE.exec(raw) : null;
  if (!revision || revision.index === 0) return null;
  // "The initial toll was 29 dead, but ... raised it to 39": "it" is a toll only after one.
  if (revision[2] !== undefined && !/\b(?:toll|killed|dead|died)\b/.test(raw.slice(0, revision.index))) return null;
  const after = raw.slice(revision.index);
  const told = (revision[1] !== undefined ? after.slice(revision[0].length) : raisedTo(after)).replace(WHY_RAISED_RE, "");
  return { before: raw.slice(0, revision.index), after, told };
}
