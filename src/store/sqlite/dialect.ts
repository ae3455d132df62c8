// better-sqlite3 under Kysely, with the pragmas the store relies on.

import BetterSqlite3 from "better-sqlite3";
import { Kysely, SqliteDialect, type SqliteDatabase } from "kysely";
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
    // A bulk import writes into indexes keyed by text ids in no particular order: with the default
    // 2 MB page cache most inserts miss it. The cache grows only as far as it is used.
    conn.pragma("cache_size = -262144");
    conn.pragma("temp_store = MEMORY");
  } catch (e) {
    conn.close();
    throw e;
  }
  return conn;
}

/** Prepared statements kept per SQL text: bulk writes repeat the same (long) statements thousands of times. */
const STATEMENT_CACHE = 256;

/**
 * The connection as Kysely's dialect sees it, with prepared statements reused: Kysely prepares
 * every query it runs, which for a 2,000-row insert costs as much as a fair part of running it.
 * Kysely runs one query at a time per connection, so a cached statement is never busy twice.
 */
function cachingDatabase(conn: SqliteConnection): SqliteDatabase {
  const cache = new Map<string, BetterSqlite3.Statement>();
  return {
    close: () => conn.close(),
    prepare(sql: string) {
      let stmt = cache.get(sql);
      if (stmt === undefined) {
        stmt = conn.prepare(sql);
        if (cache.size >= STATEMENT_CACHE) cache.delete(cache.keys().next().value!);
        cache.set(sql, stmt);
      }
      return stmt;
    },
  };
}

export function sqliteKysely(conn: SqliteConnection): Kysely<Database> {
  return new Kysely<Database>({ dialect: new SqliteDialect({ database: cachingDatabase(conn) }) });
}
