// Streaming CSV records with the line each starts on, over Papa Parse's core parser (papaparse's
// `Parser`, fed chunk by chunk here so that reading is pulled, not pushed: memory stays bounded by
// one record whatever the file size). BOM, CRLF, quoted line breaks, any delimiter, a `sep=X` first
// line. A record the parser cannot read (a quote never closed, the usual sign of a cut-off file) comes
// out as a `bad` item in its place; a record that grows past `maxRecordChars` stops the file.

import { StringDecoder } from "node:string_decoder";
import Papa from "papaparse";

export type CsvItem =
  | { kind: "row"; line: number; fields: string[] }
  | { kind: "bad"; line: number; code: CsvProblem; reason: string; fields: string[] };

export const CSV_PROBLEMS = ["quote_not_closed", "text_after_quote"] as const;
export type CsvProblem = (typeof CSV_PROBLEMS)[number];

export interface CsvReadOptions {
  delimiter: string;
  /** The input starts with a `sep=X` line to skip. */
  sepLine: boolean;
  /** The longest record accepted, in characters (default 8 Mi: real rows are a few kB). */
  maxRecordChars?: number;
}

export const DEFAULT_MAX_RECORD_CHARS = 8 * 1024 * 1024;

/** A record that grew past the limit without ending: reading stops, since no later line can be trusted. */
export class CsvRecordTooLarge extends Error {
  constructor(
    readonly line: number,
    readonly limit: number,
  ) {
    super(`a record starting here runs past ${Math.round(limit / (1024 * 1024))} MB without ending (a quote never closed?): the file cannot be read further`);
  }
}

interface PapaError {
  code: string;
  /** Index of the record in this call's `data`. */
  row: number;
}

interface PapaResult {
  data: string[][];
  errors: PapaError[];
  meta: { cursor: number };
}

const PROBLEM_REASONS: Readonly<Record<CsvProblem, string>> = {
  quote_not_closed: "a quoted field is never closed (the file ends inside quotes)",
  text_after_quote: "a quoted field has text after its closing quote",
};

/** Occurrences of `ch` in `s` from `from` to `to`. */
function countChar(s: string, ch: string, from = 0, to = s.length): number {
  let n = 0;
  for (let i = s.indexOf(ch, from); i >= 0 && i < to; i = s.indexOf(ch, i + 1)) n++;
  return n;
}

/** The record separator the header line ends with. */
function recordSeparator(text: string): "\r\n" | "\n" | "\r" {
  const lf = text.indexOf("\n");
  const cr = text.indexOf("\r");
  if (cr >= 0 && (lf < 0 || cr < lf)) return text[cr + 1] === "\n" ? "\r\n" : "\r";
  return "\n";
}

/** Records in batches (one per chunk parsed), so the per-record cost of async iteration is paid per batch. */
export async function* readCsvRecords(input: AsyncIterable<Buffer>, o: CsvReadOptions): AsyncGenerator<CsvItem[]> {
  const max = o.maxRecordChars ?? DEFAULT_MAX_RECORD_CHARS;
  const decoder = new StringDecoder("utf8");
  let parser: Papa.Parser | null = null;
  /** The line break that counts lines ("\r" only in old Mac files). */
  let lineBreak = "\n";
  let line = 1;
  /** Before the parser starts: the text read so far (BOM, `sep=X` line and first line). */
  let head = "";
  /** The unfinished last record, then chunks waiting to be joined to it. */
  let partial = "";
  let waiting: string[] = [];
  let waitingChars = 0;

  const parse = (text: string, last: boolean): CsvItem[] => {
    const r = parser!.parse(text, 0, !last) as PapaResult;
    const rows = r.data;
    const consumed = last ? text.length : r.meta.cursor;
    partial = last ? "" : text.slice(consumed);
    // Line breaks inside fields: those beyond one per record. Records are searched for them only until
    // all are found, so a chunk without any costs nothing per record. (The final parse gives one record
    // more than line breaks: the text after the last one.)
    let inside = countChar(text, lineBreak, 0, consumed) - (rows.length - (last ? 1 : 0));
    const out: CsvItem[] = [];
    let e = 0;
    for (let k = 0; k < rows.length; k++) {
      const fields = rows[k]!;
      const start = line;
      if (inside > 0) {
        const n = extraLines(fields, lineBreak);
        line += 1 + n;
        inside -= n;
      } else line += 1;
      if (e < r.errors.length && r.errors[e]!.row === k) {
        const code: CsvProblem = r.errors[e]!.code === "MissingQuotes" ? "quote_not_closed" : "text_after_quote";
        while (e < r.errors.length && r.errors[e]!.row === k) e++;
        out.push({ kind: "bad", line: start, code, reason: PROBLEM_REASONS[code], fields });
        continue;
      }
      if (fields.length === 1 && fields[0] === "") continue; // an empty line
      out.push({ kind: "row", line: start, fields });
    }
    return out;
  };

  /** Starts the parser once the first record line is there; returns the text to parse, or null to read on. */
  const begin = (final: boolean): string | null => {
    let text = head.charCodeAt(0) === 0xfeff ? head.slice(1) : head;
    if (o.sepLine) {
      const end = text.indexOf("\n");
      if (end < 0 && !final) return null;
      text = end < 0 ? "" : text.slice(end + 1);
    }
    // The first line break decides the record separator; a "\r" at the very end may yet be "\r\n".
    const lineEnd = text.search(/[\r\n]/);
    if (!final && (lineEnd < 0 || lineEnd === text.length - 1)) return null;
    const separator = recordSeparator(text);
    lineBreak = separator === "\r" ? "\r" : "\n";
    line = o.sepLine ? 2 : 1;
    parser = new Papa.Parser({ delimiter: o.delimiter, newline: separator, quoteChar: '"' });
    head = "";
    return text;
  };

  for await (const chunk of input) {
    let text = decoder.write(chunk);
    if (parser === null) {
      head += text;
      if (head.length > max) throw new CsvRecordTooLarge(1, max);
      const first = begin(false);
      if (first === null) continue;
      text = first;
    }
    waiting.push(text);
    waitingChars += text.length;
    // A long unfinished record is parsed again only once the text after it is as long as it, so the
    // work stays linear in its length and at most twice the limit is held.
    if (waitingChars < partial.length) continue;
    const joined = partial + (waiting.length === 1 ? waiting[0]! : waiting.join(""));
    waiting = [];
    waitingChars = 0;
    const batch = parse(joined, false);
    if (batch.length > 0) yield batch;
    if (partial.length > max) throw new CsvRecordTooLarge(line, max);
  }
  const tail = decoder.end();
  let text: string;
  if (parser === null) {
    head += tail;
    text = begin(true) ?? "";
  } else text = partial + waiting.join("") + tail;
  if (text.length === 0) return;
  const batch = parse(text, true);
  if (batch.length > 0) yield batch;
}

/** Lines a record spans beyond its first: line breaks only occur inside quoted fields. */
function extraLines(fields: readonly string[], lineBreak: string): number {
  let n = 0;
  for (let f = 0; f < fields.length; f++) {
    const s = fields[f]!;
    if (s.length > 0 && s.includes(lineBreak)) n += countChar(s, lineBreak);
  }
  return n;
}
