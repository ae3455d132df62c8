// Which metric a figure counts: the nearest metric word ("attacks", "casualties", "killed and
// wounded", "fatalities", "wounded") before the figure in its sentence, else after it.

import type { Metric } from "../core/vocabulary.ts";
import { METRIC_WORDS } from "./stat-patterns.ts";

/** The same words, for a first match only (no `lastIndex` to reset). */
const METRIC_WORDS_FIRST: [RegExp, Metric][] = METRIC_WORDS.map(([re, metric]) => [new RegExp(re.source, "i"), metric]);

/** The metric of the first metric word in `text` (rules in order), or null. */
export function firstMetric(text: string): Metric | null {
  for (const [re, metric] of METRIC_WORDS_FIRST) if (re.test(text)) return metric;
  return null;
}

/** Metric words of one sentence in order of the rules, overlaps dropped; they do not depend on the index asked about. */
interface MetricWords {
  sentence: string;
  blanked: string;
  words: { i: number; m: Metric }[];
}

let lastMetricWords: MetricWords | null = null;

function metricWords(raw: string): MetricWords {
  // The items of one sentence all ask about the same sentence: keep the last one read.
  if (lastMetricWords && lastMetricWords.sentence === raw) return lastMetricWords;
  // Words inside other parentheses ("(407 soldiers, most of whom killed ...)") describe that item only.
  const blanked = raw.includes("(") ? raw.replace(/\([^()]*\)/g, (m) => " ".repeat(m.length)) : raw;
  const words: { i: number; m: Metric }[] = [];
  const taken: [number, number][] = [];
  for (const [re, metric] of METRIC_WORDS) {
    re.lastIndex = 0;
    for (let m = re.exec(blanked); m; m = re.exec(blanked)) {
      const at = m.index;
      if (taken.some(([a, b]) => at >= a && at < b)) continue;
      taken.push([at, at + m[0].length]);
      words.push({ i: at, m: metric });
    }
  }
  lastMetricWords = { sentence: raw, blanked, words };
  return lastMetricWords;
}

/** The metric of the metric word that comes first in `text` ("persons were killed in attacks": killed), or null. */
export function earliestMetric(text: string): Metric | null {
  let first: { i: number; m: Metric } | null = null;
  for (const w of metricWords(text).words) if (!first || w.i < first.i) first = w;
  return first?.m ?? null;
}

/** The metric of the nearest metric word before `index` in the sentence, else after it. */
export function metricAt(raw: string, index: number, fallback: Metric | null): Metric | null {
  const { blanked: sentence, words } = metricWords(raw);
  let before: { i: number; m: Metric } | null = null;
  let after: { i: number; m: Metric } | null = null;
  for (const w of words) {
    if (w.i < index && (!before || w.i > before.i)) before = w;
    if (w.i > index && (!after || w.i < after.i)) after = w;
  }
  // "casualties in ISIS's attacks": an "attacks" that only qualifies a casualty word counts as casualties.
  // "131 people were killed in these operations: Syria (61), ...": likewise the killed, and the wounded.
  if (before?.m === "attacks") {
    const qualified = /\b(casualt(?:y|ies)|killed (?:and|or) wounded|wounded (?:and|or) killed|killed|dead|wounded|injured)\b[^.()]{0,20}\b(?:in|of|from|during)\b[^.()]{0,15}$/i.exec(sentence.slice(0, before.i));
    if (qualified) return /^(?:killed|dead)$/i.test(qualified[1]!) ? "killed" : /^(?:wounded|injured)$/i.test(qualified[1]!) ? "wounded" : "casualties";
  }
  return before?.m ?? fallback ?? after?.m ?? null;
}

/** Operations counted by the state's side: "intelligence-based operations", "search operations". */
const FORCES_OPERATION_RE = /\b(?:intelligence[- ]based|counter[- ]?terror(?:ism|ist)?|counter[- ]?insurgency|search|clearance|cordon(?:[- ]and[- ]search)?|combing|sweep|mop[- ]up|military|army|police|joint)\s+operations\b|\bIBOs\b/i;
/** A clause whose subject is the state's forces ("the CTD said it had carried out ..."). */
const GROUP_OUTLET_RE = /\b(?:Al-Naba|Naba|Amaq|ISIS|Islamic State|the group's|its weekly)\b/i;
const FORCES_SUBJECT_RE = /\b(?:CTD|ISPR|police|army|troops|security forces|armed forces|military|soldiers|counter[- ]terrorism department|authorities|ministry|government)\b/i;
const INSURGENT_RE = /\b(?:ISIS|ISIL|IS|Islamic State|Daesh|al-Naba'?|Amaq|Shabaab|ISWAP|JNIM|TTP|the group|jihadists?|insurgents?|militants?|wilayat?h?)\b/i;
/** Incidents that befall aid work rather than attacks: "14 incidents affecting their staff", "access incidents". */
const AID_INCIDENT_RE = /\b(?:access|humanitarian|protection|traffic|road)\s+incidents\b|^\s*(?:affecting|involving|against)\s+(?:their|its|humanitarian|aid|NGO|UN)\b/i;

/**
 * Counts that are no attacks although their noun is one of the attack words: operations by
 * security forces ("the CTD carried out 412 intelligence-based operations", raids and arrests,
 * which no metric of the contract counts) and incidents befalling aid workers. `clause` runs from
 * the sentence's start to the count, `counted` is the matched phrase with its noun, `after` what follows.
 */
export function notAttacks(clause: string, counted: string, after: string): boolean {
  if (/\bincidents\b/i.test(counted)) return AID_INCIDENT_RE.test(counted) || AID_INCIDENT_RE.test(after.slice(0, 60));
  if (!/\boperations\b|\bIBOs\b/i.test(counted)) return false;
  // "Issue 59 of Al-Naba' ... reported 112 military operations": the group's word for its own attacks.
  if (FORCES_OPERATION_RE.test(counted)) return !GROUP_OUTLET_RE.test(clause);
  const subject = clause.split(/[;:]/).pop() ?? "";
  return FORCES_SUBJECT_RE.test(subject) && !INSURGENT_RE.test(subject);
}
