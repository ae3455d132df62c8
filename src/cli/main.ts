// The command line: parses arguments, runs a command, and is the only place that exits.

import { Command, InvalidArgumentError, Option } from "commander";
import { OUTPUT_FORMATS, RECORD_KINDS, type OutputFormat, type RecordKind } from "../format/writers.ts";
import { EXIT, runExtract } from "./extract-command.ts";
import { registerStoreCommands } from "./store-commands.ts";
import { parseDay } from "./store-options.ts";
import { registerDatasetCommands } from "./dataset-commands.ts";
import { registerAnalysisCommands } from "./analysis-commands.ts";
import { AUDIT_FORMATS, runAudit, type AuditFormat } from "./audit-command.ts";


function parseSize(value: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(b|kb|mb|gb)?$/i.exec(value.trim());
  if (!m) throw new InvalidArgumentError("expected a size such as 500MB");
  const unit = (m[2] ?? "b").toLowerCase();
  const mult = unit === "gb" ? 1024 ** 3 : unit === "mb" ? 1024 ** 2 : unit === "kb" ? 1024 : 1;
  return Math.round(Number(m[1]) * mult);
}

export function buildProgram(io: { stdout: (s: string) => void; stderr: (s: string) => void; setExit: (code: number) => void }): Command {
  const program = new Command("spotlight")
    .description("Incident intelligence: extract, store, analyse and audit incidents from bulletins and news")
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .exitOverride()
    .showHelpAfterError();
  program
    .command("extract")
    .description("extract incidents and published statistics from bulletin or news text")
    .argument("[inputs...]", "files, folders (their .txt/.md files) or - for standard input")
    .addOption(new Option("-f, --format <format>", "output format").choices([...OUTPUT_FORMATS]).default("table"))
    .addOption(new Option("--records <kind>", "what to print").choices([...RECORD_KINDS]).default("all"))
    .option("--published <date>", "reference date (YYYY-MM-DD) for texts that print no year", parseDay)
    .option("--max-bytes <size>", "refuse inputs larger than this (e.g. 500MB)", parseSize)
    .action(async (inputs: string[], opts: { format: OutputFormat; records: RecordKind; published?: string; maxBytes?: number }) => {
      const records: RecordKind = opts.format === "csv" && opts.records === "all" ? "incidents" : opts.records;
      const code = await runExtract(inputs, {
        format: opts.format,
        records,
        published: opts.published ?? null,
        maxBytes: opts.maxBytes,
        stdout: io.stdout,
        stderr: io.stderr,
      });
      io.setExit(code);
    });
  program
    .command("audit")
    .description("check a bulletin's internal consistency: sums, dates, duplicates, sources, contradictions, geography, rankings")
    .argument("[inputs...]", "files, folders (their .txt/.md files) or - for standard input")
    .addOption(new Option("-f, --format <format>", "output format").choices([...AUDIT_FORMATS]).default("table"))
    .option("--published <date>", "publication date (YYYY-MM-DD) when the text prints none", parseDay)
    .option("--max-bytes <size>", "refuse inputs larger than this (e.g. 500MB)", parseSize)
    .action(async (inputs: string[], opts: { format: AuditFormat; published?: string; maxBytes?: number }) => {
      io.setExit(await runAudit(inputs, { format: opts.format, published: opts.published ?? null, maxBytes: opts.maxBytes, stdout: io.stdout, stderr: io.stderr }));
    });
  registerStoreCommands(program, io);
  registerDatasetCommands(program, io);
  registerAnalysisCommands(program, io);
  return program;
}

export async function main(argv: readonly string[]): Promise<number> {
  let exit: number = EXIT.ok;
  const chunks: string[] = [];
  let pending = 0;
  // Output goes through one buffered writer so that a closed pipe ends the run quietly.
  const stdout = (s: string) => {
    chunks.push(s);
    pending += s.length;
    if (pending > 1 << 16) flush();
  };
  const flush = () => {
    if (chunks.length) process.stdout.write(chunks.join(""));
    chunks.length = 0;
    pending = 0;
  };
  const program = buildProgram({ stdout, stderr: (s) => process.stderr.write(s), setExit: (c) => (exit = c) });
  try {
    await program.parseAsync([...argv], { from: "user" });
  } catch (e) {
    flush();
    const code = (e as { exitCode?: unknown }).exitCode;
    if (typeof code === "number") return code === 0 ? 0 : EXIT.usage;
    process.stderr.write(`spotlight: ${e instanceof Error ? e.message : String(e)}\n`);
    return EXIT.inputError;
  }
  flush();
  return exit;
}
