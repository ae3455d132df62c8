// sum_mismatch: a published breakdown whose parts do not add up to the total stated with it.

import type { AuditFinding, Statistic } from "../core/incident.ts";
import { splitSentences } from "../extract/text.ts";
import { numberPattern, type AuditContext } from "./context.ts";

// A list that says it is partial is not expected to add up.
const PARTIAL_RE = /\b(?:including|such as|among them|among others|among which|e\.g\.|for example|at least|mainly|notably)\b/i;

const UNCOUNTED_OTHER_RE = /\b(?:and|;)\s*["“]?others?\b[^()\d;]*(?:[;.]|$)/i;

/** True when some of the values (a level of a nested breakdown) add up to the total exactly. */
function someSubsetSums(values: readonly number[], total: number): boolean {
  if (total > 1_000_000) return values.reduce((a, b) => a + b, 0) === total;
  const reach = new Uint8Array(total + 1);
  reach[0] = 1;
  for (const v of values) {
    if (v <= 0) continue;
    for (let s = total; s >= v; s--) if (reach[s - v]) reach[s] = 1;
  }
  return reach[total] === 1;
}

/** The sentences of the statistic's paragraph that print the breakdown (plus the total's sentence just before them). */
function breakdownQuote(st: Statistic): { quote: string; sentences: string } {
  const sentences = splitSentences(st.quote);
  const has = (text: string, n: number) => new RegExp(`\\(${numberPattern(n)}(?![\\d,])`).test(text);
  const idx = sentences.map((s, k) => (st.breakdown.some((b) => has(s.text, b.value)) ? k : -1)).filter((k) => k >= 0);
  if (idx.length === 0) return { quote: st.quote, sentences: st.quote };
  let first = idx[0]!;
  const last = idx[idx.length - 1]!;
  const prev = sentences[first - 1];
  if (st.total !== null && prev && new RegExp(`(?<![\\d,])${numberPattern(st.total)}(?![\\d,])`).test(prev.text) && !sentences[first]!.text.includes(String(st.total))) first--;
  // A paragraph's own numbering ("2.1 According to ...") is layout, not part of the quote.
  const quote = st.quote.slice(sentences[first]!.start, sentences[last]!.end).trim().replace(/^\d+(?:\.\d+)+\s+/, "");
  return { quote, sentences: quote };
}

const MONTH = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
// Numbers that are not counts: dates ("March 6, 2019", "6 March", "2019-03-06"), years, times,
// percentages and ordinals.
const NOT_COUNT_RE = new RegExp(
  [
    `\\b${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?(?:\\s*[-–]\\s*\\d{1,2})?(?:,?\\s+\\d{4})?`,
    `\\b\\d{1,2}(?:st|nd|rd|th)?(?:\\s*[-–]\\s*\\d{1,2})?\\s+${MONTH}(?:,?\\s+\\d{4})?`,
    "\\b\\d{4}-\\d{2}-\\d{2}\\b",
    "\\b(?:1[89]|20)\\d{2}\\b",
    "\\b\\d{1,2}:\\d{2}\\b",
    "\\d+(?:\\.\\d+)?\\s*(?:%|per ?cent\\b)",
    "\\b\\d+(?:st|nd|rd|th)\\b",
  ].join("|"),
  "gi",
);

/** Counts printed in the quote that are neither the total, the previous period's, nor a part of the breakdown. */
export function unreadCounts(quote: string, st: Statistic): number[] {
  const known = new Set([st.total, st.previous_period_total, ...st.breakdown.map((b) => b.value)]);
  const text = quote.replace(NOT_COUNT_RE, " ");
  return [...text.matchAll(/(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d+)(?![\w.,]\d)/g)].map((m) => Number(m[1]!.replace(/,/g, ""))).filter((n) => !known.has(n));
}

export function checkSums(ctx: AuditContext): AuditFinding[] {
  const out: AuditFinding[] = [];
  const seen = new Set<string>();
  for (const st of ctx.extraction.statistics) {
    if (st.total === null || st.breakdown.length < 2) continue;
    const values = st.breakdown.map((b) => b.value);
    const sum = values.reduce((a, b) => a + b, 0);
    if (sum === st.total || someSubsetSums(values, st.total)) continue;
    const { quote } = breakdownQuote(st);
    // A partial list, or one with an "other ..." item that prints no number, is not expected to add up.
    if (PARTIAL_RE.test(quote) || UNCOUNTED_OTHER_RE.test(quote)) continue;
    // A count printed in the list that the breakdown lacks ("... 12 in Gedo and 10 in Kenya" read
    // without Kenya): the list was not read whole, so its sum proves nothing.
    if (unreadCounts(quote, st).length > 0) continue;
    const key = `${st.quote_start}:${quote}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const parts = st.breakdown.map((b) => `${b.label} ${b.value}`).join(" + ");
    const diff = st.total - sum;
    const subject = st.subject.replace(/\s*\(.*\)$/, "");
    out.push({
      kind: "sum_mismatch",
      message:
        `${subject}: ${parts} = ${sum}, not the ${st.total} stated as the total ` +
        (diff > 0 ? `(${diff} unaccounted for).` : `(${-diff} more than the total).`),
      quote,
    });
  }
  return out;
}
