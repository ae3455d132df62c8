// Shared helpers for the tests that run Spotlight as a user would.

import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const ROOT = new URL("..", import.meta.url).pathname;
export const SHARED = join(ROOT, "..", "shared");
export const SEED = join(SHARED, "seed", "000_cb63195f08c99d95.txt");
export const SEED_GOLD = join(SHARED, "eval", "seed.gold.json");
export const SCORER = join(SHARED, "eval", "score.mjs");
export const hasShared = existsSync(SEED) && existsSync(SEED_GOLD) && existsSync(SCORER);

/** Runs the real executable; `input` goes to standard input. */
export function spotlight(args: readonly string[], input?: string | Buffer): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [join(ROOT, "bin", "spotlight.js"), ...args], {
    cwd: ROOT,
    input: input ?? "",
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  });
}

export function tempDir(t: { after: (fn: () => void) => void }): string {
  const dir = mkdtempSync(join(tmpdir(), "spotlight-test-"));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}
