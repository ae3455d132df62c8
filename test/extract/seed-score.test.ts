import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { SCORER, SEED, SEED_GOLD, hasShared, spotlight, tempDir } from "../helpers.ts";

// The figures issue 2 requires on the seed bulletin, checked with the project's real scorer.
const FLOORS = ["incidents_f1=0.97", "fields_mean=0.95", "geo_25km=0.95", "killed_low=0.95", "statistics_recall=0.90"];

test("the seed bulletin scores above the required floors", { skip: hasShared ? false : "../shared is absent" }, (t) => {
  const r = spotlight(["extract", SEED, "--format", "json"]);
  assert.equal(r.status, 0, r.stderr);
  const out = join(tempDir(t), "seed.json");
  writeFileSync(out, r.stdout);
  const score = spawnSync(process.execPath, [SCORER, SEED_GOLD, out, ...FLOORS.flatMap((f) => ["--min", f])], { encoding: "utf8" });
  const last = score.stdout.trim().split("\n").pop() ?? "";
  assert.equal(score.status, 0, `${score.stdout}\n${score.stderr}`);
  assert.match(last, /^score: /);
});
