// The analysis contract on PostgreSQL: a throwaway server unless SPOTLIGHT_TEST_PG names one.
import { after, before, describe } from "node:test";
import assert from "node:assert/strict";
import { analysisContract } from "../analysis.contract.ts";
import { weeklyRollupContract } from "../weekly-rollup.contract.ts";
import { openPostgresStore } from "./open.ts";
import { postgresUnavailable, startTestServer, type TestServer } from "./test-server.ts";

describe("PostgreSQL analysis queries", { skip: postgresUnavailable() ?? false }, () => {
  let server: TestServer | undefined;
  before(async () => {
    server = await startTestServer();
  });
  after(async () => {
    await server?.stop();
  });
  const factory = async () => {
    assert.ok(server, "the test server did not start");
    return (await openPostgresStore(await server.createDatabase())).store;
  };
  analysisContract(factory);
  weeklyRollupContract(factory);
});
