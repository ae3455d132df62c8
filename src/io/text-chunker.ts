// Turns raw bytes into whole-line UTF-8 text chunks, validating strictly and locating the first bad byte.
import { InputError } from "./input-error.ts";
import { ByteCursor, findInvalidUtf8, hexBytes, incompleteTailLength } from "./utf8.ts";

export const DEFAULT_CHUNK_CHARS = 1024 * 1024;
/** A line longer than this many chunks is cut anyway, so one endless line cannot hold the whole file. */
const MAX_LINE_CHUNKS = 4;
/** Leading whitespace is held back (to report a whitespace-only file before yielding) up to this size. */
const MAX_HELD_WHITESPACE = 16 * 1024 * 1024;

const BOM = [0xef, 0xbb, 0xbf] as const;

export class TextChunker {
  private readonly decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });
  private readonly cursor = new ByteCursor();
  /** Bytes the decoder holds back: an unfinished character at the end of the last push. */
  private tail = new Uint8Array(0);
  private pending = "";
  private sawText = false;
  private totalBytes = 0;

  constructor(
    private readonly file: string,
    private readonly chunkChars = DEFAULT_CHUNK_CHARS,
  ) {}

  get bytes(): number {
    return this.totalBytes;
  }

  /** Decodes the bytes and returns the chunks that are complete (whole lines); may return none. */
  push(bytes: Uint8Array): string[] {
    // The decoder drops a BOM; skip it in the cursor too so columns on line 1 match what editors show.
    const skip = this.totalBytes === 0 && BOM.every((b, i) => bytes[i] === b) ? BOM.length : 0;
    this.totalBytes += bytes.length;
    let text: string;
    try {
      text = this.decoder.decode(bytes, { stream: true });
    } catch {
      throw this.locateFault(bytes, skip);
    }
    this.cursor.advance(bytes, skip, bytes.length);
    this.tail = bytes.slice(bytes.length - incompleteTailLength(bytes));
    return this.take(text, false);
  }

  /** Flushes the last chunk; throws when the input was empty, only whitespace, or ended mid-character. */
  end(): string[] {
    let text: string;
    try {
      text = this.decoder.decode();
    } catch {
      throw this.faultError(this.totalBytes - this.tail.length, this.cursor.line, this.cursor.chars - 1, this.tail, "incomplete character at end of file");
    }
    const out = this.take(text, true);
    if (this.totalBytes === 0) throw new InputError("empty", this.file, "file is empty (0 bytes)");
    if (!this.sawText) {
      throw new InputError("empty", this.file, `file contains only whitespace (${this.totalBytes} bytes), no text`);
    }
    return out;
  }

  private take(text: string, last: boolean): string[] {
    if (!this.sawText && /\S/.test(text)) this.sawText = true;
    this.pending += text;
    if (!this.sawText && !(this.pending.length > MAX_HELD_WHITESPACE)) return [];
    const out: string[] = [];
    while (this.pending.length >= this.chunkChars) {
      // Cut after the last newline inside the target size, else after the first one past it.
      let cut = this.pending.lastIndexOf("\n", this.chunkChars - 1) + 1;
      if (cut === 0) {
        const limit = this.chunkChars * MAX_LINE_CHUNKS;
        const nl = this.pending.indexOf("\n", this.chunkChars);
        if (nl !== -1 && nl < limit) cut = nl + 1;
        else if (this.pending.length >= limit) cut = this.forcedCut();
        else break;
      }
      out.push(this.pending.slice(0, cut));
      this.pending = this.pending.slice(cut);
    }
    if (last && this.pending !== "") {
      out.push(this.pending);
      this.pending = "";
    }
    return out;
  }

  /** Where to cut a line too long to keep whole: never between the halves of a surrogate pair. */
  private forcedCut(): number {
    const n = this.chunkChars;
    const code = this.pending.charCodeAt(n - 1);
    if (!(code >= 0xd800 && code <= 0xdbff)) return n;
    // With a one-character target, keep the pair together rather than make an empty chunk.
    return n > 1 ? n - 1 : n + 1;
  }

  /** The decoder rejected `bytes` (after the held tail): find the bad sequence and its line and column. */
  private locateFault(bytes: Uint8Array, skip: number): InputError {
    const joined = new Uint8Array(this.tail.length + bytes.length);
    joined.set(this.tail, 0);
    joined.set(bytes, this.tail.length);
    const fault = findInvalidUtf8(joined, 0, joined.length, true) ?? { offset: 0, length: 1, truncated: false };
    const startOffset = this.totalBytes - bytes.length - this.tail.length;
    const seq = joined.subarray(fault.offset, fault.offset + Math.max(fault.length, 1));
    if (fault.offset < this.tail.length) {
      // The bad sequence began in the previous push; its lead byte is already counted on this line.
      return this.faultError(startOffset + fault.offset, this.cursor.line, this.cursor.chars - 1, seq, "");
    }
    const cursor = new ByteCursor();
    cursor.line = this.cursor.line;
    cursor.chars = this.cursor.chars;
    cursor.advance(joined, this.tail.length + skip, fault.offset);
    return this.faultError(startOffset + fault.offset, cursor.line, cursor.chars, seq, "");
  }

  private faultError(byteOffset: number, line: number, charsBefore: number, seq: Uint8Array, note: string): InputError {
    const what = seq.length === 1 ? `invalid UTF-8 byte ${hexBytes(seq)}` : `invalid UTF-8 sequence ${hexBytes(seq)}`;
    const detail = note === "" ? "" : `, ${note}`;
    return new InputError(
      "invalid_utf8",
      this.file,
      `${what} (byte offset ${byteOffset}${detail}); is the file in another encoding? Save it as UTF-8`,
      { line, column: charsBefore + 1 },
    );
  }
}
