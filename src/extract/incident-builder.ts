// From one incident's text and its section context to an interchange-format incident.

import { PlaceMemory } from "./place-memory.ts";
import { hash } from "node:crypto";
import type { Incident, Range, SourceRef } from "../core/incident.ts";
import { attributeWords, withOutletSources } from "./attribution.ts";
import { extractCasualties } from "./casualties.ts";
import { withCodedKilled } from "./casualty-tally.ts";
import { withRevisions } from "./toll-revisions.ts";
import { methodsOf } from "./methods.ts";
import { locate, type GeoContext } from "./places.ts";
import { SourceMemory } from "./source-memory.ts";
import { GroupAliases, inTalibanVoice } from "./group-aliases.ts";
import { withReferent, type Referent } from "./referents.ts";
import { withFrontline, withLocalName } from "./attribution-place.ts";
import { mergeSources, namedSourcesOf } from "./sources.ts";
import { classifyTargetWords, extractTarget, ownForcesType, stateTargetType } from "./target.ts";
import { wordsOf } from "./word-gate.ts";

/** What an incident needs from the section it is listed in. */
export interface SectionNote {
  claimed: boolean;
  sources: SourceRef[];
  /** The group whose claims the note says the items are ("According to ISIS's claims ..."), if it names one. */
  group?: string | null;
  /** "the attacks marked ◆": the bullet the note covers; items under other bullets are not its. */
  marker?: string | null;
}

export interface Draft {
  /** Cleaned quote and its matching text with citations and notes blanked. */
  quote: string;
  analysis: string;
  eventDate: string;
  timePrecision: 1 | 2 | 3;
  citedSources: SourceRef[];
  geo: GeoContext;
  groupOfSection: string | null;
  /** The group the section's bare "insurgents" and "militants" refer to, if it named one. */
  referent: Referent | null;
  /** Mutable: a footnote defined after the incident may still fill it in. */
  scope: { note: SectionNote | null; pending: boolean };
  section: string[];
  quoteStart: number;
  quoteEnd: number;
  /** The only text casualties are counted from, when the item has a field for them (a SITREP's CASUALTIES). */
  casualtyText?: string | null;
  /** The dead as a dataset's record codes them ("Fatalities: 3-5"); the wounded are still read from its text. */
  codedKilled?: Range | null;
  /** Later reports' tolls for this incident, applied in order to the toll first told (see toll-revisions.ts). */
  revisions?: string[];
  /** Endnote marks whose notes have not been read yet: the draft waits for them. */
  awaitingNotes?: number;
  /** The number its log or brief gives the entry ("MZ-21-075", "FIR No. 64"), for updates that name it. */
  entryId?: string | null;
  /** The bullet the item's line opens with ("◆"), for a note that covers only the items it marks. */
  bulletMark?: string | null;
}

const DOUBLE_QUOTES_RE = /["“”]/g;

export function incidentId(document: string, start: number, quote: string): string {
  // One-shot digest: the same SHA-1 as createHash(...).update(...).digest("hex"), without a Hash object per incident.
  return hash("sha1", `${document}\u0000${start}\u0000${quote}`, "hex").slice(0, 16);
}

export function buildIncident(d: Draft, document: string, memory: SourceMemory = new SourceMemory(), aliases: GroupAliases = new GroupAliases(), places: PlaceMemory = new PlaceMemory()): Incident {
  const note = d.scope.note && (!d.scope.note.marker || d.scope.note.marker === d.bulletMark) ? d.scope.note : null;
  const hints = withOutletSources({ claimedBySection: Boolean(note?.claimed), groupOfSection: d.groupOfSection ?? note?.group ?? null }, d.citedSources.map((s) => s.name));
  // The text's words, read once for the rule families that gate on them.
  const words = wordsOf(d.analysis);
  const where = places.resolve(locate(d.analysis, d.geo), d.analysis, d.section);
  // The groups are read with the document's own abbreviations for them spelled out ("AS" -> al-Shabaab),
  // and with the Taliban's "mujahidin" named as theirs where the text calls ISIS "khawarij".
  // Quotation marks the text puts round the group's words ('six "takfiri" operatives') are no part of what the rules read.
  const actorText = inTalibanVoice(aliases.apply(d.analysis)).replace(DOUBLE_QUOTES_RE, "");
  const attributed = attributeWords(actorText, hints, actorText === d.analysis ? words : wordsOf(actorText));
  const a = withFrontline(withLocalName(withReferent(attributed, d.referent, where.country, d.analysis), where.country), d.analysis, where.country, where.admin1);
  const methods = methodsOf(d.analysis, a.category, words);
  const told = withCodedKilled(extractCasualties(d.casualtyText ?? d.analysis), d.codedKilled ?? null);
  const cas = d.revisions ? withRevisions(told, d.revisions.map((text) => ({ text, counted: extractCasualties(text) }))) : told;
  // A later toll ("the health directorate spoke of 38 dead") tells nothing of whom the attack hit.
  const firstTold = d.revisions ? d.revisions.reduce((t, r) => t.replace(r, ""), d.analysis) : d.analysis;
  const target = extractTarget(firstTold);
  const typed = stateTargetType(classifyTargetWords(target, firstTold, a.category, firstTold === d.analysis ? words : wordsOf(firstTold)), target, a.category, d.eventDate);
  const targetType = a.category === "attack" ? ownForcesType(typed, target, d.analysis, d.citedSources.map((s) => s.name)) : typed;
  // A note on claims sources the claimed attacks it covers (not an item that says nobody claimed it);
  // a note that the items are a monitor's own documentation sources them all.
  const noteApplies = note !== null && (note.claimed ? a.category === "attack" && a.claim === "claimed" : true);
  const sources = mergeSources([memory.resolve(d.citedSources), memory.resolve(namedSourcesOf(d.analysis, words)), noteApplies ? note.sources : []]);
  return {
    id: incidentId(document, d.quoteStart, d.quote),
    event_date: d.eventDate,
    time_precision: d.timePrecision,
    category: a.category,
    methods,
    perpetrator: a.perpetrator,
    claim: a.claim,
    target,
    target_type: targetType,
    country: where.country,
    admin1: where.admin1,
    location: where.location,
    offset: where.offset,
    latitude: where.latitude,
    longitude: where.longitude,
    geo_precision: where.geo_precision,
    killed: cas.killed,
    wounded: cas.wounded,
    casualties: cas.casualties,
    fatalities: cas.killed.low,
    sources,
    quote: d.quote,
    document,
    quote_start: d.quoteStart,
    quote_end: d.quoteEnd,
    section: d.section,
  };
}
