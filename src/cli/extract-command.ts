// `spotlight extract`: inputs (files, folders, stdin) through the streaming extractor to a writer.
// Returns an exit code; never calls process.exit itself.

import { DocumentExtractor } from "../extract/extract.ts";
import { InputError } from "../io/input-error.ts";
import { readTextStream } from "../io/read-text.ts";
import { documentName, resolveInputs } from "./inputs.ts";
import { createWriter, type OutputFormat, type RecordKind } from "../format/writers.ts";

export interface ExtractCommandOptions {
  format: OutputFormat;
  records: RecordKind;
  published: string | null;
  maxBytes?: number | undefined;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  stdin?: AsyncIterable<Uint8Array | string> | undefined;
}

export const EXIT = { ok: 0, inputError: 1, usage: 2 } as const;

export async function runExtract(paths: readonly string[], o: ExtractCommandOptions): Promise<number> {
  const inputs = await resolveInputs(paths, o.stderr);
  if (!inputs) return EXIT.inputError;
  const writer = createWriter(o.format, o.stdout, inputs.length, o.records);
  let failed = 0;
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
