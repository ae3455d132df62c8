import { describe } from "node:test";
import { analysisContract } from "../analysis.contract.ts";
import { weeklyRollupContract } from "../weekly-rollup.contract.ts";
import { openSqliteStore } from "./open.ts";

describe("SQLite analysis queries", () => {
  analysisContract(async () => (await openSqliteStore(":memory:")).store);
  weeklyRollupContract(async () => (await openSqliteStore(":memory:")).store);
});
