// The real exports in ../shared/data (read in place, never copied: see their terms): every row imported
// or rejected with a reason, dates, casualty totals per country computed here independently from the
// raw CSV, and ACLED in -> ACLED out. Skipped when ../shared/data is absent.

import { test } from "node:test";
import assert from "node:assert/strict";
import { createReadStream } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import type { Incident } from "../../src/core/incident.ts";
import { createExporter } from "../../src/datasets/export.ts";
import { importDataset, ImportSummary, type ImportInfo, type ImportItem } from "../../src/datasets/import.ts";
import { acledDate, DATA, FILES, rawRows, skip } from "./shared-data-files.ts";

interface Loaded {
  incidents: Incident[];
  rejected: Extract<ImportItem, { kind: "rejected" }>[];
  summary: ImportSummary;
  info: ImportInfo;
}

const cache = new Map<string, Promise<Loaded>>();

function load(file: string): Promise<Loaded> {
  let p = cache.get(file);
  if (!p) {
    p = (async () => {
      const summary = new ImportSummary();
      let info: ImportInfo | null = null;
      const incidents: Incident[] = [];
      const rejected: Loaded["rejected"] = [];
      for await (const item of importDataset(createReadStream(join(DATA, file)), { file, from: "auto", onInfo: (i) => (info = i), onSkippedTagRow: () => summary.tagRows++ })) {
        summary.add(item);
        if (item.kind === "incident") incidents.push(item.incident);
        else rejected.push(item);
      }
      return { incidents, rejected, summary, info: info! };
    })();
    cache.set(file, p);
  }
  return p;
}

function sumsBy<T>(items: readonly T[], key: (t: T) => string, value: (t: T) => number): number[] {
  const sums = new Map<string, number>();
  for (const t of items) sums.set(key(t), (sums.get(key(t)) ?? 0) + value(t));
  return [...sums.values()].sort((a, b) => a - b);
}

for (const e of FILES) {
  test(`${e.file}: every row imported, or rejected only as the truncated last row`, { skip }, async () => {
    const r = await load(e.file);
    assert.equal(r.info.schema, e.schema);
    assert.equal(r.summary.imported, e.imported);
    assert.equal(r.summary.tagRows, e.tagRows);
    if (e.truncatedLine === undefined) {
      assert.deepEqual(r.rejected, []);
    } else {
      assert.equal(r.rejected.length, 1);
      assert.equal(r.rejected[0]!.line, e.truncatedLine);
      assert.ok(r.rejected[0]!.truncatedLastRow, r.rejected[0]!.reason);
    }
    assert.equal(r.summary.unexplained, 0);
    assert.equal(r.incidents.filter((i) => i.country === "XX").length, 0, "every country identified");
    assert.equal(new Set(r.incidents.map((i) => i.id)).size, r.incidents.length, "ids are unique");
    assert.equal(rawRows(e.file, e.truncatedLine !== undefined).length, e.imported);
  });
}

test("ACLED dates in three styles and fatalities per country match the raw files", { skip }, async () => {
  for (const e of FILES.filter((f) => f.file.startsWith("acled/"))) {
    const r = await load(e.file);
    const raw = rawRows(e.file, e.truncatedLine !== undefined);
    assert.deepEqual(r.incidents.map((i) => i.event_date), raw.map((row) => acledDate(row["event_date"]!)), e.file);
    assert.deepEqual(
      sumsBy(r.incidents, (i) => i.country, (i) => i.killed.low),
      sumsBy(raw, (row) => row["country"]!, (row) => Number(row["fatalities"])),
      e.file,
    );
    assert.equal(r.incidents.reduce((s, i) => s + i.fatalities, 0), raw.reduce((s, row) => s + Number(row["fatalities"]), 0));
  }
});

test("GTD: dates from eventid, and killed/wounded per country with -999 as unknown", { skip }, async () => {
  const e = FILES.find((f) => f.file.startsWith("gtd/"))!;
  const r = await load(e.file);
  const raw = rawRows(e.file);
  const id = (row: Record<string, string>) => row["eventid"]!;
  assert.deepEqual(r.incidents.map((i) => i.event_date), raw.map((row) => `${id(row).slice(0, 4)}-${id(row).slice(4, 6)}-${id(row).slice(6, 8)}`));
  const known = (v: string | undefined) => (Number(v) >= 0 ? Number(v) : 0);
  assert.deepEqual(sumsBy(r.incidents, (i) => i.country, (i) => i.killed.low), sumsBy(raw, (row) => row["country_txt"]!, (row) => known(row["nkill"])));
  assert.deepEqual(sumsBy(r.incidents, (i) => i.country, (i) => i.wounded.low), sumsBy(raw, (row) => row["country_txt"]!, (row) => known(row["nwound"])));
  const unknownKilled = raw.filter((row) => Number(row["nkill"]) < 0).length;
  assert.equal(r.incidents.filter((i) => i.killed.high === null).length, unknownKilled);
  assert.ok(unknownKilled > 0);
});

test("UCDP: dates from date_start, killed low..high per country from low/best/high", { skip }, async () => {
  for (const e of FILES.filter((f) => f.file.startsWith("ucdp/"))) {
    const r = await load(e.file);
    const raw = rawRows(e.file);
    assert.deepEqual(r.incidents.map((i) => i.event_date), raw.map((row) => row["date_start"]!.slice(0, 10)));
    const n = (row: Record<string, string>, k: string) => Number(row[k]);
    const lo = (row: Record<string, string>) => Math.min(n(row, "low"), n(row, "best"), n(row, "high"));
    const hi = (row: Record<string, string>) => Math.max(n(row, "low"), n(row, "best"), n(row, "high"));
    assert.deepEqual(sumsBy(r.incidents, (i) => i.country, (i) => i.killed.low), sumsBy(raw, (row) => row["country"]!, lo), e.file);
    assert.deepEqual(sumsBy(r.incidents, (i) => i.country, (i) => i.killed.high ?? -1), sumsBy(raw, (row) => row["country"]!, hi), e.file);
    assert.deepEqual(r.incidents.map((i) => Number(i.extra?.["best"] ?? i.killed.low)), raw.map((row) => n(row, "best")), `${e.file}: best kept`);
  }
});

test("ACLED in, ACLED out: the same rows and the same value in every column, for each real file", { skip }, async () => {
  for (const e of FILES.filter((f) => f.file.startsWith("acled/"))) {
    const r = await load(e.file);
    const ex = createExporter("acled", { columns: r.info.columns, ...(r.info.style ? { style: r.info.style } : {}) });
    const out = ex.start() + r.incidents.map((i) => ex.write(i)).join("") + ex.end();
    const back = parse(out, { columns: true }) as Record<string, string>[];
    const raw = rawRows(e.file, e.truncatedLine !== undefined);
    assert.equal(back.length, raw.length, e.file);
    const diffs: string[] = [];
    raw.forEach((row, k) => {
      for (const c of r.info.columns) if ((back[k]![c] ?? "") !== (row[c] ?? "") && diffs.length < 5) diffs.push(`${e.file} row ${k} ${c}: ${row[c]} -> ${back[k]![c]}`);
    });
    assert.deepEqual(diffs, []);
  }
});
