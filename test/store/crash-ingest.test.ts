// Kill -9 in the middle of a multi-document ingest into SQLite: every document must be either
// fully stored or absent, and running the ingest again must complete the job.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { sql } from "kysely";
import { openSqliteStore } from "../../src/store/sqlite/open.ts";
import { crashDocument } from "./crash-documents.ts";

const here = path.dirname(fileURLToPath(import.meta.url));
const DOCUMENTS = 12;

interface ChildRun {
  lines: string[];
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** Runs the ingest child; with `killAfter`, SIGKILLs it as soon as that many documents are committed. */
function runChild(file: string, killAfter?: number): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", path.join(here, "ingest-child.ts"), file, String(DOCUMENTS)], { stdio: ["ignore", "pipe", "inherit"] });
    const lines: string[] = [];
    let buffer = "";
    child.stdout.setEncoding("utf8");
    child.stdout.on("data", (chunk: string) => {
      buffer += chunk;
      const parts = buffer.split("\n");
      buffer = parts.pop() ?? "";
      for (const line of parts) {
        lines.push(line);
        if (killAfter !== undefined && lines.filter((l) => l.startsWith("stored")).length === killAfter) child.kill("SIGKILL");
      }
    });
    child.on("error", reject);
    child.on("close", (code, signal) => resolve({ lines, code, signal }));
  });
}

async function check(file: string): Promise<{ complete: string[]; absent: string[] }> {
  const { store } = await openSqliteStore(file);
  try {
    const db = store.db;
    const integrity = await sql<{ integrity_check: string }>`pragma integrity_check`.execute(db);
    assert.deepEqual(integrity.rows.map((r) => r.integrity_check), ["ok"]);
    const complete: string[] = [];
    const absent: string[] = [];
    for (let i = 0; i < DOCUMENTS; i++) {
      const { name } = crashDocument(i);
      const doc = await db.selectFrom("documents").selectAll().where("name", "=", name).executeTakeFirst();
      if (!doc) {
        absent.push(name);
        continue;
      }
      const reports = await db.selectFrom("reports").select(["incident_id"]).where("document_id", "=", doc.id).execute();
      assert.equal(reports.length, doc.incident_count, `${name}: every incident it reports is linked`);
      assert.ok(doc.incident_count > 200, `${name} has its incidents`);
      complete.push(name);
    }
    // Nothing dangles: every incident has its report, revision and search entry.
    const incidents = await db.selectFrom("incidents").select("id").execute();
    const linked = await db.selectFrom("reports").select("incident_id").distinct().execute();
    assert.equal(linked.length, incidents.length);
    const revisions = await db.selectFrom("revisions").select("incident_id").distinct().execute();
    assert.equal(revisions.length, incidents.length);
    const fts = await sql<{ n: number }>`select count(*) as n from incident_fts`.execute(db);
    assert.equal(fts.rows[0]?.n, incidents.length);
    return { complete, absent };
  } finally {
    await store.close();
  }
}

test("a SIGKILL during ingest leaves each document fully stored or absent, and a re-run completes", { timeout: 120_000 }, async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "spotlight-crash-"));
  try {
    const file = path.join(dir, "spotlight.db");
    const killed = await runChild(file, 2);
    assert.equal(killed.signal, "SIGKILL", `the child was killed (it exited with ${killed.code})`);
    const stored = killed.lines.filter((l) => l.startsWith("stored")).length;
    assert.ok(stored < DOCUMENTS, "killed before the end");

    const afterKill = await check(file);
    assert.ok(afterKill.complete.length >= stored, "every reported commit survived");
    assert.ok(afterKill.absent.length > 0, "the documents not yet committed are absent");

    const rerun = await runChild(file);
    assert.equal(rerun.code, 0);
    const statuses = rerun.lines.filter((l) => l.startsWith("stored")).map((l) => l.split(" ")[2]);
    assert.equal(statuses.filter((s) => s === "unchanged").length, afterKill.complete.length, "committed documents are not stored twice");
    assert.equal(statuses.filter((s) => s === "new").length, afterKill.absent.length);
    const final = await check(file);
    assert.equal(final.complete.length, DOCUMENTS);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
