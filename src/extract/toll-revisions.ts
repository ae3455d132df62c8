// A later report's toll for an incident told before ("UPDATE | Inata | ... A government communiqué
// now gives 28 gendarmes killed", "Update on the Zhob attack: two of the soldiers injured
// succumbed to their injuries"), applied to the toll first told. A count at least as large as the
// one it revises is the new whole ("now gives 28", "a revised toll of 53"); a smaller one is the
// change ("two more died", "a third soldier has died"): the dead among the wounded move over.

import type { Casualties } from "./casualties.ts";
import type { Range } from "../core/incident.ts";

const MOVED_FROM_WOUNDED_RE = /\b(?:wounded|injured|hurt|treated for|hospitali[sz]ed|admitted to)\b[^.;]{0,60}?\b(?:died|succumbed|passed away|has died|have died)\b|\b(?:died|succumbed)\s+(?:of|from|to)\s+(?:his|her|their|the)\s+(?:wounds|injuries)\b/i;

/** Words that give a toll as the new whole rather than the change. */
const WHOLE_TOLL_RE = /\b(?:bringing|raising) the (?:death )?toll\b|\bput the (?:death )?toll at\b|\btoll\b[^.;]{0,80}?\b(?:now|risen|rose|climbed|reached|stands)\b|\brevised toll\b|\bnow gives\b/i;

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
      const whole = WHOLE_TOLL_RE.test(r.text);
      const added = whole ? Math.max(0, r.counted.killed.low - killed.low) : r.counted.killed.low;
      killed = whole ? r.counted.killed : plus(killed, r.counted.killed);
      // "the toll rose to 27 killed and 49 wounded, after two of the wounded died": both are new wholes.
      wounded = whole && stated(r.counted.wounded) ? r.counted.wounded : minus(wounded, added);
      continue;
    }
    killed = revised(killed, r.counted.killed);
    wounded = revised(wounded, r.counted.wounded);
  }
  if (killed === cas.killed && wounded === cas.wounded) return cas;
  // Those counted only as "killed or wounded" stay as they were.
  const either = Math.max(0, cas.casualties.low - cas.killed.low - cas.wounded.low);
  const high = killed.high === null || wounded.high === null || cas.casualties.high === null ? null : killed.high + wounded.high + either;
  return { killed, wounded, casualties: { low: killed.low + wounded.low + either, high } };
}
