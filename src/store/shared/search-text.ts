// Words for the full-text index and queries, folded the same way for both engines:
// lower case, diacritics removed, split at anything that is not a letter or digit.

import type { Incident } from "../../core/incident.ts";

export function foldWords(text: string): string[] {
  return text
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

/** The tokens of a user's search: every word must occur (as a word prefix). */
export function searchTokens(query: string): string[] {
  return [...new Set(foldWords(query))].slice(0, 16);
}

export interface SearchFields {
  quotes: string;
  places: string;
  targets: string;
}

/** What the index holds for an incident: all its quotes, its places and its target. */
export function searchFields(incident: Incident, quotes: readonly string[]): SearchFields {
  const places = [incident.location, incident.admin1, incident.offset?.anchor ?? ""].filter((s) => s.length > 0);
  return { quotes: [...new Set(quotes)].join("\n"), places: places.join("\n"), targets: incident.target };
}
