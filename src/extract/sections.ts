// What the headings above a paragraph say of it: the arena's countries, the region, the group a
// section is about, its notes on claims, the day a heading dates, the entry a log's heading numbers,
// and whether the section sums up rather than reports.

import type { Place } from "../geo/gazetteer.ts";
import type { Block } from "./blocks.ts";
import { findPeriod, type DateContext } from "./dates.ts";
import { entryIdIn } from "./draft-queue.ts";
import { issueNote, outletOfTitle } from "./outlet-issues.ts";
import { Referents } from "./referents.ts";
import type { ReleaseState } from "./release-state.ts";
import { datelineDay, headingDay, isReleaseHeading } from "./report-lines.ts";
import { headingCountries, headingRegion } from "./section-heading.ts";
import { SectionNotes } from "./section-notes.ts";
import { SUPERSCRIPT_RE } from "./text.ts";
import type { SectionNote } from "./incident-builder.ts";
import { ARENA_HEADING_RE, FORWARD_NOTE_RE, GROUP_HEADING_RE, headingNoteOf, noteItemCount, noteOfSection, SUMMARY_HEADING_RE } from "./incident-cues.ts";

/** "Main events", "Key developments": under a country's heading, the heading of that arena's events. */
const ARENA_EVENTS_HEADING_RE = /^(?:main|key|major) (?:events|developments|incidents)$/i;

const SPEAKER_HEADING_RE = /^[^,:]{2,60},\s+(?:(?:deputy\s+|chief\s+|provincial\s+)?spokes(?:man|woman|person)|statement|voice message|press conference|tweet|post|interview)\b/i;
const COUNTERTERRORISM_HEADING_RE = /^\W*(?:counter-?terrorism|security forces['’]? (?:activity|activities|operations)|(?:the )?(?:army|state|government)['’]?s? (?:operations|activity))\b/i;

/** What a heading needs from the document around it. */
export interface HeadingContext {
  isTitle: boolean;
  /** Blocks read so far, this one included: the first few may give the document's period. */
  blocksSeen: number;
  dates: () => DateContext;
  releases: ReleaseState;
  /** The figures below were published in this outlet's issue. */
  publishedIn: (outlet: string, date: string | null) => void;
}

export class Sections {
  /** The countries in force, the first most likely (the arena's, the region's, the title's). */
  countries: string[] = [];
  region: Place | null = null;
  groupOfSection: string | null = null;
  readonly referents = new Referents();
  /** Under a heading that sums up or looks ahead ("OUTLOOK"): no incidents of its own. */
  summary = false;
  readonly notes = new SectionNotes();
  /** The last heading named a country or an arena (not only a region or a topic below one). */
  headingOfCountry = false;
  /** The last three headings, for the statistics' subjects and the incidents' sections. */
  headings: string[] = [];
  dayDate: string | null = null;
  entryHeading: string | null = null;
  /** The day of the last incident read, for a paragraph that opens "Two days later". */
  lastDay: string | null = null;
  /** The countries of the last arena heading ("The Syrian arena"): a region heading under it is looked for there too. */
  #arenaCountries: string[] | null = null;
  /** The group outlet whose issues the document digests ("AL-NABA' MONITOR"): each issue's heading opens its claims. */
  #outlet: string | null = null;

  /** A release's number line ("No PR-112/2023-ISPR"): its issuer is the source of what follows. */
  release(line: string, releases: ReleaseState): boolean {
    if (!releases.release(line)) return false;
    // Each release stands alone: its "terrorists" are not the group the one before named.
    this.referents.reset();
    return true;
  }

  /**
   * A claims note the text prints as a paragraph, in force from here as its words place it: "... carried
   * out the following attacks:", "According to ...:" on the list below it, which ends at the next heading;
   * "the attacks in this section were claimed ..." on the section's items, to the next heading under a
   * region's, to the next country's under a country's; "the first two items" on so many. Returns how many
   * items told before it the note is on instead ("the two items above"), or 0.
   */
  noteParagraph(note: SectionNote, text: string): number {
    const ofSection = noteOfSection(text);
    const counted = noteItemCount(text);
    if (counted?.above) return counted.count;
    const placement = counted || FORWARD_NOTE_RE.test(text) ? "below" : ofSection ? "section" : "either";
    this.notes.set(note, text.includes("the following") || /:\s*$/.test(text) || (ofSection && !this.headingOfCountry), ofSection ? (this.countries[0] ?? null) : null, placement, this.countries.length > 0 ? [...this.countries] : null);
    if (counted) this.notes.limit(counted.count);
    return 0;
  }

  heading(b: Block, ctx: HeadingContext): void {
    const { isTitle, releases } = ctx;
    const text = b.norm;
    releases.updateOf = null;
    if (this.release(b.quote, releases)) return;
    if (ctx.blocksSeen <= 3 && findPeriod(text)) return;
    const arena = ARENA_HEADING_RE.test(text);
    const underCountry = this.headingOfCountry;
    this.notes.suspend(COUNTERTERRORISM_HEADING_RE.test(text));
    if (arena) {
      this.notes.clear();
      this.groupOfSection = null;
      this.referents.reset();
    }
    // "RWANDA DEFENCE FORCE - PRESS RELEASE": a release's heading names its issuer, not where its items are.
    // "Qari Habibullah Sahel, spokesman for the Nangarhar police command (...):", "Sahel, statement on Twitter, 6 March:": a speaker, not a place.
    const release = isReleaseHeading(text) || SPEAKER_HEADING_RE.test(text);
    const countries = release ? null : headingCountries(text, this.countries);
    this.notes.heading(countries);
    if (!isTitle) this.headingOfCountry = arena || countries !== null;
    if (countries) {
      this.countries = countries;
      this.region = null;
      this.referents.reset();
    }
    if (GROUP_HEADING_RE.test(text)) this.groupOfSection = "ISIS";
    if (isTitle) this.#outlet ??= outletOfTitle(text);
    const issue = this.#outlet !== null && !isTitle ? issueNote(text, this.#outlet, ctx.dates()) : null;
    if (issue) {
      ctx.publishedIn(issue.sources[0]!.name, issue.sources[0]!.date);
      this.notes.set(issue);
    }
    // "The Sinai Peninsula (according to claims of the Sinai Province posted on Telegram)": the section's note, until a heading on another country.
    const bracketed = issue ? null : headingNoteOf(text);
    if (bracketed) this.notes.set(bracketed, false, countries?.[0] ?? null);
    if (arena) this.#arenaCountries = countries;
    // "The Syrian arena", "Turkey enters the war", "Al-Hasakah Province": a region the countries in force lack may be the arena's.
    const inForce = release ? null : headingRegion(b.quote, this.countries, ctx.blocksSeen <= 1);
    const ofArena = inForce || release || countries || arena || !this.#arenaCountries || this.#arenaCountries.includes(this.countries[0] ?? "") ? null : headingRegion(b.quote, this.#arenaCountries, false);
    if (ofArena) this.countries = [...this.#arenaCountries!];
    const place = inForce ?? ofArena;
    if (place) {
      this.region = place;
      if (this.countries[0] !== place.country) this.countries = [place.country, ...this.countries.filter((c) => c !== place.country)];
    }
    // "MZ-21-075" on a line of its own: the number of the entry below, which later updates name.
    this.entryHeading = entryIdIn(text);
    // "BRIEFING OF 17 FEBRUARY 2020": a heading that is one day's report dates what it says ("yesterday", "over the past day").
    // "Sites reported so far:" under a report's dated heading: a label of that report's list keeps its day.
    const day = headingDay(text, ctx.dates());
    if (day !== null || !/:\s*$/.test(text) || countries || place || arena) this.dayDate = day;
    // A release's dateline holds until the next one, over the release's own title; an arena heading ends it.
    const dateline = datelineDay(text, ctx.dates());
    if (dateline !== null || countries || arena) releases.dateline = dateline;
    releases.heading();
    // "The metro" over "About an hour later, ...": a sub-heading of the same story keeps the day told before.
    if (countries || place || arena) this.lastDay = null;
    // "Iraq" then "Main events": the arena's own events, not the document's summary of them.
    if (!isTitle) this.summary = SUMMARY_HEADING_RE.test(b.quote.trim()) && !(underCountry && ARENA_EVENTS_HEADING_RE.test(b.quote.trim()));
    // The document's title is no section of it.
    if (!isTitle) this.headings = [...this.headings.slice(-2), b.quote.replace(SUPERSCRIPT_RE, "").trim()];
    this.notes.marked(b.markers, text, countries, place, this.countries, !countries && !arena && !GROUP_HEADING_RE.test(text));
  }
}
