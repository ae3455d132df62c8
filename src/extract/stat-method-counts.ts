// A total broken down by how the attacks were made, told as counts before their kinds: "there were
// 33 IED attacks, 29 clashes, 14 sniper attacks and 11 suicide bombings"; "of which 26 were IED
// attacks, 14 sniper attacks ... and 7 assassinations"; or the dead by what killed them: "213
// soldiers killed, 96 of them by suicide bombings, 71 by IEDs and 46 by sniper fire".
// Counts in words are digits by now (digitsForWords).

import type { Metric } from "../core/vocabulary.ts";
import { statLabel } from "./stat-labels.ts";
import { NUMBER_WORD_PATTERN, parseCardinal } from "./numbers.ts";
import { toNumber } from "./stat-text.ts";
import { eachMatch } from "./matches.ts";

export interface MethodCounts {
  metric: Metric;
  /** The count the parts add up to, when the sentence states it just before them. */
  total: number | null;
  items: { label: string; value: number }[];
}

/** A count in digits or words, not part of a date, a decimal or a range. */
export const COUNT_RE = new RegExp(`(?<![\\w,.\\-–])(\\d{1,3}(?:,\\d{3})+|\\d+|${NUMBER_WORD_PATTERN})(?![\\w,.\\-–%]|\\s*(?:km|kilomet|percent|per cent|miles|years?|days?|weeks?|months?)\\b)`, "gi");
/** What joins one part to the next: a comma, "and", or both. */
const JOINER_RE = /\s*(?:,\s*(?:and\s+)?|\s+and\s+)$/;
/** What may stand between a part's count and its kind: "of them", "were", and the means ("by", "in", "with"). */
const LEAD_RE = /^\s*(of\s+(?:them|these|those|which)\s+)?(?:(?:were|was)\s+)?(?:(by|in|with|through|using|from)\s+(?:the\s+)?)?/i;
/** Marks no kind's name holds: a part before them is the run's last. */
const PUNCT_RE = /[;:.()[\]]/;
/** Where the last part's kind ends. */
const LAST_END_RE = /\s*[,;:.()[\]]|\s+(?:in|during|since|between|from|across|near|that|which|who|while|as|according)\s/i;
/** The dead or wounded a part's means split: "213 soldiers killed, 96 of them by ...", "3 injured (1 by gunfire, 2 by burns)". */
const TOLL_BEFORE_RE = /\b(killed|dead|wounded|injured|casualties)\b[^,;()]{0,40}?[,(]\s*$/i;

interface Part {
  value: number;
  label: string;
  /** The part names a means ("by suicide bombings"), so it counts victims, not attacks. */
  means: boolean;
  start: number;
}

/** The kind a part names, when it is a method of attack ("IED attacks", "rocket and mortar fire"). */
function methodLabel(phrase: string): string | null {
  const text = phrase.trim();
  // "raids on army bases and positions", "shooting attacks on soldiers": the kind, then whom it hit (kept when short).
  const kind = text.split(/\s+(?:on|against|targeting)\s+/, 1)[0]!;
  if (!kind || kind.split(/\s+/).length > 6) return null;
  const label = statLabel(kind);
  if (!label.named || label.dimension !== "method") return null;
  return kind === text ? label.label : text.split(/\s+/).length <= 8 ? text : kind;
}

/** The method breakdowns a sentence states (at most one per run of parts). */
export function methodCounts(sentence: string): MethodCounts[] {
  const counts = [...eachMatch(COUNT_RE, sentence)].map((m) => ({ value: parseCardinal(m[1]!) ?? 0, start: m.index, end: m.index + m[0].length }));
  if (counts.length < 2) return [];
  const out: MethodCounts[] = [];
  let run: Part[] = [];
  const close = (): void => {
    const found = methodsOf(run, sentence, counts);
    if (found) out.push(found);
    run = [];
  };
  for (let i = 0; i < counts.length; i++) {
    const c = counts[i]!;
    const next = counts[i + 1];
    const after = sentence.slice(c.end, next ? next.start : sentence.length);
    const lead = LEAD_RE.exec(after)!;
    const rest = after.slice(lead[0].length);
    // A part joined to the next count ("33 IED attacks, 29 ...") ends at the joiner; the run's last at its clause's end.
    let joiner = next ? JOINER_RE.exec(rest) : null;
    if (joiner && PUNCT_RE.test(rest.slice(0, joiner.index))) joiner = null;
    const end = joiner ? joiner.index : (LAST_END_RE.exec(rest)?.index ?? rest.length);
    const label = /^\s/.test(after) ? methodLabel(rest.slice(0, end)) : null;
    if (label === null) {
      close();
      continue;
    }
    // "40 suicide attacks ..., 31 of them with car bombs": the parts begin at "of them"; the count before is their total.
    if (lead[1] !== undefined) run = [];
    run.push({ value: c.value, label, means: lead[2] !== undefined, start: c.start });
    if (!joiner) close();
  }
  close();
  return out;
}

/** A run of parts as a breakdown: three parts or more, or two that add up to the count just before them. */
function methodsOf(run: readonly Part[], sentence: string, counts: readonly { value: number; start: number; end: number }[]): MethodCounts | null {
  if (run.length < 2) return null;
  const first = run[0]!;
  const sum = run.reduce((a, p) => a + p.value, 0);
  const before = counts.filter((c) => c.end <= first.start).pop();
  const total = before && before.value === sum ? sum : null;
  if (run.length < 3 && total === null) return null;
  // Parts by means count what the total before them counts: "213 soldiers killed, 96 of them by ...".
  const toll = run.some((p) => p.means) ? TOLL_BEFORE_RE.exec(sentence.slice(before?.end ?? 0, first.start)) : null;
  const metric: Metric = toll === null ? "attacks" : /wounded|injured/i.test(toll[1]!) ? "wounded" : /casualties/i.test(toll[1]!) ? "casualties" : "killed";
  return { metric, total, items: run.map(({ label, value }) => ({ label, value })) };
}

/** A sentence that breaks attacks down by method, and the list after its colon. */
const METHOD_LIST_RE = /\b(?:methods?|types? of (?:attacks?|operations?)|tactics?|modus operandi)\b[^.:;]{0,60}?:\s*(.+?)\.?\s*$/i;
const METHOD_ITEM_RE = new RegExp(`^((?:\\d[\\d,]*|${NUMBER_WORD_PATTERN}))\\s+([A-Za-z][\\w' -]{1,40})$`, "i");

/** "The methods were broken down as follows: 21 IEDs, 18 armed attacks, eight assassinations and five sniper attacks". */
export function methodList(sentence: string): { label: string; value: number }[] {
  const m = METHOD_LIST_RE.exec(sentence);
  if (!m) return [];
  const out: { label: string; value: number }[] = [];
  for (const part of m[1]!.split(/\s*,\s*(?:and\s+)?|\s+and\s+/)) {
    const item = METHOD_ITEM_RE.exec(part.trim());
    const value = item ? (/^\d/.test(item[1]!) ? toNumber(item[1]!) : parseCardinal(item[1]!)) : null;
    if (!item || value === null) return [];
    out.push({ label: item[2]!.trim(), value });
  }
  return out;
}
