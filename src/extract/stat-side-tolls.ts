// The dead of a period or a campaign told side by side, each count before who they were: "since
// May 23, 58 soldiers and policemen, 26 civilians and 191 militants had been killed"; "killed 87
// fighters in that month: 48 rebels, 25 SDF fighters and 14 Turkish soldiers"; "more than 320 SDF
// fighters and about 500 ISIS operatives have been killed since the offensive began". One event's
// dead ("the bomb killed 3 soldiers and 2 civilians") is no such toll: the sentence must count a
// span or several attacks, or its parts must add up to a total it states.
// Counts in words are digits by now (digitsForWords).

import type { BreakdownItem } from "../core/incident.ts";
import type { Metric } from "../core/vocabulary.ts";
import { toNumber } from "./stat-text.ts";
import { parseCardinal } from "./numbers.ts";
import { eachMatch } from "./matches.ts";
import { COUNT_RE } from "./stat-method-counts.ts";
import { PERSON_HEAD_RE } from "./stat-tolls.ts";
import { isNationals } from "./stat-colon-lists.ts";

export interface SideToll {
  metric: Metric;
  total: number | null;
  parts: BreakdownItem[];
}

/** What joins one side to the next, with the qualifier the next count may carry ("and about 600"). */
const JOINER_RE = /(?:\s*,\s*(?:and\s+|while\s+|together with\s+)?|\s+and\s+|\s+while\s+|\s*,?\s+together with\s+)(?:more than\s+|about\s+|some\s+|at least\s+|nearly\s+|over\s+|around\s+|almost\s+|approximately\s+)?$/i;
/** Where a side's name ends: a verb, a place or time, a clause. */
const LABEL_END_RE = /\s*[,;:.()[\]]|\s+(?:were|was|had|have|has|who|which|that|in|on|at|during|since|between|from|near|across|killed|dead|died|lost|while|together|among|including|most|mostly|when|after|before|by|according)\b/i;
/** What may stand between a count and its side: "were" ("954 were soldiers"). */
const LEAD_RE = /^\s+(of\s+(?:them|whom|those|the victims|the dead)\s+)?(?:(?:were|was)\s+)?(?:(from)\s+(?:the\s+)?)?/;
const KILLED_RE = /\b(?:killed|executed|dead|died|lost their lives|murder(?:ed|s)|killings|slain)\b/i;
const WOUNDED_RE = /\b(?:wounded|injured)\b/i;
const BOTH_RE = /\b(?:killed|dead) (?:and|or) (?:wounded|injured)\b|\b(?:wounded|injured) (?:and|or) killed\b|\bcasualties\b/i;
/** The sentence counts a span or several attacks, not one event. */
const SPAN_RE = /\bsince\b|\b(?:a\s+|in\s+)?total\b|\bin all\b|\bthe attacks\b|\bthese attacks\b|\b(?:that|the|this) (?:month|week|year|period|campaign|offensive)\b|\bduring (?:the|that|this) (?:month|week|year|period|campaign|offensive|fighting|battle)\b|\bbetween\b[^.;]{1,40}\band\b|\brunning (?:count|toll|tally)\b|\b(?:final|overall|cumulative) (?:toll|count|tally)\b|^\s*(?:Of|Among) (?:them|these|those|the \d)/i;
/** "a total of 499", "499 in all": the sum stated after the parts. */
const TOTAL_AFTER_RE = /^[^.;]{0,40}?\b(?:a total of|totall?ing|in all,?|altogether)\s+(\d[\d,]*)|^[^.;]{0,40}?,\s*(\d[\d,]*)\s+in (?:all|total)\b/i;

const OTHER_NATIONALITY_RE = /^(?:of\s+)?(?:an)?other nationalit(?:y|ies)$/i;

/** Who a side's count counts ("soldiers of the Syrian army and members of pro-regime militias"), or null. */
function sideLabel(phrase: string, body: boolean): string | null {
  const label = phrase.trim().replace(/^(?:the|other)\s+/i, "");
  const words = label.split(/\s+/);
  if (!label || words.length > 10 || /\d/.test(label)) return null;
  // "140 from the Iraqi army, 96 from the Federal Police": the bodies they came from, by name.
  if (body) return (/^[A-Z]/.test(label) || PERSON_HEAD_RE.test(label)) && words.length <= 5 ? label : null;
  // "17 of them Iraqis and seven Syrians", "one was of another nationality".
  if (isNationals(label)) return label;
  if (OTHER_NATIONALITY_RE.test(label)) return "other nationality";
  // The people it names, by the noun that ends it or the one before "of" ("rebels of the Sahwat").
  const head = label.split(/\s+of\s+/, 1)[0]!;
  return PERSON_HEAD_RE.test(label) || PERSON_HEAD_RE.test(head) || /\bmembers\b/i.test(head) ? label : null;
}

interface Side {
  value: number;
  label: string;
  start: number;
  end: number;
}

/** The side tolls a sentence states. */
export function sideTolls(sentence: string): SideToll[] {
  if (!KILLED_RE.test(sentence) && !WOUNDED_RE.test(sentence)) return [];
  // Parentheses say more about a side ("374 ISIS operatives (attackers and prisoners)"): blanked, lengths kept.
  // A comma inside closing quotes ('the "Sahwat," 25 ...') is the list's: moved after them.
  const text = sentence.replace(/\([^()]*\)/g, (m) => " ".repeat(m.length)).replace(/,(["”])/g, "$1,");
  const counts = [...eachMatch(COUNT_RE, text)].map((m) => ({ value: parseCardinal(m[1]!) ?? 0, start: m.index, end: m.index + m[0].length }));
  if (counts.length < 2) return [];
  const out: SideToll[] = [];
  let run: Side[] = [];
  const close = (): void => {
    const toll = run.length >= 2 ? tollOf(run, text, counts) : null;
    if (toll) out.push(toll);
    run = [];
  };
  for (let i = 0; i < counts.length; i++) {
    const c = counts[i]!;
    const lead = LEAD_RE.exec(text.slice(c.end));
    const from = c.end + (lead?.[0].length ?? 0);
    const rest = text.slice(from, counts[i + 1]?.start ?? text.length);
    const joiner = i + 1 < counts.length ? JOINER_RE.exec(rest) : null;
    const body = joiner ? rest.slice(0, joiner.index) : rest;
    const end = LABEL_END_RE.exec(body)?.index ?? body.length;
    const label = lead ? sideLabel(body.slice(0, end), lead[2] !== undefined) : null;
    if (label === null) {
      close();
      continue;
    }
    // The next count continues the list when only a joiner (and a clause of at most a few words) stands between.
    const between = body.slice(end);
    const joined = joiner !== null && between.length <= 60 && !/[;:.]/.test(between);
    // "24 residents ... have been murdered since ..., 17 of them Iraqis": the sides begin at "of them".
    if (lead![1] !== undefined) run = [];
    run.push({ value: c.value, label, start: c.start, end: from + end });
    if (!joined) close();
  }
  close();
  return out;
}

function tollOf(run: readonly Side[], text: string, counts: readonly { value: number; start: number; end: number }[]): SideToll | null {
  const first = run[0]!;
  const last = run[run.length - 1]!;
  const sum = run.reduce((a, s) => a + s.value, 0);
  // The total they add up to: stated after them ("a total of 499"), else a count before them in the sentence.
  const after = TOTAL_AFTER_RE.exec(text.slice(last.end));
  const total = after ? (toNumber((after[1] ?? after[2])!) === sum ? sum : null) : counts.some((c) => c.end <= first.start && c.value === sum) ? sum : null;
  if (total === null && !SPAN_RE.test(text)) return null;
  // The verb after the sides in their clause ("... were killed"), else the one before them ("have killed 161 soldiers").
  const tail = text.slice(last.end, last.end + 40).split(/[;:.]/, 1)[0]!;
  const head = text.slice(Math.max(0, first.start - 80), first.start).split(/[;.]/).pop()!;
  const said = KILLED_RE.test(tail) || WOUNDED_RE.test(tail) ? tail : head;
  if (!KILLED_RE.test(said) && !WOUNDED_RE.test(said)) return null;
  // "had been killed or wounded ...: 140 from the army, ...": both.
  const metric: Metric = BOTH_RE.test(said) ? "casualties" : KILLED_RE.test(said) ? "killed" : "wounded";
  return { metric, total, parts: run.map(({ label, value }) => ({ label, value })) };
}
