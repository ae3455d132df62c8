import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { spotlight, tempDir } from "../helpers.ts";

// Invented rows and wire copy, written for this test.
const ACLED = [
  "event_id_cnty,event_date,year,time_precision,event_type,sub_event_type,actor1,inter1,actor2,inter2,interaction,country,admin1,location,latitude,longitude,geo_precision,source,notes,fatalities",
  "IRQ8001,07 February 2022,2022,1,Explosions/Remote violence,Remote explosive/landmine/IED,Islamic State (Iraq),2,Military Forces of Iraq (2020-),1,12,Iraq,Kirkuk,Hawija,35.327,43.757,1,Example News,An IED hit an army vehicle near Hawija. 2 soldiers killed.,2",
  "SYR8002,05 February 2022,2022,1,Battles,Armed clash,Islamic State (Syria),2,Military Forces of Syria (2000-),1,12,Syria,Homs,Palmyra,34.55,38.27,2,Example Observatory,Clashes in the desert near Palmyra. 3 killed.,3",
  "IRQ8003,not a date,2022,1,Battles,Armed clash,Islamic State (Iraq),2,Military Forces of Iraq (2020-),1,12,Iraq,Diyala,Khanaqin,34.3,45.4,1,Example News,Clashes.,0",
  "IRQ8004,06 February 2022,2022,1,Battles,Armed",
].join("\n");

const BULLETIN = `DESERT WATCH DAILY, 9 FEBRUARY 2022

KIRKUK, Iraq, Feb 7 (Desert Watch) - A roadside bomb hit an Iraqi army vehicle near Hawija on Monday, killing two soldiers, a security source said.
`;

test("import reports rows and rejections with file:line, re-imports change nothing, and export streams from the store", (t) => {
  const dir = tempDir(t);
  const db = join(dir, "spotlight.db");
  const csv = join(dir, "acled.csv");
  writeFileSync(csv, ACLED);
  writeFileSync(join(dir, "bulletin.txt"), BULLETIN);
  assert.equal(spotlight(["ingest", join(dir, "bulletin.txt"), "--db", db]).status, 0);

  const r = spotlight(["import", "auto", csv, "--db", db]);
  assert.equal(r.status, 1, "a rejected row that is not the truncated last one");
  assert.match(r.stdout, /ACLED \(acled-2019\): new \(version 1\): 2 imported \(1 new, 1 merged, 0 updated, 0 unchanged, \d+ possible duplicates\), 2 rejected \(1 truncated last row\)/);
  assert.match(r.stderr, new RegExp(`${csv.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:4: rejected: .*date`));
  assert.match(r.stderr, /acled\.csv:5: rejected: truncated last row/);

  const again = spotlight(["import", "acled", csv, "--db", db]);
  assert.equal(again.status, 0);
  assert.match(again.stdout, /already imported .*nothing changed/);

  const list = JSON.parse(spotlight(["incidents", "--db", db, "--format", "json"]).stdout) as { incidents: { id: string }[] };
  assert.equal(list.incidents.length, 2, "the Hawija bombing is one incident for the bulletin and ACLED");
  const hawija = list.incidents.find((i) => !i.id.startsWith("acled:"))!;
  const show = spotlight(["show", hawija.id, "--db", db]);
  assert.match(show.stdout, /reported by 2 documents/);
  assert.match(show.stdout, /acled\.csv v1 .*An IED hit an army vehicle/);

  const acled = spotlight(["export", "--format", "acled", "--country", "SY", "--db", db]);
  assert.equal(acled.status, 0, acled.stderr);
  const lines = acled.stdout.trim().split("\n");
  assert.equal(lines.length, 2);
  assert.match(lines[1]!, /^SYR8002,/);
  const geo = JSON.parse(spotlight(["export", "--format", "geojson", "--from", "2022-02-06", "--db", db]).stdout) as { features: { geometry: { coordinates: number[] } | null }[] };
  assert.equal(geo.features.length, 1);

  // JSONL out of one store imports into another, unchanged.
  const jsonl = join(dir, "all.jsonl");
  writeFileSync(jsonl, spotlight(["export", "--format", "jsonl", "--db", db]).stdout);
  const other = join(dir, "other.db");
  const imported = spotlight(["import", "jsonl", jsonl, "--db", other]);
  assert.equal(imported.status, 0, imported.stderr);
  assert.match(imported.stdout, /2 imported \(2 new/);
  const a = spotlight(["export", "--format", "csv", "--db", db]).stdout;
  const b = spotlight(["export", "--format", "csv", "--db", other]).stdout;
  assert.equal(b.split("\n").length, a.split("\n").length);
});

test("a file that is not a dataset is refused before the store is touched", (t) => {
  const dir = tempDir(t);
  const db = join(dir, "spotlight.db");
  writeFileSync(join(dir, "bin.csv"), Buffer.from([0, 1, 2, 3, 0, 0, 255, 254, 0, 7]));
  writeFileSync(join(dir, "empty.csv"), "");
  for (const f of ["bin.csv", "empty.csv"]) {
    const r = spotlight(["import", "auto", join(dir, f), "--db", db]);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /binary|empty/);
  }
  const wrong = spotlight(["import", "gtd", join(dir, "x.csv"), "--db", db]);
  assert.equal(wrong.status, 1);
  writeFileSync(join(dir, "acled.csv"), ACLED);
  const named = spotlight(["import", "gtd", join(dir, "acled.csv"), "--db", db]);
  assert.equal(named.status, 1);
  assert.match(named.stderr, /expected GTD|header is ACLED/i);
  const strict = spotlight(["import", "acled", join(dir, "acled.csv"), "--db", db, "--strict"]);
  assert.equal(strict.status, 1);
  assert.match(strict.stderr, /--strict is set: nothing imported/);
  const after = spotlight(["incidents", "--db", db, "--format", "json"]);
  assert.equal(after.status, 0, after.stderr);
  assert.deepEqual((JSON.parse(after.stdout) as { incidents: unknown[] }).incidents, []);
});

test("db backup and db restore copy a SQLite store, natively and portably, and refuse a non-empty target", (t) => {
  const dir = tempDir(t);
  const db = join(dir, "spotlight.db");
  writeFileSync(join(dir, "acled.csv"), ACLED);
  writeFileSync(join(dir, "bulletin.txt"), BULLETIN);
  spotlight(["ingest", join(dir, "bulletin.txt"), "--db", db]);
  spotlight(["import", "acled", join(dir, "acled.csv"), "--db", db]);
  const original = spotlight(["export", "--format", "jsonl", "--db", db, "--include-retracted"]).stdout;

  for (const [kind, args] of [["native", []], ["portable", ["--portable"]]] as const) {
    const file = join(dir, `backup-${kind}`);
    const b = spotlight(["db", "backup", file, "--db", db, ...args]);
    assert.equal(b.status, 0, b.stderr);
    const target = join(dir, `restored-${kind}.db`);
    const r = spotlight(["db", "restore", file, "--db", target]);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(spotlight(["export", "--format", "jsonl", "--db", target, "--include-retracted"]).stdout, original, `${kind}: the same incidents`);
    const id = (JSON.parse(original.split("\n")[0]!) as { id: string }).id;
    assert.equal(spotlight(["history", id, "--db", target, "--format", "json"]).stdout, spotlight(["history", id, "--db", db, "--format", "json"]).stdout);
    const refused = spotlight(["db", "restore", file, "--db", target]);
    assert.equal(refused.status, 1);
    assert.match(refused.stderr, /not empty.*--force/);
    assert.equal(spotlight(["db", "restore", file, "--db", target, "--force"]).status, 0);
  }
  assert.ok(readFileSync(join(dir, "backup-portable"), "utf8").startsWith('{"spotlight_backup":1'));
});
