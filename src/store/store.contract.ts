// The behaviour every Store engine must show. Each engine's test file calls `storeContract`
// with a factory for fresh, empty stores; nothing here knows which engine it runs on.
// The documents below are written for these tests (invented wire copy, not real reports).

import { test } from "node:test";
import assert from "node:assert/strict";
import { StaleRevisionError, StoreError, type IncidentFilter, type IncidentRecord, type Store } from "../core/store.ts";
import { ingestDocument } from "../ingest/ingest-document.ts";
import type { Incident } from "../core/incident.ts";
import { importDataset } from "../datasets/import.ts";

export type StoreFactory = (clock: () => Date) => Promise<Store>;

const DESERT_WATCH = `DESERT WATCH DAILY, 9 FEBRUARY 2022

DEIR EZZOR, Syria, Feb 8 (Desert Watch) - A roadside bomb struck a Syrian army bus near Al-Mayādīn on Tuesday, killing four soldiers and wounding six, a military source said. Islamic State claimed the attack on its Amaq agency.

RAQQA, Syria, Feb 8 (Desert Watch) - Gunmen on motorbikes shot dead a local council member in the town of Tabqa on Tuesday evening, residents said. No group claimed responsibility.

KIRKUK, Iraq, Feb 7 (Desert Watch) - Militants attacked an army checkpoint in the Wadi al-Shay valley southwest of Kirkuk on Monday night, killing two soldiers, security sources said.
`;

/** The same bulletin revised: the Deir Ezzor toll rises, Raqqa is dropped, a Mosul item is added. */
const DESERT_WATCH_REVISED = `DESERT WATCH DAILY, 9 FEBRUARY 2022 (updated)

DEIR EZZOR, Syria, Feb 8 (Desert Watch) - A roadside bomb struck a Syrian army bus near Al-Mayādīn on Tuesday, killing seven soldiers and wounding six, a military source said. Islamic State claimed the attack on its Amaq agency.

KIRKUK, Iraq, Feb 7 (Desert Watch) - Militants attacked an army checkpoint in the Wadi al-Shay valley southwest of Kirkuk on Monday night, killing two soldiers, security sources said.

MOSUL, Iraq, Feb 8 (Desert Watch) - A bomb hidden in a cart exploded at a vegetable market in western Mosul on Tuesday, wounding three civilians, police said.
`;

/** Another outlet's account of the Deir Ezzor bombing. */
const SYRIA_MONITOR = `SYRIA MONITOR, 10 FEBRUARY 2022

DEIR EZZOR, Syria, Feb 8 (Syria Monitor) - An improvised explosive device hit a bus carrying government soldiers near Mayadin on Tuesday morning, killing five of them and injuring several others, local activists said. ISIS later claimed responsibility.
`;

/** Same day and town, but a shooting of police: maybe the same event, maybe not. */
const RIVER_POST = `RIVER POST, 9 FEBRUARY 2022

DEIR EZZOR, Syria, Feb 8 (River Post) - Gunmen opened fire on a police patrol near Al-Mayadin on Tuesday, killing four policemen, a local official said.
`;

const PUBLISHED = "2022-02-10";

/** Invented ACLED rows (2019-2022 export columns): the Mayadin bus bombing the bulletins report, a
 *  second explosion the same day nearby, and an unrelated clash in Iraq. */
const ACLED_HEADER = "event_id_cnty,event_date,year,time_precision,event_type,sub_event_type,actor1,inter1,actor2,inter2,interaction,country,admin1,location,latitude,longitude,geo_precision,source,notes,fatalities";
const ACLED_BUS = "SYR9001,08 February 2022,2022,1,Explosions/Remote violence,Remote explosive/landmine/IED,Islamic State (Syria),2,Military Forces of Syria (2000-),1,12,Syria,Deir ez-Zor,Al Mayadin,35.0207,40.4527,1,Example Observatory,An IED hit a bus carrying soldiers near Al Mayadin. 5 soldiers were killed.,5";
const ACLED_CAR = "SYR9002,08 February 2022,2022,1,Explosions/Remote violence,Remote explosive/landmine/IED,Islamic State (Syria),2,Military Forces of Syria (2000-),1,12,Syria,Deir ez-Zor,Al Mayadin,35.0207,40.4527,1,Example Observatory,A second IED hit an army car on the Mayadin road. 4 soldiers were killed.,4";
const ACLED_IRAQ = "IRQ9003,03 January 2022,2022,1,Battles,Armed clash,Islamic State (Iraq),2,Military Forces of Iraq (2020-),1,12,Iraq,Kirkuk,Hawija,35.3,43.8,1,Example News,Clashes near Hawija. 2 killed.,2";

async function* incidentsOf(csv: string): AsyncGenerator<Incident> {
  async function* one() {
    yield Buffer.from(csv);
  }
  for await (const item of importDataset(one(), { file: "acled.csv", from: "acled" })) if (item.kind === "incident") yield item.incident;
}

const acledFile = (...rows: string[]) => [ACLED_HEADER, ...rows, ""].join("\n");

class Clock {
  #t = Date.parse("2024-03-01T09:00:00.000Z");
  readonly now = (): Date => new Date(this.#t);
  advance(minutes: number): string {
    this.#t += minutes * 60_000;
    return new Date(this.#t).toISOString();
  }
  iso(): string {
    return new Date(this.#t).toISOString();
  }
}

async function all(store: Store, filter: IncidentFilter = {}): Promise<IncidentRecord[]> {
  const out: IncidentRecord[] = [];
  let after: string | null = null;
  do {
    const page = await store.listIncidents(filter, { limit: 2, after });
    out.push(...page.incidents);
    after = page.next;
  } while (after !== null);
  return out;
}

function byTarget(list: readonly IncidentRecord[], word: string): IncidentRecord {
  const found = list.find((i) => i.target.includes(word));
  assert.ok(found, `no incident with a target containing "${word}" in ${list.map((i) => i.target).join(" | ")}`);
  return found;
}

export function storeContract(factory: StoreFactory): void {
  const withStore = (name: string, body: (store: Store, clock: Clock) => Promise<void>) =>
    test(name, async () => {
      const clock = new Clock();
      const store = await factory(clock.now);
      try {
        await body(store, clock);
      } finally {
        await store.close();
      }
    });

  withStore("a document is stored with its text, hash, title, period and incidents", async (store) => {
    const r = await ingestDocument(store, { name: "desert-watch.txt", text: DESERT_WATCH, published: PUBLISHED, publisher: "Desert Watch" });
    assert.equal(r.status, "new");
    assert.equal(r.created, 3);
    const doc = await store.getDocument(r.document.id);
    assert.ok(doc);
    assert.equal(doc.title, "DESERT WATCH DAILY, 9 FEBRUARY 2022");
    assert.equal(doc.publisher, "Desert Watch");
    assert.equal(doc.hash.length, 64);
    // A title dated to the day dates the report; it states no period.
    assert.equal(doc.period, null);
    assert.equal(doc.incident_count, 3);
    const list = await all(store);
    assert.equal(list.length, 3);
    const bus = await store.getIncident(byTarget(list, "bus").id);
    assert.ok(bus);
    assert.equal(bus.reports.length, 1);
    assert.equal(bus.reports[0]!.document, "desert-watch.txt");
    assert.equal(DESERT_WATCH.slice(bus.reports[0]!.quote_start, bus.reports[0]!.quote_end), bus.reports[0]!.quote);
  });

  withStore("ingesting the same text again changes nothing", async (store, clock) => {
    await ingestDocument(store, { name: "desert-watch.txt", text: DESERT_WATCH, published: PUBLISHED });
    const before = await all(store);
    clock.advance(5);
    const again = await ingestDocument(store, { name: "desert-watch.txt", text: DESERT_WATCH, published: PUBLISHED });
    assert.equal(again.status, "unchanged");
    assert.equal(again.created + again.merged + again.updated, 0);
    assert.equal((await store.listDocuments()).length, 1);
    assert.deepEqual(await all(store), before);
    for (const i of before) assert.equal((await store.history(i.id)).length, 1);
  });

  withStore("a revised document is stored beside the old one and its incidents reconciled, not duplicated", async (store, clock) => {
    const v1 = await ingestDocument(store, { name: "desert-watch.txt", text: DESERT_WATCH, published: PUBLISHED });
    const first = await all(store);
    const bus = byTarget(first, "bus");
    const checkpoint = byTarget(first, "checkpoint");
    const council = byTarget(first, "council");
    clock.advance(60);
    const v2 = await ingestDocument(store, { name: "desert-watch.txt", text: DESERT_WATCH_REVISED, published: PUBLISHED });
    assert.equal(v2.status, "revised");
    assert.equal(v2.document.version, 2);
    assert.deepEqual([v2.created, v2.retracted], [1, 1]);
    const docs = await store.listDocuments();
    assert.deepEqual(docs.map((d) => [d.version, d.superseded_by]), [[1, v2.document.id], [2, null]]);
    assert.equal((await store.getDocument(v1.document.id))?.superseded_by, v2.document.id);

    const now = await all(store);
    assert.deepEqual(now.map((i) => i.id).sort(), [bus.id, checkpoint.id, byTarget(now, "market").id].sort(), "same incidents, one new, none duplicated");
    const busNow = await store.getIncident(bus.id);
    assert.ok(busNow);
    assert.deepEqual(busNow.killed, { low: 7, high: 7 });
    assert.ok(busNow.quote.includes("seven"));
    assert.deepEqual(busNow.reports.map((r) => [r.document_version, r.superseded]), [[1, true], [2, false]]);
    const busHistory = await store.history(bus.id);
    assert.equal(busHistory.at(-1)?.kind, "reconcile");
    assert.deepEqual(busHistory.at(-1)?.before.killed, { low: 4, high: 4 });

    const councilNow = await store.getIncident(council.id);
    assert.equal(councilNow?.status, "retracted");
    assert.match(councilNow?.retraction_reason ?? "", /no longer reported/);
    const checkpointNow = await store.getIncident(checkpoint.id);
    assert.equal(checkpointNow?.reports.length, 2);
  });

  withStore("the same incident from two documents is merged, with both sources and conservative counts", async (store, clock) => {
    await ingestDocument(store, { name: "desert-watch.txt", text: DESERT_WATCH, published: PUBLISHED });
    clock.advance(10);
    const r = await ingestDocument(store, { name: "syria-monitor.txt", text: SYRIA_MONITOR, published: PUBLISHED });
    assert.deepEqual([r.created, r.merged], [0, 1]);
    const list = await all(store);
    assert.equal(list.length, 3);
    const bus = await store.getIncident(byTarget(list, "bus").id);
    assert.ok(bus);
    assert.deepEqual(bus.reports.map((x) => x.document).sort(), ["desert-watch.txt", "syria-monitor.txt"]);
    assert.deepEqual(bus.killed, { low: 5, high: 5 }, "killed: the larger low and high");
    assert.deepEqual(bus.wounded, { low: 6, high: null }, "wounded: 6 and 'several' (2+) give 6 with no upper bound");
    assert.ok(bus.sources.some((s) => s.name === "Amaq"));
    const h = await store.history(bus.id);
    assert.deepEqual(h.map((x) => x.kind), ["create", "merge"]);
    assert.deepEqual(h[1]!.after.killed, { low: 5, high: 5 });
  });

  withStore("an uncertain pair is kept apart and flagged as a possible duplicate", async (store) => {
    await ingestDocument(store, { name: "desert-watch.txt", text: DESERT_WATCH, published: PUBLISHED });
    const r = await ingestDocument(store, { name: "river-post.txt", text: RIVER_POST, published: PUBLISHED });
    assert.deepEqual([r.created, r.merged, r.possibleDuplicates], [1, 0, 1]);
    const list = await all(store);
    assert.equal(list.length, 4);
    const patrol = await store.getIncident(byTarget(list, "patrol").id);
    const bus = byTarget(list, "bus");
    assert.deepEqual(patrol?.possible_duplicates.map((d) => d.id), [bus.id]);
    assert.match(patrol?.possible_duplicates[0]?.reason ?? "", /methods|target/);
    assert.deepEqual((await store.getIncident(bus.id))?.possible_duplicates.map((d) => d.id), [patrol?.id]);
    assert.equal((await store.possibleDuplicates()).length, 1);
  });

  withStore("edits are revisions with who, when, why, before and after; past states read back", async (store, clock) => {
    await ingestDocument(store, { name: "desert-watch.txt", text: DESERT_WATCH, published: PUBLISHED });
    const created = clock.iso();
    const bus = byTarget(await all(store), "bus");
    const t1 = clock.advance(30);
    const edited = await store.edit(bus.id, { killed: { low: 3, high: 3 } }, { by: "analyst-a", reason: "hospital update", expectedRevision: 1 });
    assert.equal(edited.revision, 2);
    assert.deepEqual(edited.casualties, { low: 9, high: 9 }, "casualties follow killed + wounded");
    clock.advance(30);
    await store.edit(bus.id, { target_type: "civilian", admin1: "Deir ez-Zor" }, { by: "analyst-b", reason: "bus was civilian", expectedRevision: 2 });

    const h = await store.history(bus.id);
    assert.deepEqual(h.map((r) => [r.revision, r.kind, r.by]), [[1, "create", "ingest"], [2, "edit", "analyst-a"], [3, "edit", "analyst-b"]]);
    assert.equal(h[1]!.at, t1);
    assert.equal(h[1]!.reason, "hospital update");
    assert.deepEqual(h[1]!.before, { killed: { low: 4, high: 4 }, casualties: { low: 10, high: 10 }, fatalities: 4 });
    assert.deepEqual(h[1]!.after, { killed: { low: 3, high: 3 }, casualties: { low: 9, high: 9 }, fatalities: 3 });
    assert.deepEqual(Object.keys(h[2]!.after), ["target_type"], "an unchanged field is not a change");

    const then = await store.getIncident(bus.id, { asOf: created });
    assert.equal(then?.revision, 1);
    assert.deepEqual(then?.killed, { low: 4, high: 4 });
    assert.equal(then?.target_type, "military");
    const mid = await store.getIncident(bus.id, { asOf: new Date(Date.parse(t1) + 1000).toISOString() });
    assert.deepEqual([mid?.revision, mid?.killed.low, mid?.target_type], [2, 3, "military"]);
    assert.equal(await store.getIncident(bus.id, { asOf: "2020-01-01T00:00:00Z" }), null, "before it was ingested it did not exist");
    const now = await store.getIncident(bus.id);
    assert.deepEqual([now?.revision, now?.killed.low, now?.target_type], [3, 3, "civilian"]);
  });

  withStore("a stale edit is refused and changes nothing", async (store) => {
    await ingestDocument(store, { name: "desert-watch.txt", text: DESERT_WATCH, published: PUBLISHED });
    const bus = byTarget(await all(store), "bus");
    await store.edit(bus.id, { killed: { low: 3, high: 3 } }, { by: "a", reason: "first", expectedRevision: 1 });
    await assert.rejects(
      store.edit(bus.id, { killed: { low: 9, high: 9 } }, { by: "b", reason: "read before the first edit", expectedRevision: 1 }),
      (e: unknown) => e instanceof StaleRevisionError && e.code === "stale_revision" && e.expected === 1 && e.actual === 2,
    );
    assert.equal((await store.getIncident(bus.id))?.killed.low, 3);
    assert.equal((await store.history(bus.id)).length, 2);
    await assert.rejects(store.edit(bus.id, { category: "picnic" as "attack" }, { by: "a", reason: "x", expectedRevision: 2 }), (e: unknown) => e instanceof StoreError && e.code === "invalid_change");
    await assert.rejects(store.edit("no-such-id", { fatalities: 1 }, { by: "a", reason: "x", expectedRevision: 1 }), (e: unknown) => e instanceof StoreError && e.code === "not_found");
  });

  withStore("retraction hides an incident from lists but keeps it and its history", async (store, clock) => {
    await ingestDocument(store, { name: "desert-watch.txt", text: DESERT_WATCH, published: PUBLISHED });
    const before = clock.iso();
    const council = byTarget(await all(store), "council");
    clock.advance(5);
    const r = await store.retract(council.id, "not a jihadist attack", { by: "analyst-a", expectedRevision: 1 });
    assert.deepEqual([r.status, r.retraction_reason, r.revision], ["retracted", "not a jihadist attack", 2]);
    assert.equal((await all(store)).length, 2);
    assert.equal((await all(store, { includeRetracted: true })).length, 3);
    assert.equal((await store.getIncident(council.id))?.status, "retracted");
    assert.equal((await store.getIncident(council.id, { asOf: before }))?.status, "active");
    assert.deepEqual((await store.history(council.id)).map((h) => h.kind), ["create", "retract"]);
    await assert.rejects(store.edit(council.id, { fatalities: 2 }, { by: "a", reason: "x", expectedRevision: 2 }), (e: unknown) => e instanceof StoreError && e.code === "retracted");
    await assert.rejects(store.retract(council.id, "again"), (e: unknown) => e instanceof StoreError && e.code === "retracted");
  });

  withStore("full-text search covers quotes, places and targets, ignoring case and diacritics", async (store) => {
    await ingestDocument(store, { name: "desert-watch.txt", text: DESERT_WATCH, published: PUBLISHED });
    await ingestDocument(store, { name: "syria-monitor.txt", text: SYRIA_MONITOR, published: PUBLISHED });
    const targets = async (search: string) => (await all(store, { search })).map((i) => i.target).sort();
    assert.deepEqual(await targets("mayadin"), ["Syrian army bus"], "diacritics in the quote");
    assert.deepEqual(await targets("Al-Mayādīn"), ["Syrian army bus"]);
    assert.deepEqual(await targets("activists"), ["Syrian army bus"], "the second document's quote");
    assert.deepEqual(await targets("TABQA"), ["local council member"], "a place");
    assert.deepEqual(await targets("council memb"), ["local council member"], "word prefixes");
    assert.deepEqual(await targets("checkpoint kirkuk"), [byTarget(await all(store), "checkpoint").target]);
    assert.deepEqual(await targets("zzyzx"), []);
    assert.deepEqual(await targets("?!"), [], "a search with no words finds nothing");
    assert.deepEqual(await targets("mayadin tabqa"), [], "every word must match");
  });

  withStore("filters by country, dates, method and category combine, and pages do not repeat", async (store) => {
    await ingestDocument(store, { name: "desert-watch.txt", text: DESERT_WATCH, published: PUBLISHED });
    await ingestDocument(store, { name: "river-post.txt", text: RIVER_POST, published: PUBLISHED });
    const n = async (f: IncidentFilter) => (await all(store, f)).length;
    assert.equal(await n({}), 4);
    assert.equal(await n({ country: "SY" }), 3);
    assert.equal(await n({ country: "IQ" }), 1);
    assert.equal(await n({ from: "2022-02-08" }), 3);
    assert.equal(await n({ to: "2022-02-07" }), 1);
    assert.equal(await n({ from: "2022-02-08", to: "2022-02-08", country: "SY", method: "ied" }), 1);
    assert.equal(await n({ method: "shooting" }), 2);
    assert.equal(await n({ category: "counterterrorism" }), 0);
    assert.equal(await n({ country: "SY", search: "police" }), 1);
    const ids = (await all(store)).map((i) => i.id);
    assert.equal(new Set(ids).size, 4);
    const dates = (await all(store)).map((i) => i.event_date);
    assert.deepEqual(dates, [...dates].sort());
  });

  withStore("a dataset file is imported in one transaction and a re-import of the same file changes nothing", async (store, clock) => {
    const file = acledFile(ACLED_IRAQ, ACLED_BUS);
    const r = await store.importIncidents({ name: "acled.csv", format: "acled", hash: "h1" }, incidentsOf(file));
    assert.deepEqual([r.status, r.created, r.merged, r.updated, r.unchanged], ["new", 2, 0, 0, 0]);
    assert.equal(r.document.format, "acled");
    assert.equal(r.document.incident_count, 2);
    const iraq = await store.getIncident("acled:IRQ9003");
    assert.ok(iraq);
    assert.equal(iraq.source_dataset?.id, "IRQ9003");
    assert.deepEqual(iraq.reports.map((x) => x.document), ["acled.csv"]);
    assert.deepEqual((await store.history(iraq.id)).map((h) => [h.kind, h.by]), [["create", "import"]]);
    assert.deepEqual((await all(store, { search: "hawija" })).map((i) => i.id), ["acled:IRQ9003"], "imported rows are searchable");
    const before = await all(store);
    clock.advance(5);
    const again = await store.importIncidents({ name: "acled.csv", format: "acled", hash: "h1" }, incidentsOf(file));
    assert.equal(again.status, "unchanged");
    // The same rows in another file (another name, another hash): nothing changes either.
    const copy = await store.importIncidents({ name: "copy.csv", format: "acled", hash: "h2" }, incidentsOf(file));
    assert.deepEqual([copy.created, copy.updated, copy.unchanged], [0, 0, 2]);
    assert.deepEqual(await all(store), before);
    assert.equal((await store.history("acled:IRQ9003")).length, 1);
  });

  withStore("a changed row in a new version of the file updates its incident through a revision", async (store, clock) => {
    await store.importIncidents({ name: "acled.csv", format: "acled", hash: "h1" }, incidentsOf(acledFile(ACLED_IRAQ)));
    clock.advance(60);
    const changed = ACLED_IRAQ.replace(/,2$/, ",3").replace("2 killed", "3 killed");
    const r = await store.importIncidents({ name: "acled.csv", format: "acled", hash: "h2" }, incidentsOf(acledFile(changed, ACLED_BUS)));
    assert.deepEqual([r.status, r.document.version, r.created, r.updated, r.unchanged], ["revised", 2, 1, 1, 0]);
    const iraq = await store.getIncident("acled:IRQ9003");
    assert.equal(iraq?.fatalities, 3);
    assert.match(iraq?.quote ?? "", /3 killed/);
    const h = await store.history("acled:IRQ9003");
    assert.deepEqual(h.map((x) => x.kind), ["create", "reconcile"]);
    assert.deepEqual(h[1]!.before.fatalities, 2);
    assert.deepEqual(h[1]!.after.fatalities, 3);
    assert.deepEqual(iraq?.reports.map((x) => [x.document_version, x.superseded]), [[1, true], [2, false]]);
  });

  withStore("a file that fails while it is read leaves nothing in the store", async (store) => {
    async function* failing(): AsyncGenerator<Incident> {
      yield* incidentsOf(acledFile(ACLED_IRAQ, ACLED_BUS));
      throw new Error("disk read error");
    }
    await assert.rejects(store.importIncidents({ name: "acled.csv", format: "acled", hash: "h1" }, failing()), /disk read error/);
    assert.deepEqual(await store.listDocuments(), []);
    assert.deepEqual(await all(store, { includeRetracted: true }), []);
  });

  withStore("an imported event and a bulletin's incident of the same attack are one incident with both reports", async (store, clock) => {
    await ingestDocument(store, { name: "desert-watch.txt", text: DESERT_WATCH, published: PUBLISHED });
    const bus = byTarget(await all(store), "bus");
    clock.advance(10);
    const r = await store.importIncidents({ name: "acled.csv", format: "acled", hash: "h1" }, incidentsOf(acledFile(ACLED_BUS, ACLED_CAR, ACLED_IRAQ)));
    assert.deepEqual([r.created, r.merged], [2, 1], "the bus row merges; the car bombing (the same day, same place) stays its own event");
    const merged = await store.getIncident(bus.id);
    assert.ok(merged);
    assert.deepEqual(merged.reports.map((x) => x.document), ["desert-watch.txt", "acled.csv"]);
    assert.ok(merged.reports[1]!.quote.includes("bus carrying soldiers"), "the ACLED notes are its report's quote");
    assert.equal(merged.killed.low, 5, "the larger toll");
    assert.ok(merged.sources.some((s) => s.name === "Example Observatory") && merged.sources.some((s) => s.name === "Amaq"));
    assert.deepEqual((await store.history(bus.id)).map((h) => h.kind), ["create", "merge"]);
    assert.equal(await store.getIncident("acled:SYR9001"), null, "no separate incident for the merged row");
    assert.ok(await store.getIncident("acled:SYR9002"));
    // A re-import is still idempotent: the merged row is found by its ACLED id.
    clock.advance(10);
    const again = await store.importIncidents({ name: "other-name.csv", format: "acled", hash: "h9" }, incidentsOf(acledFile(ACLED_BUS, ACLED_CAR, ACLED_IRAQ)));
    assert.deepEqual([again.created, again.merged, again.updated, again.unchanged], [0, 0, 0, 3]);
    // And a bulletin ingested after the import merges into the imported event.
    const other = await ingestDocument(store, { name: "syria-monitor.txt", text: SYRIA_MONITOR, published: PUBLISHED });
    assert.equal(other.merged, 1);
    assert.equal((await store.getIncident(bus.id))?.reports.length, 3);
  });

  withStore("a portable backup restores the same documents, incidents, reports and revisions into an empty store", async (store, clock) => {
    await ingestDocument(store, { name: "desert-watch.txt", text: DESERT_WATCH, published: PUBLISHED });
    clock.advance(1);
    await ingestDocument(store, { name: "river-post.txt", text: RIVER_POST, published: PUBLISHED });
    clock.advance(1);
    await store.importIncidents({ name: "acled.csv", format: "acled", hash: "h1" }, incidentsOf(acledFile(ACLED_BUS, ACLED_IRAQ)));
    const council = byTarget(await all(store), "council");
    clock.advance(5);
    await store.retract(council.id, "not jihadist", { by: "analyst" });
    const lines: string[] = [];
    const dumped = await store.exportBackup((l) => void lines.push(l));
    assert.equal(dumped.rows["documents"], 3);
    assert.match(lines[0]!, /"spotlight_backup":1/);

    const copy = await factory(clock.now);
    try {
      async function* feed(list: readonly string[]) {
        yield* list;
      }
      const restored = await copy.importBackup(feed(lines));
      assert.deepEqual(restored.rows, dumped.rows);
      assert.deepEqual(await copy.listDocuments(), await store.listDocuments());
      const ids = (await all(store, { includeRetracted: true })).map((i) => i.id);
      assert.deepEqual(await all(copy, { includeRetracted: true }), await all(store, { includeRetracted: true }));
      for (const id of ids) {
        assert.deepEqual(await copy.getIncident(id), await store.getIncident(id));
        assert.deepEqual(await copy.history(id), await store.history(id));
      }
      assert.deepEqual(await copy.possibleDuplicates(), await store.possibleDuplicates());
      assert.deepEqual((await all(copy, { search: "mayadin" })).map((i) => i.id), (await all(store, { search: "mayadin" })).map((i) => i.id), "the search index is rebuilt");
      // New incidents after a restore get fresh keys.
      await ingestDocument(copy, { name: "syria-monitor-2.txt", text: DESERT_WATCH_REVISED.replace("Mosul", "Tal Afar"), published: PUBLISHED });

      await assert.rejects(copy.importBackup(feed(lines)), (e: unknown) => e instanceof StoreError && e.code === "not_empty");
      const forced = await copy.importBackup(feed(lines), { force: true });
      assert.deepEqual(forced.rows, dumped.rows);
      assert.deepEqual(await all(copy, { includeRetracted: true }), await all(store, { includeRetracted: true }));
    } finally {
      await copy.close();
    }
  });

  withStore("a backup from a newer schema, or cut off, is refused and restores nothing", async (store) => {
    await ingestDocument(store, { name: "desert-watch.txt", text: DESERT_WATCH, published: PUBLISHED });
    const lines: string[] = [];
    await store.exportBackup((l) => void lines.push(l));
    const copy = await factory(new Clock().now);
    try {
      async function* feed(list: readonly string[]) {
        yield* list;
      }
      const header = JSON.parse(lines[0]!) as { schema: string[] };
      const newer = [JSON.stringify({ ...header, schema: [...header.schema, "0999_from_the_future"] }), ...lines.slice(1)];
      await assert.rejects(copy.importBackup(feed(newer)), (e: unknown) => e instanceof StoreError && e.code === "schema_too_new");
      await assert.rejects(copy.importBackup(feed(lines.slice(0, -2))), (e: unknown) => e instanceof StoreError && /cut off/.test(e.message));
      assert.deepEqual(await copy.listDocuments(), []);
      assert.deepEqual(await all(copy, { includeRetracted: true }), []);
    } finally {
      await copy.close();
    }
  });
}
