// The progress line of `import` and `convert` on a terminal: rows, rows/s, percent of the file read
// and the time left, redrawn in place at most a few times a second. Only the formatting is logic; it is
// a pure function so it can be tested without a terminal.

export interface ProgressState {
  /** The name shown (the file, or <stdin>). */
  name: string;
  rows: number;
  elapsedSeconds: number;
  /** Bytes of the input read so far. */
  bytes: number;
  /** The input's size in bytes; 0 when unknown (standard input). */
  totalBytes: number;
}

/** 45s, 3m07s, 1h02m. */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.ceil(seconds));
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, "0")}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, "0")}m`;
}

/** e.g. `big.csv: 42% 1,200,000 rows, 105,300 rows/s, ETA 1m05s`; percent and ETA only when the size is known. */
export function formatProgress(p: ProgressState): string {
  const rate = p.elapsedSeconds > 0 ? p.rows / p.elapsedSeconds : 0;
  const parts = [`${p.rows.toLocaleString("en")} rows`, `${Math.round(rate).toLocaleString("en")} rows/s`];
  let percent = "";
  if (p.totalBytes > 0) {
    const done = Math.min(1, p.bytes / p.totalBytes);
    percent = `${Math.floor(done * 100)}% `;
    // Time left at the byte rate so far: rows vary in length, bytes are what the file has left.
    parts.push(p.bytes > 0 && p.elapsedSeconds > 0 ? `ETA ${formatDuration((p.elapsedSeconds * (p.totalBytes - Math.min(p.bytes, p.totalBytes))) / p.bytes)}` : "ETA ?");
  }
  return `${p.name}: ${percent}${parts.join(", ")}`;
}

/** Redraws the progress line on stderr, throttled; does nothing when `enabled` is false (not a terminal). */
export class ProgressLine {
  private readonly started: number;
  private last = Number.NEGATIVE_INFINITY;
  private drawn = false;
  bytes = 0;

  constructor(
    private readonly enabled: boolean,
    private readonly name: string,
    private readonly totalBytes: number,
    private readonly write: (s: string) => void = (s) => process.stderr.write(s),
    private readonly now: () => number = Date.now,
  ) {
    this.started = now();
  }

  update(rows: number): void {
    if (!this.enabled) return;
    const now = this.now();
    if (now - this.last < 250) return;
    this.last = now;
    this.drawn = true;
    const line = formatProgress({ name: this.name, rows, elapsedSeconds: (now - this.started) / 1000, bytes: this.bytes, totalBytes: this.totalBytes });
    // \x1b[K clears what a longer previous line left on the right.
    this.write(`\r${line}\x1b[K`);
  }

  /** Ends the line so that what follows starts on its own. */
  done(): void {
    if (this.enabled && this.drawn) this.write("\n");
    this.drawn = false;
  }
}

/** Counts bytes as they pass. */
export async function* countBytes(input: AsyncIterable<Uint8Array | string>, progress: ProgressLine): AsyncGenerator<Uint8Array | string> {
  for await (const chunk of input) {
    progress.bytes += typeof chunk === "string" ? Buffer.byteLength(chunk) : chunk.length;
    yield chunk;
  }
}
