// Streaming CSV records with the line each starts on, over csv-parse: BOM, CRLF, quoted line breaks,
// any delimiter, a `sep=X` first line. A record the parser cannot read (a quote never closed, the
// usual sign of a cut-off file) comes out as a `bad` item in its place instead of ending the stream.

import { Readable } from "node:stream";
import { parse } from "csv-parse";

export type CsvItem =
  | { kind: "row"; line: number; fields: string[] }
  | { kind: "bad"; line: number; code: string; reason: string };

export interface CsvReadOptions {
  delimiter: string;
  /** The input starts with a `sep=X` line to skip. */
  sepLine: boolean;
}

interface Skipped {
  /** Records emitted before this one. */
  before: number;
  code: string;
  message: string;
  raw: string;
}

/** Line breaks inside a text. */
function countNewlines(s: string): number {
  let n = 0;
  for (let i = s.indexOf("\n"); i >= 0; i = s.indexOf("\n", i + 1)) n++;
  return n;
}

/**
 * Lines a record spans beyond its first: line breaks only occur inside quoted fields, so they are the
 * line breaks in its values (cheaper than csv-parse's `raw` or `info` options, which halve its speed).
 */
function extraLines(fields: readonly string[]): number {
  let n = 0;
  for (let f = 0; f < fields.length; f++) if (fields[f]!.length > 0 && fields[f]!.includes("\n")) n += countNewlines(fields[f]!);
  return n;
}

function describe(code: string, message: string): string {
  if (code === "CSV_QUOTE_NOT_CLOSED") return "a quoted field is never closed (the file ends inside quotes)";
  return message.replace(/ at line \d+.*$/s, "");
}

/** Records in batches (whatever the parser has ready), so that the per-record cost of async iteration is paid per batch. */
export async function* readCsvRecords(input: AsyncIterable<Buffer>, o: CsvReadOptions): AsyncGenerator<CsvItem[]> {
  const parser = parse({
    delimiter: o.delimiter,
    bom: true,
    relax_quotes: true,
    relax_column_count: true,
    skip_records_with_error: true,
    from_line: o.sepLine ? 2 : 1,
  });
  const skipped: Skipped[] = [];
  parser.on("skip", (e: Error & { code?: string; records?: number; raw?: string }) => {
    skipped.push({ before: e.records ?? 0, code: e.code ?? "CSV_ERROR", message: e.message, raw: e.raw ?? "" });
  });
  let ended = false;
  let failure: unknown = null;
  let wake: (() => void) | null = null;
  const notify = () => {
    const w = wake;
    wake = null;
    w?.();
  };
  parser.on("readable", notify);
  parser.on("end", () => {
    ended = true;
    notify();
  });
  parser.on("error", (e) => {
    failure = e;
    notify();
  });
  const source = Readable.from(input);
  source.on("error", (e) => parser.destroy(e));
  source.pipe(parser);
  let line = o.sepLine ? 2 : 1;
  let records = 0;
  const takeSkipped = (upTo: number, out: CsvItem[]): void => {
    while (skipped.length > 0 && skipped[0]!.before <= upTo) {
      const s = skipped.shift()!;
      out.push({ kind: "bad", line, code: s.code, reason: describe(s.code, s.message) });
      line += 1 + countNewlines(s.raw);
    }
  };
  for (;;) {
    const batch: CsvItem[] = [];
    let fields: string[] | null;
    while ((fields = parser.read() as string[] | null) !== null) {
      if (skipped.length > 0) takeSkipped(records, batch);
      records++;
      const start = line;
      line += 1 + extraLines(fields);
      if (fields.length === 1 && fields[0] === "") continue; // an empty line
      batch.push({ kind: "row", line: start, fields });
    }
    if (batch.length > 0) yield batch;
    if (failure !== null) throw failure;
    if (ended) break;
    await new Promise<void>((resolve) => {
      wake = resolve;
      if (ended || failure !== null || parser.readableLength > 0) notify();
    });
  }
  const tail: CsvItem[] = [];
  takeSkipped(Number.POSITIVE_INFINITY, tail);
  if (tail.length > 0) yield tail;
}
