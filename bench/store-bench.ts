// Store throughput and query latency. Generated incidents (no extractor: this measures the store)
// are ingested document by document through Store.ingest, the real path: one transaction per
// document, merge candidates, revisions, provenance and the full-text index. Then filtered pages
// of 100 and full-text pages of 100 are timed (p50/p95).
//
// BENCH_STORE_INCIDENTS (default 1,000,000) sets the SQLite size; BENCH_STORE_PG_INCIDENTS
// (default 100,000; 0 skips) the PostgreSQL size, on a throwaway server or SPOTLIGHT_TEST_PG.
import { mkdtempSync, rmSync, statSync, writeFileSync, mkdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import type { Extraction, Incident } from "../src/core/incident.ts";
import type { IncidentFilter, Store } from "../src/core/store.ts";
import { METHODS, TARGET_TYPES } from "../src/core/vocabulary.ts";
import { openPostgresStore } from "../src/store/postgres/open.ts";
import { postgresUnavailable, startTestServer } from "../src/store/postgres/test-server.ts";
import { openSqliteStore } from "../src/store/sqlite/open.ts";
import { prng } from "./generate-corpus.ts";

const here = path.dirname(fileURLToPath(import.meta.url));
const PER_DOCUMENT = 500;
const COUNTRIES = [
  ["IQ", 33.3, 44.4, ["Mosul", "Kirkuk", "Tikrit", "Baiji", "Hawija", "Ramadi"]],
  ["SY", 35.0, 40.4, ["Mayadin", "Raqqa", "Tabqa", "Palmyra", "Hasakah", "Deir ez-Zor"]],
  ["AF", 34.5, 69.2, ["Jalalabad", "Kabul", "Kunduz", "Ghazni", "Herat", "Khost"]],
  ["NG", 11.8, 13.2, ["Maiduguri", "Bama", "Gwoza", "Monguno", "Damboa", "Dikwa"]],
  ["SO", 2.0, 45.3, ["Mogadishu", "Afgoye", "Baidoa", "Kismayo", "Beledweyne", "Jowhar"]],
  ["ML", 16.3, -3.0, ["Gao", "Menaka", "Timbuktu", "Mopti", "Kidal", "Ansongo"]],
  ["BF", 12.4, -1.5, ["Djibo", "Dori", "Arbinda", "Kaya", "Fada", "Gorom"]],
  ["MZ", -12.9, 40.5, ["Mocimboa", "Palma", "Macomia", "Muidumbe", "Ancuabe", "Quissanga"]],
  ["PK", 33.6, 71.5, ["Peshawar", "Bannu", "Quetta", "Khyber", "Tank", "Lakki"]],
  ["EG", 31.1, 33.8, ["Arish", "Rafah", "Bir al-Abed", "Sheikh Zuweid", "Nakhl", "Hasana"]],
] as const;
const TARGETS = ["army patrol", "police checkpoint", "militia post", "village market", "power line", "government office", "convoy", "mosque guard"];

// The corpus generator's PRNG, so every bench draws from the same deterministic sequence.
const rng = prng;

function day(n: number): string {
  return new Date(Date.UTC(2015, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
}

const SPAN_DAYS = 3650;

function* documents(total: number): Generator<{ name: string; text: string; extraction: Extraction }> {
  const r = rng(42);
  const docs = Math.ceil(total / PER_DOCUMENT);
  for (let d = 0; d < docs; d++) {
    const name = `bench-${String(d).padStart(6, "0")}.txt`;
    const start = Math.floor((d / docs) * (SPAN_DAYS - 7));
    const incidents: Incident[] = [];
    const lines: string[] = [`BENCH BULLETIN ${d}`, ""];
    let offset = lines.join("\n").length + 1;
    for (let i = 0; i < PER_DOCUMENT && d * PER_DOCUMENT + i < total; i++) {
      const [cc, lat, lon, towns] = COUNTRIES[Math.floor(r() * COUNTRIES.length)]!;
      const town = towns[Math.floor(r() * towns.length)]!;
      const target = TARGETS[Math.floor(r() * TARGETS.length)]!;
      const method = METHODS[Math.floor(r() * 8)]!;
      const killed = Math.floor(r() * 6);
      const date = day(start + Math.floor(r() * 7));
      const quote = `On ${date}, militants attacked a ${target} near ${town} using ${method.replace("_", " ")}, killing ${killed} (item ${d}-${i}).`;
      incidents.push({
        id: `${d.toString(36)}-${i.toString(36)}`,
        event_date: date,
        time_precision: 1,
        category: "attack",
        methods: [method],
        perpetrator: "ISIS",
        claim: "claimed",
        target,
        target_type: TARGET_TYPES[Math.floor(r() * TARGET_TYPES.length)]!,
        country: cc,
        admin1: `${town} Province`,
        location: town,
        offset: null,
        latitude: lat + (r() - 0.5) * 6,
        longitude: lon + (r() - 0.5) * 6,
        geo_precision: 1,
        killed: { low: killed, high: killed },
        wounded: { low: 0, high: 0 },
        casualties: { low: killed, high: killed },
        fatalities: killed,
        sources: [{ name: "Amaq", date }],
        quote,
        document: name,
        quote_start: offset,
        quote_end: offset + quote.length,
        section: [],
      });
      lines.push(quote);
      offset += quote.length + 1;
    }
    yield { name, text: lines.join("\n"), extraction: { document: name, title: `BENCH BULLETIN ${d}`, period: null, published: null, incidents, statistics: [] } };
  }
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function timeQueries(store: Store, make: (r: () => number) => IncidentFilter, runs: number): Promise<{ p50: number; p95: number; rows: number }> {
  const r = rng(7);
  const times: number[] = [];
  let rows = 0;
  for (let i = 0; i < runs; i++) {
    const f = make(r);
    const t = performance.now();
    const page = await store.listIncidents(f, { limit: 100 });
    times.push(performance.now() - t);
    rows += page.incidents.length;
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95), rows: Math.round(rows / runs) };
}

interface Result {
  engine: string;
  incidents: number;
  documents: number;
  seconds: number;
  incidentsPerSec: number;
  merged: number;
  dbMb: number | null;
  queries: Record<string, { p50: number; p95: number; rows: number }>;
}

async function run(engine: string, store: Store, total: number, file: string | null): Promise<Result> {
  let merged = 0;
  let docs = 0;
  const t0 = performance.now();
  let lastReport = t0;
  for (const d of documents(total)) {
    const r = await store.ingest({ name: d.name, text: d.text }, d.extraction);
    merged += r.merged;
    docs++;
    if (performance.now() - lastReport > 10_000) {
      lastReport = performance.now();
      console.log(`  ${engine}: ${docs * PER_DOCUMENT} incidents, ${((docs * PER_DOCUMENT) / ((lastReport - t0) / 1000)).toFixed(0)}/s`);
    }
  }
  const seconds = (performance.now() - t0) / 1000;
  const pick = <T>(r: () => number, list: readonly T[]): T => list[Math.floor(r() * list.length)]!;
  const window = (r: () => number) => {
    const s = Math.floor(r() * (SPAN_DAYS - 30));
    return { from: day(s), to: day(s + 30) };
  };
  const queries = {
    "country + 30 days + method": await timeQueries(store, (r) => ({ country: pick(r, COUNTRIES)[0], ...window(r), method: pick(r, METHODS.slice(0, 8)) }), 200),
    "country + year": await timeQueries(store, (r) => {
      const s = Math.floor(r() * (SPAN_DAYS - 365));
      return { country: pick(r, COUNTRIES)[0], from: day(s), to: day(s + 365) };
    }, 200),
    "search town": await timeQueries(store, (r) => ({ search: pick(r, pick(r, COUNTRIES)[3]) }), 200),
    "search town + country + 30 days": await timeQueries(store, (r) => {
      const c = pick(r, COUNTRIES);
      return { search: pick(r, c[3]), country: c[0], ...window(r) };
    }, 200),
    "search two words": await timeQueries(store, (r) => ({ search: `${pick(r, TARGETS)} ${pick(r, pick(r, COUNTRIES)[3])}` }), 200),
  };
  return { engine, incidents: total, documents: docs, seconds, incidentsPerSec: total / seconds, merged, dbMb: file ? statSync(file).size / 1024 / 1024 : null, queries };
}

function print(r: Result): void {
  console.log(`${r.engine}: ${r.incidents} incidents in ${r.documents} documents, ${r.seconds.toFixed(1)} s, ${r.incidentsPerSec.toFixed(0)} incidents/s${r.dbMb === null ? "" : `, ${r.dbMb.toFixed(0)} MB`} (${r.merged} merged)`);
  for (const [name, q] of Object.entries(r.queries)) console.log(`  page of 100, ${name}: p50 ${q.p50.toFixed(1)} ms, p95 ${q.p95.toFixed(1)} ms (avg ${q.rows} rows)`);
}

const results: Result[] = [];
const sqliteTotal = Number(process.env["BENCH_STORE_INCIDENTS"] ?? 1_000_000);
const dir = mkdtempSync(path.join(os.tmpdir(), "spotlight-bench-"));
try {
  const file = path.join(dir, "bench.db");
  const { store } = await openSqliteStore(file);
  const r = await run("sqlite", store, sqliteTotal, file);
  await store.close();
  print(r);
  results.push(r);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const pgTotal = Number(process.env["BENCH_STORE_PG_INCIDENTS"] ?? 100_000);
const why = postgresUnavailable();
if (pgTotal > 0 && why === null) {
  const server = await startTestServer();
  try {
    const { store } = await openPostgresStore(await server.createDatabase());
    const r = await run("postgres", store, pgTotal, null);
    await store.close();
    print(r);
    results.push(r);
  } finally {
    await server.stop();
  }
} else if (pgTotal > 0) console.log(`postgres: skipped (${why})`);

mkdirSync(path.join(here, "out"), { recursive: true });
writeFileSync(path.join(here, "out", "store.json"), `${JSON.stringify(results, null, 2)}\n`);
