// Dataset import throughput and memory on a generated ACLED-like CSV (2025 columns, quoted notes with
// commas, one row in ten with a line break inside its notes):
// - parse + map: the streaming importer reads the file and maps each row to an interchange incident
//   (what `convert` does before writing), at BENCH_IMPORT_ROWS (default 1,000,000) and a quarter of it,
//   to show whether memory grows with the file;
// - parse + map + store: the same rows written into a new SQLite store by `Store.importIncidents` (what
//   `spotlight import` does), at BENCH_IMPORT_STORE_ROWS (default 100,000; 0 skips it), then SQLite's
//   floor for those rows (store-floor.ts: the stored rows written again by plain prepared statements,
//   no logic; also with the leanest schema the requirements allow), which no import can beat.
// Each measurement runs in its own child process so its peak RSS is its own. Rates are rows per second
// of wall time and of CPU time (user + system, GC threads included): on a shared machine the CPU rate
// is the steadier of the two. Numbers only: no assertion.
import { execFileSync } from "node:child_process";
import { createReadStream, createWriteStream } from "node:fs";
import { mkdir, mkdtemp, rm, stat, writeFile } from "node:fs/promises";
import { once } from "node:events";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import type { Incident } from "../src/core/incident.ts";
import { ACLED_COLUMNS_2025 } from "../src/datasets/acled.ts";
import { DATASET_READ_BYTES, importDataset, ImportSummary } from "../src/datasets/import.ts";
import { openStore } from "../src/store/open-store.ts";
import { sqliteFloor } from "./store-floor.ts";

const here = path.dirname(fileURLToPath(import.meta.url));

const MODES = ["map", "store"] as const;
type Mode = (typeof MODES)[number];

interface Measurement {
  mode: Mode;
  rows: number;
  mb: number;
  imported: number;
  rejected: number;
  seconds: number;
  cpuSeconds: number;
  rowsPerSec: number;
  rowsPerCpuSec: number;
  peakRssMb: number;
  /** Store mode: SQLite's floor for the stored rows, this schema and the leanest (incidents/s). */
  floorRowsPerSec?: number;
  leanFloorRowsPerSec?: number;
}

const TYPES = [
  ["Battles", "Armed clash"],
  ["Explosions/Remote violence", "Remote explosive/landmine/IED"],
  ["Explosions/Remote violence", "Air/drone strike"],
  ["Violence against civilians", "Attack"],
  ["Strategic developments", "Arrests"],
  ["Protests", "Peaceful protest"],
] as const;
const COUNTRIES = [["Somalia", "706"], ["Iraq", "368"], ["Nigeria", "566"], ["Syria", "760"], ["Afghanistan", "4"], ["Mali", "466"]] as const;

/** A deterministic pseudo-random ACLED 2025 row. */
function row(n: number): string {
  const r = (k: number) => ((n * 2654435761 + k * 40503) >>> 0) % 1000;
  const [type, sub] = TYPES[r(1) % TYPES.length]!;
  const [country, iso] = COUNTRIES[r(2) % COUNTRIES.length]!;
  const day = String((r(3) % 28) + 1).padStart(2, "0");
  const month = String((r(4) % 12) + 1).padStart(2, "0");
  const fatalities = r(5) % 7;
  const notes = r(6) % 10 === 0 ? `"On ${day} ${month} 2024, an event, with details;\nsecond line."` : `"On ${day} ${month} 2024, armed men attacked, killing ${fatalities}."`;
  return [
    `GEN${n}`, `2024-${month}-${day}`, "2024", "1", "Political violence", type, sub, "Al Shabaab", "", "Rebel group",
    `Military Forces of ${country} (2022-)`, "", "State forces", "State forces-Rebel group", "", iso, "Eastern Africa", country,
    `Region ${r(7) % 20}`, `District ${r(8)}`, "", `Town ${r(9)}`, (r(10) / 100).toFixed(4), (40 + r(11) / 100).toFixed(4),
    String((r(12) % 3) + 1), "Example Radio; Example Post", "National", notes, String(fatalities), "", String(1700000000 + n),
  ].join(",");
}

async function generate(file: string, rows: number): Promise<void> {
  const out = createWriteStream(file);
  out.write(ACLED_COLUMNS_2025.join(",") + "\n");
  let batch: string[] = [];
  for (let n = 1; n <= rows; n++) {
    batch.push(row(n));
    if (batch.length === 2000 || n === rows) {
      if (!out.write(batch.join("\n") + "\n")) await once(out, "drain");
      batch = [];
    }
  }
  out.end();
  await once(out, "finish");
}

/** The importer's incidents, counted into `summary`. */
async function* incidents(file: string, summary: ImportSummary): AsyncGenerator<Incident> {
  for await (const item of importDataset(createReadStream(file, { highWaterMark: DATASET_READ_BYTES }), { file: "bench.csv", from: "auto" })) {
    summary.add(item);
    if (item.kind === "incident") yield item.incident;
  }
}

async function measure(file: string, rows: number, mode: Mode): Promise<Measurement> {
  const dir = mode === "store" ? await mkdtemp(path.join(os.tmpdir(), "spotlight-import-bench-db-")) : null;
  const store = dir === null ? null : (await openStore(path.join(dir, "bench.db"), { create: true })).store;
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 20);
  const summary = new ImportSummary();
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  if (store === null) for await (const _incident of incidents(file, summary)) continue;
  else await store.importIncidents({ name: "bench.csv", format: "acled", hash: "bench" }, incidents(file, summary));
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(c0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage.rss());
  await store?.close();
  let floors: Pick<Measurement, "floorRowsPerSec" | "leanFloorRowsPerSec"> = {};
  if (dir !== null) {
    const db = path.join(dir, "bench.db");
    const floor = await sqliteFloor(db, path.join(dir, "floor.db"), summary.imported, summary.imported);
    const lean = await sqliteFloor(db, path.join(dir, "lean.db"), summary.imported, summary.imported, true);
    floors = { floorRowsPerSec: Math.round(floor.incidentsPerSec), leanFloorRowsPerSec: Math.round(lean.incidentsPerSec) };
    await rm(dir, { recursive: true, force: true });
  }
  const mb = (await stat(file)).size / 1024 / 1024;
  return {
    mode,
    rows,
    mb: Math.round(mb),
    imported: summary.imported,
    rejected: summary.rejected,
    seconds: Number(seconds.toFixed(2)),
    cpuSeconds: Number(cpuSeconds.toFixed(2)),
    rowsPerSec: Math.round(summary.imported / seconds),
    rowsPerCpuSec: Math.round(summary.imported / cpuSeconds),
    peakRssMb: Math.round(peak / 1024 / 1024),
    ...floors,
  };
}

async function run(dir: string, rows: number, mode: Mode): Promise<Measurement> {
  const file = path.join(dir, `acled-${rows}.csv`);
  await generate(file, rows);
  try {
    const out = execFileSync(process.execPath, ["--import", "tsx", fileURLToPath(import.meta.url), "--measure", file, String(rows), mode], { encoding: "utf8", maxBuffer: 1 << 20 });
    const m = JSON.parse(out) as Measurement;
    const what = m.mode === "map" ? "parse + map" : "parse + map + SQLite import";
    console.log(
      `${what}, ${m.rows.toLocaleString("en")} rows (${m.mb} MB): ${m.imported} imported, ${m.rejected} rejected, ${m.seconds} s, ` +
        `${m.rowsPerSec.toLocaleString("en")} rows/s (${m.rowsPerCpuSec.toLocaleString("en")} per CPU second), peak RSS ${m.peakRssMb} MB`,
    );
    if (m.floorRowsPerSec !== undefined) {
      console.log(`  SQLite's floor for the same rows (plain prepared statements, no logic): ${m.floorRowsPerSec.toLocaleString("en")}/s with this schema, ${m.leanFloorRowsPerSec?.toLocaleString("en")}/s with the leanest one`);
    }
    return m;
  } finally {
    await rm(file, { force: true });
  }
}

async function main(): Promise<void> {
  const large = Number(process.env["BENCH_IMPORT_ROWS"] ?? 1_000_000);
  const storeRows = Number(process.env["BENCH_IMPORT_STORE_ROWS"] ?? 100_000);
  const sizes = [Math.max(1, Math.round(large / 4)), large];
  const dir = await mkdtemp(path.join(os.tmpdir(), "spotlight-import-bench-"));
  try {
    const results: Measurement[] = [];
    for (const rows of sizes) results.push(await run(dir, rows, "map"));
    const [small, big] = results as [Measurement, Measurement];
    const ratio = big.peakRssMb / small.peakRssMb;
    console.log(`peak memory at ${sizes[1]! / sizes[0]!}x the rows: x${ratio.toFixed(2)} (${ratio < 1.5 ? "flat" : "GREW"}); target >= 100,000 rows/s: ${big.rowsPerSec >= 100_000 ? "met" : "NOT met"}`);
    if (storeRows > 0) results.push(await run(dir, storeRows, "store"));
    await mkdir(path.join(here, "out"), { recursive: true });
    await writeFile(path.join(here, "out", "import.json"), JSON.stringify({ node: process.version, results, memoryRatio: Number(ratio.toFixed(2)) }, null, 2) + "\n");
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const args = process.argv.slice(2);
if (args[0] === "--generate") await generate(args[1]!, Number(args[2]));
else if (args[0] === "--measure") {
  const mode = MODES.find((m) => m === args[3]);
  if (mode === undefined) throw new Error(`--measure FILE ROWS ${MODES.join("|")}`);
  process.stdout.write(JSON.stringify(await measure(args[1]!, Number(args[2]), mode)));
}
else await main();
