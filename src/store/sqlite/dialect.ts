// better-sqlite3 under Kysely, with the pragmas the store relies on.

import BetterSqlite3 from "better-sqlite3";
import { Kysely, SqliteDialect } from "kysely";
import type { Database } from "../shared/schema.ts";

export type SqliteConnection = BetterSqlite3.Database;

export function connectSqlite(file: string, options: { create: boolean }): SqliteConnection {
  const conn = new BetterSqlite3(file, { fileMustExist: !options.create });
  try {
    // WAL: a reader never blocks the writer; a killed writer leaves only committed transactions.
    conn.pragma("journal_mode = WAL");
    conn.pragma("synchronous = NORMAL");
    conn.pragma("foreign_keys = ON");
    conn.pragma("busy_timeout = 5000");
  } catch (e) {
    conn.close();
    throw e;
  }
  return conn;
}

export function sqliteKysely(conn: SqliteConnection): Kysely<Database> {
  return new Kysely<Database>({ dialect: new SqliteDialect({ database: conn }) });
}
