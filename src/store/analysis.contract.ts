// The analysis queries every Store engine must answer alike: aggregates by each dimension with
// ranges carried through, filters, week buckets with a chosen first day, and stored statistics.
// The incidents are invented and given to the store directly (no extractor), so each expected
// number below is counted by hand from the table in `CORPUS`.

import { test } from "node:test";
import assert from "node:assert/strict";
import type { AggregateQuery, AggregateRow } from "../core/analysis.ts";
import type { Extraction, Incident, Statistic } from "../core/incident.ts";
import type { Store } from "../core/store.ts";
import { compareStatistic, planComparison } from "../analysis/compare.ts";
import { ingestDocument } from "../ingest/ingest-document.ts";
import { rollupFor } from "./shared/aggregate.ts";
import { KyselyStore } from "./shared/kysely-store.ts";

export type AnalysisStoreFactory = () => Promise<Store>;

export function incident(over: Partial<Incident> & Pick<Incident, "id" | "event_date" | "country" | "admin1">): Incident {
  return {
    time_precision: 1,
    category: "attack",
    methods: ["ied"],
    perpetrator: "ISIS",
    claim: "claimed",
    target: "army patrol",
    target_type: "military",
    location: "somewhere",
    offset: null,
    latitude: null,
    longitude: null,
    geo_precision: 3,
    killed: { low: 0, high: 0 },
    wounded: { low: 0, high: 0 },
    casualties: { low: 0, high: 0 },
    fatalities: 0,
    sources: [],
    quote: `On ${over.event_date}, item ${over.id}.`,
    document: "analysis-corpus.txt",
    quote_start: 0,
    quote_end: 10,
    section: [],
    ...over,
  };
}

const r = (low: number, high: number | null = low) => ({ low, high });

/**
 * | id | date (weekday)   | place                 | methods       | killed | wounded | casualties | perpetrator / claim   | category |
 * | A  | 2021-01-06 (Wed) | IQ Diyala             | ied           | 2      | 3       | 5          | ISIS claimed          | attack   |
 * | B  | 2021-01-07 (Thu) | IQ Diyala             | shooting      | 1      | 0       | 1          | ISIS claimed          | attack   |
 * | C  | 2021-01-13 (Wed) | IQ Kirkuk             | ied, shooting | 3-5    | 2+      | 5+         | ISIS suspected        | attack   |
 * | D  | 2021-01-14 (Thu) | EG North Sinai        | armed_assault | 4      | 1       | 5          | ISIS claimed          | attack   |
 * | E  | 2021-01-10 (Sun) | EG Cairo              | (none)        | 0      | 0       | 0          | unknown, no claim     | other    |
 * | F  | 2021-02-01 (Mon) | SY Deir ez-Zor        | ied           | 1      | 1       | 2          | ISIS claimed; RETRACTED | attack |
 * | G  | 2020-12-31 (Thu) | NG Borno              | ambush        | 10-12  | 5       | 15-17      | ISIS claimed          | attack   |
 * | H  | 2021-01-08 (Fri) | IQ Diyala             | arrest        | 0      | 0       | 0          | Iraqi army, no claim  | counterterrorism |
 */
export const CORPUS: Incident[] = [
  incident({ id: "A", event_date: "2021-01-06", country: "IQ", admin1: "Diyala", methods: ["ied"], killed: r(2), wounded: r(3), casualties: r(5) }),
  incident({ id: "B", event_date: "2021-01-07", country: "IQ", admin1: "Diyala", methods: ["shooting"], killed: r(1), casualties: r(1), target_type: "police" }),
  incident({ id: "C", event_date: "2021-01-13", country: "IQ", admin1: "Kirkuk", methods: ["ied", "shooting"], killed: r(3, 5), wounded: r(2, null), casualties: r(5, null), claim: "suspected" }),
  incident({ id: "D", event_date: "2021-01-14", country: "EG", admin1: "North Sinai", methods: ["armed_assault"], killed: r(4), wounded: r(1), casualties: r(5) }),
  incident({ id: "E", event_date: "2021-01-10", country: "EG", admin1: "Cairo", methods: [], perpetrator: "unknown", claim: null, category: "other", target_type: "civilian" }),
  incident({ id: "F", event_date: "2021-02-01", country: "SY", admin1: "Deir ez-Zor", methods: ["ied"], killed: r(1), wounded: r(1), casualties: r(2), target_type: "militia" }),
  incident({ id: "G", event_date: "2020-12-31", country: "NG", admin1: "Borno", methods: ["ambush"], killed: r(10, 12), wounded: r(5), casualties: r(15, 17) }),
  incident({ id: "H", event_date: "2021-01-08", country: "IQ", admin1: "Diyala", methods: ["arrest"], perpetrator: "Iraqi army", claim: null, category: "counterterrorism", target_type: "insurgents" }),
];

/**
 * An invented weekly bulletin: an infographic's figures for January 7-13, 2021, and the incidents
 * the bulletin itself lists for those days. Counted by hand:
 *   attacks     published Iraq 3, Sinai Peninsula 2, West Africa 1, total 6;
 *               listed: Iraq 4 (Diyala Jan 8, 10; Kirkuk Jan 12, 13), Sinai 1 (Rafah Jan 9), total 5.
 *   casualties  published Sinai Peninsula 12, Iraq 8, total 20;
 *               listed: Iraq 2 + 1 + (1 + 2) + 3 = 9, Sinai 4, total 13.
 */
export const WEEKLY_WATCH = `Spotlight on Global Jihad

January 14-20, 2021

Summary of ISIS's activity in the various provinces

ISIS published an infographic summing up its activity between January 7 and January 13, 2021. During this time, ISIS operatives carried out 6 attacks in the various provinces in Asia and Africa, compared to 9 in the previous week. Most of the attacks were carried out in Iraq (3). Attacks carried out in ISIS's other provinces: Sinai Peninsula (2) and West Africa (1) (Al-Naba' weekly, Telegram, January 14, 2021).

A total of 20 people were killed and wounded in those attacks, compared to 31 in the previous week. The largest number of casualties was in the Sinai Peninsula (12). The other casualties were in Iraq (8) (Al-Naba' weekly, Telegram, January 14, 2021).

The Iraqi arena

ISIS attacks in the various provinces¹

Diyala Province

► **On January 8, 2021**, an IED was activated against an Iraqi army vehicle near Ba'qubah. Two soldiers were killed.

► **On January 10, 2021**, ISIS operatives shot dead a Popular Mobilization fighter near Al-Muqdadiyah.

Kirkuk Province

► **On January 12, 2021**, an Iraqi police checkpoint was targeted by machine gun fire near Al-Hawija. One policeman was killed and two others were wounded.

► **On January 13, 2021**, an IED was activated against an Iraqi army patrol near Daquq. Three soldiers were wounded.

¹ According to ISIS's claims of responsibility posted on Telegram

The Sinai Peninsula

► **On January 9, 2021**, ISIS operatives attacked an Egyptian army post south of Rafah. Four soldiers were killed (Telegram, January 10, 2021).
`;

function extraction(document: string, incidents: Incident[], statistics: Statistic[] = []): Extraction {
  return { document, title: document, period: null, published: null, incidents, statistics };
}

/** Stores CORPUS and retracts F. */
export async function loadCorpus(store: Store): Promise<void> {
  await store.ingest({ name: "analysis-corpus.txt", text: "analysis corpus" }, extraction("analysis-corpus.txt", CORPUS));
  await store.retract("F", "test: retracted incidents are not counted");
}

/** key → [incidents, killed, wounded, casualties] as "low-high" ("low+" when open-ended). */
function table(rows: readonly AggregateRow[]): Record<string, [number, string, string, string]> {
  const f = (x: { low: number; high: number | null }) => (x.high === null ? `${x.low}+` : `${x.low}-${x.high}`);
  return Object.fromEntries(rows.map((row) => [row.key.join(" / "), [row.incidents, f(row.killed), f(row.wounded), f(row.casualties)]]));
}

export function analysisContract(factory: AnalysisStoreFactory): void {
  const withCorpus = (name: string, body: (store: Store) => Promise<void>) =>
    test(name, async () => {
      const store = await factory();
      try {
        await loadCorpus(store);
        await body(store);
      } finally {
        await store.close();
      }
    });
  const agg = (store: Store, q: Partial<AggregateQuery>) => store.aggregate({ by: [], filter: {}, ...q });

  withCorpus("with no dimension the totals count active incidents only and an open-ended member makes a high unknown", async (store) => {
    assert.deepEqual(table(await agg(store, {})), { "": [7, "20-24", "11+", "31+"] });
  });

  withCorpus("by admin1 each place sums its incidents' ranges", async (store) => {
    assert.deepEqual(table(await agg(store, { by: ["admin1"] })), {
      Borno: [1, "10-12", "5-5", "15-17"],
      Cairo: [1, "0-0", "0-0", "0-0"],
      Diyala: [3, "3-3", "3-3", "6-6"],
      Kirkuk: [1, "3-5", "2+", "5+"],
      "North Sinai": [1, "4-4", "1-1", "5-5"],
    });
  });

  withCorpus("by arena Sinai is North Sinai, the rest of Egypt is Egypt, and Nigeria is West Africa", async (store) => {
    assert.deepEqual(table(await agg(store, { by: ["arena"] })), {
      Egypt: [1, "0-0", "0-0", "0-0"],
      Iraq: [4, "6-8", "5+", "11+"],
      Sinai: [1, "4-4", "1-1", "5-5"],
      "West Africa": [1, "10-12", "5-5", "15-17"],
    });
  });

  withCorpus("by week with Thursday starts, a Wednesday closes its week and a Thursday opens the next", async (store) => {
    const rows = await agg(store, { by: ["week"] });
    assert.deepEqual(table(rows), {
      "2020-12-31": [2, "12-14", "8-8", "20-22"],
      "2021-01-07": [4, "4-6", "2+", "6+"],
      "2021-01-14": [1, "4-4", "1-1", "5-5"],
    });
    assert.deepEqual(rows.map((x) => [x.first, x.last]), [["2020-12-31", "2021-01-06"], ["2021-01-07", "2021-01-13"], ["2021-01-14", "2021-01-14"]]);
  });

  withCorpus("by week with Monday or Saturday starts the same incidents fall into other weeks", async (store) => {
    assert.deepEqual(Object.fromEntries((await agg(store, { by: ["week"], weekStart: "mon" })).map((x) => [x.key[0], x.incidents])), { "2020-12-28": 1, "2021-01-04": 4, "2021-01-11": 2 });
    assert.deepEqual(Object.fromEntries((await agg(store, { by: ["week"], weekStart: "sat" })).map((x) => [x.key[0], x.incidents])), { "2020-12-26": 1, "2021-01-02": 3, "2021-01-09": 3 });
  });

  withCorpus("by method an incident counts once per method it lists, and one with none is counted as (none)", async (store) => {
    assert.deepEqual(Object.fromEntries((await agg(store, { by: ["method"] })).map((x) => [x.key[0], x.incidents])), {
      "(none)": 1,
      ambush: 1,
      armed_assault: 1,
      arrest: 1,
      ied: 2,
      shooting: 2,
    });
  });

  withCorpus("by month, year, claim, perpetrator, target type and category", async (store) => {
    const counts = async (q: Partial<AggregateQuery>) => Object.fromEntries((await agg(store, q)).map((x) => [x.key.join(" / "), x.incidents]));
    assert.deepEqual(await counts({ by: ["month"] }), { "2020-12": 1, "2021-01": 6 });
    assert.deepEqual(await counts({ by: ["year"] }), { "2020": 1, "2021": 6 });
    assert.deepEqual(await counts({ by: ["claim"] }), { "(none)": 2, claimed: 4, suspected: 1 });
    assert.deepEqual(await counts({ by: ["perpetrator"] }), { ISIS: 5, "Iraqi army": 1, unknown: 1 });
    assert.deepEqual(await counts({ by: ["target_type"] }), { civilian: 1, insurgents: 1, military: 4, police: 1 });
    assert.deepEqual(await counts({ by: ["category"] }), { attack: 5, counterterrorism: 1, other: 1 });
    assert.deepEqual(await counts({ by: ["country", "week"] }), { "EG / 2021-01-07": 1, "EG / 2021-01-14": 1, "IQ / 2020-12-31": 1, "IQ / 2021-01-07": 3, "NG / 2020-12-31": 1 });
  });

  withCorpus("filters by the same dimensions narrow the incidents before grouping", async (store) => {
    const ids = async (filter: AggregateQuery["filter"]) => (await store.aggregate({ by: [], filter, withIds: true }))[0]?.ids ?? [];
    assert.deepEqual(await ids({ country: ["IQ"], method: ["ied"] }), ["A", "C"]);
    assert.deepEqual(await ids({ from: "2021-01-07", to: "2021-01-13" }), ["B", "C", "E", "H"]);
    assert.deepEqual(await ids({ claim: ["(none)"] }), ["E", "H"]);
    assert.deepEqual(await ids({ claim: ["suspected", "(none)"] }), ["C", "E", "H"]);
    assert.deepEqual(await ids({ arena: ["Sinai", "West Africa"] }), ["D", "G"]);
    assert.deepEqual(await ids({ admin1: ["Diyala"], category: ["attack"] }), ["A", "B"]);
    assert.deepEqual(await ids({ perpetrator: ["ISIS"], target_type: ["police", "military"] }), ["A", "B", "C", "D", "G"]);
    assert.deepEqual(await ids({ country: [] }), []);
    assert.deepEqual(await agg(store, { filter: { country: ["SY"] } }), [], "the retracted incident is not counted");
  });

  withCorpus("ids come back per group, sorted", async (store) => {
    const rows = await store.aggregate({ by: ["arena", "week"], filter: {}, withIds: true });
    assert.deepEqual(rows.map((x) => [...x.key, (x.ids ?? []).join(",")]), [
      ["Egypt", "2021-01-07", "E"],
      ["Iraq", "2020-12-31", "A"],
      ["Iraq", "2021-01-07", "B,C,H"],
      ["Sinai", "2021-01-14", "D"],
      ["West Africa", "2020-12-31", "G"],
    ]);
  });

  /** Queries a rollup answers (asserted), each compared with the same query over the incidents. */
  const ROLLUP_QUERIES: AggregateQuery[] = [
    { by: [], filter: {} },
    { by: ["admin1", "week"], filter: {} },
    { by: ["admin1", "week"], filter: {}, weekStart: "mon" },
    { by: ["arena", "month"], filter: {} },
    { by: ["country", "year"], filter: { from: "2021-01-01", to: "2021-01-10" } },
    { by: ["category", "claim"], filter: {} },
    { by: ["perpetrator", "target_type"], filter: { arena: ["Iraq", "Egypt"] } },
    { by: ["week"], filter: { claim: ["(none)"] } },
    { by: ["admin1"], filter: { claim: ["suspected", "(none)"], perpetrator: ["ISIS", "unknown"] } },
    { by: ["claim", "month"], filter: { country: ["IQ", "EG"], category: ["attack", "other"], target_type: ["military", "civilian", "police"] } },
    { by: ["country"], filter: { country: [] } },
    { by: ["method"], filter: {} },
    { by: ["method", "year"], filter: { country: ["IQ", "EG"], from: "2021-01-01" } },
    { by: ["country", "method", "week"], filter: {}, weekStart: "sat" },
  ];

  async function sameAsIncidents(store: Store, label: string): Promise<void> {
    assert.ok(store instanceof KyselyStore);
    for (const q of ROLLUP_QUERIES) {
      assert.notEqual(rollupFor(q), null, `a rollup answers ${JSON.stringify(q)}`);
      assert.deepEqual(await store.aggregate(q), await store.aggregateIncidents(q), `${label}: ${JSON.stringify(q)}`);
    }
  }

  withCorpus("the rollups answer exactly as grouping the incidents does; methods and ids still read the incidents", async (store) => {
    await sameAsIncidents(store, "corpus");
    assert.equal(rollupFor({ by: ["method"], filter: {} })?.table, "daily_method_counts");
    // A per-method rollup would count an incident listing both methods twice.
    assert.equal(rollupFor({ by: ["admin1"], filter: { method: ["ied", "shooting"] } }), null);
    assert.equal(rollupFor({ by: ["method"], filter: { method: ["ied"] } }), null);
    assert.equal(rollupFor({ by: ["method", "admin1"], filter: {} }), null);
    assert.equal(rollupFor({ by: ["admin1"], filter: {}, withIds: true }), null);
    assert.equal(rollupFor({ by: ["admin1", "week"], filter: {} })?.table, "weekly_place_counts");
    assert.equal(rollupFor({ by: ["admin1", "week"], filter: {}, weekStart: "mon" })?.table, "daily_place_counts");
    assert.equal(rollupFor({ by: ["admin1", "week"], filter: { claim: ["claimed"] } })?.table, "daily_counts");
  });

  withCorpus("edits, retractions, imports and restores keep the rollups current in their transaction", async (store) => {
    assert.ok(store instanceof KyselyStore);
    const rev = async (id: string) => (await store.getIncident(id))?.revision ?? 0;
    // Move C to another place, day and claim with other casualties; open B's killed high.
    await store.edit("C", { admin1: "Anbar", event_date: "2021-01-20", claim: null, killed: r(7, 9), methods: ["ambush"] }, { by: "test", reason: "moved", expectedRevision: await rev("C") });
    await store.edit("B", { killed: r(1, null), perpetrator: "JNIM" }, { by: "test", reason: "open-ended", expectedRevision: await rev("B") });
    await store.retract("D", "test: retracted after the rollup counted it");
    await sameAsIncidents(store, "after edits and retractions");
    assert.deepEqual(table(await store.aggregate({ by: ["admin1"], filter: { country: ["IQ", "EG"] } })), {
      Anbar: [1, "7-9", "2+", "9+"],
      Cairo: [1, "0-0", "0-0", "0-0"],
      Diyala: [3, "3+", "3-3", "6+"],
    });
    // A refused edit (stale revision) rolls its rollup change back with it.
    await assert.rejects(store.edit("A", { admin1: "Kirkuk" }, { by: "test", reason: "stale", expectedRevision: 99 }));
    await store.importIncidents({ name: "more.jsonl", format: "jsonl", hash: "h" }, (async function* () {
      yield incident({ id: "jsonl:1", event_date: "2021-01-21", country: "IQ", admin1: "Anbar", killed: r(2), casualties: r(2), claim: null, perpetrator: "unknown", document: "more.jsonl" });
    })());
    await sameAsIncidents(store, "after an import");
    const lines: string[] = [];
    await store.exportBackup((l) => void lines.push(l));
    const before = await store.aggregate({ by: ["admin1", "week"], filter: {} });
    await store.importBackup((async function* () { yield* lines; })(), { force: true });
    assert.deepEqual(await store.aggregate({ by: ["admin1", "week"], filter: {} }), before, "a forced restore leaves the rollup as it was");
    await sameAsIncidents(store, "after a forced restore");
  });

  test("weeks before 1970 start on the right day too", async () => {
    const store = await factory();
    try {
      await store.ingest({ name: "old.txt", text: "old" }, extraction("old.txt", [incident({ id: "old", event_date: "1969-12-31", country: "IQ", admin1: "Baghdad" })]));
      assert.deepEqual((await store.aggregate({ by: ["week"], filter: {} })).map((x) => x.key[0]), ["1969-12-25"]);
      assert.deepEqual((await store.aggregate({ by: ["week"], filter: {}, weekStart: "mon" })).map((x) => x.key[0]), ["1969-12-29"]);
    } finally {
      await store.close();
    }
  });

  test("claimed vs observed on an invented bulletin: each published figure against our count, with the difference explained", async () => {
    const store = await factory();
    try {
      await ingestDocument(store, { name: "weekly-watch.txt", text: WEEKLY_WATCH });
      const stats = await store.listStatistics({ from: "2021-01-07", to: "2021-01-13" });
      assert.deepEqual(stats.map((s) => [s.publisher, s.metric, s.dimension, s.total, s.previous_period_total]), [
        ["Al-Naba' weekly", "attacks", "arena", 6, 9],
        ["Al-Naba' weekly", "casualties", "arena", 20, 31],
      ]);
      const compared = [];
      for (const s of stats) {
        const plan = planComparison(s, { perpetrators: ["ISIS"] });
        compared.push(compareStatistic(plan, await store.aggregate(plan.totals), plan.items ? await store.aggregate(plan.items) : []));
      }
      const [attacks, casualties] = compared;
      assert.ok(attacks && casualties);
      const figures = (c: typeof attacks) => [c.total, ...c.items].map((f) => [f.label, f.claimed, f.ours.low, f.difference]);
      assert.deepEqual(figures(attacks), [["total", 6, 5, -1], ["Iraq", 3, 4, 1], ["Sinai Peninsula", 2, 1, -1], ["West Africa", 1, 0, -1]]);
      assert.deepEqual(figures(casualties), [["total", 20, 13, -7], ["Sinai Peninsula", 12, 4, -8], ["Iraq", 8, 9, 1]]);
      const iraq = attacks.items[0]!;
      assert.equal(iraq.ids.length, 4);
      assert.match(iraq.explanation, /^we count 1 more: the published figure lacks at least 1 of our 4 incidents/);
      const iraqDates = await Promise.all(iraq.ids.map(async (id) => (await store.getIncident(id))?.event_date));
      assert.deepEqual(iraqDates.sort(), ["2021-01-08", "2021-01-10", "2021-01-12", "2021-01-13"]);
      assert.match(attacks.items[2]!.explanation, /^our count is short by 1/);
    } finally {
      await store.close();
    }
  });

  test("statistics are stored with their document and a revised document's replace the old version's", async () => {
    const store = await factory();
    const stat = (total: number): Statistic => ({
      publisher: "Al-Naba'",
      published: "2021-01-07",
      subject: "attacks by arena",
      period: { start: "2020-12-31", end: "2021-01-06" },
      metric: "attacks",
      dimension: "arena",
      total,
      breakdown: [{ label: "Iraq", value: total - 1 }, { label: "Sinai Peninsula", value: 1 }],
      quote: `ISIS carried out ${total} attacks`,
      previous_period_total: 45,
      quote_start: 0,
      quote_end: 20,
    });
    try {
      await store.ingest({ name: "naba.txt", text: "v1" }, extraction("naba.txt", [], [stat(48)]));
      await store.ingest({ name: "other.txt", text: "other" }, { ...extraction("other.txt", [], [{ ...stat(7), period: { start: "2020-01-01", end: "2020-12-30" } }]) });
      const first = await store.listStatistics({ from: "2021-01-01", to: "2021-01-31" });
      assert.deepEqual(first.map((s) => [s.document, s.total, s.previous_period_total, s.breakdown.length]), [["naba.txt", 48, 45, 2]]);
      await store.ingest({ name: "naba.txt", text: "v2" }, extraction("naba.txt", [], [stat(50)]));
      assert.deepEqual((await store.listStatistics({ from: "2021-01-01" })).map((s) => s.total), [50]);
      assert.deepEqual((await store.listStatistics()).map((s) => s.total), [7, 50]);
    } finally {
      await store.close();
    }
  });
}
