// `spotlight convert FILE --from … --to …`: a dataset file (ACLED, GTD, UCDP GED, our JSONL) streamed
// through the importer's mapping and straight out through an exporter, without the store.
//
// Exit codes: 0 when every row was imported, or the only rejection is a truncated last row (the usual
// cut-off download: reported with its line, but the file is otherwise whole); 1 when any other row was
// rejected, or the file cannot be read as a dataset at all (empty, binary, unknown or wrong format);
// 2 for usage errors.
//
// TODO(issue 4, store): `spotlight import acled|gtd|ucdp|jsonl|auto FILE --db …` and
// `spotlight export --format … [--country --from --to]` belong here too once src/core/store.ts offers a
// bulk insert of interchange incidents in one transaction per file. The import side is
// `importDataset(stream, {file, from})` -> batches of `item.incident` -> one transaction, rejected rows
// reported as `convert` does; the export side is `createExporter(format)` over the store's incident
// iterator (`start()`, `write(i)` per incident, `end()`). Incident ids are `acled:<event_id_cnty>`,
// `gtd:<eventid>`, `ucdp:<id>`, so a re-import of the same file can upsert by id and change nothing.

import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import path from "node:path";
import { Option, type Command } from "commander";
import { DatasetError } from "../datasets/dataset-error.ts";
import { createExporter, EXPORT_FORMATS, type Exporter, type ExportFormat } from "../datasets/export.ts";
import { importDataset, IMPORT_FORMATS, ImportSummary, type ImportFormat, type ImportInfo } from "../datasets/import.ts";
import { fromFsError, InputError } from "../io/input-error.ts";
import { EXIT } from "./extract-command.ts";

export interface DatasetIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  setExit: (code: number) => void;
  stdin?: AsyncIterable<Uint8Array | string>;
  /** Progress lines only on a terminal (defaults to process.stderr.isTTY). */
  progress?: boolean;
}

export interface ConvertOptions {
  from: ImportFormat;
  to: ExportFormat;
}

const MAX_LISTED_REJECTIONS = 20;

/** Counts bytes as they pass, for the progress line. */
async function* counted(input: AsyncIterable<Uint8Array | string>, onBytes: (n: number) => void): AsyncGenerator<Uint8Array | string> {
  for await (const chunk of input) {
    onBytes(typeof chunk === "string" ? Buffer.byteLength(chunk) : chunk.length);
    yield chunk;
  }
}

function seconds(s: number): string {
  return s >= 3600 ? `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, "0")}m` : s >= 60 ? `${Math.floor(s / 60)}m${String(Math.floor(s % 60)).padStart(2, "0")}s` : `${Math.ceil(s)}s`;
}

export async function runConvert(file: string, o: ConvertOptions, io: DatasetIo): Promise<number> {
  const isStdin = file === "-";
  const name = isStdin ? "<stdin>" : file;
  let size = 0;
  if (!isStdin) {
    try {
      const s = await stat(file);
      if (s.isDirectory()) throw new InputError("unreadable", file, "is a directory, not a file");
      size = s.size;
    } catch (e) {
      io.stderr(`spotlight: ${fromFsError(e, file).message}\n`);
      return EXIT.inputError;
    }
  }
  const showProgress = io.progress ?? process.stderr.isTTY === true;
  let bytes = 0;
  const started = Date.now();
  let lastProgress = started;
  const raw: AsyncIterable<Uint8Array | string> = isStdin ? (io.stdin ?? process.stdin) : createReadStream(file, { highWaterMark: 1 << 20 });
  const input = counted(raw, (n) => (bytes += n));
  const summary = new ImportSummary();
  let info: ImportInfo | null = null;
  let exporter: Exporter | null = null;
  const document = isStdin ? "<stdin>" : path.basename(file);
  try {
    for await (const item of importDataset(input, {
      file: document,
      from: o.from,
      onInfo: (i) => {
        info = i;
        // ACLED in, ACLED out: keep the file's own columns and code style so that values round-trip.
        const same = i.format === o.to && i.columns.length > 0;
        exporter = createExporter(o.to, same ? { columns: i.columns, ...(i.style ? { style: i.style } : {}) } : {});
        io.stdout(exporter.start());
      },
      onSkippedTagRow: () => summary.tagRows++,
    })) {
      summary.add(item);
      if (item.kind === "incident") io.stdout(exporter!.write(item.incident));
      else if (summary.rejected <= MAX_LISTED_REJECTIONS) io.stderr(`spotlight: ${name}:${item.line}: rejected: ${item.reason}\n`);
      if (showProgress && (summary.imported + summary.rejected) % 1000 === 0 && Date.now() - lastProgress > 250) {
        lastProgress = Date.now();
        const elapsed = (lastProgress - started) / 1000;
        const rows = summary.imported + summary.rejected;
        const rate = rows / Math.max(elapsed, 0.001);
        const eta = size > 0 && bytes > 0 ? seconds((elapsed * (size - bytes)) / bytes) : "?";
        const pct = size > 0 ? ` ${Math.min(100, Math.round((100 * bytes) / size))}%` : "";
        process.stderr.write(`\r${name}:${pct} ${rows.toLocaleString("en")} rows, ${Math.round(rate).toLocaleString("en")} rows/s, ETA ${eta}   `);
      }
    }
  } catch (e) {
    if (showProgress) process.stderr.write("\n");
    if (e instanceof DatasetError) {
      io.stderr(`spotlight: ${isStdin ? e.message.replace(document, name) : e.message.replace(document, file)}\n`);
      return EXIT.inputError;
    }
    io.stderr(`spotlight: ${fromFsError(e, file).message}\n`);
    return EXIT.inputError;
  }
  if (exporter !== null) io.stdout((exporter as Exporter).end());
  if (showProgress) process.stderr.write("\n");
  const detected = info as ImportInfo | null;
  const what = detected ? `${detected.format.toUpperCase()} (${detected.schema})` : "";
  if (summary.rejected > MAX_LISTED_REJECTIONS) io.stderr(`spotlight: ${name}: … and ${summary.rejected - MAX_LISTED_REJECTIONS} more rejected rows\n`);
  const parts = [`${summary.imported} imported`, `${summary.rejected} rejected${summary.truncated > 0 ? ` (${summary.truncated} truncated last row)` : ""}`];
  if (summary.tagRows > 0) parts.push(`${summary.tagRows} HXL tag row skipped`);
  io.stderr(`spotlight: ${name}: ${what}: ${parts.join(", ")}\n`);
  return summary.unexplained > 0 ? EXIT.inputError : EXIT.ok;
}

export function registerDatasetCommands(program: Command, io: DatasetIo): void {
  program
    .command("convert")
    .description("convert a dataset file (ACLED, GTD, UCDP GED, Spotlight JSONL) to another format, streaming; summary on stderr")
    .argument("<file>", "the dataset file, or - for standard input")
    .addOption(new Option("--from <format>", "input format (auto: from the header)").choices([...IMPORT_FORMATS]).default("auto"))
    .addOption(new Option("--to <format>", "output format").choices([...EXPORT_FORMATS]).default("jsonl"))
    .action(async (file: string, opts: ConvertOptions) => {
      io.setExit(await runConvert(file, opts, io));
    });
}
