// `spotlight extract`: inputs (files, folders, stdin) through the streaming extractor to a writer.
// Returns an exit code; never calls process.exit itself.

import { stat } from "node:fs/promises";
import { DocumentExtractor } from "../extract/extract.ts";
import { InputError } from "../io/input-error.ts";
import type { InputRef } from "../io/list-inputs.ts";
import { readTextStream } from "../io/read-text.ts";
import { documentName, resolveInputs } from "./inputs.ts";
import { extractPooled, poolSize, type PoolJob } from "./extract-pool.ts";
import { createWriter, type OutputFormat, type RecordKind } from "../format/writers.ts";

export interface ExtractCommandOptions {
  format: OutputFormat;
  records: RecordKind;
  published: string | null;
  maxBytes?: number | undefined;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  stdin?: AsyncIterable<Uint8Array | string> | undefined;
  /** Worker threads for several input files (default: poolSize, which SPOTLIGHT_WORKERS overrides); 0 extracts on this thread. */
  workers?: number | undefined;
}

export const EXIT = { ok: 0, inputError: 1, usage: 2 } as const;

/** The inputs' sizes added up (a file that cannot be read counts 0: reading it reports why). */
async function totalBytes(inputs: readonly InputRef[]): Promise<number> {
  const sizes = await Promise.all(inputs.map((r) => (r.kind === "file" ? stat(r.path).then((s) => s.size, () => 0) : 0)));
  return sizes.reduce((a, b) => a + b, 0);
}

export async function runExtract(paths: readonly string[], o: ExtractCommandOptions): Promise<number> {
  const inputs = await resolveInputs(paths, o.stderr);
  if (!inputs) return EXIT.inputError;
  const writer = createWriter(o.format, o.stdout, inputs.length, o.records);
  let failed = 0;
  const size = inputs.length > 1 && inputs.every((r) => r.kind === "file") ? (o.workers ?? poolSize(inputs.length, await totalBytes(inputs))) : 0;
  if (size > 0) {
    const jobs: PoolJob[] = inputs.map((ref, index) => ({
      index,
      path: ref.kind === "file" ? ref.path : "",
      name: ref.name,
      document: documentName(ref),
      published: o.published,
      maxBytes: o.maxBytes,
    }));
    // The same writer calls, in the same order, as the serial loop below.
    let count = 0;
    let started = -1;
    for await (const ev of extractPooled(jobs, size)) {
      const job = jobs[ev.job]!;
      if (started !== ev.job) {
        writer.startDocument(job.document);
        started = ev.job;
        count = 0;
      }
      if (ev.type === "input-error") {
        o.stderr(`spotlight: ${ev.message}\n`);
        failed++;
        continue;
      }
      count += ev.incidents.length;
      writer.incidents(ev.incidents);
      writer.statistics(ev.statistics);
      if (ev.type === "end") {
        writer.endDocument({ document: job.document, title: ev.title, period: ev.period, published: ev.published });
        if (count === 0) o.stderr(`spotlight: ${job.name}: no incidents found\n`);
      }
    }
    writer.finish();
    return failed > 0 ? EXIT.inputError : EXIT.ok;
  }
  for (const ref of inputs) {
    const document = documentName(ref);
    const ex = new DocumentExtractor({ document, published: o.published });
    let count = 0;
    writer.startDocument(document);
    try {
      for await (const chunk of readTextStream(ref, { maxBytes: o.maxBytes, stdin: o.stdin })) {
        const items = ex.push(chunk);
        count += items.incidents.length;
        writer.incidents(items.incidents);
        writer.statistics(items.statistics);
      }
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      o.stderr(`spotlight: ${e.message}\n`);
      failed++;
    }
    const last = ex.end();
    count += last.incidents.length;
    writer.incidents(last.incidents);
    writer.statistics(last.statistics);
    writer.endDocument({ document, title: last.title, period: last.period, published: last.published });
    if (count === 0) o.stderr(`spotlight: ${ref.name}: no incidents found\n`);
  }
  writer.finish();
  return failed > 0 ? EXIT.inputError : EXIT.ok;
}
