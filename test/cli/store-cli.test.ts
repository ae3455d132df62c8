import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { spotlight, tempDir } from "../helpers.ts";

// Invented wire copy, written for this test.
const FIRST = `DESERT WATCH DAILY, 9 FEBRUARY 2022

KIRKUK, Iraq, Feb 7 (Desert Watch) - A roadside bomb hit an Iraqi army vehicle near Hawija on Monday, killing two soldiers, a security source said.

RAQQA, Syria, Feb 7 (Desert Watch) - Gunmen shot dead a village headman in the town of Tabqa on Monday night, residents said.
`;
const SECOND = `WIRE ROUNDUP, 10 FEBRUARY 2022

KIRKUK, Iraq, Feb 7 (Wire Roundup) - An improvised explosive device struck a military vehicle near Hawija on Monday, killing two Iraqi soldiers and wounding one, officials said.
`;

test("ingest, list, show, edit with a stale revision, history and db migrate work end to end", (t) => {
  const dir = tempDir(t);
  const db = join(dir, "nested", "spotlight.db");
  writeFileSync(join(dir, "first.txt"), FIRST);
  writeFileSync(join(dir, "second.txt"), SECOND);

  const empty = spotlight(["incidents", "--db", db]);
  assert.equal(empty.status, 1);
  assert.match(empty.stderr, /no database at .*does not exist/);
  assert.equal(existsSync(db), false, "listing does not create a database");

  const ingest = spotlight(["ingest", join(dir, "first.txt"), join(dir, "second.txt"), "--db", db]);
  assert.equal(ingest.status, 0, ingest.stderr);
  assert.match(ingest.stdout, /first\.txt: new .*2 new/);
  assert.match(ingest.stdout, /second\.txt: new .*1 merged/);
  const again = spotlight(["ingest", join(dir, "first.txt"), "--db", db]);
  assert.match(again.stdout, /first\.txt: unchanged/);

  const list = spotlight(["incidents", "--db", db, "--format", "json", "--search", "hawija"]);
  assert.equal(list.status, 0, list.stderr);
  const incidents = (JSON.parse(list.stdout) as { incidents: { id: string; revision: number; wounded: { low: number } }[] }).incidents;
  assert.equal(incidents.length, 1);
  const id = incidents[0]!.id;
  assert.equal(incidents[0]!.wounded.low, 1, "merged from the second report");
  assert.equal(spotlight(["incidents", "--db", db, "--format", "csv", "--method", "shooting"]).stdout.trim().split("\n").length, 2);

  const show = spotlight(["show", id, "--db", db]);
  assert.match(show.stdout, /reported by 2 documents/);

  const edit = spotlight(["edit", id, "--db", db, "--set", "killed=3", "--reason", "update", "--by", "analyst", "--revision", "2"]);
  assert.equal(edit.status, 0, edit.stderr);
  assert.match(edit.stdout, /revision 3/);
  const stale = spotlight(["edit", id, "--db", db, "--set", "killed=4", "--reason", "late", "--by", "other", "--revision", "2"]);
  assert.equal(stale.status, 1);
  assert.match(stale.stderr, /is at revision 3, not 2/);

  const history = spotlight(["history", id, "--db", db, "--format", "json"]);
  const revisions = JSON.parse(history.stdout) as { kind: string; by: string }[];
  assert.deepEqual(revisions.map((r) => [r.kind, r.by]), [["create", "ingest"], ["merge", "ingest"], ["edit", "analyst"]]);

  const migrate = spotlight(["db", "migrate", "--db", db]);
  assert.match(migrate.stdout, /schema up to date/);
});

test("a database path that cannot be created is a clear error with exit 1", (t) => {
  const dir = tempDir(t);
  writeFileSync(join(dir, "file"), "");
  writeFileSync(join(dir, "doc.txt"), FIRST);
  const r = spotlight(["ingest", join(dir, "doc.txt"), "--db", join(dir, "file", "x.db")]);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /^spotlight: cannot create the folder/);
});
