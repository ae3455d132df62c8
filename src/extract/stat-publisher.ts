// Who published a figure when the paragraph names the outlet rather than citing it.

import { findDates, type DateContext } from "./dates.ts";

// Outlets that publish the figures, named in the prose rather than cited ("ISIS's weekly al-Naba'
// newsletter, published on October 6, credited ...").
const PUBLISHER_RES: [RegExp, string][] = [
  [/\bal[- ]Naba'?(?![\w])/i, "Al-Naba'"],
  [/\bA'?maq\b/i, "Amaq"],
  [/\bNashir\b/i, "Nashir"],
  [/\bDefen[cs]e Headquarters\b/i, "Defence Headquarters"],
];
export const PLATFORM_RE = /^(?:Telegram|Twitter|X|Facebook|Rocket\.Chat|Element|Hoop|Tamtam|websites?|social media)$/i;
const PUBLISHED_ON_RE = /\b(?:published|released|issued|posted|dated)\s+(?:on\s+)?((?:[A-Z][a-z]+day,?\s+)?[^,.;()]{3,24})/;

export function namedPublisher(text: string, ctx: DateContext): { name: string; date: string | null } | null {
  const hit = PUBLISHER_RES.find(([re]) => re.test(text));
  if (!hit) return null;
  const on = PUBLISHED_ON_RE.exec(text);
  const date = on ? (findDates(on[1]!, ctx)[0]?.date ?? null) : null;
  return { name: hit[1], date };
}
