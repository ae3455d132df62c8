import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runExtract } from "./extract-command.ts";
import { poolSize, POOL_MIN_BYTES } from "./extract-pool.ts";

const ROOT = new URL("../..", import.meta.url).pathname;
const FIXTURES = ["bulletins", "heldout"].map((set) => join(ROOT, "test", "fixtures", set));

/** A folder with the fixture bulletins (twice, so workers take several each), a binary file and a file without incidents. */
function corpus(t: { after: (fn: () => void) => void }, copies = true): string {
  const dir = mkdtempSync(join(tmpdir(), "spotlight-pool-"));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  for (const set of FIXTURES) {
    for (const f of readdirSync(set).filter((n) => n.endsWith(".txt"))) {
      copyFileSync(join(set, f), join(dir, f));
      if (copies) copyFileSync(join(set, f), join(dir, `copy-${f}`));
    }
  }
  writeFileSync(join(dir, "m-binary.txt"), Buffer.from([0, 1, 2, 3, 0, 0, 255]));
  writeFileSync(join(dir, "n-quiet.txt"), "A short note.\n\nNothing happened this week.\n");
  return dir;
}

async function run(dir: string, format: "json" | "jsonl" | "csv" | "table", workers: number): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await runExtract([dir], { format, records: format === "csv" ? "incidents" : "all", published: null, stdout: (s) => (out += s), stderr: (s) => (err += s), workers });
  return { code, out, err };
}

test("extraction on worker threads writes what one thread writes, in input order, errors included", async (t) => {
  const dir = corpus(t);
  // Every format is written by the same writer calls: JSON lines show them all.
  for (const format of ["jsonl"] as const) {
    const serial = await run(dir, format, 0);
    const pooled = await run(dir, format, 2);
    assert.equal(serial.code, 1, "the binary file is an input error");
    assert.match(serial.err, /m-binary\.txt/);
    assert.match(serial.err, /n-quiet\.txt: no incidents found/);
    assert.deepEqual(pooled, serial, format);
  }
});

test("the executable extracts on workers when SPOTLIGHT_WORKERS asks, with the same output", (t) => {
  const dir = corpus(t, false);
  const exe = (env: string) =>
    spawnSync(process.execPath, [join(ROOT, "bin", "spotlight.js"), "extract", dir], {
      cwd: ROOT,
      encoding: "utf8",
      env: { ...process.env, SPOTLIGHT_WORKERS: env },
      maxBuffer: 64 * 1024 * 1024,
    });
  const serial = exe("0");
  const pooled = exe("2");
  assert.equal(pooled.status, serial.status);
  assert.equal(pooled.stderr, serial.stderr);
  assert.equal(pooled.stdout, serial.stdout);
  assert.ok(serial.stdout.length > 10_000);
});

test("poolSize: none for few or small inputs or busy cores, SPOTLIGHT_WORKERS overrides", () => {
  const big = 100 * POOL_MIN_BYTES;
  assert.equal(poolSize(3, big, undefined, 8, 0), 0);
  assert.equal(poolSize(50, POOL_MIN_BYTES - 1, undefined, 8, 0), 0);
  assert.equal(poolSize(50, big, undefined, 2, 0.1), 2);
  assert.equal(poolSize(50, big, undefined, 2, 1.2), 0, "one core busy elsewhere: one thread");
  assert.equal(poolSize(50, big, undefined, 8, 5), 3);
  assert.equal(poolSize(50, big, undefined, 16, 0), 4);
  assert.equal(poolSize(50, big, undefined, 1, 0), 0);
  assert.equal(poolSize(5, 0, "2"), 2);
  assert.equal(poolSize(1, 0, "4"), 1);
  assert.equal(poolSize(5, 0, "0"), 0);
  assert.throws(() => poolSize(5, 0, "two"), /SPOTLIGHT_WORKERS/);
});
