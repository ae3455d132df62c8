// Streams a file or stdin as validated UTF-8 text in whole-line chunks, with memory bounded by the chunk size.
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { InputError, fromFsError } from "./input-error.ts";
import type { InputRef } from "./list-inputs.ts";
import { SNIFF_BYTES, sniffBytes } from "./sniff.ts";
import { DEFAULT_CHUNK_CHARS, TextChunker } from "./text-chunker.ts";

const READ_BYTES = 1024 * 1024;

export interface ReadTextOptions {
  /** Target chunk size in characters (default 1 Mi); a chunk ends at a newline unless a line is huge. */
  chunkChars?: number | undefined;
  /** Reject inputs larger than this many bytes (default: no limit). */
  maxBytes?: number | undefined;
  /** Where a stdin ref reads from (default process.stdin). */
  stdin?: AsyncIterable<Uint8Array | string> | undefined;
}

function formatBytes(n: number): string {
  if (n < 1024) return `${n} bytes`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / (1024 * 1024)).toFixed(1)} MB`;
}

function tooLarge(file: string, maxBytes: number, size: number | null): InputError {
  const actual = size === null ? "" : ` (${formatBytes(size)})`;
  return new InputError("too_large", file, `file is larger than the limit of ${formatBytes(maxBytes)}${actual}`);
}

function checkHead(head: Uint8Array, file: string): void {
  const sniff = sniffBytes(head.subarray(0, SNIFF_BYTES));
  if (sniff.kind === "binary") throw new InputError("binary", file, sniff.reason);
  if (sniff.kind === "utf16") throw new InputError("invalid_utf8", file, sniff.reason, { line: 1, column: 1 });
}

/**
 * Yields the input's text in chunks of about `chunkChars` characters, each ending at a newline (a BOM is
 * dropped, line endings are kept as they are). Throws InputError: not_found, unreadable, empty, binary,
 * invalid_utf8 (with line and column), too_large. Errors found mid-file come after earlier chunks.
 */
export async function* readTextStream(ref: InputRef, options: ReadTextOptions = {}): AsyncGenerator<string, void, undefined> {
  const { maxBytes } = options;
  const chunker = new TextChunker(ref.name, options.chunkChars ?? DEFAULT_CHUNK_CHARS);
  if (ref.kind === "file") {
    // Fail before reading when the size already says no.
    const info = await stat(ref.path).catch((error: unknown) => {
      throw fromFsError(error, ref.name);
    });
    if (info.isDirectory()) throw new InputError("unreadable", ref.name, "is a directory, not a file");
    if (maxBytes !== undefined && info.isFile() && info.size > maxBytes) throw tooLarge(ref.name, maxBytes, info.size);
  }
  const source: AsyncIterable<Uint8Array | string> =
    ref.kind === "file" ? createReadStream(ref.path, { highWaterMark: READ_BYTES }) : (options.stdin ?? process.stdin);

  // The first bytes are held until there are enough to tell text from binary.
  let head: Uint8Array[] | null = [];
  let headBytes = 0;
  let total = 0;
  try {
    for await (const piece of source) {
      const bytes = typeof piece === "string" ? Buffer.from(piece, "utf8") : piece;
      total += bytes.length;
      if (maxBytes !== undefined && total > maxBytes) throw tooLarge(ref.name, maxBytes, null);
      if (head === null) {
        yield* chunker.push(bytes);
        continue;
      }
      head.push(bytes);
      headBytes += bytes.length;
      if (headBytes < SNIFF_BYTES) continue;
      const joined = Buffer.concat(head);
      head = null;
      checkHead(joined, ref.name);
      yield* chunker.push(joined);
    }
  } catch (error) {
    throw fromFsError(error, ref.name);
  }
  if (head !== null && headBytes > 0) {
    const joined = Buffer.concat(head);
    checkHead(joined, ref.name);
    yield* chunker.push(joined);
  }
  yield* chunker.end();
}

/** Reads a whole (small) input into one string, with the same checks as readTextStream. */
export async function readTextFile(ref: InputRef, options: ReadTextOptions = {}): Promise<string> {
  const parts: string[] = [];
  for await (const chunk of readTextStream(ref, options)) parts.push(chunk);
  return parts.join("");
}
