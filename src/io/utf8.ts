// Byte-level UTF-8 helpers. TextDecoder says *that* bytes are invalid, not *where*; these find the spot.

export interface Utf8Fault {
  /** Offset of the first byte of the ill-formed sequence. */
  offset: number;
  /** Bytes in the ill-formed sequence (its maximal valid-looking prefix), at least 1. */
  length: number;
  /** True when the sequence was cut short by the end of the bytes rather than by a bad byte. */
  truncated: boolean;
}

/** Bytes in a sequence led by `lead`, or 0 when `lead` can never start one (same rules as the WHATWG decoder). */
function sequenceLength(lead: number): number {
  if (lead < 0x80) return 1;
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

/**
 * The first ill-formed sequence in bytes[from, end), or null. With `allowIncompleteEnd`, a valid but
 * unfinished sequence at the very end is not a fault (the next chunk may finish it).
 */
export function findInvalidUtf8(
  bytes: Uint8Array,
  from = 0,
  end = bytes.length,
  allowIncompleteEnd = false,
): Utf8Fault | null {
  let i = from;
  while (i < end) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i++;
      continue;
    }
    const size = sequenceLength(lead);
    if (size === 0) return { offset: i, length: 1, truncated: false };
    // The second byte's range is narrower for some leads: no overlongs, no surrogates, nothing above U+10FFFF.
    const low = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80;
    const high = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf;
    for (let k = 1; k < size; k++) {
      if (i + k >= end) return allowIncompleteEnd ? null : { offset: i, length: k, truncated: true };
      const b = bytes[i + k]!;
      const lo = k === 1 ? low : 0x80;
      const hi = k === 1 ? high : 0xbf;
      if (b < lo || b > hi) return { offset: i, length: k, truncated: false };
    }
    i += size;
  }
  return null;
}

/** Length of the unfinished sequence at the end of already-validated bytes (0–3). */
export function incompleteTailLength(bytes: Uint8Array): number {
  const n = bytes.length;
  for (let k = 1; k <= Math.min(3, n); k++) {
    const b = bytes[n - k]!;
    if (b < 0x80) return 0;
    if (b >= 0xc0) return k < sequenceLength(b) ? k : 0;
  }
  return 0;
}

/** Line and column of a point in a byte stream, advanced chunk by chunk so errors can be located late. */
export class ByteCursor {
  /** 1-based line of the next byte. */
  line = 1;
  /** Characters already seen on the current line. */
  chars = 0;

  advance(bytes: Uint8Array, from: number, to: number): void {
    let start = from;
    // indexOf is native (memchr), so counting lines costs little even for large chunks.
    for (;;) {
      const nl = bytes.indexOf(0x0a, start);
      if (nl === -1 || nl >= to) break;
      this.line++;
      this.chars = 0;
      start = nl + 1;
    }
    for (let i = start; i < to; i++) {
      if ((bytes[i]! & 0xc0) !== 0x80) this.chars++;
    }
  }
}

export function hexBytes(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => `0x${b.toString(16).padStart(2, "0")}`).join(" ");
}
