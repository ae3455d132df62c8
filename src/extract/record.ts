// Labelled records, as military and e-mailed SITREPs give one incident: "DTG: 130545Z MAR 23
// LOCATION: 12 KM SE OF MONGUNO, BORNO STATE, NG TYPE: IED STRIKE DETAILS: ... CASUALTIES: 3 KIA /
// 1 WIA ATTRIBUTION: SUSPECTED ISWAP SOURCE: ...". The fields are re-read as the prose the rules
// know: date and place first, then what happened, the toll, the attribution and the sources.

import type { Range, SourceRef } from "../core/incident.ts";
import { countryName } from "../geo/countries.ts";

const LABELS = [
  "DTG", "DATE", "TIME", "DATE/TIME", "LOCATION", "LOC", "PLACE", "AREA", "TYPE", "EVENT", "INCIDENT",
  "DETAILS", "NARRATIVE", "SUMMARY", "DESCRIPTION", "CASUALTIES", "CAS", "ATTRIBUTION", "PERPETRATOR",
  "ACTOR", "ACTORS", "CLAIM", "SOURCE", "SOURCES", "REMARKS", "COMMENT", "TARGET", "WEAPON", "METHOD", "KILLED",
  "DEAD", "FATALITIES", "WOUNDED", "INJURED",
];
/** Text before the first label: a place typed as a dateline ("TILLABERI (Niger) – Date: ..."). */
const LEAD_IN = 50;
// Longer labels first, so "DATE/TIME" is not read as "DATE".
// A hand-typed log labels in title case ("Location:"): each label in both forms, never any case,
// so a "the area: ..." inside a field's text is no label.
const LABEL_FORMS = LABELS.flatMap((l) => [l, l[0] + l.slice(1).toLowerCase()]);
const LABEL_RE = new RegExp(`(?<![A-Za-z/])(${[...new Set(LABEL_FORMS)].sort((a, b) => b.length - a.length).map((l) => l.replace("/", "\\/")).join("|")}):\\s`, "g");

const HEADLINE_LABEL_RE = /^(?:SUMMARY|Summary|EVENT|Event|INCIDENT|Incident|TYPE|Type)$/;
const ACCOUNT_LABEL_RE = /^(?:DETAILS|Details|NARRATIVE|Narrative|DESCRIPTION|Description)$/;

export interface RecordReading {
  /** The record as prose, for the rules (not a quote). */
  analysis: string;
  /** Outlets its SOURCE field names. */
  sources: SourceRef[];
  /** The CASUALTIES field as the only text counted, when there is one (DETAILS often repeats it). */
  casualties: string | null;
  /** A dataset's coded fatalities ("Fatalities: 3-5"): the dead as its coder counted them from the sources. */
  fatalities: Range | null;
}

const CODED_RANGE_RE = /^(\d{1,5})(?:\s*[-–]\s*(\d{1,5}))?\.?$/;

/** "4", "3-5": a coded fatality field as a range; null for anything else ("unknown", "several"). */
function codedRange(value: string): Range | null {
  const m = CODED_RANGE_RE.exec(value.trim());
  if (!m) return null;
  const low = Number(m[1]);
  const high = m[2] === undefined ? low : Number(m[2]);
  return high >= low ? { low, high } : null;
}

/**
 * A LOCATION field as prose names a place: "12 KM SE OF MONGUNO, MONGUNO-MARTE RD, BORNO STATE, NG"
 * -> "12 km SE of Monguno (Monguno-Marte Rd, Borno State, Nigeria)": capitals as a name prints them
 * (two-letter compass points kept), "VICINITY" as "near", a closing ISO code as its country.
 */
function placeProse(value: string): string {
  const cased = value
    .replace(/\b[A-Z][A-Z'-]{2,}\b/g, (w) => w[0] + w.slice(1).toLowerCase())
    .replace(/\b(?:OF|IN|ON|AT)\b/g, (w) => w.toLowerCase())
    .replace(/\bKM\b/g, "km")
    .replace(/^(?:Vicinity|Vic\.?|Near)\s+(?:of\s+)?/, "near ")
    .replace(/,\s*([A-Z]{2})$/, (_, code: string) => `, ${countryName(code)}`);
  const [first, ...rest] = cased.split(/\s*,\s*/);
  return rest.length > 0 ? `${first} (${rest.join(", ")})` : cased;
}

/** The outlets a SOURCE field names: "Nigerian Army 7 Div press release; Amaq" -> Nigerian Army, Amaq. */
function recordSources(value: string): SourceRef[] {
  const out: SourceRef[] = [];
  for (const part of value.split(/\s*[;,]\s*|\s+and\s+/)) {
    const name = part.replace(/\s+(?:\d.*|press (?:release|statement).*|statement.*|communiqu[eé].*|report.*|figures?.*|(?:via|on) .*)$/i, "").trim();
    // "Local contacts", "HUMINT": people, not outlets.
    if (!name || /^(?:local|HUMINT|open sources?|own)\b/i.test(name) || !/^[A-Z]/.test(name)) continue;
    out.push({ name, date: null });
  }
  return out;
}

/** A labelled record read as prose, or null when `text` is not one (fewer than three labels). */
export function readRecord(text: string): RecordReading | null {
  if (!text.includes(":")) return null;
  const marks = [...text.matchAll(LABEL_RE)];
  // "Summary: ... Details: ...": an alert's headline and its account are a record of two fields.
  const headlined = marks.length === 2 && marks[0]!.index === 0 && HEADLINE_LABEL_RE.test(marks[0]![1]!) && ACCOUNT_LABEL_RE.test(marks[1]![1]!);
  if ((marks.length < 3 && !headlined) || marks[0]!.index > LEAD_IN) return null;
  const lead = text.slice(0, marks[0]!.index).replace(/\s*[–—:-]\s*$/, "").trim();
  // A lead-in that is more than a place's name (capitalised words, a country in brackets) is prose that merely holds colons.
  if (lead && !/^(?:[A-Z][\w'’.-]*\s*){1,4}(?:\([^()]{2,30}\))?$/.test(lead)) return null;
  const fields = new Map<string, string>();
  marks.forEach((m, i) => {
    const end = i + 1 < marks.length ? marks[i + 1]!.index : text.length;
    // Fields typed on one line end with a semicolon or a comma before the next label.
    const value = text.slice(m.index + m[0].length, end).trim().replace(/[;,]$/, "").trim();
    const label = m[1]!.toUpperCase();
    if (!fields.has(label)) fields.set(label, value);
  });
  const get = (...names: string[]): string => names.map((n) => fields.get(n)).find((v) => v) ?? "";
  const sentence = (s: string): string => (!s ? "" : /[.!?]$/.test(s) ? `${s} ` : `${s}. `);
  const when = get("DTG", "DATE/TIME", "DATE", "TIME");
  const where = placeProse(get("LOCATION", "LOC", "PLACE", "AREA") || lead);
  const what = get("DETAILS", "NARRATIVE", "DESCRIPTION", "SUMMARY", "EVENT", "INCIDENT");
  let attribution = get("ATTRIBUTION", "PERPETRATOR", "ACTOR", "ACTORS", "CLAIM");
  // "UNKNOWN (JAS OR ISWAP, UNCONFIRMED)": the groups guessed at are not the perpetrator.
  if (/^(?:unknown|unattributed|none|nil|n\/a)\b/i.test(attribution)) attribution = "Nobody claimed it and the perpetrator is unknown";
  // "Killed: 5 soldiers; Wounded: 3": the two tolls as one field.
  const tolls = [get("KILLED", "DEAD") && `${get("KILLED", "DEAD")} killed`, get("WOUNDED", "INJURED") && `${get("WOUNDED", "INJURED")} wounded`].filter(Boolean).join("; ");
  const casualties = get("CASUALTIES", "CAS") || tolls;
  // "On 130545Z MAR 23, in Gajiram (Nganzai LGA, ...), ISWAP fighters ...": as a dated lead sentence opens.
  const place = !where ? "" : /^(?:\d|near\b)/.test(where) ? where : `in ${where}`;
  const head = [when ? `On ${when}` : "", place].filter(Boolean).join(", ");
  const analysis = [
    head ? `${head}, ` : "",
    sentence(what),
    sentence(get("TYPE", "METHOD", "WEAPON") && `Type: ${get("TYPE", "METHOD", "WEAPON")}`),
    sentence(get("TARGET") && `Target: ${get("TARGET")}`),
    sentence(casualties && !/^(?:nil|none|nk)\b/i.test(casualties) ? `Casualties: ${casualties}` : ""),
    // "Fatalities: 3-5": a dataset's coded toll, read as the record wrote it.
    sentence(get("FATALITIES") && `Fatalities: ${get("FATALITIES")}`),
    sentence(attribution && `Attribution: ${attribution}`),
    sentence(get("REMARKS", "COMMENT")),
  ].join("").trim();
  const counted = !casualties ? null : /^(?:nil|none|nk)\b/i.test(casualties) ? "No casualties." : `Casualties: ${casualties}.`;
  return { analysis, sources: recordSources(get("SOURCE", "SOURCES")), casualties: counted, fatalities: codedRange(get("FATALITIES")) };
}
