// The first bytes of a dataset input, read ahead so the format, delimiter and binary-ness can be decided
// before the streaming parser starts; the rest of the stream follows unchanged.

export interface InputHead {
  /** At least the first line (up to `limit` bytes), BOM and a `sep=X` line included. */
  head: Buffer;
  /** The whole input, head first, as one stream. */
  all: AsyncIterable<Buffer>;
}

function toBuffer(chunk: Uint8Array | string): Buffer {
  return typeof chunk === "string" ? Buffer.from(chunk, "utf8") : Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
}

export async function readHead(input: AsyncIterable<Uint8Array | string>, limit = 64 * 1024): Promise<InputHead> {
  const iterator = input[Symbol.asyncIterator]();
  const chunks: Buffer[] = [];
  let size = 0;
  let done = false;
  // Two lines are wanted (a `sep=;` line, then the header).
  while (size < limit) {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      break;
    }
    const b = toBuffer(next.value);
    chunks.push(b);
    size += b.length;
    const joined = chunks.length === 1 ? b : Buffer.concat(chunks);
    const first = joined.indexOf(10);
    if (first >= 0 && joined.indexOf(10, first + 1) >= 0) break;
  }
  const head = Buffer.concat(chunks);
  async function* all(): AsyncGenerator<Buffer> {
    if (head.length > 0) yield head;
    if (done) return;
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      yield toBuffer(next.value);
    }
  }
  return { head, all: all() };
}

/** True when the sample looks like binary data (NUL bytes, or many control characters). */
export function looksBinary(sample: Buffer): boolean {
  const n = Math.min(sample.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = sample[i]!;
    if (c === 0) return true;
    if (c < 9 || (c > 13 && c < 32)) control++;
  }
  return n > 0 && control / n > 0.1;
}

export interface TextStart {
  /** The head as text, BOM removed. */
  text: string;
  /** The delimiter a `sep=X` first line names, if any. */
  sep: string | null;
}

export function textStart(head: Buffer): TextStart {
  let text = head.toString("utf8");
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const m = /^sep=(.)\r?\n/i.exec(text);
  return { text, sep: m ? m[1]! : null };
}

/** The delimiter of a header line: the most frequent of , ; tab | outside quotes. */
export function sniffDelimiter(line: string): string {
  const counts = new Map<string, number>([[",", 0], [";", 0], ["\t", 0], ["|", 0]]);
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  let best = ",";
  let most = 0;
  for (const [d, c] of counts) if (c > most) [best, most] = [d, c];
  return best;
}
