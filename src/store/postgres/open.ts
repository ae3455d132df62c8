// Opens a PostgreSQL store, turning connection failures into clear StoreErrors.

import { StoreError } from "../../core/store.ts";
import { prepareStore, type OpenedStore, type OpenOptions } from "../shared/prepare.ts";
import { postgresAdapter } from "./adapter.ts";
import { connectPostgres, postgresKysely } from "./dialect.ts";

/** The URL without its password, for messages. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return "postgres://…";
  }
}

function explain(url: string, e: unknown): StoreError {
  const code = (e as { code?: unknown }).code;
  const where = redactUrl(url);
  const msg = e instanceof Error ? e.message : String(e);
  if (code === "ECONNREFUSED" || code === "ENOTFOUND" || code === "EHOSTUNREACH" || code === "ETIMEDOUT" || code === "ENOENT")
    return new StoreError("unavailable", `cannot reach the PostgreSQL server at ${where} (${String(code)}): is it running?`, { cause: e });
  if (code === "28P01" || code === "28000") return new StoreError("unavailable", `PostgreSQL at ${where} refused the login: wrong user or password (${msg})`, { cause: e });
  if (code === "3D000") return new StoreError("unavailable", `PostgreSQL at ${where}: ${msg}; create it first (createdb)`, { cause: e });
  return new StoreError("unavailable", `cannot use the PostgreSQL database at ${where}: ${msg}`, { cause: e });
}

export async function openPostgresStore(url: string, options: OpenOptions = {}): Promise<OpenedStore> {
  const pool = connectPostgres(url);
  // An idle client that loses its server must not crash the process.
  pool.on("error", () => {});
  try {
    const client = await pool.connect();
    client.release();
  } catch (e) {
    await pool.end().catch(() => {});
    throw explain(url, e);
  }
  try {
    return await prepareStore(postgresKysely(pool), postgresAdapter, options);
  } catch (e) {
    if (e instanceof StoreError) throw e;
    throw explain(url, e);
  }
}
