// Runs every bench/*-bench.ts in turn, each in its own process so one cannot skew another's memory.
import { spawn } from "node:child_process";
import { readdir } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));

function run(file: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", file], { cwd: path.join(here, ".."), stdio: "inherit" });
    child.on("error", reject);
    child.on("close", (code, signal) => resolve(code ?? (signal === null ? 1 : 128)));
  });
}

const benches = (await readdir(here)).filter((name) => name.endsWith("-bench.ts")).sort();
const failed: string[] = [];
for (const name of benches) {
  console.log(`\n=== ${name} ===`);
  const code = await run(path.join(here, name));
  if (code !== 0) failed.push(`${name} (exit ${code})`);
}
console.log(`\n${benches.length - failed.length}/${benches.length} benchmarks finished${failed.length > 0 ? `; failed: ${failed.join(", ")}` : ""}`);
if (failed.length > 0) process.exitCode = 1;
