// The extractor: a streaming pass over a document's blocks that keeps the section context
// (arena, region, notes, day headers), turns dated incident paragraphs into incidents and
// infographic paragraphs into published statistics.

import type { Extraction, Incident, Statistic } from "../core/incident.ts";
import type { CandidateExtra, DocumentInfo, ExtractedItems, ExtractOptions } from "./extract-types.ts";

export type { DocumentInfo, ExtractedItems, ExtractOptions } from "./extract-types.ts";
import { loadGazetteer } from "../geo/gazetteer.ts";
import { admin1Countries } from "../geo/admin1-at.ts";
import { countriesIn, findArena } from "./arenas.ts";
import { BlockReader, type Block } from "./blocks.ts";
import { addDays, findDates, type DateContext } from "./dates.ts";
import { weekAfter, weekendAfter } from "./calendar.ts";
import type { Draft } from "./incident-builder.ts";
import { headingRegion } from "./section-heading.ts";
import { DocumentCountries } from "./document-countries.ts";
import { geoContextOf, readCandidate } from "./candidate.ts";
import { DocumentHeader } from "./document-header.ts";
import { StatisticsReader } from "./statistics.ts";
import { Endnotes } from "./endnotes.ts";
import { DraftQueue, entryIdIn } from "./draft-queue.ts";
import { TableReader } from "./table-reader.ts";
import { datedSegments } from "./dated-segments.ts";
import { Sections } from "./sections.ts";
import { ReleaseState } from "./release-state.ts";
import { claimsIn, continuesLast, opensOwnEvent } from "./follow-on.ts";
import { isTabRow, isTableRow } from "./table-lines.ts";
import { incidentDayNamed, isUpdateHeader, opensAsUpdate, opensOnToll, refersBack } from "./report-lines.ts";
import { claimsListIntro, INCIDENT_RE, itemMarkOf, noteWords, sectionNoteOf } from "./incident-cues.ts";

const NUMBERED_NOTE_RE = /^\s*\((\d{1,2})\)\s/;
/** A record that opens on a coded field ("Date:", "Summary:") and tells the event in a field of its own. */
const FIELD_OPENING_RE = /^\s*[A-Z][a-z]+(?: [a-z]+)?:\s/;
const NARRATIVE_FIELD_RE = /(?<=[.!?"”)]\s+)(?:Narrative|Details|Description):\s+/;
const SOURCES_FIELD_RE = /\s+Sources?:\s/;

/** Where a coded record's narrative field runs in `quote`, or null for any other text. */
function narrativeOf(quote: string): { start: number; end: number } | null {
  if (!FIELD_OPENING_RE.test(quote)) return null;
  const m = NARRATIVE_FIELD_RE.exec(quote);
  if (!m) return null;
  const start = m.index + m[0].length;
  const sources = SOURCES_FIELD_RE.exec(quote.slice(start));
  return { start, end: sources ? start + sources.index : quote.trimEnd().length };
}
/** Characters of a large chunk read at a time (rounded up to the next line end). */
const SLICE = 64 * 1024;

/** "Negombo: A suicide bomber ...", "Colombo, St. Anthony's Shrine: ...": a bullet led by its site's name. */
const SITE_LABEL_RE = /^\s*\p{Lu}[\p{L}'’.() -]{1,40}(?:,\s*\p{Lu}[\p{L}'’.() -]{1,40})?:\s+\p{Lu}/u;

/** Streaming extraction: feed text in any chunks; completed items come back as soon as they are known. */
export class DocumentExtractor {
  readonly options: ExtractOptions;
  #blocks = new BlockReader();
  #stats: StatisticsReader;
  #header = new DocumentHeader();
  #blocksSeen = 0;
  /** What the headings above say of the text under them. */
  #sec = new Sections();
  #endnotes = new Endnotes();
  /** The day and the draft of the last plain paragraph, for the site bullets that may follow it. */
  #intro: { day: string; summary: Draft | null } | null = null;
  #releases = new ReleaseState();
  #seenCountries = new DocumentCountries();
  #drafts: DraftQueue;
  #table = new TableReader();

  constructor(options: ExtractOptions) {
    this.options = options;
    this.#stats = new StatisticsReader(() => this.#dateContext());
    this.#drafts = new DraftQueue(options.document);
  }

  push(chunk: string): ExtractedItems {
    // A large chunk is read a slice of lines at a time, so its blocks and drafts die young
    // instead of all being held (and copied by the collector) until the chunk's end. Drafts
    // ahead of any pending one are built as they come: the flush at the chunk's end would
    // build them all the same, so the output does not depend on the slicing.
    const incidents: Incident[] = [];
    const statistics: Statistic[] = [];
    this.#drafts.startChunk();
    for (let from = 0; from < chunk.length; ) {
      const cut = chunk.indexOf("\n", from + SLICE);
      const to = cut < 0 || chunk.length - cut < SLICE ? chunk.length : cut + 1;
      const last = to === chunk.length;
      const items = this.#handle(this.#blocks.push(chunk.slice(from, to)), false, !last);
      incidents.push(...items.incidents);
      statistics.push(...items.statistics);
      from = to;
    }
    if (chunk.length === 0) return this.#handle(this.#blocks.push(chunk), false);
    return { incidents, statistics };
  }

  end(): ExtractedItems & DocumentInfo {
    const items = this.#handle(this.#blocks.end(), true);
    return { ...items, title: this.#header.title, period: this.#header.period, published: this.#published() };
  }

  #dateContext(): DateContext {
    // Without a publication date, the day header in force anchors the years of dates that print none.
    return { period: this.#header.period, reference: this.#published() ?? this.#sec.dayDate };
  }

  #published(): string | null {
    return this.options.published ?? this.#header.dated;
  }

  #handle(blocks: Block[], final: boolean, partial = false): ExtractedItems {
    const statistics: Statistic[] = [];
    for (const b of blocks) {
      const before = this.#drafts.changes;
      this.#block(b);
      // A paragraph that reported incidents (or more of one) is not an infographic summary: its numbers are casualties.
      if (this.#drafts.changes === before) statistics.push(...this.#stats.block(b, this.#sec.headings));
      else statistics.push(...this.#stats.figuresAmongIncidents(b, this.#sec.headings));
    }
    if (final) {
      this.#sec.notes.end();
      statistics.push(...this.#stats.end());
    }
    return { incidents: partial ? this.#drafts.buildReady() : this.#drafts.build(final), statistics };
  }

  #block(b: Block): void {
    this.#blocksSeen++;
    const head = this.#header.read(b);
    if (head.titleCountries && this.#sec.countries.length === 0) this.#sec.countries = head.titleCountries;
    if (head.mail) return;
    if (this.#sec.countries.length === 0 && (b.kind === "paragraph" || b.kind === "heading" || b.kind === "day_header")) this.#seenCountries.note(b.norm);
    switch (b.kind) {
      case "heading":
        // A line giving the document's period or date is no section.
        if (head.period && this.#blocksSeen <= 4) return;
        if (this.#releases.headline(b)) return;
        // "According to ISIS's claims of responsibility posted on Telegram:", "The Sinai Province claimed the following
        // attacks on its Telegram channels:" set as a heading is a note on the list below it.
        // "The following items are based on ISIS's claims ..., posted on Telegram:" is the same.
        if (b.markers.length === 0 && (noteWords(b.norm) || claimsListIntro(b.norm)) && sectionNoteOf(b.norm)) return this.#paragraph(b, null);
        return this.#headingBlock(b, head.title);
      case "footnote":
        return this.#footnote(b);
      case "day_header": {
        if (head.period) return;
        const d = findDates(b.dateText ?? "", this.#dateContext())[0];
        if (d) this.#sec.dayDate = d.date;
        this.#releases.dayHeader(b, d?.date ?? null, this.#stats.house);
        if (b.rest && INCIDENT_RE.test(b.rest) && b.rest.length > 25) this.#paragraph(b, b.rest);
        return;
      }
      case "caption":
        return;
      case "paragraph": {
        // "(1) ISIS claimed both attacks ...": a numbered line is the note a heading's "(1)" waits for.
        const mark = b.bullet ? NUMBERED_NOTE_RE.exec(b.raw) : null;
        if (mark && this.#sec.notes.awaits(mark[1]!)) return this.#footnote({ ...b, markers: [mark[1]!] });
        // A headline taken as the title ("Militants Kill Six in Village Raid") is no incident of its own.
        // Its countries and region hold as a title's set as a heading would ("AL-HOL CAMP AND ANNEX: DAILY SECURITY LOG").
        if (head.title && !/[.!?]["”')]*$/.test(b.quote)) return this.#headingBlock(b, true);
        if (this.#releases.headline(b)) return;
        return this.#paragraph(b, null);
      }
    }
  }

  #headingBlock(b: Block, isTitle: boolean): void {
    this.#sec.heading(b, { isTitle, blocksSeen: this.#blocksSeen, dates: () => this.#dateContext(), releases: this.#releases, publishedIn: (outlet, date) => this.#stats.publishedIn(outlet, date) });
  }

  #footnote(b: Block): void {
    const marker = b.markers[0] ?? "";
    this.#sec.notes.footnote(marker, b.quote);
    this.#endnotes.define(marker, b.quote, this.#dateContext());
  }

  #paragraph(b: Block, restOfDayHeader: string | null): void {
    // Before a table row returns: a table's legend ("AS = al-Shabaab") may sit in its header row.
    this.#drafts.learnAcronyms(restOfDayHeader ?? b.norm);
    if (b.markers.length > 0 && b.kind === "paragraph") this.#sec.notes.markedList(b.markers);
    if (!restOfDayHeader && this.#sec.release(b.quote, this.#releases)) return;
    if (!restOfDayHeader && isUpdateHeader(b.quote)) {
      this.#releases.updateOf = b.quote;
      return;
    }
    // Another header row, or a rule line, ends the update.
    if (!restOfDayHeader && (isTableRow(b.quote) || !/\p{L}/u.test(b.quote))) this.#releases.updateOf = null;
    if (!restOfDayHeader && (isTableRow(b.quote) || isTabRow(b.raw))) return this.#tableRow(b);
    this.#table.end();
    const normAll = restOfDayHeader ?? b.norm;
    // A list introduction whose mark calls a note (markedList above) is under that note, not one of its own words.
    const note = restOfDayHeader || b.markers.length > 0 ? null : sectionNoteOf(normAll);
    if (note) {
      // "the two items above": those items alone.
      const before = this.#sec.noteParagraph(note, normAll);
      if (before > 0) this.#drafts.noteLast(before, note);
      return;
    }
    // A statement's later paragraph tells more of its one item: only the claims it reports are kept.
    // So does a paragraph that says it goes on with the item before ("The forces also ...").
    const items = this.#releases.statementItems;
    // An update naming what it updates ("UPDATE to MZ-21-075: ...") is read as one, whatever item it follows.
    if (((items !== null && items > 0 && !opensOwnEvent(normAll, this.#dateContext())) || (continuesLast(normAll) && this.#drafts.length > 0)) && !opensAsUpdate(normAll)) {
      const claims = claimsIn(normAll);
      if (claims) this.#drafts.amendClaim(claims, []);
      return;
    }
    this.#sec.referents.observe(normAll, () => [...countriesIn(normAll), ...this.#sec.countries]);
    // A segment opening "The next day, ..." is dated from the incident before it in the paragraph.
    let previous: string | null = this.#sec.lastDay;
    let blockDay: string | null = null;
    // "On the morning of April 21, ... suicide bombers blew themselves up at ..." then "◆ Negombo: A suicide bomber ...":
    // undated bullets labelled by their site are the events the paragraph before them summed up, on its day.
    const intro = b.bullet && SITE_LABEL_RE.test(normAll) && !findDates(normAll.replace(/\([^()]*\)/g, " ").split(/[.;]\s/, 1)[0]!, this.#dateContext()).some((d) => d.precision === 1) ? this.#intro : null;
    if (!b.bullet) this.#intro = null;
    for (const seg of datedSegments(b, restOfDayHeader, this.#dateContext())) {
      const before = this.#drafts.length;
      const anchor = intro ? intro.day : seg.after === null || previous === null ? null : seg.after === "weekend" ? weekendAfter(previous) : seg.after === "week" ? weekAfter(previous) : addDays(previous, seg.after);
      this.#candidate(b, seg.quote, seg.norm, seg.span, restOfDayHeader !== null, { anchorDay: anchor, closingSources: seg.closing, blockDay });
      previous = this.#drafts.length > before ? this.#drafts.last!.eventDate : previous;
      // A bullet is one item: a later segment's day before the period recalls, where a narrative paragraph may report it anew.
      if (b.bullet) blockDay ??= this.#drafts.length > before ? previous : null;
      if (this.#releases.statementItems !== null && this.#drafts.length > before) this.#releases.statementItems++;
      if (intro?.summary && this.#drafts.length > before) intro.summary = this.#drafts.drop(intro.summary);
      if (!b.bullet && this.#drafts.length === before + 1) this.#intro = { day: previous!, summary: this.#drafts.last! };
    }
    this.#sec.lastDay = previous;
  }

  #tableRow(b: Block): void {
    const row = this.#table.row(b, this.#dateContext(), this.#sec.dayDate);
    if (!row) return;
    // The row's place column names its country or arena ("West Africa", "Syria (al-Khayr)"): that, before the section's.
    const countries = row.place ? [...new Set([...countriesIn(row.place), ...(findArena(row.place)?.countries ?? [])])] : [];
    this.#candidate(b, b.quote, row.text, { start: 0, end: b.raw.length }, false, { sources: row.sources, countries });
  }

  #candidate(b: Block, quote: string, normText: string, span: { start: number; end: number }, underDayHeader: boolean, extra: CandidateExtra = {}): void {
    if (this.#sec.summary) return;
    // "Update on the Zhob attack: two of the soldiers injured succumbed": a later report on an incident told before.
    const revising = this.#releases.updateOf ?? (opensAsUpdate(normText) ? "" : null);
    const found = readCandidate(normText, {
      dates: this.#dateContext(),
      dayDate: extra.anchorDay ?? this.#sec.dayDate,
      underDayHeader,
      published: this.#releases.dateline ?? this.#published(),
      periodEnd: this.#header.period?.end ?? null,
      blockDay: extra.blockDay ?? null,
    });
    // A follow-up under its outlet's stamp is that outlet's report too.
    const issuer = this.#releases.issuer;
    const issued = issuer && revising !== null ? [{ ...issuer }] : [];
    // "UPDATE - 23/09/2021: The bodies of two of the abducted farmers were found": an update naming
    // nothing of its own but "the attack" or "the abducted" is about the incident just told.
    const backReference = revising === "" && refersBack(normText);
    if (revising !== null && found?.kind !== "claim-of-last" && this.#drafts.revise(found?.analysis ?? normText, [...(found?.sources ?? []), ...issued], b.start, revising, false, backReference, incidentDayNamed(normText, this.#dateContext()))) return;
    if (!found) return;
    if (found.kind === "claim-of-last") return this.#drafts.amendClaim(found.analysis, found.sources, incidentDayNamed(found.analysis, this.#dateContext()), b.start);
    // A changed toll revises the one first told; one told again by another account bounds it.
    if (found.kind === "update") {
      if (found.restated) return this.#drafts.amendRestated(found.analysis, found.sources, b.start);
      this.#drafts.revise(found.analysis, found.sources, b.start, "", true, opensOnToll(found.analysis), incidentDayNamed(found.analysis, this.#dateContext()));
      return;
    }
    if (this.#drafts.reviseSite(found.analysis, found.sources, b.start)) return;
    const analysis = found.analysis;
    // The entry's header in capitals is the log's, not the event's: the quote starts after it.
    if (found.entryHeader && quote.startsWith(found.entryHeader)) {
      quote = quote.slice(found.entryHeader.length);
      span = { start: span.start + found.entryHeader.length, end: span.end };
    }
    // "Date: 2 January 2021. Location: ... Narrative: Insurgents seized ... Sources: ...": a coded record's
    // quote is its narrative; the fields around it were read all the same.
    const told = narrativeOf(quote);
    if (told) {
      quote = quote.slice(told.start, told.end);
      span = { start: span.start + told.start, end: span.start + told.end };
    }
    // "Centre-Nord region (Kongoussi). ...": the item's own label is its region, as a heading's would be.
    const labelled = found.areaLabel ? headingRegion(found.areaLabel, this.#sec.countries, false) : null;
    const geo = geoContextOf(analysis, { countries: this.#sec.countries, region: labelled ?? this.#sec.region }, extra.countries ?? [], () => this.#seenCountries.ranked());
    const draft: Draft = {
      quote,
      analysis,
      eventDate: found.date,
      timePrecision: found.precision,
      // A statement under its issuer's header line is that body's, whatever outlet it also names.
      citedSources: [...(found.sources.length > 0 ? found.sources : (extra.closingSources ?? [])), ...(extra.sources ?? []), ...found.recordSources, ...(issuer ? [{ ...issuer }] : [])],
      geo,
      groupOfSection: this.#sec.groupOfSection,
      referent: this.#sec.referents.current,
      scope: this.#sec.notes.forItem(quote) ?? this.#sec.notes.itemRead(),
      section: [...this.#sec.headings],
      quoteStart: b.start + span.start,
      quoteEnd: b.start + span.end,
      casualtyText: found.casualtyText,
      codedKilled: found.codedKilled,
      // The entry's number, on its own line above the record or in its header.
      entryId: entryIdIn(b.raw.slice(0, Math.min(b.raw.length, span.start + 80))) ?? this.#sec.entryHeading,
      bulletMark: itemMarkOf(b.raw, b.bullet),
    };
    this.#endnotes.attach(draft, quote);
    this.#drafts.push(draft);
  }
}


export function extractDocument(text: string, options: ExtractOptions): Extraction {
  const ex = new DocumentExtractor(options);
  const a = ex.push(text);
  const b = ex.end();
  return {
    document: options.document,
    title: b.title,
    period: b.period,
    published: b.published,
    incidents: [...a.incidents, ...b.incidents],
    statistics: [...a.statistics, ...b.statistics],
  };
}

// The gazetteer and the admin-1 boundaries load on first use; this loads them ahead, never at import time.
export function warmUp(): void {
  loadGazetteer();
  admin1Countries();
}
