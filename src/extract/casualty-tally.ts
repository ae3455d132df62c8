// The ranges of an event from its counts: each kind's parts, running total and other accounts
// (tally), the group's restatement against the event's own account (merge), two accounts of one
// toll (bound, combineAccounts), and the killed, wounded and casualties ranges (resolve).

import type { Range } from "../core/incident.ts";
import type { Casualties } from "./casualties.ts";
import { addSpan } from "./casualty-phrases.ts";
import type { Count } from "./sentence-counts.ts";

interface Tally {
  killed: Range;
  wounded: Range;
  either: Range;
  any: boolean;
}

function tally(counts: readonly Count[]): Tally {
  const t: Tally = { killed: { low: 0, high: 0 }, wounded: { low: 0, high: 0 }, either: { low: 0, high: 0 }, any: counts.length > 0 };
  // A running total ("bringing to three the number killed") is the whole toll of its kind: it
  // stands in place of the parts the text tells (the latest death among them), the largest if
  // several. A toll ("the government put the toll at 19") is one account of the whole: with the
  // text's other count of that kind, the lower low and the higher high bound it.
  const updates: Partial<Record<Count["kind"], Range>> = {};
  const accounts: Partial<Record<Count["kind"], Range>> = {};
  let movedWounded = 0;
  for (const c of counts) {
    if (c.total === "moved") movedWounded += c.low;
    else if (c.total === "update") {
      const was = updates[c.kind];
      if (!was || c.low > was.low) updates[c.kind] = { low: c.low, high: c.high };
    } else if (c.total === "account") accounts[c.kind] = addSpan(accounts[c.kind] ?? { low: 0, high: 0 }, c);
    else if (c.kind === "killed") t.killed = addSpan(t.killed, c);
    else if (c.kind === "wounded") t.wounded = addSpan(t.wounded, c);
    else t.either = addSpan(t.either, c);
  }
  t.killed = whole(t.killed, updates.killed, accounts.killed);
  t.wounded = whole(t.wounded, updates.wounded, accounts.wounded);
  // The wounded who died later are counted once, among the dead.
  if (movedWounded > 0 && t.wounded.low > 0) t.wounded = { low: Math.max(0, t.wounded.low - movedWounded), high: t.wounded.high === null ? null : Math.max(0, t.wounded.high - movedWounded) };
  t.either = whole(t.either, updates.either, accounts.either);
  return t;
}

/** A kind's count from its parts, its running total and another account of it. */
function whole(parts: Range, update: Range | undefined, account: Range | undefined): Range {
  const told = account ? bound(parts, account) : parts;
  return update && update.low >= told.low ? update : told;
}

export const stated = (r: Range) => r.low > 0 || r.high !== 0;
/**
 * The event's own count and the group's restatement: the own count is the low bound, the
 * larger claim the high one ("the group said it killed 20; the government said three died"),
 * and no low of its own where the own account counts only another kind.
 */
function merge(own: Range, claimed: Range, ownTold: boolean): Range {
  // "A Somali officer said one soldier was wounded. Al-Shabaab claimed to have killed five": where the event's own account
  // counts anyone, a kind only the group counts is bounded by it, not taken from it.
  if (!stated(own)) return ownTold && stated(claimed) ? { low: 0, high: claimed.high } : claimed;
  if (!stated(claimed)) return own;
  return { low: own.low, high: own.high === null || claimed.high === null ? null : Math.max(own.high, claimed.high) };
}

/** One range from two accounts of it: the lower low and the higher high, or the one account that gives it. */
function bound(a: Range, b: Range): Range {
  if (!stated(a)) return b;
  if (!stated(b)) return a;
  return { low: Math.min(a.low, b.low), high: a.high === null || b.high === null ? null : Math.max(a.high, b.high) };
}

export function combineAccounts(a: Casualties, b: Casualties): Casualties {
  const killed = bound(a.killed, b.killed);
  const wounded = bound(a.wounded, b.wounded);
  // Accounts of different things (one the dead, the other the wounded) add up.
  const disjoint = !(stated(a.killed) && stated(b.killed)) && !(stated(a.wounded) && stated(b.wounded));
  if (disjoint) return { killed, wounded, casualties: addSpan(a.casualties, b.casualties) };
  const both = bound(a.casualties, b.casualties);
  return { killed, wounded, casualties: { low: Math.max(both.low, killed.low + wounded.low), high: both.high } };
}

/** The event's ranges from the counts of its own account and of the group's restatement. */
export function resolve(main: readonly Count[], restated: readonly Count[], unknownFate: boolean): Casualties {
  // Nothing counted and nothing unknown: no one (what the rules below give, without the tallies).
  if (main.length === 0 && restated.length === 0 && !unknownFate) return { killed: { low: 0, high: 0 }, wounded: { low: 0, high: 0 }, casualties: { low: 0, high: 0 } };
  const a = tally(main);
  const b = tally(restated);
  let killed = a.killed;
  let wounded = a.wounded;
  let either = a.either;
  if (b.any) {
    const ownTold = stated(a.killed) || stated(a.wounded) || stated(a.either);
    killed = merge(killed, b.killed, ownTold);
    // Another's count of the wounded stands where the own account gave none (a group claims its kills, not its wounded).
    wounded = merge(wounded, b.wounded, false);
    // A restated "killed or wounded" adds no one the main account already counted.
    const mainTotal = killed.low + wounded.low + either.low;
    const extra = b.either.low > 0 ? Math.max(0, b.killed.low + b.wounded.low + b.either.low - mainTotal) : 0;
    either = { low: either.low + extra, high: b.either.high === null || either.high === null ? null : either.high + (b.either.high ?? 0) };
    if (b.either.low > 0) {
      killed = { low: killed.low, high: null };
      wounded = { low: wounded.low, high: null };
    }
  }
  if (either.low > 0 || either.high !== 0) {
    killed = { low: killed.low, high: null };
    wounded = { low: wounded.low, high: null };
  }
  if (unknownFate) {
    killed = { low: killed.low, high: null };
    wounded = { low: wounded.low, high: null };
  }
  const casualties: Range = {
    low: killed.low + wounded.low + either.low,
    high: killed.high === null || wounded.high === null ? (either.high !== null && either.low > 0 && killed.low + wounded.low === 0 ? either.high : null) : killed.high + wounded.high,
  };
  return { killed, wounded, casualties };
}

/** A record's coded dead in place of those its text tells; the wounded stay as told, the casualties their sum. */
export function withCodedKilled(told: Casualties, coded: Range | null): Casualties {
  if (!coded) return told;
  const wounded = told.wounded;
  return { killed: coded, wounded, casualties: { low: coded.low + wounded.low, high: coded.high === null || wounded.high === null ? null : coded.high + wounded.high } };
}
