// Analysis latency: `stats --by admin1,week` (and a few other groupings) over generated incidents,
// through Store.aggregate, against (a) the very same SQL run through the raw driver (the cost of
// the store layer) and (b) the single-level query an analyst would type by hand into the engine
// (the cost or gain of the two-level, index-ordered plan), typed once over the incidents and once
// over the rollup the store reads (weekly_place_counts: places by Thursday week, with per-weekday
// counts for the first and last dates). Numbers only, nothing asserted.
//
// Incidents are written straight into the incidents table (this measures queries, not ingest;
// the engine computes the generated analysis columns, maintains the index and its triggers the
// rollups, as for any write).
// BENCH_ANALYSIS_INCIDENTS (default 1,000,000) sets the SQLite size; BENCH_ANALYSIS_PG_INCIDENTS
// (default 1,000,000; 0 skips) the PostgreSQL size; BENCH_ANALYSIS_RUNS (default 20) the timed runs.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import type { AggregateQuery } from "../src/core/analysis.ts";
import type { Incident } from "../src/core/incident.ts";
import { METHODS, TARGET_TYPES } from "../src/core/vocabulary.ts";
import { AGGREGATE_WORK_MEM } from "../src/store/postgres/analysis.ts";
import { connectPostgres } from "../src/store/postgres/dialect.ts";
import { openPostgresStore } from "../src/store/postgres/open.ts";
import { postgresUnavailable, startTestServer } from "../src/store/postgres/test-server.ts";
import { aggregateSql } from "../src/store/shared/aggregate.ts";
import type { KyselyStore } from "../src/store/shared/kysely-store.ts";
import { connectSqlite } from "../src/store/sqlite/dialect.ts";
import { openSqliteStore } from "../src/store/sqlite/open.ts";
import { prng } from "./generate-corpus.ts";

const here = path.dirname(fileURLToPath(import.meta.url));
const RUNS = Number(process.env["BENCH_ANALYSIS_RUNS"] ?? 20);

const PLACES = [
  ["IQ", ["Diyala", "Salah al-Din", "Kirkuk", "Anbar", "Baghdad", "Babil", "Nineveh"]],
  ["SY", ["Deir ez-Zor", "Raqqa", "Homs", "Hama", "Al-Hasakah", "Aleppo", "Daraa"]],
  ["NG", ["Borno", "Yobe", "Adamawa"]],
  ["EG", ["North Sinai", "Cairo"]],
  ["AF", ["Nangarhar", "Kabul", "Kunar"]],
  ["CD", ["North Kivu", "Ituri"]],
  ["MZ", ["Cabo Delgado"]],
  ["ML", ["Gao", "Menaka"]],
  ["SO", ["Banaadir", "Lower Shabelle"]],
  ["PK", ["Khyber Pakhtunkhwa", "Balochistan"]],
] as const;
const PERPETRATORS = ["ISIS", "ISIS", "ISIS", "JNIM", "al-Shabaab", "unknown"];
const CLAIMS = ["claimed", "claimed", "suspected", "unattributed", null] as const;
const SPAN_DAYS = 3650;

// The corpus generator's PRNG, so every bench draws from the same deterministic sequence.
const rng = prng;

const day = (n: number) => new Date(Date.UTC(2015, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);

/** Rows of the incidents table: id, event_date, country, admin1, category, methods, target_type, status, revision, created_at, updated_at, data. */
function* rows(total: number): Generator<unknown[]> {
  const r = rng(42);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(r() * list.length)]!;
  for (let i = 0; i < total; i++) {
    const [country, admins] = pick(PLACES);
    const admin1 = pick(admins);
    const methods = r() < 0.2 ? [pick(METHODS.slice(0, 8)), pick(METHODS.slice(0, 8))] : [pick(METHODS.slice(0, 8))];
    const killedLow = Math.floor(r() * 6);
    const killedHigh = r() < 0.05 ? null : killedLow + (r() < 0.2 ? 2 : 0);
    const wounded = Math.floor(r() * 4);
    const date = day(Math.floor(r() * SPAN_DAYS));
    const incident: Incident = {
      id: `b${i.toString(36)}`,
      event_date: date,
      time_precision: 1,
      category: r() < 0.85 ? "attack" : "counterterrorism",
      methods,
      perpetrator: pick(PERPETRATORS),
      claim: pick(CLAIMS),
      target: "army patrol",
      target_type: pick(TARGET_TYPES),
      country,
      admin1,
      location: `${admin1} town`,
      offset: null,
      latitude: null,
      longitude: null,
      geo_precision: 2,
      killed: { low: killedLow, high: killedHigh },
      wounded: { low: wounded, high: wounded },
      casualties: { low: killedLow + wounded, high: killedHigh === null ? null : killedHigh + wounded },
      fatalities: killedLow,
      sources: [{ name: "Amaq", date }],
      quote: `On ${date}, militants attacked an army patrol near ${admin1} town, killing ${killedLow} (item ${i}).`,
      document: "analysis-bench.txt",
      quote_start: 0,
      quote_end: 80,
      section: [],
    };
    yield [incident.id, date, country, admin1, incident.category, `|${methods.join("|")}|`, incident.target_type, "active", 1, "2024-01-01T00:00:00.000Z", "2024-01-01T00:00:00.000Z", JSON.stringify(incident)];
  }
}

const COLUMNS = "id, event_date, country, admin1, category, methods, target_type, status, revision, created_at, updated_at, data";

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function timed(run: () => Promise<unknown>): Promise<{ p50: number; p95: number }> {
  for (let i = 0; i < 2; i++) await run();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    await run();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}

const QUERIES: Record<string, AggregateQuery> = {
  "admin1 x week": { by: ["admin1", "week"], filter: {} },
  "arena x month": { by: ["arena", "month"], filter: {} },
  "method x year": { by: ["method", "year"], filter: {} },
  "IQ in 2020, admin1 x week": { by: ["admin1", "week"], filter: { country: ["IQ"], from: "2020-01-01", to: "2020-12-31" } },
};

/** What an analyst would type: one level, weeks from Thursday, the same measures. */
const HAND_TYPED = {
  sqlite: `select admin1, date(event_date, '-' || ((cast(strftime('%w', event_date) as integer) + 3) % 7) || ' days') as week,
      count(*), sum(killed_low), case when count(killed_high) = count(*) then sum(killed_high) end,
      sum(wounded_low), case when count(wounded_high) = count(*) then sum(wounded_high) end,
      sum(casualties_low), case when count(casualties_high) = count(*) then sum(casualties_high) end, min(event_date), max(event_date)
    from incidents where status = 'active' group by 1, 2 order by 1, 2`,
  postgres: `select case when admin1 = '' then '(none)' else admin1 end, to_char(event_date::date - ((extract(dow from event_date::date)::int + 3) % 7), 'YYYY-MM-DD') as week,
      count(*), sum(killed_low), case when count(killed_high) = count(*) then sum(killed_high) end,
      sum(wounded_low), case when count(wounded_high) = count(*) then sum(wounded_high) end,
      sum(casualties_low), case when count(casualties_high) = count(*) then sum(casualties_high) end, min(event_date), max(event_date)
    from incidents where status = 'active' group by 1, 2 order by 1, 2`,
};

/**
 * The same hand-typed query over the rollup the store reads for admin1 x week (weekly_place_counts,
 * weeks as integers, Thursday first): first and last dates from the first and last non-zero weekday.
 */
const FIRST_DAY = "week * 7 + (case when d0 > 0 then 0 when d1 > 0 then 1 when d2 > 0 then 2 when d3 > 0 then 3 when d4 > 0 then 4 when d5 > 0 then 5 else 6 end)";
const LAST_DAY = "week * 7 + (case when d6 > 0 then 6 when d5 > 0 then 5 when d4 > 0 then 4 when d3 > 0 then 3 when d2 > 0 then 2 when d1 > 0 then 1 else 0 end)";
const HAND_TYPED_ROLLUP = {
  sqlite: `select admin1, date(week * 7 * 86400, 'unixepoch') as week,
      sum(incidents), sum(killed_low), case when sum(killed_known) = sum(incidents) then sum(killed_high) end,
      sum(wounded_low), case when sum(wounded_known) = sum(incidents) then sum(wounded_high) end,
      sum(casualties_low), case when sum(casualties_known) = sum(incidents) then sum(casualties_high) end,
      date(min(${FIRST_DAY}) * 86400, 'unixepoch'), date(max(${LAST_DAY}) * 86400, 'unixepoch')
    from weekly_place_counts group by admin1, weekly_place_counts.week order by 1, 2`,
  postgres: `select case when admin1 = '' then '(none)' else admin1 end, to_char(date '1970-01-01' + week * 7, 'YYYY-MM-DD') as week,
      sum(incidents), sum(killed_low), case when sum(killed_known) = sum(incidents) then sum(killed_high) end,
      sum(wounded_low), case when sum(wounded_known) = sum(incidents) then sum(wounded_high) end,
      sum(casualties_low), case when sum(casualties_known) = sum(incidents) then sum(casualties_high) end,
      to_char(date '1970-01-01' + min(${FIRST_DAY}), 'YYYY-MM-DD'), to_char(date '1970-01-01' + max(${LAST_DAY}), 'YYYY-MM-DD')
    from weekly_place_counts group by 1, weekly_place_counts.week order by 1, 2`,
};

interface QueryResult {
  groups: number;
  store: { p50: number; p95: number };
  rawSameSql: { p50: number; p95: number };
  ratioToSameSql: number;
}

interface EngineResult {
  engine: string;
  incidents: number;
  loadSeconds: number;
  queries: Record<string, QueryResult>;
  handTyped: { p50: number; p95: number; ratioOfStoreToHandTyped: number };
  handTypedRollup: { p50: number; p95: number; ratioOfStoreToHandTyped: number };
}

async function measure(engine: string, store: KyselyStore, raw: (sql: string, params: readonly unknown[]) => Promise<unknown[]>, incidents: number, loadSeconds: number): Promise<EngineResult> {
  if (process.env["BENCH_ANALYSIS_EXPLAIN"]) {
    const c = aggregateSql(store.adapter, QUERIES[process.env["BENCH_ANALYSIS_EXPLAIN"] ?? ""] ?? QUERIES["admin1 x week"]!).compile(store.db);
    const plan = await raw(`${engine === "sqlite" ? "explain query plan" : "explain analyze"} ${c.sql}`, c.parameters);
    console.log(plan.map((r) => Object.values(r as Record<string, unknown>).join(" ")).join("\n"));
  }
  const queries: Record<string, QueryResult> = {};
  for (const [name, q] of Object.entries(QUERIES)) {
    const groups = (await store.aggregate(q)).length;
    const compiled = aggregateSql(store.adapter, q).compile(store.db);
    const viaStore = await timed(() => store.aggregate(q));
    const viaRaw = await timed(() => raw(compiled.sql, compiled.parameters));
    queries[name] = { groups, store: viaStore, rawSameSql: viaRaw, ratioToSameSql: viaStore.p95 / viaRaw.p95 };
  }
  const hand = await timed(() => raw(engine === "sqlite" ? HAND_TYPED.sqlite : HAND_TYPED.postgres, []));
  const handRollup = await timed(() => raw(engine === "sqlite" ? HAND_TYPED_ROLLUP.sqlite : HAND_TYPED_ROLLUP.postgres, []));
  const p95 = queries["admin1 x week"]!.store.p95;
  return { engine, incidents, loadSeconds, queries, handTyped: { ...hand, ratioOfStoreToHandTyped: p95 / hand.p95 }, handTypedRollup: { ...handRollup, ratioOfStoreToHandTyped: p95 / handRollup.p95 } };
}

function print(r: EngineResult): void {
  console.log(`${r.engine}: ${r.incidents} incidents loaded in ${r.loadSeconds.toFixed(1)} s; ${RUNS} timed runs per query`);
  for (const [name, q] of Object.entries(r.queries)) {
    console.log(`  stats --by ${name} (${q.groups} groups): p50 ${q.store.p50.toFixed(1)} ms, p95 ${q.store.p95.toFixed(1)} ms; same SQL through the driver p95 ${q.rawSameSql.p95.toFixed(1)} ms (ratio ${q.ratioToSameSql.toFixed(2)})`);
  }
  console.log(`  admin1 x week typed by hand (one level): p50 ${r.handTyped.p50.toFixed(1)} ms, p95 ${r.handTyped.p95.toFixed(1)} ms; store / hand-typed p95 ratio ${r.handTyped.ratioOfStoreToHandTyped.toFixed(2)}`);
  console.log(`  admin1 x week typed by hand over weekly_place_counts: p50 ${r.handTypedRollup.p50.toFixed(1)} ms, p95 ${r.handTypedRollup.p95.toFixed(1)} ms; store / hand-typed p95 ratio ${r.handTypedRollup.ratioOfStoreToHandTyped.toFixed(2)}`);
}

const results: EngineResult[] = [];
const sqliteTotal = Number(process.env["BENCH_ANALYSIS_INCIDENTS"] ?? 1_000_000);
if (sqliteTotal > 0) {
  const dir = mkdtempSync(path.join(os.tmpdir(), "spotlight-analysis-bench-"));
  try {
    const file = path.join(dir, "bench.db");
    (await (await openSqliteStore(file)).store.close());
    const conn = connectSqlite(file, { create: false });
    const t0 = performance.now();
    const insert = conn.prepare(`insert into incidents (${COLUMNS}) values (${COLUMNS.split(",").map(() => "?").join(", ")})`);
    const load = conn.transaction((list: unknown[][]) => {
      for (const row of list) insert.run(...row);
    });
    let batch: unknown[][] = [];
    for (const row of rows(sqliteTotal)) {
      batch.push(row);
      if (batch.length === 50_000) {
        load(batch);
        batch = [];
      }
    }
    load(batch);
    const loadSeconds = (performance.now() - t0) / 1000;
    const { store } = await openSqliteStore(file);
    try {
      const r = await measure("sqlite", store, async (sql, params) => conn.prepare(sql).all(...params), sqliteTotal, loadSeconds);
      print(r);
      results.push(r);
    } finally {
      await store.close();
      conn.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const pgTotal = Number(process.env["BENCH_ANALYSIS_PG_INCIDENTS"] ?? 1_000_000);
const why = postgresUnavailable();
if (pgTotal > 0 && why === null) {
  const server = await startTestServer();
  try {
    const url = await server.createDatabase();
    (await (await openPostgresStore(url)).store.close());
    const pool = connectPostgres(url);
    const t0 = performance.now();
    const width = COLUMNS.split(",").length;
    let batch: unknown[][] = [];
    const flush = async () => {
      if (batch.length === 0) return;
      const values = batch.map((_, i) => `(${Array.from({ length: width }, (_, j) => `$${i * width + j + 1}`).join(", ")})`).join(", ");
      await pool.query(`insert into incidents (${COLUMNS}) values ${values}`, batch.flat());
      batch = [];
    };
    let loaded = 0;
    for (const row of rows(pgTotal)) {
      batch.push(row);
      if (batch.length === 2_000) {
        await flush();
        if ((loaded += 2_000) % 200_000 === 0) console.log(`  postgres: ${loaded} incidents loaded, ${((performance.now() - t0) / 1000).toFixed(0)} s`);
      }
    }
    await flush();
    await pool.query("vacuum analyze incidents, daily_place_counts, daily_counts, daily_method_counts, weekly_place_counts");
    const loadSeconds = (performance.now() - t0) / 1000;
    const { store } = await openPostgresStore(url);
    try {
      // The same SQL with the same session setting the store makes (work_mem), on one client.
      const client = await pool.connect();
      const raw = async (sql: string, params: readonly unknown[]) => {
        await client.query("begin");
        try {
          await client.query(`set local work_mem = '${AGGREGATE_WORK_MEM}'`);
          return (await client.query(sql, [...params])).rows;
        } finally {
          await client.query("commit");
        }
      };
      const r = await measure("postgres", store, raw, pgTotal, loadSeconds).finally(() => client.release());
      print(r);
      results.push(r);
    } finally {
      await store.close();
      await pool.end();
    }
  } finally {
    await server.stop();
  }
} else if (pgTotal > 0) console.log(`postgres: skipped (${why})`);

mkdirSync(path.join(here, "out"), { recursive: true });
writeFileSync(path.join(here, "out", "analysis.json"), `${JSON.stringify(results, null, 2)}\n`);
