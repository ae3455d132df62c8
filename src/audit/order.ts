// order: a ranking ("X (485), followed by Y (252); Z (94) ...") that its own numbers contradict.

import type { AuditFinding } from "../core/incident.ts";
import { splitSentences } from "../extract/text.ts";
import { parseNumber, type AuditContext } from "./context.ts";

interface Item {
  label: string;
  value: number;
}

// "(252)", "(485 attacks)": a parenthesis holding one count and at most one word.
const ITEM_RE = /\((\d{1,3}(?:,\d{3})+|\d+)(?:\s+[a-z]+)?\)/g;

function labelOf(segment: string): string {
  const s = segment
    .replace(/^[\s,;:]+/, "")
    .replace(/^(?:and|or|then)\s+/i, "")
    .replace(/^.*\bfollowed by\s+/i, "")
    .replace(/^(?:the\s+)?(?:activation of\s+)/i, "")
    .trim();
  const words = s.split(/\s+/);
  return words.slice(-4).join(" ").replace(/^(?:the|of|by|was|were|is)\s+/i, "");
}

/** The items of the ranking in a sentence that uses "followed by", from the item before it on. */
export function rankingItems(sentence: string): Item[] | null {
  const fb = /\bfollowed by\b/i.exec(sentence);
  if (!fb) return null;
  const items: (Item & { at: number; other: boolean })[] = [];
  let prevEnd = 0;
  for (const m of sentence.matchAll(ITEM_RE)) {
    const segment = sentence.slice(prevEnd, m.index);
    items.push({ label: labelOf(segment), value: parseNumber(m[1]!), at: m.index, other: /\bother\b/i.test(segment) });
    prevEnd = m.index + m[0].length;
  }
  const firstAfter = items.findIndex((it) => it.at > fb.index);
  if (firstAfter < 0) return null;
  const from = Math.max(0, firstAfter - 1);
  // Items must follow one another as a list: nothing but a short label between them.
  const ranked = items.slice(from).filter((it) => !it.other);
  return ranked.length >= 3 ? ranked.map(({ label, value }) => ({ label, value })) : null;
}

export function checkOrder(ctx: AuditContext): AuditFinding[] {
  const out: AuditFinding[] = [];
  for (const b of ctx.blocks) {
    if (b.kind !== "paragraph") continue;
    for (const s of splitSentences(b.quote)) {
      const items = rankingItems(s.text);
      if (!items) continue;
      const wrong: string[] = [];
      items.forEach((it, k) => {
        const beaten = items.slice(0, k).filter((p) => p.value < it.value);
        if (beaten.length) wrong.push(`${it.label} (${it.value}) outnumbers ${beaten.map((p) => `${p.label} (${p.value})`).join(" and ")} ranked before it`);
      });
      if (!wrong.length) continue;
      const list = items.map((it) => `${it.label} (${it.value})`).join(", ");
      const sorted = [...items].sort((x, y) => y.value - x.value).map((it) => `${it.label} ${it.value}`).join(", ");
      out.push({
        kind: "order",
        message: `The text ranks ${list} with "followed by", but ${wrong.join("; ")}. By its own numbers the order is ${sorted}.`,
        quote: s.text.trim(),
      });
    }
  }
  return out;
}
