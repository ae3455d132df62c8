// contradiction: the same region called "the eastern part of X" in one place and "the western part of X" in another.

import type { AuditFinding } from "../core/incident.ts";
import type { AuditContext } from "./context.ts";

const PART_RE = /((?:\S+\s+){3})in the (eastern|western|northern|southern) part of ((?:the )?(?:provinces?|governorates?|regions?|states?|districts?) of [\p{Lu}][\p{L}'’ -]*?)(?=\s*[(;,.]|$)/gu;
const OPPOSITE: Record<string, string> = { eastern: "western", western: "eastern", northern: "southern", southern: "northern" };

interface Part {
  key: string;
  direction: string;
  clause: string;
  phrase: string;
}

/** The clause around a match: from the previous ";" or sentence start to the next ";" or sentence end. */
function clauseAround(text: string, start: number, end: number): string {
  let a = start;
  while (a > 0 && !/[;:]/.test(text[a - 1]!) && !/[.!?]\s$/.test(text.slice(Math.max(0, a - 2), a))) a--;
  let depth = 0;
  let z = end;
  for (; z < text.length; z++) {
    const ch = text[z]!;
    if (ch === "(") depth++;
    else if (ch === ")") depth--;
    else if (depth <= 0 && (ch === ";" || (ch === "." && /\s|$/.test(text[z + 1] ?? " ")))) break;
  }
  return text.slice(a, z).trim();
}

export function checkDirections(ctx: AuditContext): AuditFinding[] {
  const parts: Part[] = [];
  for (const b of ctx.blocks) {
    if (b.kind !== "paragraph" && b.kind !== "footnote") continue;
    for (const m of b.quote.matchAll(PART_RE)) {
      const subject = m[1]!.trim().toLowerCase().split(/\s+/).slice(-3).join(" ");
      const start = m.index + m[1]!.length;
      parts.push({
        key: `${subject}|${m[3]!.toLowerCase()}`,
        direction: m[2]!.toLowerCase(),
        clause: clauseAround(b.quote, m.index, start + m[0].length - m[1]!.length),
        phrase: `${subject} in the ${m[2]!} part of ${m[3]!}`,
      });
    }
  }
  const out: AuditFinding[] = [];
  const done = new Set<string>();
  for (let j = 0; j < parts.length; j++) {
    for (let i = 0; i < j; i++) {
      const a = parts[i]!, b = parts[j]!;
      if (a.key !== b.key || OPPOSITE[a.direction] !== b.direction || done.has(a.key)) continue;
      done.add(a.key);
      out.push({
        kind: "contradiction",
        message: `The same region is called "${a.phrase}" in one place but "${b.phrase}" in another: the ${a.direction} and ${b.direction} parts cannot both be right.`,
        quote: `${a.clause.replace(/^(?:they are |it is )?followed by /i, "")} … ${b.clause.replace(/^(?:they are |it is )?followed by /i, "")}`,
      });
    }
  }
  return out;
}
