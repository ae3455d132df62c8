// What every check reads: the document's blocks (re-read from the text), the extraction,
// and small helpers for quotes, sections and dates.

import type { Extraction, Incident } from "../core/incident.ts";
import { readBlocks, type Block } from "../extract/blocks.ts";

export interface AuditOptions {
  /** Publication date (YYYY-MM-DD) when the text does not print one. */
  published?: string | null;
}

export interface AuditContext {
  text: string;
  extraction: Extraction;
  blocks: Block[];
  published: string | null;
}

export function makeContext(text: string, extraction: Extraction, options: AuditOptions = {}): AuditContext {
  return { text, extraction, blocks: readBlocks(text), published: extraction.published ?? options.published ?? null };
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** "2021-01-05" -> "January 5, 2021". */
export function longDate(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  return `${MONTHS[(m ?? 1) - 1] ?? ""} ${d ?? ""}, ${y ?? ""}`;
}

/**
 * A line that opens a section: a heading block, or a short title-like paragraph
 * ("4. SELECTED INCIDENTS: SYRIA") that the block reader kept as a paragraph.
 */
export function isSectionBreak(b: Block): boolean {
  if (b.kind === "heading") return true;
  if (b.kind !== "paragraph") return false;
  const q = b.quote.trim();
  return q.length > 0 && q.length <= 80 && !/[.;,!?)]$/.test(q) && !/^On\s/.test(q) && /^[\p{Lu}\d]/u.test(q);
}

/** The nearest section-opening line before the incident's quote, or null. */
export function headingBefore(ctx: AuditContext, offset: number): string | null {
  let found: string | null = null;
  for (const b of ctx.blocks) {
    if (b.start >= offset) break;
    if (isSectionBreak(b)) found = b.quote.replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]+$/u, "").trim();
  }
  return found;
}

/** The first sentence of an incident's quote. */
export function firstSentence(quote: string): string {
  const m = /^.*?[.!?](?=\s+[A-Z"“(]|$)/s.exec(quote);
  return m ? m[0] : quote;
}

/** A short description of where an incident happened ("IQ, Baqubah"). */
export function placeLabel(i: Incident): string {
  const where = i.offset?.anchor ?? (i.location || i.admin1);
  return where ? `${i.country}, ${where}` : i.country;
}

/** Token F-measure of two strings (lower-case words). */
export function tokenOverlap(a: string, b: string): number {
  const ta = a.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const tb = b.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  if (ta.length === 0 || tb.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const t of ta) counts.set(t, (counts.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of tb) {
    const c = counts.get(t) ?? 0;
    if (c > 0) {
      common++;
      counts.set(t, c - 1);
    }
  }
  return (2 * common) / (ta.length + tb.length);
}

/** A number as the text may print it: "1,422" or "1422". */
export function numberPattern(n: number): string {
  const plain = String(n);
  const grouped = n.toLocaleString("en-US");
  return plain === grouped ? plain : `(?:${plain}|${grouped.replace(/,/g, ",")})`;
}

/** Parses "1,422" -> 1422. */
export function parseNumber(s: string): number {
  return Number(s.replace(/,/g, ""));
}
