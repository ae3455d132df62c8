import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

// The import rules written in ARCHITECTURE.md.
const ALLOWED: Record<string, readonly string[]> = {
  core: [],
  geo: ["core"],
  extract: ["core", "geo"],
  io: ["core"],
  format: ["core"],
  audit: ["core", "geo", "extract"],
  store: ["core"],
  ingest: ["core", "extract"],
  datasets: ["core", "geo"],
  analysis: ["core"],
  cli: ["core", "geo", "extract", "io", "format", "audit", "store", "ingest", "datasets", "analysis"],
};

const root = new URL("..", import.meta.url).pathname;

/** Tests and the shared store contract suite (`*.contract.ts`) may import anything. */
function isTestCode(p: string): boolean {
  return p.endsWith(".test.ts") || p.endsWith(".contract.ts");
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : p.endsWith(".ts") && !isTestCode(p) ? [p] : [];
  });
}

test("every src folder imports only what ARCHITECTURE.md allows", () => {
  const violations: string[] = [];
  for (const file of files(join(root, "src"))) {
    const folder = relative(join(root, "src"), file).split("/")[0]!;
    const allowed = ALLOWED[folder];
    assert.ok(allowed, `src/${folder} is not described in ARCHITECTURE.md`);
    const text = readFileSync(file, "utf8");
    for (const m of text.matchAll(/from\s+["'](\.\.?\/[^"']+)["']/g)) {
      // Resolved, so nested folders (src/store/sqlite/…) count as their top folder.
      const target = relative(join(root, "src"), resolve(dirname(file), m[1]!)).split("/")[0]!;
      if (target !== folder && !allowed.includes(target)) violations.push(`${relative(root, file)} imports ${m[1]}`);
    }
  }
  assert.deepEqual(violations, []);
});

test("no source file reads configuration at import time", () => {
  const offenders: string[] = [];
  for (const file of files(join(root, "src"))) {
    const text = readFileSync(file, "utf8");
    if (/^(?:const|let)\s+\w+\s*=\s*(?:process\.env|readFileSync)/m.test(text)) offenders.push(relative(root, file));
  }
  assert.deepEqual(offenders, []);
});
