// `spotlight convert FILE --from … --to …`: a dataset file (ACLED, GTD, UCDP GED, our JSONL) streamed
// through the importer's mapping and straight out through an exporter, without the store.
//
// Exit codes: 0 when every row was imported, or the only rejection is a truncated last row (the usual
// cut-off download: reported with its line, but the file is otherwise whole); 1 when any other row was
// rejected, or the file cannot be read as a dataset at all (empty, binary, unknown or wrong format);
// 2 for usage errors.
//
// `spotlight import FORMAT FILE [--db]`: the same streaming importer into the store, one transaction per
// file (`Store.importIncidents`): a file that cannot be read as a dataset leaves nothing behind, a
// re-import of the same file changes nothing. Rejected rows are listed with file:line; exit codes as
// `convert` (with --strict any rejection other than a truncated last row rolls the whole file back).
// `spotlight export --format … [--country --from --to …]`: the store's incidents, page by page, through an
// exporter, so memory stays flat.

import { createHash } from "node:crypto";
import { once } from "node:events";
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import path from "node:path";
import { Argument, Option, type Command } from "commander";
import { DatasetError } from "../datasets/dataset-error.ts";
import { createExporter, EXPORT_FORMATS, type Exporter, type ExportFormat } from "../datasets/export.ts";
import { DATASET_READ_BYTES, importDataset, IMPORT_FORMATS, ImportSummary, type ImportFormat, type ImportInfo, type ImportItem } from "../datasets/import.ts";
import { fromFsError, InputError } from "../io/input-error.ts";
import { EXIT } from "./extract-command.ts";
import { countBytes, ProgressLine } from "./progress.ts";
import type { Incident } from "../core/incident.ts";
import type { IncidentFilter, IncidentRecord } from "../core/store.ts";
import { CATEGORIES, METHODS } from "../core/vocabulary.ts";
import { dbOption, incidentFilter, parseDay, withStore, type DbOption } from "./store-options.ts";

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

/**
 * Waits while the process's stdout holds more than 1 MB not yet taken by the reader (a slow pipe such
 * as `| gzip`): output is then produced no faster than it is consumed, and memory stays bounded.
 * (Output captured by a test never backs up, so this never waits there.)
 */
async function stdoutRoom(): Promise<void> {
  if (process.stdout.writableLength > 1 << 20) await once(process.stdout, "drain");
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
  const progress = new ProgressLine(io.progress ?? process.stderr.isTTY === true, name, size, io.stderr);
  const raw: AsyncIterable<Uint8Array | string> = isStdin ? (io.stdin ?? process.stdin) : createReadStream(file, { highWaterMark: DATASET_READ_BYTES });
  const input = countBytes(raw, progress);
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
      if ((summary.imported + summary.rejected) % 1000 === 0) {
        progress.update(summary.imported + summary.rejected);
        await stdoutRoom();
      }
    }
  } catch (e) {
    progress.done();
    if (e instanceof DatasetError) {
      io.stderr(`spotlight: ${isStdin ? e.message.replace(document, name) : e.message.replace(document, file)}\n`);
      return EXIT.inputError;
    }
    io.stderr(`spotlight: ${fromFsError(e, file).message}\n`);
    return EXIT.inputError;
  }
  if (exporter !== null) io.stdout((exporter as Exporter).end());
  progress.done();
  const detected = info as ImportInfo | null;
  const what = detected ? `${detected.format.toUpperCase()} (${detected.schema})` : "";
  if (summary.rejected > MAX_LISTED_REJECTIONS) io.stderr(`spotlight: ${name}: … and ${summary.rejected - MAX_LISTED_REJECTIONS} more rejected rows\n`);
  const parts = [`${summary.imported} imported`, `${summary.rejected} rejected${summary.truncated > 0 ? ` (${summary.truncated} truncated last row)` : ""}`];
  if (summary.tagRows > 0) parts.push(`${summary.tagRows} HXL tag row skipped`);
  io.stderr(`spotlight: ${name}: ${what}: ${parts.join(", ")}\n`);
  return summary.unexplained > 0 ? EXIT.inputError : EXIT.ok;
}

async function fileHash(file: string): Promise<string> {
  const h = createHash("sha256");
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) h.update(chunk as Buffer);
  return h.digest("hex");
}

class StrictRejection extends Error {}

export interface ImportCommandOptions extends DbOption {
  strict?: boolean;
}

export async function runImport(from: ImportFormat, file: string, o: ImportCommandOptions, io: DatasetIo): Promise<void> {
  const name = path.basename(file);
  let hash: string;
  let size: number;
  try {
    const s = await stat(file);
    if (s.isDirectory()) throw new InputError("unreadable", file, "is a directory, not a file");
    size = s.size;
    hash = await fileHash(file);
  } catch (e) {
    io.stderr(`spotlight: ${fromFsError(e, file).message}\n`);
    io.setExit(EXIT.inputError);
    return;
  }
  const summary = new ImportSummary();
  let info: ImportInfo | null = null;
  const progress = new ProgressLine(io.progress ?? process.stderr.isTTY === true, name, size, io.stderr);
  const items = importDataset(countBytes(createReadStream(file, { highWaterMark: DATASET_READ_BYTES }), progress), {
    file: name,
    from,
    onInfo: (i) => (info = i),
    onSkippedTagRow: () => summary.tagRows++,
  })[Symbol.asyncIterator]();
  // The first item settles the format (or fails on an empty, binary or wrong file) before the store is touched.
  let first: IteratorResult<ImportItem>;
  try {
    first = await items.next();
  } catch (e) {
    io.stderr(`spotlight: ${e instanceof DatasetError ? e.message.replace(name, file) : fromFsError(e, file).message}\n`);
    io.setExit(EXIT.inputError);
    return;
  }
  async function* incidents(): AsyncGenerator<Incident> {
    for (let r = first; !r.done; r = await items.next()) {
      const item = r.value;
      summary.add(item);
      if ((summary.imported + summary.rejected) % 1000 === 0) progress.update(summary.imported + summary.rejected);
      if (item.kind === "incident") yield item.incident;
      else {
        if (summary.rejected <= MAX_LISTED_REJECTIONS) io.stderr(`spotlight: ${file}:${item.line}: rejected: ${item.reason}\n`);
        if (o.strict && !item.truncatedLastRow) throw new StrictRejection();
      }
    }
  }
  await withStore(io, o, true, async (store) => {
    const detected = info as ImportInfo | null;
    const format = detected?.format ?? (from === "auto" ? "jsonl" : from);
    let r;
    try {
      r = await store.importIncidents({ name, format, hash }, incidents());
    } catch (e) {
      progress.done();
      if (e instanceof StrictRejection) {
        io.stderr(`spotlight: ${file}: a row was rejected and --strict is set: nothing imported\n`);
        return EXIT.inputError;
      }
      if (e instanceof DatasetError) {
        io.stderr(`spotlight: ${e.message.replace(name, file)}: nothing imported\n`);
        return EXIT.inputError;
      }
      throw e;
    }
    progress.done();
    const what = detected ? `${detected.format.toUpperCase()} (${detected.schema})` : format.toUpperCase();
    if (r.status === "unchanged") {
      io.stdout(`${file}: ${what}: already imported (version ${r.document.version}, ${r.document.incident_count} incidents): nothing changed\n`);
      return EXIT.ok;
    }
    if (summary.rejected > MAX_LISTED_REJECTIONS) io.stderr(`spotlight: ${file}: … and ${summary.rejected - MAX_LISTED_REJECTIONS} more rejected rows\n`);
    const parts = [
      `${summary.imported} imported (${r.created} new, ${r.merged} merged, ${r.updated} updated, ${r.unchanged} unchanged${r.repeated ? `, ${r.repeated} repeated ids ignored` : ""}, ${r.possibleDuplicates} possible duplicates)`,
      `${summary.rejected} rejected${summary.truncated > 0 ? ` (${summary.truncated} truncated last row)` : ""}`,
    ];
    if (summary.tagRows > 0) parts.push(`${summary.tagRows} HXL tag row skipped`);
    io.stdout(`${file}: ${what}: ${r.status} (version ${r.document.version}): ${parts.join(", ")}\n`);
    return summary.unexplained > 0 ? EXIT.inputError : EXIT.ok;
  });
}

/** The interchange record of a stored incident (its bookkeeping left out), as the exporters expect. */
function interchange(r: IncidentRecord): Incident {
  const { revision: _r, status: _s, retraction_reason: _x, created_at: _c, updated_at: _u, ...incident } = r;
  return incident;
}

export interface ExportCommandOptions extends DbOption, IncidentFilter {
  format: ExportFormat;
}

export async function runExport(o: ExportCommandOptions, io: DatasetIo): Promise<void> {
  const filter = incidentFilter(o);
  await withStore(io, o, false, async (store) => {
    const exporter = createExporter(o.format);
    io.stdout(exporter.start());
    let after: string | null = null;
    let n = 0;
    do {
      const page = await store.listIncidents(filter, { limit: 1000, after });
      for (const i of page.incidents) io.stdout(exporter.write(interchange(i)));
      n += page.incidents.length;
      await stdoutRoom();
      after = page.next;
    } while (after !== null);
    io.stdout(exporter.end());
    io.stderr(`spotlight: exported ${n} incident${n === 1 ? "" : "s"}\n`);
    return EXIT.ok;
  });
}

export function registerDatasetCommands(program: Command, io: DatasetIo): void {
  program
    .command("import")
    .description("import a dataset file (ACLED, GTD, UCDP GED, Spotlight JSONL) into the store, one transaction per file")
    .addArgument(new Argument("<format>", "the file's format (auto: from the header)").choices([...IMPORT_FORMATS]))
    .argument("<file>", "the dataset file")
    .addOption(dbOption())
    .option("--strict", "roll the whole file back when any row (other than a truncated last row) is rejected")
    .action(async (from: ImportFormat, file: string, o: ImportCommandOptions) => {
      await runImport(from, file, o, io);
    });
  program
    .command("export")
    .description("write stored incidents as a dataset file, GeoJSON, JSON, JSONL or CSV, streaming")
    .addOption(new Option("-f, --format <format>", "output format").choices([...EXPORT_FORMATS]).default("jsonl"))
    .addOption(dbOption())
    .option("--country <cc>", "ISO country code, e.g. IQ")
    .option("--from <date>", "first event date (YYYY-MM-DD)", parseDay)
    .option("--to <date>", "last event date (YYYY-MM-DD)", parseDay)
    .addOption(new Option("--method <method>", "attack method").choices([...METHODS]))
    .addOption(new Option("--category <category>", "incident category").choices([...CATEGORIES]))
    .option("--search <words>", "words in quotes, places or targets (all must match)")
    .option("--include-retracted", "export retracted incidents too")
    .action(async (o: ExportCommandOptions) => {
      await runExport(o, io);
    });
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
