// Tells text from binary by looking at the first bytes only, so the check is cheap on any file size.
import { findInvalidUtf8, hexBytes } from "./utf8.ts";

export const SNIFF_BYTES = 8 * 1024;
/** Above this share of control characters a file is taken as binary. */
const MAX_CONTROL_RATIO = 0.1;

export type SniffResult =
  | { kind: "text" }
  | { kind: "binary"; reason: string }
  | { kind: "utf16"; reason: string }
  | { kind: "invalid_utf8"; reason: string };

/** Controls that do not occur in prose; tab, LF, VT, FF, CR and ESC are allowed. */
function isOddControl(b: number): boolean {
  return (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0b && b !== 0x0c && b !== 0x0d && b !== 0x1b) || b === 0x7f;
}

/** Classifies a file from its first bytes (pass at most SNIFF_BYTES; fewer when the file is shorter). */
export function sniffBytes(sample: Uint8Array, checkUtf8 = false): SniffResult {
  const b0 = sample[0];
  const b1 = sample[1];
  // UTF-16 text is full of NULs; say what it is rather than calling it binary.
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff)) {
    return { kind: "utf16", reason: `looks like UTF-16 text (byte order mark ${hexBytes(sample.subarray(0, 2))}); save it as UTF-8` };
  }
  const nul = sample.indexOf(0);
  if (nul !== -1) return { kind: "binary", reason: `binary data, not text (NUL byte at byte offset ${nul})` };
  let controls = 0;
  for (const b of sample) if (isOddControl(b)) controls++;
  if (sample.length > 0 && controls / sample.length > MAX_CONTROL_RATIO) {
    const percent = Math.round((100 * controls) / sample.length);
    return { kind: "binary", reason: `binary data, not text (${percent}% control characters in the first ${sample.length} bytes)` };
  }
  if (checkUtf8) {
    const fault = findInvalidUtf8(sample, 0, sample.length, true);
    if (fault !== null) return { kind: "invalid_utf8", reason: `not UTF-8 (invalid byte at byte offset ${fault.offset})` };
  }
  return { kind: "text" };
}
