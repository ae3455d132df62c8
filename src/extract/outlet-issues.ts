// A digest of a group's own newsletter ("AL-NABA' MONITOR - MONTHLY DIGEST"): each issue's heading
// ("ISSUE 241 - Thursday 11 Dhu al-Qa'dah 1441 (2 July 2020)") opens that issue's claims, which the
// outlet, dated that day, sources, whatever the analyst adds from other sources.

import type { SourceRef } from "../core/incident.ts";
import { findGroup } from "./attribution-actors.ts";
import { findDates, type DateContext } from "./dates.ts";
import type { SectionNote } from "./incident-builder.ts";

/** The groups' outlets a title may name, as sources name them. */
const OUTLETS: readonly (readonly [RegExp, string])[] = [
  [/\b(?:al-)?Naba(?:['’]|\b)/i, "Al-Naba'"],
  [/\bAmaq\b/i, "Amaq"],
  [/\bNashir\b/i, "Nashir"],
  [/\baz-Zallaqa\b/i, "az-Zallaqa"],
  [/\bRadio Andalus\b/i, "Radio Andalus"],
  [/\bShahada News\b/i, "Shahada News"],
];

/** The group outlet a document's title names, or null. */
export function outletOfTitle(title: string): string | null {
  for (const [re, name] of OUTLETS) if (re.test(title)) return name;
  return null;
}

const ISSUE_HEADING_RE = /^\s*(?:ISSUE|Issue|No\.|Number|#)\s*\d{1,4}\b/;

/** The note an issue's heading sets in a digest of `outlet`, or null for any other heading. */
export function issueNote(heading: string, outlet: string, ctx: DateContext): SectionNote | null {
  if (!ISSUE_HEADING_RE.test(heading)) return null;
  const day = findDates(heading, ctx).filter((d) => d.precision === 1).at(-1)?.date ?? null;
  const source: SourceRef = { name: outlet, date: day };
  const group = findGroup(outlet);
  return { claimed: true, sources: [source], ...(group !== null ? { group } : {}) };
}
