// Every real export in ../shared/data imported into a real SQLite store through `runImport` (what
// `spotlight import auto FILE` runs), then read back from the store: incident counts, each incident's
// date and casualty range against the raw row, totals per country computed by the store against sums
// computed here from the raw CSV, and re-imports that change nothing. Skipped when ../shared/data is absent.

import { test } from "node:test";
import assert from "node:assert/strict";
import { copyFileSync } from "node:fs";
import { join } from "node:path";
import type { IncidentRecord, Store } from "../../src/core/store.ts";
import { runImport, type DatasetIo } from "../../src/cli/dataset-commands.ts";
import { openStore } from "../../src/store/open-store.ts";
import { tempDir } from "../helpers.ts";
import { DATA, FILES, rawFacts, rawRows, skip } from "./shared-data-files.ts";

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function importFile(file: string, db: string): Promise<Run> {
  const run: Run = { code: 0, stdout: "", stderr: "" };
  const io: DatasetIo = { stdout: (s) => (run.stdout += s), stderr: (s) => (run.stderr += s), setExit: (c) => (run.code = c), progress: false };
  await runImport("auto", file, { db }, io);
  return run;
}

async function withStore<T>(db: string, body: (store: Store) => Promise<T>): Promise<T> {
  const { store } = await openStore(db);
  try {
    return await body(store);
  } finally {
    await store.close();
  }
}

async function allIncidents(store: Store): Promise<IncidentRecord[]> {
  const out: IncidentRecord[] = [];
  let after: string | null = null;
  do {
    const page = await store.listIncidents({}, { limit: 1000, after });
    out.push(...page.incidents);
    after = page.next;
  } while (after !== null);
  return out;
}

function add(map: Map<string, { incidents: number; killed: number }>, key: string, killed: number): void {
  const t = map.get(key) ?? { incidents: 0, killed: 0 };
  t.incidents++;
  t.killed += killed;
  map.set(key, t);
}

for (const e of FILES) {
  test(`${e.file} imports into a SQLite store with every row accounted for, the raw dates, ranges and per-country totals, and re-imports change nothing`, { skip }, async (t) => {
    const dir = tempDir(t);
    const db = join(dir, "store.db");
    const path = join(DATA, e.file);
    const first = await importFile(path, db);
    assert.equal(first.code, 0, first.stderr);
    const rejected = e.truncatedLine === undefined ? 0 : 1;
    assert.match(first.stdout, new RegExp(`: new \\(version 1\\): ${e.imported} imported \\(${e.imported} new, 0 merged, 0 updated, 0 unchanged, \\d+ possible duplicates\\), ${rejected} rejected`));
    if (e.truncatedLine !== undefined) assert.match(first.stderr, new RegExp(`:${e.truncatedLine}: rejected: truncated last row`));

    const raw = rawRows(e.file, e.truncatedLine !== undefined).map((row) => rawFacts(e.file, row));
    assert.equal(raw.length, e.imported, "the raw file has as many rows as were imported");
    const before = await withStore(db, async (store) => {
      const stored = await allIncidents(store);
      assert.equal(stored.length, e.imported);
      const byId = new Map(stored.map((i) => [i.id, i]));
      // Each raw row is one stored incident with its date and casualty range.
      const codeOf = new Map<string, string>();
      const mismatches: string[] = [];
      for (const r of raw) {
        const i = byId.get(r.id);
        if (i === undefined) {
          mismatches.push(`${r.id}: not stored`);
          continue;
        }
        if (i.event_date !== r.date) mismatches.push(`${r.id}: date ${i.event_date}, raw ${r.date}`);
        if (i.killed.low !== r.killed.low || i.killed.high !== r.killed.high) mismatches.push(`${r.id}: killed ${JSON.stringify(i.killed)}, raw ${JSON.stringify(r.killed)}`);
        if (r.wounded !== null && (i.wounded.low !== r.wounded.low || i.wounded.high !== r.wounded.high)) mismatches.push(`${r.id}: wounded ${JSON.stringify(i.wounded)}`);
        const code = codeOf.get(r.country);
        if (code !== undefined && code !== i.country) mismatches.push(`${r.country} is both ${code} and ${i.country}`);
        codeOf.set(r.country, i.country);
      }
      assert.deepEqual(mismatches.slice(0, 10), []);
      assert.ok(![...codeOf.values()].includes("XX"), "every country identified");

      // Totals per country: summed here from the raw rows (by country name, then the name's code), and by the store's engine.
      const expected = new Map<string, { incidents: number; killed: number }>();
      for (const r of raw) add(expected, codeOf.get(r.country)!, r.killed.low);
      const rows = await store.aggregate({ by: ["country"], filter: {} });
      const actual = new Map(rows.map((row) => [row.key[0]!, { incidents: row.incidents, killed: row.killed.low }]));
      assert.deepEqual(actual, expected);
      return stored;
    });

    // The same file again: skipped unread. The same bytes under another name: every record known, nothing written.
    const again = await importFile(path, db);
    assert.equal(again.code, 0, again.stderr);
    assert.match(again.stdout, /already imported .*nothing changed/);
    const copy = join(dir, `copy-${e.file.split("/")[1]}`);
    copyFileSync(path, copy);
    const renamed = await importFile(copy, db);
    assert.equal(renamed.code, 0, renamed.stderr);
    assert.match(renamed.stdout, new RegExp(`${e.imported} imported \\(0 new, 0 merged, 0 updated, ${e.imported} unchanged`));
    await withStore(db, async (store) => {
      const after = await allIncidents(store);
      assert.equal(after.length, before.length);
      assert.deepEqual(
        after.map((i) => [i.id, i.revision, i.event_date, i.killed]),
        before.map((i) => [i.id, i.revision, i.event_date, i.killed]),
      );
    });
  });
}
