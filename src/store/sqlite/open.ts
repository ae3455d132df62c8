// Opens (and creates) a SQLite store, turning driver failures into clear StoreErrors.

import { existsSync, mkdirSync, statSync } from "node:fs";
import path from "node:path";
import { StoreError } from "../../core/store.ts";
import { prepareStore, type OpenedStore, type OpenOptions } from "../shared/prepare.ts";
import { sqliteAdapter } from "./adapter.ts";
import { connectSqlite, sqliteKysely, type SqliteConnection } from "./dialect.ts";

export interface SqliteOpenOptions extends OpenOptions {
  /** Create the file (and its folder) when missing; default true. */
  create?: boolean;
}

function explain(file: string, e: unknown): StoreError {
  const code = (e as { code?: unknown }).code;
  const msg = e instanceof Error ? e.message : String(e);
  if (code === "SQLITE_CANTOPEN") return new StoreError("unavailable", `cannot open the database ${file}: it does not exist or its folder is not writable`, { cause: e });
  if (code === "SQLITE_NOTADB") return new StoreError("unavailable", `${file} is not a Spotlight (SQLite) database`, { cause: e });
  if (code === "SQLITE_READONLY") return new StoreError("unavailable", `the database ${file} is read-only`, { cause: e });
  if (code === "EACCES" || code === "EROFS" || code === "ENOTDIR" || code === "EEXIST" || code === "ENOENT") return new StoreError("unavailable", `cannot create the folder for ${file}: ${msg}`, { cause: e });
  return new StoreError("unavailable", `cannot use the database ${file}: ${msg}`, { cause: e });
}

/** Creates missing folders one level at a time (recursive mkdirSync can spin forever under /proc on Node 20). */
function makeFolders(dir: string): void {
  const missing: string[] = [];
  let d = dir;
  for (; !existsSync(d) && path.dirname(d) !== d; d = path.dirname(d)) missing.unshift(d);
  if (!statSync(d).isDirectory()) throw Object.assign(new Error(`${d} is a file, not a folder`), { code: "ENOTDIR" });
  for (const m of missing) mkdirSync(m);
}

export async function openSqliteStore(file: string, options: SqliteOpenOptions = {}): Promise<OpenedStore> {
  const create = options.create ?? true;
  let conn: SqliteConnection;
  if (!create && file !== ":memory:" && !existsSync(file)) {
    throw new StoreError("unavailable", `no database at ${file} (it does not exist): ingest documents or run \`spotlight db migrate\` first, or give --db`);
  }
  try {
    if (create && file !== ":memory:") makeFolders(path.dirname(path.resolve(file)));
    conn = connectSqlite(file, { create });
    conn.prepare("select count(*) from sqlite_master").get();
  } catch (e) {
    throw explain(file, e);
  }
  try {
    return await prepareStore(sqliteKysely(conn), sqliteAdapter, options);
  } catch (e) {
    if (e instanceof StoreError) throw e;
    throw explain(file, e);
  }
}
