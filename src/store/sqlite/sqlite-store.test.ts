import { describe, test } from "node:test";
import { sql } from "kysely";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { SchemaTooNewError, StoreError } from "../../core/store.ts";
import { bulkContract } from "../bulk.contract.ts";
import { storeContract } from "../store.contract.ts";
import { checkUpgradeFrom0004, checkUpgradeFrom0006 } from "../upgrade.contract.ts";
import { sqliteAdapter } from "./adapter.ts";
import { connectSqlite, sqliteKysely } from "./dialect.ts";
import { openSqliteStore } from "./open.ts";

describe("SQLite store", () => {
  storeContract(async (clock) => (await openSqliteStore(":memory:", { clock })).store);
  bulkContract(async () => (await openSqliteStore(":memory:")).store);
});

describe("SQLite store files", () => {
  test("an import's questions about other datasets' days and candidates are answered from an index, without reading incident rows", async () => {
    const { store } = await openSqliteStore(":memory:");
    try {
      const plan = async (query: string): Promise<string> => (await sql.raw<{ detail: string }>(`explain query plan ${query}`).execute(store.db)).rows.map((r) => r.detail).join("; ");
      // The two queries of shared/import.ts (foreignOf and the candidates' filter), as SQLite plans them.
      assert.match(await plan("select distinct country, event_date from incidents where status = 'active' and datasets not like '%|acled|%'"), /COVERING INDEX incidents_analysis/);
      assert.match(await plan("select count(*) from incidents where country = 'IQ' and event_date in ('2021-01-01', '2021-01-02') and status = 'active' and datasets not like '%|acled|%'"), /COVERING INDEX/);
    } finally {
      await store.close();
    }
  });


  test("a database made by a newer schema is refused with a clear error and left untouched", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "spotlight-sqlite-"));
    try {
      const file = path.join(dir, "db", "spotlight.db");
      const first = await openSqliteStore(file);
      assert.deepEqual(first.migrated, ["0001_initial", "0002_import_links", "0003_analysis", "0004_rollup", "0005_rollup_days", "0006_page_indexes", "0007_weekly_rollup", "0008_shared_report_records", "0009_analysis_index_datasets"]);
      await first.store.db.insertInto("spotlight_migration").values({ name: "0099_from_the_future", timestamp: new Date().toISOString() }).execute();
      await first.store.close();
      await assert.rejects(openSqliteStore(file), (e: unknown) => e instanceof SchemaTooNewError && /newer Spotlight/.test(e.message) && /0099_from_the_future/.test(e.message));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("a database made before the day-number rollups gets rollups equal to grouping its incidents", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "spotlight-sqlite-"));
    try {
      const file = path.join(dir, "old.db");
      await checkUpgradeFrom0004(sqliteKysely(connectSqlite(file, { create: true })), sqliteAdapter, async () => (await openSqliteStore(file)).store);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("a database made before the weekly rollup gets one equal to the daily rollups and its incidents", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "spotlight-sqlite-"));
    try {
      const file = path.join(dir, "old.db");
      await checkUpgradeFrom0006(sqliteKysely(connectSqlite(file, { create: true })), sqliteAdapter, async () => (await openSqliteStore(file)).store);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("a path that cannot be written is a clear error", async () => {
    // A regular file where a folder should be: unwritable even for root.
    const dir = mkdtempSync(path.join(os.tmpdir(), "spotlight-sqlite-"));
    try {
      writeFileSync(path.join(dir, "file"), "");
      await assert.rejects(openSqliteStore(path.join(dir, "file", "db.sqlite")), (e: unknown) => e instanceof StoreError && e.code === "unavailable" && /cannot create the folder/.test(e.message));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("a missing file is not created when create is false", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "spotlight-sqlite-"));
    try {
      await assert.rejects(openSqliteStore(path.join(dir, "none.db"), { create: false }), /does not exist/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
