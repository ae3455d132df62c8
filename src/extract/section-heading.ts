// What a heading says of the items below it: the countries they are in and the region (a province,
// a governorate) that places them when they name no place of their own.

import { loadGazetteer, type Place } from "../geo/gazetteer.ts";
import { countriesIn, findArena } from "./arenas.ts";
import { headingPlace } from "./places.ts";
import { SETTLEMENT } from "./place-names.ts";
import { MONTH_RE } from "./dates.ts";
import { countryFromText } from "../geo/countries.ts";

/**
 * The countries a heading names, with its arena's, or null when it names none. "NIGER" over items
 * in Nigeria is Niger State: a country's name that is a state of the countries in force names the state.
 */
export function headingCountries(text: string, inForce: readonly string[]): string[] | null {
  const arena = findArena(text);
  const state = () => loadGazetteer().findAdmin1(text.trim(), { countries: [...inForce] })?.country ?? "";
  const named = inForce.length > 0 ? countriesIn(text).filter((c) => inForce.includes(c) || !inForce.includes(state())) : countriesIn(text);
  return arena || named.length > 0 ? [...new Set([...named, ...(arena?.countries ?? [])])] : null;
}

const MONTH_HEADING_RE = new RegExp(`^\\s*(?:${MONTH_RE})(?:\\s*[/|–-]\\s*(?:${MONTH_RE}))*\\s*,?\\s*(?:(?:19|20)\\d\\d)?\\s*$`, "i");

/** The place below a country a heading names ("Diyala Province", "Beni territory"), or null. */
const BODY_NAME_RE = /\b(?:Cent(?:re|er)|Institute|Foundation|Observatory|Council|Programme|Program|Project|Academy|Forum|Network|Society|Association)\s+(?:for|of|on)\s/i;

const TITLE_CAMP_RE = /\b(?:camp|IDP site)\b/i;
const CAMP_NAME_RE = /([\p{L}'’-]+)\s+camp\b/iu;

/** "... UNIT AL-HOL CAMP AND ANNEX": the camp a heading names by the word before "camp", in the countries in force. */
function campNamed(quote: string, countries: readonly string[]): Place | null {
  const m = CAMP_NAME_RE.exec(quote);
  if (!m) return null;
  const name = m[1]!.toLowerCase().replace(/(^|-)(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());
  return loadGazetteer().lookup(name, { countries: [...countries] }).find((p) => countries.length === 0 || countries.includes(p.country)) ?? null;
}

export function headingRegion(quote: string, countries: readonly string[], isFirstBlock: boolean): Place | null {
  // "Date of issue: 8 June 2023", "Coverage: 1-31 August": metadata, not a section.
  // "SYRIA: THE EUPHRATES VALLEY" is a country's section, its region after the colon.
  const label = /^([A-Z][\w ]{1,30}):\s/.exec(quote);
  if (label && !countryFromText(label[1]!)) return null;
  // "MAI / MAY", "June 2016": a month's section, not a place (Mai is a Kenyan town).
  if (MONTH_HEADING_RE.test(quote)) return null;
  // "CENTRE FOR SECURITY AND CONFLICT STUDIES": a body's name (Centre is also a Cameroonian region).
  if (BODY_NAME_RE.test(quote)) return null;
  const place = headingPlace(quote, [...countries]) ?? campNamed(quote, countries);
  // A town in the document's title ("Jazira Monitor") is more often a coincidence of names
  // than the place of everything that follows; provinces and regions there do hold.
  // "AL-HOL CAMP AND ANNEX: DAILY SECURITY LOG": a title naming a camp is the log of that camp.
  if (!place || place.kind === "country" || (isFirstBlock && SETTLEMENT.has(place.kind) && !TITLE_CAMP_RE.test(quote))) return null;
  return place;
}

/** A heading over more than one country: "around the globe", "in the various provinces", "worldwide". */
const SEVERAL_COUNTRIES_RE = /\b(?:globe|global|world(?:wide)?|international|abroad|various|provinces|arenas|countries|regions|outside)\b/i;

/**
 * The country a note on a heading is bound to, or null when it runs across countries. A heading
 * naming one country or a place binds it there ("ISIS's activity in Iraq¹", "Kirkuk Province²");
 * one naming none holds the country in force ("ISIS's activity²" under "Syria"); an arena of
 * several countries ("ISIS in West Africa³") or a heading that spans several ("ISIS's activity
 * around the globe⁴") runs across them.
 */
export function noteCountry(heading: string, named: readonly string[] | null, place: Place | null, inForce: readonly string[]): string | null {
  const several = named ? named.length > 1 : !place && SEVERAL_COUNTRIES_RE.test(heading);
  return several ? null : (inForce[0] ?? null);
}
