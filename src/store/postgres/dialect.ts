// pg under Kysely. Integer columns come back as numbers; nothing here uses bigint or date types.

import { Kysely, PostgresDialect } from "kysely";
import pg from "pg";
import type { Database } from "../shared/schema.ts";

export type PostgresConnection = pg.Pool;

export function connectPostgres(url: string): PostgresConnection {
  return new pg.Pool({ connectionString: url, max: 4, connectionTimeoutMillis: 10_000 });
}

export function postgresKysely(pool: PostgresConnection): Kysely<Database> {
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}
