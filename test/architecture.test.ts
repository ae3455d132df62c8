import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";

// The import rules written in ARCHITECTURE.md.
const ALLOWED: Record<string, readonly string[]> = {
  core: [],
  geo: ["core"],
  extract: ["core", "geo"],
  io: ["core"],
  format: ["core"],
  cli: ["core", "geo", "extract", "io", "format"],
};

const root = new URL("..", import.meta.url).pathname;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : p.endsWith(".ts") && !p.endsWith(".test.ts") ? [p] : [];
  });
}

test("every src folder imports only what ARCHITECTURE.md allows", () => {
  const violations: string[] = [];
  for (const file of files(join(root, "src"))) {
    const folder = relative(join(root, "src"), file).split("/")[0]!;
    const allowed = ALLOWED[folder];
    assert.ok(allowed, `src/${folder} is not described in ARCHITECTURE.md`);
    const text = readFileSync(file, "utf8");
    for (const m of text.matchAll(/from\s+["'](\.\.\/[^"']+)["']/g)) {
      const target = m[1]!.split("/")[1]!;
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
