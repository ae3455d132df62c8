// The drafts of a document in reading order, built into incidents as soon as nothing they depend
// on is still unread: a section note defined by a later footnote, or endnotes printed at the end.

import { PlaceMemory } from "./place-memory.ts";
import type { Incident, SourceRef } from "../core/incident.ts";
import { buildIncident, type Draft, type SectionNote } from "./incident-builder.ts";
import { SourceMemory } from "./source-memory.ts";
import { GroupAliases } from "./group-aliases.ts";

/** Drafts held at most, however many still wait: memory stays bounded. */
const MAX_WAITING = 2000;

/** How far back an update in a later paragraph looks for the incident it updates. */
const RECENT_DRAFTS = 30;
/** An entry's number in a log or brief: "MZ-21-075", "FIR No. 64", "OB No. 12". */
const ENTRY_ID_RE = /\b[A-Z]{1,5}-\d{2}-\d{2,4}\b|\b(?:FIR|OB|DD)\s+No\.?\s*\d{1,6}\b/;

/** The entry number a text gives first, written without spaces or points ("FIR No. 64" -> "FIRNo64"), or null. */
export function entryIdIn(text: string): string | null {
  const m = ENTRY_ID_RE.exec(text);
  return m ? m[0].replace(/[\s.]/g, "") : null;
}

/** A claim of several attacks, not one. */
const CLAIMED_ATTACKS_RE = /\b(?:attacks|bombings|blasts|explosions|raids|operations)\s+(?:of|on)\b/i;
/** A site's name (its locality after a comma), a colon, and its toll alone. */
const SITE_TOLL_LINE_RE = /^\s*(\p{Lu}[\p{L}'’. -]{2,60}?)(?:,\s*\p{Lu}[\p{L}'’. -]{1,40})?:\s*(?:\d[\d,]*|no)\s+(?:killed|dead)(?:,?\s*(?:and\s+)?(?:\d[\d,]*|no)\s+(?:injured|wounded))?\s*\.?\s*$/u;
/** Capitalised words that name no place or body. */
const NOT_A_NAME = new Set(["According", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "June", "July", "August", "September", "October", "November", "December", "There", "Their", "They", "This", "That", "These", "Those", "After", "Before", "Later", "Earlier", "Meanwhile", "During", "Since", "When", "While", "Local", "Security", "Military", "Police", "Officials", "Sources"]);
const TOLL_RE = /\b(?:killed|killing|wounded|wounding|wounds|injured|injuring|dead|died|KIA|WIA|martyred|shahadat|sent to hell|neutrali[sz]ed|eliminated|casualties|behead(?:ed|ing)|executed|executing|hurt)\b/i;
const PARENS_RE = /\([^()]*\)/g;
const OUTLET_NAMES = new Set(["Amaq", "Aamaq", "Telegram", "Naba", "Nashir", "Islamic", "State", "Province", "Wilayat", "Agency", "Shabaab", "Qaeda"]);
const NAME_RE = /\b[A-Z][a-z'’-]{3,}\b/g;

/**
 * The distinct names an update's or a claim's text gives ("Makhmour", "Peshmerga"): what ties it to
 * its incident. Its citations and the group's outlets ("Amaq") name no incident.
 */
function namesIn(text: string): string[] {
  return [...new Set(text.replace(PARENS_RE, " ").match(NAME_RE) ?? [])].filter((n) => !NOT_A_NAME.has(n) && !OUTLET_NAMES.has(n));
}

/** How many of `names` a draft's text holds. */
function sharedNames(names: readonly string[], d: Draft): number {
  return names.filter((n) => d.analysis.includes(n)).length;
}

/** A draft still waiting for its section note or its endnotes. */
function waiting(d: Draft): boolean {
  return d.scope.pending || (d.awaitingNotes ?? 0) > 0;
}

/** "claimed this raid", "claimed that attack": the incident just told. */
const THIS_EVENT_RE = /\b(?:this|that)\s+(?:[\w-]+\s+)?(?:attack|raid|ambush|bombing|assault|killing|massacre|operation|abduction|kidnapping)\b/i;

export class DraftQueue {
  readonly document: string;
  #drafts: Draft[] = [];
  /** Drafts of the current chunk already built by `buildReady`. */
  #builtEarly = 0;
  #places = new PlaceMemory();
  /** Sources named in full earlier in the document, for later short mentions. */
  #memory = new SourceMemory();
  /** Abbreviations the document defines for groups ("Al-Shabaab (AS)"). */
  #aliases = new GroupAliases();
  #changes = 0;
  /** The draft a block's earlier text amended, and where that block starts: its later updates are about the same incident. */
  #amended: { draft: Draft; blockStart: number } | null = null;

  constructor(document: string) {
    this.document = document;
  }

  get length(): number {
    return this.#drafts.length;
  }

  /** Drafts pushed or amended so far: a block that changed none reported no incident. */
  get changes(): number {
    return this.#changes;
  }

  /** The last draft, if any. */
  get last(): Draft | undefined {
    return this.#drafts[this.#drafts.length - 1];
  }

  push(d: Draft): void {
    this.#changes++;
    this.#drafts.push(d);
  }

  /** Acronyms the text defines, for the sources and perpetrators of the drafts built from here on. */
  learnAcronyms(text: string): void {
    if (text.includes("(")) this.#memory.learnAcronyms(text);
    this.#aliases.learn(text);
  }

  /** "Islamic State claimed the attack through Amaq": more text and sources for the draft before. */
  amendLast(analysis: string, sources: SourceRef[]): void {
    const last = this.last;
    if (last) this.#added(last, analysis, sources);
  }

  /**
   * A claim of an incident told before: the last one, unless the claim names a place or person
   * ("ISIS claimed the killing of the shepherd whose body was found near Al-Busayrah") that the last
   * does not and an earlier open draft does (the one naming most of them).
   */
  amendClaim(analysis: string, sources: SourceRef[], day: string | null = null, blockStart: number | null = null): void {
    const last = this.last;
    if (!last) return;
    // "UPDATE to MZ-21-075 (claim): ...": the entry it names; "claimed responsibility for the attacks of 21 April": every
    // recent incident of that day; "the attack of 20 January": the latest.
    const id = entryIdIn(analysis);
    const named = id === null ? [] : this.#recent().filter((d) => d.entryId === id).slice(0, 1);
    let ofDay = named.length > 0 ? named : day === null ? [] : this.#recent().filter((d) => d.eventDate === day);
    // "ISIS claimed the attack on September 1" in the item that told an attack of August 30: the day of the claim, not of another attack.
    if (named.length === 0 && blockStart !== null && last.quoteStart >= blockStart && !ofDay.some((d) => d.quoteStart >= blockStart)) ofDay = [];
    if (ofDay.length > 0) {
      for (const d of CLAIMED_ATTACKS_RE.test(analysis) ? ofDay : ofDay.slice(0, 1)) this.#added(d, analysis, sources);
      return;
    }
    const names = namesIn(analysis);
    const sharedWith = (d: Draft): number => sharedNames(names, d);
    let target = last;
    let best = 0;
    // The last draft, unless it shares no name with the claim ("claimed this raid" is the last one whatever it names).
    const searched = sharedWith(last) === 0 && !THIS_EVENT_RE.test(analysis) ? Math.max(0, this.#drafts.length - RECENT_DRAFTS) : this.#drafts.length;
    for (let i = this.#drafts.length - 2; i >= searched; i--) {
      const shared = sharedWith(this.#drafts[i]!);
      if (shared > best) {
        best = shared;
        target = this.#drafts[i]!;
      }
    }
    this.#added(target, analysis, sources);
  }

  /** "Note: the two items above are based on ISIS's claims ...": the last `count` drafts, those under no note, are under this one. */
  noteLast(count: number, note: SectionNote): void {
    for (const d of this.#drafts.slice(-count)) if (d.scope.note === null && !d.scope.pending) d.scope = { note, pending: false };
  }

  /** Adds a later report's text (a claim, more of the same item) and its sources to a draft. */
  #added(d: Draft, analysis: string, sources: SourceRef[]): void {
    this.#changes++;
    d.analysis = `${d.analysis} ${analysis}`;
    d.citedSources = [...d.citedSources, ...sources];
  }

  /**
   * A toll told again by another account ("... killed in last night's attack"): read with the draft it
   * is about, in [brackets] so it bounds the first toll. The draft is the last one when the account is
   * in its paragraph (from `blockStart` on), else the latest of the recent drafts that shares the most
   * names with it. Drafts already built cannot change. A changed toll goes to `revise`.
   */
  amendRestated(analysis: string, sources: SourceRef[], blockStart: number): void {
    const target = this.#updated(analysis, blockStart);
    if (!target) return;
    this.#changes++;
    this.#amended = { draft: target, blockStart };
    target.analysis = `${target.analysis} [${analysis.trim()}]`;
    target.citedSources = [...target.citedSources, ...sources];
  }

  /**
   * A later report on an incident told before (an alert's UPDATE, "Update on the Zhob attack: ..."):
   * its toll revises the one first told (toll-revisions.ts), and its claims and sources join the
   * incident's. Returns false when no recent incident is the one it updates.
   */
  revise(analysis: string, sources: SourceRef[], blockStart: number, about = "", sameBlock = false, orLast = false, day: string | null = null): boolean {
    // `orLast`: a paragraph that opens on "the toll" without naming its incident is about the last one.
    // `day`: the update names its incident's day ("the attack of 20 January"): a recent incident of that day with a toll is the one.
    // "UPDATE to MZ-21-075: ...", "Further to FIR No. 64: ...": the entry the update names by its number.
    const id = entryIdIn(`${about} ${analysis}`);
    const named = id === null ? undefined : this.#recent().find((d) => d.entryId === id);
    const dated = named ?? (day === null ? undefined : this.#recent().find((d) => d.eventDate === day && TOLL_RE.test(d.analysis)));
    const target = dated ?? this.#updated(`${about} ${analysis}`, blockStart, sameBlock) ?? (orLast ? this.last : undefined);
    if (!target) return false;
    return this.#applied(target, analysis, sources, blockStart);
  }

  /** Adds a later report's text and sources to a draft: its toll revises the one first told. */
  #applied(target: Draft, analysis: string, sources: SourceRef[], blockStart: number): true {
    this.#changes++;
    this.#amended = { draft: target, blockStart };
    target.casualtyText ??= target.analysis;
    target.revisions = [...(target.revisions ?? []), analysis];
    target.analysis = `${target.analysis} ${analysis}`;
    target.citedSources = [...target.citedSources, ...sources];
    return true;
  }

  /**
   * "St. Anthony's Shrine, Kochchikade: 56 killed, 98 injured": a line giving a named site's toll
   * and nothing else revises the recent incident told at that site, if one names it.
   */
  reviseSite(text: string, sources: SourceRef[], blockStart: number): boolean {
    const m = SITE_TOLL_LINE_RE.exec(text);
    if (!m) return false;
    const site = m[1]!.trim();
    const target = this.#recent().find((d) => d.analysis.includes(site));
    if (!target) return false;
    return this.#applied(target, text, sources, blockStart);
  }

  /** Takes back a draft still open (a summary its items replace); null, for the caller's reference to it. */
  drop(d: Draft): null {
    const at = this.#drafts.indexOf(d);
    if (at >= 0) {
      this.#drafts.splice(at, 1);
      this.#changes++;
    }
    return null;
  }

  /** The recent drafts an update may be about, the latest first. */
  #recent(): Draft[] {
    return this.#drafts.slice(-RECENT_DRAFTS).reverse();
  }

  /** The draft an update is about: the last one when it is in its paragraph, else the recent one sharing most names. */
  #updated(analysis: string, blockStart: number, sameBlock = true): Draft | undefined {
    const last = this.last;
    if (!last) return undefined;
    if (this.#amended?.blockStart === blockStart && this.#drafts.includes(this.#amended.draft)) return this.#amended.draft;
    let target: Draft | undefined = sameBlock && last.quoteStart >= blockStart ? last : undefined;
    if (!target) {
      const names = namesIn(analysis);
      let best = 0;
      for (let i = this.#drafts.length - 1; i >= Math.max(0, this.#drafts.length - RECENT_DRAFTS); i--) {
        const d = this.#drafts[i]!;
        // Only an incident that told a toll has one to update.
        if (!TOLL_RE.test(d.analysis)) continue;
        const shared = sharedNames(names, d);
        if (shared > best) {
          best = shared;
          target = d;
        }
      }
    }
    return target;
  }

  /** A new chunk begins: the drafts built early are counted from zero. */
  startChunk(): void {
    this.#builtEarly = 0;
  }

  /** Builds the drafts ahead of the first one still waiting, but for the latest RECENT_DRAFTS. */
  buildReady(): Incident[] {
    const out: Incident[] = [];
    let i = 0;
    // The latest drafts stay open for a toll update that may still come (see revise and amendRestated).
    const open = this.#drafts.length - RECENT_DRAFTS;
    for (; i < open && !waiting(this.#drafts[i]!); i++) out.push(buildIncident(this.#drafts[i]!, this.document, this.#memory, this.#aliases, this.#places));
    if (i > 0) this.#drafts = this.#drafts.slice(i);
    this.#builtEarly += i;
    return out;
  }

  /** Builds every draft, or (unless `final`) those ahead of the first still waiting, but for the latest RECENT_DRAFTS, while fewer than MAX_WAITING are held. */
  build(final: boolean): Incident[] {
    const out: Incident[] = [];
    // Counted as if the drafts built early in this chunk were still waiting, as they would be unsliced.
    const hold = !final && this.#drafts.length + this.#builtEarly < MAX_WAITING;
    let i = 0;
    const open = final ? this.#drafts.length : this.#drafts.length - RECENT_DRAFTS;
    for (; i < open; i++) {
      const d = this.#drafts[i]!;
      if (hold && waiting(d)) break;
      out.push(buildIncident(d, this.document, this.#memory, this.#aliases, this.#places));
    }
    this.#drafts = this.#drafts.slice(i);
    return out;
  }
}
