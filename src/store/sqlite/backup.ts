// SQLite backups through SQLite's online backup API (better-sqlite3's `backup`): a consistent copy
// of a live database, page by page, while other connections keep reading and writing. A restore
// copies a backup file over the target the same way, after checking its schema and that the target
// is empty (unless forced); the store then migrates an older backup's schema on opening.

import BetterSqlite3 from "better-sqlite3";
import { closeSync, existsSync, openSync, readSync, renameSync, rmSync } from "node:fs";
import { SchemaTooNewError, StoreError } from "../../core/store.ts";
import { LATEST_SCHEMA, migrations } from "../shared/migrations.ts";
import { sqliteAdapter } from "./adapter.ts";
import { connectSqlite } from "./dialect.ts";
import { openSqliteStore } from "./open.ts";

const MAGIC = "SQLite format 3\u0000";

/** True when the file starts with SQLite's header (a native backup rather than a portable one). */
export function isSqliteFile(file: string): boolean {
  let fd: number | null = null;
  try {
    fd = openSync(file, "r");
    const head = Buffer.alloc(16);
    const n = readSync(fd, head, 0, 16, 0);
    return n === 16 && head.toString("latin1") === MAGIC;
  } catch {
    return false;
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

/** Copies the Spotlight database at `file` to `dest` (written beside it, then renamed: no partial file). */
export async function backupSqlite(file: string, dest: string): Promise<{ pages: number }> {
  // Opening as a store checks it is a Spotlight database this version can read.
  const { store } = await openSqliteStore(file, { create: false, migrate: false });
  await store.close();
  const conn = connectSqlite(file, { create: false });
  const partial = `${dest}.partial`;
  try {
    const r = await conn.backup(partial);
    renameSync(partial, dest);
    return { pages: r.totalPages };
  } catch (e) {
    rmSync(partial, { force: true });
    throw new StoreError("unavailable", `cannot write the backup ${dest}: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
  } finally {
    conn.close();
  }
}

/** The migrations a backup file has run; refuses one made by a newer Spotlight. */
function backupSchema(file: string): string[] {
  let conn: BetterSqlite3.Database;
  try {
    conn = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
  } catch (e) {
    throw new StoreError("unavailable", `cannot read the backup ${file}: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
  }
  try {
    let names: string[];
    try {
      names = (conn.prepare("select name from spotlight_migration order by name").all() as { name: string }[]).map((r) => r.name);
    } catch {
      throw new StoreError("invalid_change", `${file} is a SQLite file but not a Spotlight backup`);
    }
    const known = new Set(Object.keys(migrations(sqliteAdapter)));
    const unknown = names.filter((n) => !known.has(n));
    if (unknown.length > 0) throw new SchemaTooNewError(unknown, LATEST_SCHEMA);
    return names;
  } finally {
    conn.close();
  }
}

export async function restoreSqlite(backup: string, target: string, options: { force?: boolean } = {}): Promise<{ schema: string[]; migrated: string[] }> {
  const schema = backupSchema(backup);
  if (existsSync(target)) {
    const { store } = await openSqliteStore(target, { create: false });
    try {
      const counts = await store.db
        .selectFrom("documents")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .unionAll(store.db.selectFrom("incidents").select((eb) => eb.fn.countAll<number>().as("n")))
        .execute();
      if (counts.some((c) => Number(c.n) > 0) && !options.force) {
        throw new StoreError("not_empty", `the database ${target} is not empty: restore into an empty database, or pass --force to replace its contents`);
      }
    } finally {
      await store.close();
    }
  }
  const source = new BetterSqlite3(backup, { readonly: true, fileMustExist: true });
  try {
    await source.backup(target);
  } finally {
    source.close();
  }
  const { store, migrated } = await openSqliteStore(target, { create: false });
  await store.close();
  return { schema, migrated };
}
