import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { SCORER, SEED, SEED_GOLD, hasShared, spotlight, tempDir } from "../helpers.ts";

// Issue 5: the audit of the seed bulletin, scored with the project's real scorer.
test("the seed bulletin's audit finds at least 80% of the planted flaws with at least 80% precision", { skip: hasShared ? false : "../shared is absent" }, (t) => {
  const dir = tempDir(t);
  const extracted = spotlight(["extract", SEED, "--format", "json"]);
  assert.equal(extracted.status, 0, extracted.stderr);
  const audited = spotlight(["audit", SEED, "--format", "json"]);
  assert.equal(audited.status, 0, audited.stderr);
  writeFileSync(join(dir, "e.json"), extracted.stdout);
  writeFileSync(join(dir, "a.json"), audited.stdout);
  const score = spawnSync(
    process.execPath,
    [SCORER, SEED_GOLD, join(dir, "e.json"), "--audit", join(dir, "a.json"), "--min", "audit_recall=0.8", "--min", "audit_precision=0.8"],
    { encoding: "utf8" },
  );
  assert.equal(score.status, 0, `${score.stdout}\n${score.stderr}`);
});
