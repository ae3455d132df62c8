// Sources given as endnotes: "... killing nine soldiers.[1]" with "[1] Syrian Observatory for Human
// Rights, March 6, 2023." at the end of the document. The marks an incident's quote carries are
// looked up in the notes read so far; an incident whose notes come later waits for them.

import type { SourceRef } from "../core/incident.ts";
import type { DateContext } from "./dates.ts";
import { parseCitation } from "./sources.ts";

/** "[6]", "[8][9]": bracketed note numbers (superscripts mark section notes, read elsewhere). */
const MARK_RE = /\[(\d{1,3})\]/g;
/** "claim of responsibility", "press release", a quoted title: parts of a note that name no outlet. */
const DESCRIPTOR_RE = /^(?:(?!(?:al|el|ad|ar|as|an|ash|at|az)-)[a-z]|["“‘'])/;

/** What an incident waiting for its notes holds: the sources found so far and the marks still unread. */
export interface NoteHolder {
  citedSources: SourceRef[];
  /** Endnote marks whose notes have not been read yet. */
  awaitingNotes?: number;
}

const TITLE_OR_URL_RE = /["“][^"“”]{1,300}["”]|\bhttps?:\/\/\S+|\bwww\.\S+/g;

/** The outlets and dates of one endnote, or none when it is a remark rather than a citation. */
export function endnoteSources(text: string, ctx: DateContext): SourceRef[] {
  // Each cited work on its own: one that is no citation does not lose the others.
  return text
    // A quoted title (commas and all) and a URL name no outlet: '"Title," Garowe Online, April 7, 2024, https://...'.
    .replace(TITLE_OR_URL_RE, ",")
    .replace(/\.\s*$/, "")
    .split(/\s*;\s*/)
    .map((seg) => seg.split(/\s*,\s*/).filter((p) => p && !DESCRIPTOR_RE.test(p)).map(capitalised).join(", "))
    .flatMap((seg) => (seg ? parseCitation(seg, ctx) ?? [] : []));
}

/** "al-Sumaria" as a name's first word is written "Al-Sumaria" (citations name outlets with a capital). */
function capitalised(part: string): string {
  return /^(?:al|el|ad|ar|as|an|ash|at|az)-/.test(part) ? part[0]!.toUpperCase() + part.slice(1) : part;
}

/** The endnotes of one document and the incidents waiting for them. */
export class Endnotes {
  #notes = new Map<string, SourceRef[]>();
  #waiting = new Map<string, NoteHolder[]>();

  /** Adds the sources of the notes `quote` marks to `holder`, or makes it wait for notes not read yet. */
  attach(holder: NoteHolder, quote: string): void {
    if (!quote.includes("[")) return;
    for (const m of quote.matchAll(MARK_RE)) {
      const known = this.#notes.get(m[1]!);
      if (known) {
        holder.citedSources.push(...known.map((s) => ({ ...s })));
        continue;
      }
      holder.awaitingNotes = (holder.awaitingNotes ?? 0) + 1;
      const list = this.#waiting.get(m[1]!) ?? [];
      list.push(holder);
      this.#waiting.set(m[1]!, list);
    }
  }

  /** A note read: its sources go to the incidents that mark it, now and later. */
  define(marker: string, text: string, ctx: DateContext): void {
    const sources = endnoteSources(text, ctx);
    this.#notes.set(marker, sources);
    for (const holder of this.#waiting.get(marker) ?? []) {
      holder.citedSources.push(...sources.map((s) => ({ ...s })));
      holder.awaitingNotes = (holder.awaitingNotes ?? 1) - 1;
    }
    this.#waiting.delete(marker);
  }
}
