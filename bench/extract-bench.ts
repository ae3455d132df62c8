// Extraction throughput and memory: synthetic bulletins streamed through DocumentExtractor as the CLI
// would (listInputs → readTextStream → push per ~1 MB chunk → end). Each run is its own child process
// so peak RSS belongs to that run alone. BENCH_MB (default 20) sets the base size; 2x is run too.
// "files-pooled" is the files layout through the CLI's worker pool (src/cli/extract-pool.ts):
// its time includes starting the workers, each loading its own gazetteer.
import { execFileSync } from "node:child_process";
import { createWriteStream } from "node:fs";
import { mkdir, mkdtemp, rm, stat, writeFile } from "node:fs/promises";
import { once } from "node:events";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { DocumentExtractor } from "../src/extract/extract.ts";
import { listInputs } from "../src/io/list-inputs.ts";
import { readTextStream } from "../src/io/read-text.ts";
import { extractPooled, maxPoolSize } from "../src/cli/extract-pool.ts";
import { generateCorpus } from "./generate-corpus.ts";

const SEED = 20210111;
const MB = 1024 * 1024;
const here = path.dirname(fileURLToPath(import.meta.url));

const LAYOUTS = ["files", "one-file", "files-pooled"] as const;
type Layout = (typeof LAYOUTS)[number];
const isLayout = (s: string | undefined): s is Layout => (LAYOUTS as readonly (string | undefined)[]).includes(s);

interface Measurement {
  layout: Layout;
  mb: number;
  bytes: number;
  documents: number;
  incidents: number;
  statistics: number;
  seconds: number;
  extractSeconds: number;
  mbPerSec: number;
  extractMbPerSec: number;
  incidentsPerSec: number;
  peakRssMb: number;
  maxRssMb: number;
}

/** Writes the corpus both ways: one file per bulletin, and all bulletins in one big file. */
async function writeCorpus(dir: string, mb: number): Promise<void> {
  const docsDir = path.join(dir, "docs");
  await mkdir(docsDir, { recursive: true });
  const big = createWriteStream(path.join(dir, "corpus.txt"));
  let n = 0;
  for (const doc of generateCorpus({ bytes: mb * MB, seed: SEED })) {
    n++;
    await writeFile(path.join(docsDir, `bulletin-${String(n).padStart(5, "0")}.txt`), doc);
    if (!big.write(doc + "\n")) await once(big, "drain");
  }
  big.end();
  await once(big, "finish");
}

/** Child mode: one run over `target` (a folder or a file); prints a Measurement as JSON. */
async function measure(layout: Layout, mb: number, target: string): Promise<Measurement> {
  let peak = process.memoryUsage.rss();
  const sample = (): void => {
    peak = Math.max(peak, process.memoryUsage.rss());
  };
  const timer = setInterval(sample, 10);
  let bytes = 0;
  let incidents = 0;
  let statistics = 0;
  let extractMs = 0;
  const { inputs } = await listInputs([target]);
  const start = performance.now();
  if (layout === "files-pooled") {
    const jobs = inputs.map((ref, index) => ({ index, path: ref.kind === "file" ? ref.path : "", name: ref.name, document: ref.name, published: null }));
    let size = 0;
    for (const ref of inputs) if (ref.kind === "file") size += (await stat(ref.path)).size;
    // The pool at its full size, whatever else the machine runs (the CLI would stay on one thread under load).
    for await (const ev of extractPooled(jobs, maxPoolSize())) {
      if (ev.type === "input-error") continue;
      incidents += ev.incidents.length;
      statistics += ev.statistics.length;
      sample();
    }
    // Bytes read by the workers: the files' sizes.
    bytes = size;
    extractMs = performance.now() - start;
  }
  for (const ref of layout === "files-pooled" ? [] : inputs) {
    const extractor = new DocumentExtractor({ document: ref.name });
    for await (const chunk of readTextStream(ref)) {
      bytes += Buffer.byteLength(chunk);
      const t = performance.now();
      const items = extractor.push(chunk);
      extractMs += performance.now() - t;
      // Count and drop, as a streaming writer would: retaining results would measure the caller, not us.
      incidents += items.incidents.length;
      statistics += items.statistics.length;
      sample();
    }
    const t = performance.now();
    const last = extractor.end();
    extractMs += performance.now() - t;
    incidents += last.incidents.length;
    statistics += last.statistics.length;
    sample();
  }
  const seconds = (performance.now() - start) / 1000;
  clearInterval(timer);
  const extractSeconds = extractMs / 1000;
  return {
    layout,
    mb,
    bytes,
    documents: inputs.length,
    incidents,
    statistics,
    seconds,
    extractSeconds,
    mbPerSec: bytes / MB / seconds,
    extractMbPerSec: extractSeconds > 0 ? bytes / MB / extractSeconds : Infinity,
    incidentsPerSec: incidents / seconds,
    peakRssMb: peak / MB,
    // maxRSS is the kernel's high-water mark in KB: catches spikes between samples.
    maxRssMb: process.resourceUsage().maxRSS / 1024,
  };
}

function runChild(layout: Layout, mb: number, target: string): Measurement {
  const out = execFileSync(process.execPath, ["--import", "tsx", fileURLToPath(import.meta.url), "--measure", layout, String(mb), target], {
    cwd: path.join(here, ".."),
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
    maxBuffer: 16 * MB,
  });
  return JSON.parse(out) as Measurement;
}

const fmt = (n: number, digits = 1): string => (Number.isFinite(n) ? n.toFixed(digits) : "∞");

function table(rows: Measurement[]): string {
  const head = ["layout", "MB", "docs", "incidents", "stats", "s", "MB/s", "extract MB/s", "incidents/s", "peak RSS MB", "max RSS MB"];
  const body = rows.map((r) => [
    r.layout,
    fmt(r.bytes / MB),
    String(r.documents),
    String(r.incidents),
    String(r.statistics),
    fmt(r.seconds, 2),
    fmt(r.mbPerSec),
    fmt(r.extractMbPerSec),
    fmt(r.incidentsPerSec, 0),
    fmt(r.peakRssMb),
    fmt(r.maxRssMb),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((row) => row[i]!.length)));
  const line = (cells: string[]): string => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  return [line(head), widths.map((w) => "-".repeat(w)).join("  "), ...body.map(line)].join("\n");
}

/** Peak memory "grew" when doubling the input adds more than 16 MB and more than 15%. */
function growth(small: Measurement, large: Measurement): { ratio: number; grew: boolean } {
  const ratio = large.maxRssMb / small.maxRssMb;
  return { ratio, grew: large.maxRssMb - small.maxRssMb > 16 && ratio > 1.15 };
}

async function main(): Promise<void> {
  const baseMb = Number(process.env["BENCH_MB"] ?? 20);
  if (!(baseMb > 0)) throw new Error(`BENCH_MB must be a positive number, got ${process.env["BENCH_MB"]}`);
  const work = await mkdtemp(path.join(os.tmpdir(), "spotlight-bench-"));
  const rows: Measurement[] = [];
  try {
    for (const mb of [baseMb, baseMb * 2]) {
      const dir = path.join(work, `${mb}mb`);
      await writeCorpus(dir, mb);
      rows.push(runChild("files", mb, path.join(dir, "docs")));
      rows.push(runChild("one-file", mb, path.join(dir, "corpus.txt")));
      rows.push(runChild("files-pooled", mb, path.join(dir, "docs")));
      await rm(dir, { recursive: true, force: true });
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
  const memory = LAYOUTS.map((layout) => {
    const [small, large] = rows.filter((r) => r.layout === layout) as [Measurement, Measurement];
    return { layout, ...growth(small, large) };
  });
  console.log(`extract benchmark: ${baseMb} MB and ${baseMb * 2} MB of synthetic bulletins, seed ${SEED}; files and one-file on one thread, files-pooled on ${maxPoolSize()} worker threads (${os.availableParallelism()} cores)`);
  console.log(table(rows));
  for (const m of memory) {
    console.log(`peak memory at 2x (${m.layout}): ${m.grew ? "GREW" : "flat"} (x${m.ratio.toFixed(2)})`);
  }
  const outDir = path.join(here, "out");
  await mkdir(outDir, { recursive: true });
  const result = {
    date: new Date().toISOString(),
    node: process.version,
    cpu: os.cpus()[0]?.model ?? "unknown",
    seed: SEED,
    baseMb,
    runs: rows,
    memory,
  };
  await writeFile(path.join(outDir, "extract.json"), JSON.stringify(result, null, 2) + "\n");
  console.log(`results written to ${path.relative(process.cwd(), path.join(outDir, "extract.json"))}`);
}

const args = process.argv.slice(2);
if (args[0] === "--measure") {
  const [, layout, mb, target] = args;
  if (!isLayout(layout) || mb === undefined || target === undefined) {
    throw new Error(`usage: extract-bench.ts --measure ${LAYOUTS.join("|")} MB TARGET`);
  }
  process.stdout.write(JSON.stringify(await measure(layout, Number(mb), target)));
} else {
  await main();
}
