// The section note in force over the items read: a claims note ("According to ISIS's claims ...")
// set as a paragraph, marked on a heading by a footnote (perhaps defined only later), or opened by
// an issue's heading in a digest of a group's outlet; and where it ends (the next country's
// heading, the next heading after a sub-heading's note, an arena heading).

import type { Place } from "../geo/gazetteer.ts";
import type { Draft, SectionNote } from "./incident-builder.ts";
import { parseNote } from "./incident-cues.ts";
import { noteCountry } from "./section-heading.ts";
import { toDigits } from "./blocks.ts";

/** "... Three SDF fighters were wounded.¹": a mark at an item's end calls a note on that item alone. */
const ITEM_MARK_RE = /[.!?)"”’]\s*⁽?([⁰¹²³⁴⁵⁶⁷⁸⁹]+)⁾?\s*$/;

/** A note that says nothing of claims or sources ("¹ Also spelled Dhiban") leaves the item under its section's. */
function orSection(note: SectionNote, section: SectionNote | null): SectionNote | null {
  return note.claimed || note.sources.length > 0 ? note : section;
}

export type Scope = Draft["scope"];
/** A scope of its own under no note (each is shared by the items read under it). */
const noNote = (): Scope => ({ note: null, pending: false });
/** Where a note's words place the items it is on: "below" ("The items below ...:"), "section" ("the attacks in this section"), or either side ("claims in Iraq were posted on Telegram"). */
export type NotePlacement = "below" | "section" | "either";

export class SectionNotes {
  /** Shared by the drafts read under it: a footnote defined later still fills a pending one in. */
  #scope: Scope = noNote();
  /** Under a heading of the state's operations ("Counterterrorism activities in the desert region"): the group's claims note is not theirs. */
  #suspended = false;
  /**
   * The country of the heading that set the note (see noteCountry): a heading that moves to
   * another country ends it. Null for a note that runs across countries.
   */
  #country: string | null = null;
  /** The countries of an arena whose heading set the note: a heading on another country ends it. */
  #arena: readonly string[] | null = null;
  /** The note was marked on a region's sub-heading ("The Euphrates Valley²"), or ends in a colon: the next heading ends it. */
  #ofSubheading = false;
  /** Items read under the note in force: a list's note followed at once by a heading ("the items below ...:" then "Kirkuk Province") runs on under it. */
  #itemsRead = 0;
  /** The note in force was set by the text's own paragraph (set), not marked on a heading. */
  #setByText = false;
  /** Scopes waiting for a mark's note: "Kirkuk Province¹" and "Salah al-Din Province¹" both wait for the one "¹" printed after them. */
  #pending = new Map<string, Scope[]>();
  /** The note a list's introduction marked, still undefined: the list ends where its note is printed. */
  #listNote: Scope | null = null;
  #footnotes = new Map<string, string>();
  /** Items whose own mark waits for its note, with the section's note they fall back on. */
  #itemPending = new Map<string, { scope: Scope; section: SectionNote | null }[]>();
  /** The scopes without a note handed to the items of this section (since its country's or arena's heading), one per heading. */
  #unnoted: Scope[] = [];
  /** A note printed after items read under none, none read under it yet, and the scopes it would cover: if a heading or the end follows, it was theirs. */
  #trailing: { note: SectionNote; scopes: Scope[] } | null = null;
  /** Items still to read under a note on so many of them ("the first two items"); null for a note on all. */
  #remaining: number | null = null;

  /** The note the items read now are under. */
  get current(): Scope {
    return this.#suspended ? noNote() : this.#scope;
  }

  /** An arena's heading: no note of the section before runs into it. */
  /** A heading of the state's operations suspends the note for the items under it; the next heading of another kind resumes it. */
  suspend(on: boolean): void {
    this.#suspended = on;
  }

  clear(): void {
    this.#endTrailing();
    this.#unnoted = [];
    this.#scope = noNote();
  }

  /**
   * A heading or the document's end after a note printed after items, with no item read under it
   * ("Note: ISIS's claims of responsibility in Iraq were posted on Telegram" closing the section): the
   * note was on those items, and runs no further. False when no such note waits.
   */
  #endTrailing(): boolean {
    const trailing = this.#trailing;
    if (!trailing) return false;
    for (const scope of trailing.scopes) if (scope.note === null && !scope.pending) scope.note = trailing.note;
    this.#trailing = null;
    this.#scope = noNote();
    this.#ofSubheading = false;
    return true;
  }

  /** The document ends: a note printed last was on the items of its section. */
  end(): void {
    this.#endTrailing();
  }

  /**
   * A heading naming `countries` (null for none): "Egypt" after "ISIS's activity in Iraq¹" ends the
   * note on Iraq's claims; a note on an arena ("3. THE SAHEL¹") ends at a heading on a country
   * outside it ("4. NIGERIA"); any heading ends a sub-heading's note.
   */
  heading(countries: readonly string[] | null): void {
    const closed = this.#endTrailing();
    // A country's or an arena's heading opens a section of its own.
    if (countries) this.#unnoted = [];
    if (closed) return;
    // "The Sahel" after a note under "West Africa": an arena of its own, though its countries are among the first's.
    const arena = this.#arena;
    const outside = countries && (this.#country !== null ? countries[0] !== this.#country : arena !== null && (!countries.every((c) => arena.includes(c)) || (countries.length > 1 && countries.length !== arena.length)));
    // A list's note the text set itself, no item read under it yet, runs on under the heading that follows it.
    if (!outside && this.#ofSubheading && this.#setByText && this.#itemsRead === 0) return;
    // Items with no note share one scope per heading, so that a note printed after them reaches those it is on alone.
    if (outside || this.#ofSubheading || (this.#scope.note === null && !this.#scope.pending)) this.#scope = noNote();
    this.#ofSubheading = false;
  }

  /** The note in force covers only the next `count` items ("the first two items are ..."). */
  limit(count: number): void {
    this.#remaining = count;
  }

  /** The note an item read now is under (see current), counted as read under it. */
  itemRead(): Scope {
    this.#itemsRead++;
    if (this.#remaining !== null && --this.#remaining <= 0) {
      // The last item the note counted: it is under the note, the items after it under none.
      const scope = this.current;
      this.#remaining = null;
      this.#scope = noNote();
      return scope;
    }
    // An item read under a note printed after other items: the note was on the items below it.
    this.#trailing = null;
    const scope = this.current;
    if (scope.note === null && !scope.pending && this.#unnoted.at(-1) !== scope) this.#unnoted.push(scope);
    return scope;
  }

  /**
   * A note the text sets itself, over every country unless bound to `country` (a heading on another
   * country ends it) or set under the heading of `arena`'s countries (a heading on an arena of its own
   * ends it); `toNextHeading` when the next heading ends it; `placement`, where its words put the items
   * it is on (see NotePlacement).
   */
  set(note: SectionNote, toNextHeading = false, country: string | null = null, placement: NotePlacement = "below", arena: readonly string[] | null = null): void {
    this.#remaining = null;
    // A note after items read under none, in words that do not point below, is perhaps theirs (see #endTrailing):
    // those under the last heading for a note on "this section", those of the country's section for any other.
    const last = this.#unnoted.at(-1);
    const scopes = placement === "below" || this.#scope.note !== null || this.#scope.pending ? [] : placement === "section" ? (last === this.#scope ? [last] : []) : [...this.#unnoted];
    this.#trailing = scopes.length > 0 ? { note, scopes } : null;
    this.#scope = { note, pending: false };
    this.#itemsRead = 0;
    this.#setByText = true;
    this.#country = country;
    this.#arena = country === null ? arena : null;
    this.#ofSubheading = toNextHeading;
  }

  /** The footnote marks on a heading: each defined or still to come opens its note. */
  marked(markers: readonly string[], heading: string, countries: string[] | null, place: Place | null, inForce: readonly string[], subheading: boolean): void {
    for (const marker of markers) {
      if (!this.#open(marker)) continue;
      // "ISIS in West Africa³": a note on an arena of several countries runs on through their headings.
      this.#country = noteCountry(heading, countries, place, inForce);
      this.#arena = this.#country === null && countries && countries.length > 1 ? countries : null;
      this.#ofSubheading = subheading;
    }
  }

  /**
   * The note marks on a list's introduction ("... in the region controlled by the SDF¹:"): its
   * items are under the note; the next heading ends it, and so does the note itself when it is
   * printed after the list.
   */
  markedList(markers: readonly string[]): void {
    for (const marker of markers) {
      const scope = this.#open(marker);
      if (!scope) continue;
      this.#country = null;
      this.#arena = null;
      this.#ofSubheading = true;
      if (scope.pending) this.#listNote = scope;
    }
  }

  /** The note a mark calls, read now if printed already or waited for: the note in force from here on (null for a mark with none). */
  #open(marker: string): Scope | null {
    const known = this.#footnotes.get(marker);
    const scope: Scope = { note: known ? parseNote(known) : null, pending: !known };
    if (!scope.note && !scope.pending) return null;
    this.#scope = scope;
    this.#setByText = false;
    if (scope.pending) this.#pending.set(marker, [...(this.#pending.get(marker) ?? []), scope]);
    return scope;
  }

  /** The note an item's own closing mark calls, read now if printed already or waited for; null when it has no mark. */
  forItem(quote: string): Scope | null {
    const m = ITEM_MARK_RE.exec(quote);
    if (!m) return null;
    const marker = toDigits(m[1]!);
    const section = this.#suspended ? null : this.#scope.note;
    const known = this.#footnotes.get(marker);
    if (known) return { note: orSection(parseNote(known), section), pending: false };
    const scope: Scope = { note: section, pending: true };
    this.#itemPending.set(marker, [...(this.#itemPending.get(marker) ?? []), { scope, section }]);
    return scope;
  }

  /** Whether a heading's mark waits for its note ("(1)" after "... Province(1)"). */
  awaits(marker: string): boolean {
    return this.#pending.has(marker);
  }

  /** A footnote's text: the note of a heading that waits for it is read now. */
  footnote(marker: string, text: string): void {
    this.#footnotes.set(marker, text);
    const items = this.#itemPending.get(marker);
    if (items) {
      this.#itemPending.delete(marker);
      const note = parseNote(text);
      for (const { scope, section } of items) {
        scope.note = orSection(note, section);
        scope.pending = false;
      }
    }
    const waiting = this.#pending.get(marker);
    if (!waiting) return;
    this.#pending.delete(marker);
    const note = parseNote(text);
    for (const scope of waiting) {
      scope.note = note;
      scope.pending = false;
      if (scope === this.#listNote) {
        this.#listNote = null;
        if (this.#scope === scope) this.clear();
      }
    }
  }
}
