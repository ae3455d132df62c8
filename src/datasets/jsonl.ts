// Our own JSONL (one interchange Incident per line, as `extract --format jsonl` and `convert --to jsonl`
// write it): read line by line, each line checked against the format before it is accepted.

import { StringDecoder } from "node:string_decoder";
import type { Incident } from "../core/incident.ts";
import { CATEGORIES, CLAIMS, METHODS, TARGET_TYPES, isOneOf } from "../core/vocabulary.ts";
import { isValidDate } from "./dates.ts";

export async function* readLines(input: AsyncIterable<Buffer>): AsyncGenerator<{ line: number; text: string }> {
  const decoder = new StringDecoder("utf8");
  let rest = "";
  let line = 1;
  let first = true;
  for await (const chunk of input) {
    let text = rest + decoder.write(chunk);
    if (first && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    first = false;
    let start = 0;
    for (let nl = text.indexOf("\n"); nl >= 0; nl = text.indexOf("\n", start)) {
      yield { line: line++, text: text.slice(start, nl).replace(/\r$/, "") };
      start = nl + 1;
    }
    rest = text.slice(start);
  }
  rest += decoder.end();
  if (rest !== "") yield { line, text: rest.replace(/\r$/, "") };
}

function isRange(v: unknown): boolean {
  if (typeof v !== "object" || v === null) return false;
  const r = v as { low?: unknown; high?: unknown };
  return typeof r.low === "number" && (r.high === null || typeof r.high === "number");
}

/** Why a parsed JSON value is not an interchange Incident, or null when it is one. */
export function incidentProblem(v: unknown): string | null {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return "not a JSON object";
  const o = v as Record<string, unknown>;
  for (const k of ["id", "event_date", "perpetrator", "target", "country", "admin1", "location", "quote", "document"]) {
    if (typeof o[k] !== "string") return `field ${k} is missing or not a string`;
  }
  const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(o.event_date as string);
  if (!date || !isValidDate(Number(date[1]), Number(date[2]), Number(date[3]))) return `event_date "${String(o.event_date)}" is not YYYY-MM-DD`;
  if (!isOneOf(CATEGORIES, o.category)) return `category ${JSON.stringify(o.category)} is not one of ${CATEGORIES.join(", ")}`;
  if (!Array.isArray(o.methods) || o.methods.length === 0 || !o.methods.every((m) => isOneOf(METHODS, m))) return "methods must be a non-empty list of known methods";
  if (!isOneOf(TARGET_TYPES, o.target_type)) return `target_type ${JSON.stringify(o.target_type)} is not a known target type`;
  if (o.claim !== null && !isOneOf(CLAIMS, o.claim)) return `claim ${JSON.stringify(o.claim)} is not a known claim`;
  for (const k of ["time_precision", "geo_precision"]) if (o[k] !== 1 && o[k] !== 2 && o[k] !== 3) return `${k} must be 1, 2 or 3`;
  for (const k of ["killed", "wounded", "casualties"]) if (!isRange(o[k])) return `${k} must be {low, high}`;
  for (const k of ["latitude", "longitude"]) if (o[k] !== null && typeof o[k] !== "number") return `${k} must be a number or null`;
  if (typeof o.fatalities !== "number") return "fatalities must be a number";
  if (!Array.isArray(o.sources)) return "sources must be a list";
  return null;
}

/** Fills the fields older writers may leave out (offset, section, quote offsets). */
export function completeIncident(o: Record<string, unknown>): Incident {
  const i = { offset: null, quote_start: 0, quote_end: 0, section: [], ...o } as unknown as Incident;
  return i;
}
