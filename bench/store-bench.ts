// Store throughput and query latency, on generated incidents (no extractor: this measures the store).
// 1. Bulk import: Store.importIncidents, one transaction per file of BENCH_STORE_FILE_INCIDENTS
//    (100,000) records. Files come in pairs per period: dataset "alpha" (95% of the records, new
//    incidents) then dataset "beta" (5%: half retell alpha's incidents, a day or a few hundred
//    metres apart, so they merge or are flagged; half new). Merge candidates, revisions,
//    provenance, the full-text index and the rollups are all written, as for any import.
// 2. Per-document ingest: Store.ingest of BENCH_STORE_DOC_INCIDENTS (100,000) incidents in
//    documents of 500 into another store (one transaction per document).
// 3. Filtered pages of 100 and full-text pages of 100 on the bulk store (p50/p95).
// 4. SQLite's floor (store-floor.ts): the bulk store's rows written again into an empty store by plain
//    prepared statements, one transaction per BENCH_STORE_FILE_INCIDENTS, with no logic at all.
// Rates are wall-clock; for SQLite also per second of this process's CPU time, which a shared
// machine inflates less.
//
// BENCH_STORE_INCIDENTS (default 1,000,000) sets the SQLite size; BENCH_STORE_PG_INCIDENTS
// (default 100,000; 0 skips) the PostgreSQL size, on a throwaway server or SPOTLIGHT_TEST_PG;
// BENCH_STORE_FLOOR_INCIDENTS (default: the SQLite size; 0 skips) how many incidents the floor rewrites.
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
import { sqliteFloor, type FloorRate } from "./store-floor.ts";

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

const FILE_INCIDENTS = Number(process.env["BENCH_STORE_FILE_INCIDENTS"] ?? 100_000);
const RETOLD = 0.025;
const BETA_NEW = 0.025;

/** The bulk corpus as dataset files: [alpha, beta] per period, ids stable (`alpha:<n>`, `beta:<n>`). */
function* datasetFiles(total: number): Generator<{ name: string; format: string; incidents: Incident[] }> {
  const r = rng(1234);
  const periods = Math.ceil(total / FILE_INCIDENTS);
  let alphaN = 0;
  let betaN = 0;
  for (let p = 0; p < periods; p++) {
    const size = Math.min(FILE_INCIDENTS, total - p * FILE_INCIDENTS);
    const start = Math.floor((p / periods) * (SPAN_DAYS - 1));
    const span = Math.max(1, Math.floor(SPAN_DAYS / periods));
    const alphaSize = Math.round(size * (1 - RETOLD - BETA_NEW));
    const alpha: Incident[] = [];
    for (let i = 0; i < alphaSize; i++) alpha.push(generated(r, `alpha:${alphaN++}`, day(start + Math.floor((i / alphaSize) * span)), "alpha.jsonl", "alpha"));
    const beta: Incident[] = [];
    for (let i = 0; beta.length < size - alphaSize; i++) {
      const id = `beta:${betaN++}`;
      if (i % 2 === 0) {
        // A retelling: same event a few hundred metres off, a day later one time in four; some disagree on the target.
        const o = alpha[Math.floor(r() * alpha.length)]!;
        const date = r() < 0.25 ? day(Math.round((Date.parse(o.event_date) - Date.UTC(2015, 0, 1)) / 86_400_000) + 1) : o.event_date;
        const target_type = r() < 0.2 ? TARGET_TYPES[(TARGET_TYPES.indexOf(o.target_type) + 1) % TARGET_TYPES.length]! : o.target_type;
        beta.push({ ...o, id, event_date: date, target_type, latitude: o.latitude! + 0.002, longitude: o.longitude! - 0.002, document: "beta.jsonl", source_dataset: { name: "beta", id, schema: "bench", mapped: "" } });
      } else beta.push(generated(r, id, day(start + Math.floor(r() * span)), "beta.jsonl", "beta"));
    }
    yield { name: `alpha-${String(p).padStart(3, "0")}.jsonl`, format: "jsonl", incidents: alpha };
    yield { name: `beta-${String(p).padStart(3, "0")}.jsonl`, format: "jsonl", incidents: beta };
  }
}

function generated(r: () => number, id: string, date: string, document: string, dataset: string): Incident {
  const [cc, lat, lon, towns] = COUNTRIES[Math.floor(r() * COUNTRIES.length)]!;
  const town = towns[Math.floor(r() * towns.length)]!;
  const target = TARGETS[Math.floor(r() * TARGETS.length)]!;
  const method = METHODS[Math.floor(r() * 8)]!;
  const killed = Math.floor(r() * 6);
  const quote = `On ${date}, militants attacked a ${target} near ${town} using ${method.replace("_", " ")}, killing ${killed} (${id}).`;
  return {
    id, event_date: date, time_precision: 1, category: "attack", methods: [method], perpetrator: "ISIS", claim: "claimed", target,
    target_type: TARGET_TYPES[Math.floor(r() * TARGET_TYPES.length)]!, country: cc, admin1: `${town} Province`, location: town, offset: null,
    latitude: lat + (r() - 0.5) * 6, longitude: lon + (r() - 0.5) * 6, geo_precision: 1,
    killed: { low: killed, high: killed }, wounded: { low: 0, high: 0 }, casualties: { low: killed, high: killed }, fatalities: killed,
    sources: [{ name: dataset, date }], quote, document, quote_start: 0, quote_end: quote.length, section: [], source_dataset: { name: dataset, id, schema: "bench", mapped: "" },
  };
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

interface Rate {
  incidents: number;
  transactions: number;
  seconds: number;
  incidentsPerSec: number;
  /** Incidents per second of this process's CPU time (user + system). */
  incidentsPerCpuSec: number;
  merged: number;
  possibleDuplicates: number;
}

interface Result {
  engine: string;
  bulk: Rate;
  perDocument: Rate | null;
  dbMb: number | null;
  queries: Record<string, { p50: number; p95: number; rows: number }>;
  /** SQLite only: the same rows written by plain prepared statements (store-floor.ts). */
  floor?: FloorRate;
  /** The same with the leanest schema the requirements allow (store-floor.ts). */
  leanFloor?: FloorRate;
}

function cpuSeconds(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
}

async function bulkImport(engine: string, store: Store, total: number): Promise<Rate> {
  const rate = { incidents: 0, transactions: 0, merged: 0, possibleDuplicates: 0 };
  const t0 = performance.now();
  const c0 = cpuSeconds();
  for (const f of datasetFiles(total)) {
    async function* feed() {
      yield* f.incidents;
    }
    const r = await store.importIncidents({ name: f.name, format: f.format, hash: f.name }, feed());
    rate.incidents += f.incidents.length;
    rate.transactions++;
    rate.merged += r.merged;
    rate.possibleDuplicates += r.possibleDuplicates;
    console.log(`  ${engine} bulk: ${rate.incidents} incidents, ${(rate.incidents / ((performance.now() - t0) / 1000)).toFixed(0)}/s`);
  }
  const seconds = (performance.now() - t0) / 1000;
  return { ...rate, seconds, incidentsPerSec: rate.incidents / seconds, incidentsPerCpuSec: rate.incidents / (cpuSeconds() - c0) };
}

async function perDocument(store: Store, total: number): Promise<Rate> {
  const rate = { incidents: 0, transactions: 0, merged: 0, possibleDuplicates: 0 };
  const t0 = performance.now();
  const c0 = cpuSeconds();
  for (const d of documents(total)) {
    const r = await store.ingest({ name: d.name, text: d.text }, d.extraction);
    rate.incidents += d.extraction.incidents.length;
    rate.transactions++;
    rate.merged += r.merged;
    rate.possibleDuplicates += r.possibleDuplicates;
  }
  const seconds = (performance.now() - t0) / 1000;
  return { ...rate, seconds, incidentsPerSec: rate.incidents / seconds, incidentsPerCpuSec: rate.incidents / (cpuSeconds() - c0) };
}

async function run(engine: string, store: Store, total: number, file: string | null, docStore: Store | null, docTotal: number): Promise<Result> {
  const bulk = await bulkImport(engine, store, total);
  const perDoc = docStore !== null && docTotal > 0 ? await perDocument(docStore, docTotal) : null;
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
  return { engine, bulk, perDocument: perDoc, dbMb: file ? statSync(file).size / 1024 / 1024 : null, queries };
}

function printRate(engine: string, what: string, r: Rate): void {
  console.log(`${engine} ${what}: ${r.incidents} incidents in ${r.transactions} transactions, ${r.seconds.toFixed(1)} s, ${r.incidentsPerSec.toFixed(0)} incidents/s (${r.incidentsPerCpuSec.toFixed(0)} per CPU second of this process); ${r.merged} merged, ${r.possibleDuplicates} possible duplicates`);
}

function print(r: Result): void {
  printRate(r.engine, "bulk import (Store.importIncidents)", r.bulk);
  if (r.perDocument) printRate(r.engine, "per-document ingest (Store.ingest)", r.perDocument);
  if (r.dbMb !== null) console.log(`  database ${r.dbMb.toFixed(0)} MB`);
  for (const [name, q] of Object.entries(r.queries)) console.log(`  page of 100, ${name}: p50 ${q.p50.toFixed(1)} ms, p95 ${q.p95.toFixed(1)} ms (avg ${q.rows} rows)`);
  const floor = (what: string, f: FloorRate) => {
    const parts = Object.entries(f.tables).map(([t, s]) => `${t} ${s.toFixed(1)} s`).join(", ");
    console.log(`  ${what}: ${f.incidents} stored incidents' rows written again by plain prepared statements, no logic: ${f.seconds.toFixed(1)} s, ${f.incidentsPerSec.toFixed(0)} incidents/s (${parts}); the import reached ${((100 * r.bulk.incidentsPerSec) / f.incidentsPerSec).toFixed(0)}% of it`);
  };
  if (r.floor) floor("engine floor, this schema (incident, report, revision, full-text entry)", r.floor);
  if (r.leanFloor) floor("engine floor, leanest schema (no analysis index, reports without the record, no creation revision, contentless full text)", r.leanFloor);
}

const results: Result[] = [];
const sqliteTotal = Number(process.env["BENCH_STORE_INCIDENTS"] ?? 1_000_000);
const docTotal = Number(process.env["BENCH_STORE_DOC_INCIDENTS"] ?? 100_000);
const dir = mkdtempSync(path.join(os.tmpdir(), "spotlight-bench-"));
try {
  const file = path.join(dir, "bench.db");
  const { store } = await openSqliteStore(file);
  const { store: docStore } = await openSqliteStore(path.join(dir, "documents.db"));
  const r = await run("sqlite", store, sqliteTotal, file, docStore, docTotal);
  await store.close();
  await docStore.close();
  // BENCH_STORE_FLOOR_INCIDENTS (default: all of them; 0 skips) sets how many rows the floor rewrites.
  const floorTotal = Math.min(sqliteTotal, Number(process.env["BENCH_STORE_FLOOR_INCIDENTS"] ?? sqliteTotal));
  if (floorTotal > 0) {
    r.floor = await sqliteFloor(file, path.join(dir, "floor.db"), floorTotal, FILE_INCIDENTS);
    rmSync(path.join(dir, "floor.db"), { force: true });
    r.leanFloor = await sqliteFloor(file, path.join(dir, "lean-floor.db"), floorTotal, FILE_INCIDENTS, true);
  }
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
    const { store: docStore } = await openPostgresStore(await server.createDatabase());
    const r = await run("postgres", store, pgTotal, null, docStore, Math.min(docTotal, pgTotal));
    await store.close();
    await docStore.close();
    print(r);
    results.push(r);
  } finally {
    await server.stop();
  }
} else if (pgTotal > 0) console.log(`postgres: skipped (${why})`);

mkdirSync(path.join(here, "out"), { recursive: true });
writeFileSync(path.join(here, "out", "store.json"), `${JSON.stringify(results, null, 2)}\n`);
