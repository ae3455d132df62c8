// contradiction: a caption or heading that labels a place's data with a year the text's own data do not have
// ("Types of attacks in Iraq in 2021" over a paragraph summing up Iraq in 2020).

import type { AuditFinding } from "../core/incident.ts";
import type { AuditContext } from "./context.ts";

const PLACE_YEAR_RE = /\bin ((?:the )?\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,3}) in ((?:19|20)\d{2})\b/gu;
const DATA_WORD_RE = /\b(?:summary|summing|types?|breakdown|number|attacks|casualties|activity|statistics|infographic|figures|operations)\b/i;

interface Mention {
  place: string;
  year: string;
  text: string;
}

function mentions(text: string): Mention[] {
  return [...text.matchAll(PLACE_YEAR_RE)].map((m) => ({ place: m[1]!.replace(/^the /, "").toLowerCase(), year: m[2]!, text: m[0] }));
}

export function checkCaptionYears(ctx: AuditContext): AuditFinding[] {
  // What the paragraphs say: place -> years they give data for, and an example phrase.
  const evidence = new Map<string, Map<string, string>>();
  for (const b of ctx.blocks) {
    if (b.kind !== "paragraph" && b.kind !== "footnote") continue;
    for (const m of mentions(b.quote)) {
      const years = evidence.get(m.place) ?? new Map<string, string>();
      if (!years.has(m.year)) years.set(m.year, m.text);
      evidence.set(m.place, years);
    }
  }
  const out: AuditFinding[] = [];
  for (const b of ctx.blocks) {
    if (b.kind !== "caption" && b.kind !== "heading") continue;
    if (!DATA_WORD_RE.test(b.quote)) continue;
    for (const m of mentions(b.quote)) {
      const years = evidence.get(m.place);
      if (!years || years.has(m.year)) continue;
      const [dataYear, phrase] = [...years.entries()][0]!;
      if (years.size !== 1) continue;
      const label = b.kind === "caption" ? "Image caption" : "Caption";
      out.push({
        kind: "contradiction",
        message: `${label} "${b.quote}" says ${m.year}, but the data it labels are for ${dataYear}: the text gives them as "${phrase}".`,
        quote: b.quote,
      });
      break;
    }
  }
  return out;
}
