// The real exports in ../shared/data (read in place, never copied: see their terms): every row imported
// or rejected with a reason, dates, casualty totals per country computed here independently from the
// raw CSV, and ACLED in -> ACLED out. Skipped when ../shared/data is absent.

import { test } from "node:test";
import assert from "node:assert/strict";
import { createReadStream, existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import type { Incident } from "../../src/core/incident.ts";
import { createExporter } from "../../src/datasets/export.ts";
import { importDataset, ImportSummary, type ImportInfo, type ImportItem } from "../../src/datasets/import.ts";
import { ROOT } from "../helpers.ts";

const DATA = join(ROOT, "..", "shared", "data");
const skip = existsSync(join(DATA, "README.md")) ? false : "../shared/data is absent";

interface Expected {
  file: string;
  schema: string;
  imported: number;
  /** Line of the truncated last row, if the file has one. */
  truncatedLine?: number;
  tagRows: number;
}

const FILES: readonly Expected[] = [
  { file: "acled/somalia-conflict-monitor__acled_data.csv", schema: "acled-2025", imported: 6464, tagRows: 0 },
  { file: "acled/rpanlilio-acled__acled.csv", schema: "acled-2019", imported: 5070, truncatedLine: 5072, tagRows: 0 },
  { file: "acled/dkoban-geo_stuff__ACLED.csv", schema: "acled-2019", imported: 496, tagRows: 0 },
  { file: "acled/aschharwood-acled__acled.csv", schema: "acled-2016", imported: 500, tagRows: 0 },
  { file: "gtd/neguswoldegiorgis-global_terrorism__gtd.csv", schema: "gtd-subset", imported: 1000, tagRows: 0 },
  { file: "ucdp/mcdimant-refugee_predictive_model__conflict_data_irq.csv", schema: "ucdp-ged", imported: 7473, tagRows: 1 },
  { file: "ucdp/t-downing-nigeria_rice_model__conflict_data_nga.csv", schema: "ucdp-ged", imported: 4603, tagRows: 1 },
];

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

/** The raw rows, read here with csv-parse's own sync API, HXL rows and the truncated last row left out. */
function rawRows(file: string, dropLast = false): Record<string, string>[] {
  const rows = parse(readFileSync(join(DATA, file)), { bom: true, columns: true, relax_column_count: true }) as Record<string, string>[];
  // An HXL row: every filled cell a #tag, but for the index column's number.
  const data = rows.filter((r) => !Object.values(r).filter((v) => v !== "").every((v) => v.startsWith("#") || /^\d+$/.test(v)));
  return dropLast ? data.slice(0, -1) : data;
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** An independent reading of the three date styles these ACLED files use. */
function acledDate(text: string): string {
  const iso = /^(\d{4})-(\d\d)-(\d\d)/.exec(text);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const m = /^(\d{1,2})[- ]([A-Za-z]{3})[a-z]*[- ](\d{2,4})$/.exec(text);
  assert.ok(m, `unexpected date ${text}`);
  const year = m[3]!.length === 2 ? `20${m[3]}` : m[3]!;
  return `${year}-${String(MONTHS.indexOf(m[2]!.toLowerCase()) + 1).padStart(2, "0")}-${m[1]!.padStart(2, "0")}`;
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
