import { test } from "node:test";
import assert from "node:assert/strict";
import { formatDuration, formatProgress, ProgressLine } from "./progress.ts";

test("the progress line shows rows, rows/s, the percent of the file read and the time left at the byte rate", () => {
  const line = formatProgress({ name: "big.csv", rows: 1_200_000, elapsedSeconds: 12, bytes: 400e6, totalBytes: 1000e6 });
  // 400 MB in 12 s leaves 600 MB: 18 s.
  assert.equal(line, "big.csv: 40% 1,200,000 rows, 100,000 rows/s, ETA 18s");
  assert.equal(formatProgress({ name: "a.csv", rows: 10, elapsedSeconds: 2, bytes: 1, totalBytes: 3 }), "a.csv: 33% 10 rows, 5 rows/s, ETA 4s");
});

test("without a known size there is no percent or ETA, and a start with nothing read has no ETA yet", () => {
  assert.equal(formatProgress({ name: "<stdin>", rows: 5000, elapsedSeconds: 0.5, bytes: 123456, totalBytes: 0 }), "<stdin>: 5,000 rows, 10,000 rows/s");
  assert.equal(formatProgress({ name: "x.csv", rows: 0, elapsedSeconds: 0, bytes: 0, totalBytes: 100 }), "x.csv: 0% 0 rows, 0 rows/s, ETA ?");
  // Bytes read ahead of a file that grew or shrank never give more than 100% or a negative ETA.
  assert.equal(formatProgress({ name: "x.csv", rows: 9, elapsedSeconds: 3, bytes: 150, totalBytes: 100 }), "x.csv: 100% 9 rows, 3 rows/s, ETA 0s");
});

test("durations read as seconds, minutes and seconds, or hours and minutes", () => {
  assert.deepEqual([0, 0.2, 59, 60, 65, 3599, 3600, 3725, 90000].map(formatDuration), ["0s", "1s", "59s", "1m00s", "1m05s", "59m59s", "1h00m", "1h02m", "25h00m"]);
});

test("the line is drawn only when enabled, in place, and ended once", () => {
  const out: string[] = [];
  const off = new ProgressLine(false, "x.csv", 10, (s) => out.push(s));
  off.update(1000);
  off.done();
  assert.equal(out.length, 0);
  let clock = 1000;
  const on = new ProgressLine(true, "x.csv", 10, (s) => out.push(s), () => clock);
  on.bytes = 5;
  clock += 2000;
  on.update(1000);
  clock += 100;
  on.update(2000); // within 250 ms of the last: skipped
  clock += 400;
  on.bytes = 8;
  on.update(3000);
  on.done();
  on.done();
  assert.deepEqual(out, ["\rx.csv: 50% 1,000 rows, 500 rows/s, ETA 2s\x1b[K", "\rx.csv: 80% 3,000 rows, 1,200 rows/s, ETA 1s\x1b[K", "\n"]);
});
