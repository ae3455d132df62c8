import assert from "node:assert/strict";
import { createWriteStream } from "node:fs";
import { once } from "node:events";
import path from "node:path";
import { test } from "node:test";
import v8 from "node:v8";
import vm from "node:vm";
import { readTextStream } from "./read-text.ts";
import { tempDir } from "./test-helpers.ts";

const FILE_MB = 50;
/** A few 1 MB chunks (as UTF-16 strings and bytes) in flight; the whole file would be 150 MB. */
const MAX_RSS_GROWTH_MB = 32;
/** How much higher the second half's peak may be than the first half's. */
const LATE_GROWTH_MB = 8;

/** A handle on V8's collector without a command-line flag, so RSS shows what is kept, not garbage. */
function collector(): () => void {
  v8.setFlagsFromString("--expose-gc");
  return vm.runInNewContext("gc") as () => void;
}

async function writeBigFile(file: string, bytes: number): Promise<number> {
  const out = createWriteStream(file);
  // Multi-byte characters so decoding does real work; one reused buffer so writing leaves no garbage
  // that would blur the measurement.
  const line = "► On January 11, 2021, an IED exploded near Al-Mayadeen — 3 killed, café é.\n";
  const block = Buffer.from(line.repeat(Math.ceil(100_000 / Buffer.byteLength(line))));
  let written = 0;
  while (written < bytes) {
    if (!out.write(block)) await once(out, "drain");
    written += block.length;
  }
  out.end();
  await once(out, "finish");
  return written;
}

test(`a ${FILE_MB} MB file streams in whole-line chunks and memory does not grow with the file`, { timeout: 120_000 }, async () => {
  const dir = await tempDir();
  const file = path.join(dir, "big.txt");
  const bytes = await writeBigFile(file, FILE_MB * 1024 * 1024);
  const gc = collector();
  gc();
  const before = process.memoryUsage.rss();
  // A leak shows as the second half's peak climbing above the first's.
  const peaks = [before, before];
  let read = 0;
  let chunks = 0;
  for await (const chunk of readTextStream({ kind: "file", path: file, name: "big.txt" })) {
    read += Buffer.byteLength(chunk);
    chunks++;
    assert.ok(chunk.endsWith("\n"));
    gc();
    const half = read <= bytes / 2 ? 0 : 1;
    peaks[half] = Math.max(peaks[half]!, process.memoryUsage.rss());
  }
  const mb = (n: number): string => (n / (1024 * 1024)).toFixed(1);
  const [early, late] = peaks as [number, number];
  assert.equal(read, bytes);
  assert.ok(chunks >= FILE_MB / 2, `only ${chunks} chunks`);
  assert.ok(late - early < LATE_GROWTH_MB * 1024 * 1024, `RSS peak rose from +${mb(early - before)} MB to +${mb(late - before)} MB`);
  assert.ok(late - before < MAX_RSS_GROWTH_MB * 1024 * 1024, `RSS grew by ${mb(late - before)} MB while streaming ${FILE_MB} MB`);
});
