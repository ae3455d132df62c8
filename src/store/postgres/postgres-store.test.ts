// The store contract on PostgreSQL: a throwaway server (initdb in a temp folder) unless
// SPOTLIGHT_TEST_PG names one; skipped, with the reason, when neither is available.

import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { SchemaTooNewError, StoreError } from "../../core/store.ts";
import { bulkContract } from "../bulk.contract.ts";
import { storeContract } from "../store.contract.ts";
import { checkUpgradeFrom0004, checkUpgradeFrom0006 } from "../upgrade.contract.ts";
import { postgresAdapter } from "./adapter.ts";
import { connectPostgres, postgresKysely } from "./dialect.ts";
import { openPostgresStore } from "./open.ts";
import { postgresUnavailable, startTestServer, type TestServer } from "./test-server.ts";

const skip = postgresUnavailable() ?? false;

describe("PostgreSQL store", { skip }, () => {
  let server: TestServer | undefined;
  before(async () => {
    server = await startTestServer();
  });
  after(async () => {
    await server?.stop();
  });
  const fresh = async () => {
    assert.ok(server, "the test server did not start");
    return server.createDatabase();
  };

  storeContract(async (clock) => (await openPostgresStore(await fresh(), { clock })).store);
  bulkContract(async () => (await openPostgresStore(await fresh())).store);

  test("a database made by a newer schema is refused with a clear error", async () => {
    const url = await fresh();
    const first = await openPostgresStore(url);
    assert.deepEqual(first.migrated, ["0001_initial", "0002_import_links", "0003_analysis", "0004_rollup", "0005_rollup_days", "0006_page_indexes", "0007_weekly_rollup", "0008_shared_report_records", "0009_analysis_index_datasets"]);
    await first.store.db.insertInto("spotlight_migration").values({ name: "0099_from_the_future", timestamp: new Date().toISOString() }).execute();
    await first.store.close();
    await assert.rejects(openPostgresStore(url), (e: unknown) => e instanceof SchemaTooNewError && /newer Spotlight/.test(e.message));
  });

  test("a database made before the day-number rollups gets rollups equal to grouping its incidents", async () => {
    const url = await fresh();
    await checkUpgradeFrom0004(postgresKysely(connectPostgres(url)), postgresAdapter, async () => (await openPostgresStore(url)).store);
  });

  test("a database made before the weekly rollup gets one equal to the daily rollups and its incidents", async () => {
    const url = await fresh();
    await checkUpgradeFrom0006(postgresKysely(connectPostgres(url)), postgresAdapter, async () => (await openPostgresStore(url)).store);
  });

  test("a server that is down is a clear error", async () => {
    await assert.rejects(openPostgresStore("postgres://postgres@127.0.0.1:1/spotlight"), (e: unknown) => e instanceof StoreError && e.code === "unavailable" && /cannot reach the PostgreSQL server/.test(e.message));
  });

  test("a wrong password is a clear error that does not print the password", async (t) => {
    assert.ok(server);
    if (!server.throwaway) return t.skip("only the throwaway server's password rules are known");
    const url = new URL(await fresh());
    url.password = "not-the-password";
    await assert.rejects(openPostgresStore(url.toString()), (e: unknown) => e instanceof StoreError && /wrong user or password/.test(e.message) && !e.message.includes("not-the-password"));
  });
});
