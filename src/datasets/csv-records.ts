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

function countNewlines(s: string): number {
  let n = 0;
  for (let i = s.indexOf("\n"); i >= 0; i = s.indexOf("\n", i + 1)) n++;
  return n;
}

function describe(code: string, message: string): string {
  if (code === "CSV_QUOTE_NOT_CLOSED") return "a quoted field is never closed (the file ends inside quotes)";
  return message.replace(/ at line \d+.*$/s, "");
}

export async function* readCsvRecords(input: AsyncIterable<Buffer>, o: CsvReadOptions): AsyncGenerator<CsvItem> {
  const parser = parse({
    delimiter: o.delimiter,
    bom: true,
    raw: true,
    relax_quotes: true,
    relax_column_count: true,
    skip_records_with_error: true,
    from_line: o.sepLine ? 2 : 1,
  });
  const skipped: Skipped[] = [];
  parser.on("skip", (e: Error & { code?: string; records?: number; raw?: string }) => {
    skipped.push({ before: e.records ?? 0, code: e.code ?? "CSV_ERROR", message: e.message, raw: e.raw ?? "" });
  });
  const source = Readable.from(input);
  source.on("error", (e) => parser.destroy(e));
  source.pipe(parser);
  let line = o.sepLine ? 2 : 1;
  let records = 0;
  const flushSkipped = function* (upTo: number): Generator<CsvItem> {
    while (skipped.length > 0 && skipped[0]!.before <= upTo) {
      const s = skipped.shift()!;
      yield { kind: "bad", line, code: s.code, reason: describe(s.code, s.message) };
      line += 1 + countNewlines(s.raw);
    }
  };
  for await (const item of parser as AsyncIterable<{ record: string[]; raw: string }>) {
    yield* flushSkipped(records);
    records++;
    const start = line;
    line += 1 + countNewlines(item.raw);
    const fields = item.record;
    if (fields.length === 1 && fields[0] === "") continue; // an empty line
    yield { kind: "row", line: start, fields };
  }
  yield* flushSkipped(Number.POSITIVE_INFINITY);
}
