// A coded record's source field: "Sources: Lusa (13 Jan); Pinnacle News (WhatsApp bulletin, 4 Jan)."
// at the end of an event's entry, each outlet dated in its own brackets, sometimes with the body
// it relayed ("PRM press briefing (25 Jan), reported by Noticias"; "O Pais (3 Mar), citing the
// Ministry of Defence").

import type { SourceRef } from "../core/incident.ts";
import { findDates, type DateContext } from "./dates.ts";
import { knownSpelling } from "./known-sources.ts";

export interface FieldCitation {
  sources: SourceRef[];
  start: number;
  end: number;
}

const FIELD_RE = /\bSources?:\s+/g;
/** One outlet of the field: its name, its brackets, then who relayed it or whom it cited. */
const PART_RE = /^((?:(?:al|el|an|ad|ar|as|at|az)-)?[A-Z\u00C0-\u00DE@][^()]{0,60}?)\s*\(([^()]{1,60})\)(?:,?\s*(?:reported by|relayed by|quoted by|via|citing)\s+(?:the\s+)?([A-Z\u00C0-\u00DE][^()]{1,60}?))?$/;
/** What kind of item the outlet published: not part of its name. */
const KIND_RE = /\s+(?:weekly|daily|bulletin|newsletter|press (?:briefing|release|conference)|briefing|statement|communiqu[eé]|report|update|post|broadcast)$/i;

/** The field that ends `text`, when every part of it is an outlet with its brackets; null otherwise. */
export function sourcesField(text: string, ctx: DateContext): FieldCitation | null {
  if (!text.includes("ource")) return null;
  let last: RegExpExecArray | null = null;
  FIELD_RE.lastIndex = 0;
  for (let m = FIELD_RE.exec(text); m; m = FIELD_RE.exec(text)) last = m;
  if (!last) return null;
  const from = last.index + last[0].length;
  const body = text.slice(from).replace(/\.?\s*$/, "");
  const sources: SourceRef[] = [];
  for (const part of body.split(/\s*;\s*/)) {
    const m = PART_RE.exec(part.trim());
    if (!m) return null;
    const dates = findDates(m[2]!, ctx).filter((d) => d.precision === 1);
    const name = m[1]!.replace(KIND_RE, "").trim();
    // "al-Naba'": the outlet as the project spells it.
    sources.push({ name: knownSpelling(name) ?? name, date: dates[dates.length - 1]?.date ?? null });
    if (m[3]) sources.push({ name: m[3].trim(), date: null });
  }
  return sources.length > 0 ? { sources, start: last.index, end: text.length } : null;
}
