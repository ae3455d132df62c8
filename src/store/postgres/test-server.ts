// A throwaway PostgreSQL for tests: initdb into a temp folder, a free port, a private socket
// folder, fsync off; stopped and removed by stop(). Test support only (used by *.test.ts files).

import { execFileSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";

export const PG_BIN = "/usr/lib/postgresql/15/bin";
export const TEST_PASSWORD = "spotlight-test";

export interface TestServer {
  /** An admin URL (database `postgres`). */
  readonly adminUrl: string;
  /** True for a server this process started (its password rules are known). */
  readonly throwaway: boolean;
  /** A new empty database; returns its URL. */
  createDatabase(): Promise<string>;
  stop(): Promise<void>;
}

/** Why PostgreSQL tests cannot run here, or null when they can. */
export function postgresUnavailable(): string | null {
  if (process.env["SPOTLIGHT_TEST_PG"]) return null;
  if (!existsSync(path.join(PG_BIN, "initdb"))) return `PostgreSQL 15 is not installed (${PG_BIN}/initdb missing) and SPOTLIGHT_TEST_PG is not set`;
  return null;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.on("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

function withDatabase(url: string, db: string): string {
  const u = new URL(url);
  u.pathname = `/${db}`;
  return u.toString();
}

function serverOn(adminUrl: string, throwaway: boolean, cleanup: () => Promise<void>): TestServer {
  let n = 0;
  const made: string[] = [];
  const run = async (statement: string) => {
    const c = new pg.Client({ connectionString: adminUrl });
    await c.connect();
    try {
      await c.query(statement);
    } finally {
      await c.end();
    }
  };
  return {
    adminUrl,
    throwaway,
    async createDatabase() {
      const name = `spotlight_test_${process.pid}_${++n}`;
      await run(`create database ${name}`);
      made.push(name);
      return withDatabase(adminUrl, name);
    },
    async stop() {
      if (!throwaway) for (const name of made) await run(`drop database if exists ${name} with (force)`).catch(() => {});
      await cleanup();
    },
  };
}

export async function startTestServer(): Promise<TestServer> {
  const external = process.env["SPOTLIGHT_TEST_PG"];
  if (external) return serverOn(external, false, async () => {});
  const dir = mkdtempSync(path.join(os.tmpdir(), "spotlight-pg-"));
  const data = path.join(dir, "data");
  const sockets = path.join(dir, "sock");
  const asRoot = process.getuid?.() === 0;
  const run = (bin: string, args: string[]) =>
    execFileSync(asRoot ? "runuser" : path.join(PG_BIN, bin), asRoot ? ["-u", "postgres", "--", path.join(PG_BIN, bin), ...args] : args, { stdio: "pipe" });
  try {
    execFileSync("mkdir", [sockets]);
    writeFileSync(path.join(dir, "pw"), `${TEST_PASSWORD}\n`);
    if (asRoot) {
      const uid = Number(execFileSync("id", ["-u", "postgres"]).toString());
      const gid = Number(execFileSync("id", ["-g", "postgres"]).toString());
      for (const p of [dir, sockets, path.join(dir, "pw")]) chownSync(p, uid, gid);
    }
    // Trust on the socket, a password over TCP: the tests can then check a wrong password.
    run("initdb", ["-D", data, "-A", "trust", "--auth-host=scram-sha-256", "-U", "postgres", `--pwfile=${path.join(dir, "pw")}`, "--no-sync", "-E", "UTF8", "--locale=C"]);
    const port = await freePort();
    run("pg_ctl", ["-D", data, "-l", path.join(dir, "log"), "-o", `-p ${port} -k ${sockets} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off -c synchronous_commit=off`, "-w", "start"]);
    const stop = async () => {
      try {
        run("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    };
    return serverOn(`postgres://postgres:${TEST_PASSWORD}@127.0.0.1:${port}/postgres`, true, stop);
  } catch (e) {
    rmSync(dir, { recursive: true, force: true });
    const stderr = (e as { stderr?: Buffer }).stderr?.toString() ?? "";
    throw new Error(`could not start a throwaway PostgreSQL: ${e instanceof Error ? e.message : String(e)} ${stderr}`);
  }
}
