// Bulk loads on every engine: a dataset file of several thousand records (more than one batch of
// the import) must leave the store exactly as the same records loaded a few at a time do, with the
// rollups equal to grouping the incidents, and a load that fails midway must leave nothing.

import { test } from "node:test";
import assert from "node:assert/strict";
import type { AggregateQuery } from "../core/analysis.ts";
import type { Incident } from "../core/incident.ts";
import type { IncidentRecord, Store } from "../core/store.ts";
import { TARGET_TYPES } from "../core/vocabulary.ts";
import { incident } from "./analysis.contract.ts";
import type { SearchPlan } from "./shared/adapter.ts";
import { KyselyStore } from "./shared/kysely-store.ts";
import { migrateUpTo } from "./shared/migrations.ts";
import { SAME_AS_INCIDENT } from "./shared/rows.ts";
import { WEEKLY_ROLLUP_MIGRATION } from "./shared/weekly-rollup.ts";

export type BulkStoreFactory = () => Promise<Store>;

const ALPHA = 2_600;
const PLACES = [["IQ", "Diyala", 33.8, 45.0], ["IQ", "Kirkuk", 35.4, 44.3], ["SY", "Deir ez-Zor", 35.3, 40.1], ["NG", "Borno", 11.8, 13.1]] as const;
const METHOD_SETS = [["ied"], ["shooting"], ["ied", "shooting"], [], ["ambush"]] as const;

function day(n: number): string {
  return new Date(Date.UTC(2021, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
}

/** Dataset "alpha": one incident every ~3 hours over ten months, places and methods in turn, some with open-ended counts. */
function alpha(): Incident[] {
  return Array.from({ length: ALPHA }, (_, i) => {
    const [country, admin1, lat, lon] = PLACES[i % PLACES.length]!;
    const killed = { low: i % 5, high: i % 7 === 0 ? null : (i % 5) + (i % 3) };
    return incident({
      id: `alpha:${i}`, event_date: day(Math.floor(i / 9)), country, admin1, latitude: lat + (i % 11) * 0.05, longitude: lon + (i % 13) * 0.05, geo_precision: 1,
      methods: [...METHOD_SETS[i % METHOD_SETS.length]!], target_type: TARGET_TYPES[i % 4]!, claim: i % 6 === 0 ? null : "claimed",
      killed, wounded: { low: 1, high: 1 }, casualties: { low: killed.low + 1, high: killed.high === null ? null : killed.high + 1 },
      location: `Town${i}`, quote: `On ${day(Math.floor(i / 9))}, an attack near Town${i} (alpha item ${i}).`, document: "alpha.jsonl",
      source_dataset: { name: "alpha", id: String(i), schema: "test", mapped: "" },
    });
  });
}

/** Dataset "beta": retellings of every 40th alpha incident (same day, 200 m off; every other one with another target: a possible duplicate), and new ones. */
function beta(of: readonly Incident[]): Incident[] {
  const out: Incident[] = [];
  for (let i = 0; i < of.length; i += 40) {
    const o = of[i]!;
    const target_type = (i / 40) % 2 === 0 ? o.target_type : TARGET_TYPES[(TARGET_TYPES.indexOf(o.target_type) + 1) % 4]!;
    out.push({ ...o, id: `beta:${i}`, target_type, latitude: o.latitude! + 0.002, quote: `Beta retold alpha item ${i}.`, document: "beta.jsonl", source_dataset: { name: "beta", id: String(i), schema: "test", mapped: "" } });
    out.push({ ...o, id: `beta:new${i}`, admin1: "Anbar", latitude: 33.4, longitude: 43.3, quote: `Beta new item ${i} in Ramadi.`, document: "beta.jsonl", source_dataset: { name: "beta", id: `new${i}`, schema: "test", mapped: "" } });
  }
  return out;
}

async function* feed(list: readonly Incident[]): AsyncGenerator<Incident> {
  yield* list;
}

async function everything(store: Store): Promise<IncidentRecord[]> {
  const out: IncidentRecord[] = [];
  let after: string | null = null;
  do {
    const page = await store.listIncidents({ includeRetracted: true }, { limit: 1000, after });
    out.push(...page.incidents);
    after = page.next;
  } while (after !== null);
  return out;
}

/** What a load leaves, without timestamps: incidents, their reports and revisions, the flags. */
async function snapshot(store: Store) {
  const incidents = await everything(store);
  const details = [];
  // Every merged incident and a sample of the rest.
  for (const x of incidents.filter((x, i) => i % 17 === 0 || x.sources.length > 1)) {
    const d = await store.getIncident(x.id);
    assert.ok(d);
    details.push({ id: d.id, reports: d.reports.map((r) => [r.document, r.quote]), dups: d.possible_duplicates, history: (await store.history(d.id)).map((h) => [h.kind, h.after]) });
  }
  return { incidents: incidents.map(({ created_at: _c, updated_at: _u, ...rest }) => rest), details, pairs: (await store.possibleDuplicates()).map((p) => [p.a, p.b, p.reason]).sort() };
}

const ROLLUP_CHECKS: AggregateQuery[] = [
  { by: ["admin1", "week"], filter: {} },
  { by: ["arena", "month"], filter: { from: "2021-02-01", to: "2021-06-30" } },
  { by: ["claim", "perpetrator", "target_type"], filter: { country: ["IQ"] } },
  { by: ["method", "year"], filter: {} },
  { by: ["country", "method", "week"], filter: { country: ["IQ", "SY"] }, weekStart: "mon" },
];

async function rollupsMatch(store: Store): Promise<void> {
  assert.ok(store instanceof KyselyStore);
  for (const q of ROLLUP_CHECKS) assert.deepEqual(await store.aggregate(q), await store.aggregateIncidents(q), JSON.stringify(q));
}

export function bulkContract(factory: BulkStoreFactory): void {
  test("a bulk import leaves the same incidents, merges, flags, reports, revisions, search entries and rollups as loading the records one at a time", async () => {
    const a = alpha();
    const b = beta(a);
    const bulk = await factory();
    const single = await factory();
    try {
      const first = await bulk.importIncidents({ name: "alpha.jsonl", format: "jsonl", hash: "a" }, feed(a));
      assert.equal(first.created, ALPHA);
      const second = await bulk.importIncidents({ name: "beta.jsonl", format: "jsonl", hash: "b" }, feed(b));
      // 65 retellings: the 33 with alpha's target merge, the 32 with another target are new and flagged against it; 65 new.
      assert.deepEqual([second.created, second.merged], [65 + 32, 33]);
      const pairs = new Set((await bulk.possibleDuplicates()).map((p) => `${p.a} ${p.b}`));
      for (let i = 40; i < ALPHA; i += 80) assert.ok(pairs.has(`alpha:${i} beta:${i}`), `alpha:${i} and beta:${i} are flagged`);
      // The reference: alpha in pieces of 250 (each its own file and transaction), beta one record per file.
      for (let i = 0; i < a.length; i += 250) await single.importIncidents({ name: "alpha.jsonl", format: "jsonl", hash: `a${i}` }, feed(a.slice(0, i + 250)));
      for (const [i, x] of b.entries()) await single.importIncidents({ name: "beta.jsonl", format: "jsonl", hash: `b${i}` }, feed(b.slice(0, i + 1)));
      const [s1, s2] = [await snapshot(bulk), await snapshot(single)];
      assert.equal(s1.incidents.length, ALPHA + 65 + 32);
      assert.deepEqual(s1.incidents, s2.incidents);
      assert.deepEqual(s1.pairs, s2.pairs);
      assert.deepEqual(s1.details.map((d) => [d.id, d.reports.map((r) => r[1]), d.dups, d.history.map((h) => h[0])]), s2.details.map((d) => [d.id, d.reports.map((r) => r[1]), d.dups, d.history.map((h) => h[0])]));
      for (const store of [bulk, single]) {
        await rollupsMatch(store);
        // Search finds a bulk-created incident by its quote and place, and a merged one by either quote.
        assert.deepEqual((await store.listIncidents({ search: "alpha item 1234" }, { limit: 5 })).incidents.map((x) => x.id), ["alpha:1234"]);
        assert.deepEqual((await store.listIncidents({ search: "Town1234" }, { limit: 5 })).incidents.map((x) => x.id), ["alpha:1234"]);
        assert.deepEqual((await store.listIncidents({ search: "beta retold alpha item 2480" }, { limit: 5 })).incidents.map((x) => x.id), ["alpha:2480"]);
        assert.equal((await store.listIncidents({ search: "Ramadi" }, { limit: 1000 })).incidents.length, 65);
      }
      // Both ways an engine may run a full-text condition select the same incidents.
      assert.ok(bulk instanceof KyselyStore);
      for (const tokens of [["ramadi"], ["alpha", "item", "12"], ["town1"]]) {
        const ids = async (plan: SearchPlan): Promise<string[]> => (await bulk.db.selectFrom("incidents").select("id").where(bulk.adapter.matchSearch(tokens, plan)).orderBy("id").execute()).map((r) => r.id);
        const planned: SearchPlan = await bulk.adapter.planSearch(bulk.db, tokens);
        assert.deepEqual(await ids(planned), await ids({ kind: "many" }), tokens.join(" "));
        assert.ok((await ids(planned)).length > 0);
      }
    } finally {
      await bulk.close();
      await single.close();
    }
  });

  test("an id repeated in a file is counted once and its first record wins, within a batch, across batches and over an earlier import", async () => {
    const store = await factory();
    try {
      const a = alpha();
      const altered = (x: Incident): Incident => ({ ...x, killed: { low: 40, high: 40 }, quote: `${x.quote} Retold.` });
      // alpha:5 again after the first batch of 2,000; alpha:2599 again in the same (last) batch.
      const first = await store.importIncidents({ name: "alpha.jsonl", format: "jsonl", hash: "a" }, feed([...a, altered(a[5]!), altered(a[2599]!)]));
      assert.deepEqual([first.created, first.repeated, first.document.incident_count], [ALPHA, 2, ALPHA]);
      for (const id of ["alpha:5", "alpha:2599"]) assert.notEqual((await store.getIncident(id))?.killed.low, 40, id);
      // A revised file: alpha:7 unchanged, then repeated with other figures; alpha:8 changed once.
      const revised = [...a.slice(0, 10).map((x) => (x.id === "alpha:8" ? altered(x) : x)), altered(a[7]!)];
      const second = await store.importIncidents({ name: "alpha.jsonl", format: "jsonl", hash: "a2" }, feed(revised));
      assert.deepEqual([second.unchanged, second.updated, second.repeated, second.document.incident_count], [9, 1, 1, 10]);
      assert.notEqual((await store.getIncident("alpha:7"))?.killed.low, 40);
      assert.equal((await store.getIncident("alpha:8"))?.killed.low, 40);
    } finally {
      await store.close();
    }
  });

  test("a new incident's report shares its record until the incident first changes, and every reader sees the record the file gave", async () => {
    const store = await factory();
    try {
      assert.ok(store instanceof KyselyStore);
      const a = alpha().slice(0, 40);
      await store.importIncidents({ name: "alpha.jsonl", format: "jsonl", hash: "a" }, feed(a));
      const stored = async (id: string): Promise<string> => (await store.db.selectFrom("reports").select("data").where("incident_id", "=", id).executeTakeFirstOrThrow()).data;
      // The file's record is stored once: in the incident, not again in its report.
      assert.equal(await stored("alpha:3"), SAME_AS_INCIDENT);
      const edited = await store.edit("alpha:3", { killed: { low: 9, high: 9 }, location: "Elsewhere" }, { by: "analyst", reason: "later report", expectedRevision: 1 });
      assert.equal(edited.revision, 2);
      // The edit wrote the report's own copy first: the record as the file gave it, not the edited one.
      assert.deepEqual(JSON.parse(await stored("alpha:3")), a[3]);
      const shown = await store.getIncident("alpha:3");
      assert.deepEqual(shown?.reports.map((r) => r.quote), [a[3]!.quote]);
      assert.equal(shown?.killed.low, 9);
      // A re-import compares with what the file said before, so the unchanged record stays unchanged
      // (the analyst's edit stands), and a changed one is reconciled.
      const next = a.map((x) => (x.id === "alpha:4" ? { ...x, killed: { low: 30, high: 30 } } : x));
      const again = await store.importIncidents({ name: "alpha.jsonl", format: "jsonl", hash: "a2" }, feed(next));
      assert.deepEqual([again.unchanged, again.updated], [39, 1]);
      assert.equal((await store.getIncident("alpha:3"))?.killed.low, 9);
      assert.equal((await store.getIncident("alpha:4"))?.killed.low, 30);
      assert.deepEqual(JSON.parse(await stored("alpha:4")), a[4], "the first report keeps the first record");
      // Search still finds a record by its quote through the shared report.
      assert.deepEqual((await store.listIncidents({ search: "alpha item 17" }, { limit: 5 })).incidents.map((x) => x.id), ["alpha:17"]);
      // Going back below 0008 writes every shared record out, for a version that reads reports alone.
      assert.equal(await stored("alpha:5"), SAME_AS_INCIDENT);
      await migrateUpTo(store.db, store.adapter, WEEKLY_ROLLUP_MIGRATION);
      assert.deepEqual(JSON.parse(await stored("alpha:5")), a[5]);
    } finally {
      await store.close();
    }
  });

  test("a bulk import that fails after its first batches leaves nothing, and the rollups are kept by the next writes", async () => {
    const store = await factory();
    try {
      const a = alpha();
      async function* failing(): AsyncGenerator<Incident> {
        yield* a;
        throw new Error("disk read error");
      }
      await assert.rejects(store.importIncidents({ name: "alpha.jsonl", format: "jsonl", hash: "a" }, failing()), /disk read error/);
      assert.deepEqual(await store.listDocuments(), []);
      assert.deepEqual(await everything(store), []);
      assert.deepEqual(await store.aggregate({ by: ["admin1"], filter: {} }), []);
      assert.deepEqual(await store.aggregate({ by: ["method"], filter: {} }), []);
      // Nothing of the failed load's state outlives it: a plain write still reaches the rollups through the triggers.
      await store.importIncidents({ name: "alpha.jsonl", format: "jsonl", hash: "a" }, feed(a.slice(0, 30)));
      const x = (await everything(store))[0]!;
      await store.edit(x.id, { admin1: "Anbar", methods: ["ambush"] }, { by: "test", reason: "moved", expectedRevision: x.revision });
      await store.retract("alpha:1", "test");
      await rollupsMatch(store);
      assert.equal((await store.aggregate({ by: [], filter: {} }))[0]?.incidents, 29);
    } finally {
      await store.close();
    }
  });
}
