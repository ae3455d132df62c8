import { test } from "node:test";
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { runConvert } from "../../src/cli/dataset-commands.ts";
import { spotlight, tempDir } from "../helpers.ts";

// Invented ACLED rows (2019-2022 export columns, numeric inter codes).
const HEADER =
  "data_id,iso,event_id_cnty,event_id_no_cnty,event_date,year,time_precision,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,timestamp,iso3";
const ROW1 = '1,368,IRQ1,1,9-May-20,2020,1,Explosions/Remote violence,Remote explosive/landmine/IED,Islamic State (Iraq),,2,Military Forces of Iraq (2014-),,1,12,Middle East,Iraq,Diyala,Khanaqin,,Example,34.3,45.4,1,Example News,National,"An IED hit an army patrol,\nkilling two soldiers.",2,1589000000,IRQ';
const ROW2 = "2,368,IRQ2,2,10-May-20,2020,1,Battles,Armed clash,Islamic State (Iraq),,2,Military Forces of Iraq (2014-),,1,12,Middle East,Iraq,Kirkuk,Hawija,,Example,35.3,43.8,2,Example News,National,Clashes.,0,1589000001,IRQ";

test("convert streams ACLED to ACLED with the same values and a summary on stderr", (t) => {
  const dir = tempDir(t);
  const file = join(dir, "acled.csv");
  writeFileSync(file, [HEADER, ROW1, ROW2, ""].join("\r\n"));
  const r = spotlight(["convert", file, "--to", "acled"]);
  assert.equal(r.status, 0, r.stderr);
  assert.ok(r.stdout.startsWith(HEADER + "\n"));
  assert.match(r.stdout, /9-May-20/);
  assert.match(r.stderr, /acled\.csv: ACLED \(acled-2019\): 2 imported, 0 rejected/);
  assert.doesNotMatch(r.stderr, /rows\/s/, "no progress line when stderr is not a terminal");
  const geo = spotlight(["convert", file, "--to", "geojson"]);
  assert.equal((JSON.parse(geo.stdout) as { features: unknown[] }).features.length, 2);
});

test("convert reads standard input and writes JSONL by default", () => {
  const r = spotlight(["convert", "-"], [HEADER, ROW2, ""].join("\n"));
  assert.equal(r.status, 0, r.stderr);
  const incident = JSON.parse(r.stdout.trim()) as { id: string; event_date: string; category: string };
  assert.deepEqual([incident.id, incident.event_date, incident.category], ["acled:IRQ2", "2020-05-10", "clash"]);
  assert.match(r.stderr, /<stdin>: ACLED/);
});

test("a truncated last row is reported with its line but does not fail the run", (t) => {
  const dir = tempDir(t);
  const file = join(dir, "cut.csv");
  writeFileSync(file, [HEADER, ROW1, ROW2.slice(0, 60)].join("\n"));
  const r = spotlight(["convert", file]);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stderr, /cut\.csv:4: rejected: truncated last row: has \d+ fields, the header has 31/);
  assert.match(r.stderr, /1 imported, 1 rejected \(1 truncated last row\)/);
});

test("rows rejected for other reasons make convert exit 1, each named with file and line", (t) => {
  const dir = tempDir(t);
  const file = join(dir, "bad.csv");
  writeFileSync(file, [HEADER, "9,368,IRQ9", ROW2, ""].join("\n"));
  const r = spotlight(["convert", file]);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /bad\.csv:2: rejected: has 3 fields, the header has 31/);
  assert.equal(r.stdout.trim().split("\n").length, 1, "the good row is still written");
});

test("an empty file, a binary file, an unknown header and a wrong --from are clear errors", (t) => {
  const dir = tempDir(t);
  const cases: [string, string | Buffer, string[], RegExp][] = [
    ["empty.csv", "", [], /empty\.csv: the file is empty/],
    ["blob.csv", Buffer.from([0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0, 0, 3]), [], /blob\.csv: the file is binary/],
    ["other.csv", "a,b\n1,2\n", [], /other\.csv:1: unrecognised header \(columns a, b\)/],
    ["acled.csv", [HEADER, ROW2].join("\n"), ["--from", "ucdp"], /acled\.csv:1: expected UCDP GED .* but the header is ACLED's/],
  ];
  for (const [name, content, args, message] of cases) {
    const file = join(dir, name);
    writeFileSync(file, content);
    const r = spotlight(["convert", file, ...args]);
    assert.equal(r.status, 1, name);
    assert.match(r.stderr, message);
    assert.equal(r.stdout, "", name);
  }
  const missing = spotlight(["convert", join(dir, "nope.csv")]);
  assert.equal(missing.status, 1);
  assert.match(missing.stderr, /nope\.csv: no such file or directory/);
  assert.equal(spotlight(["convert", join(dir, "empty.csv"), "--to", "xml"]).status, 2);
});

test("convert on a terminal draws a progress line with percent, rows/s and ETA before the summary", async (t) => {
  const dir = tempDir(t);
  const file = join(dir, "many.csv");
  const rows = Array.from({ length: 2500 }, (_, k) => ROW2.replace("2,368,IRQ2,2", `${k},368,IRQ${k},${k}`));
  writeFileSync(file, [HEADER, ...rows, ""].join("\n"));
  let stderr = "";
  let stdout = "";
  let exit = -1;
  await runConvert(file, { from: "auto", to: "jsonl" }, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), setExit: (c) => (exit = c), progress: true });
  assert.equal(exit, -1, "runConvert returns its code rather than setting it");
  assert.equal(stdout.trim().split("\n").length, 2500);
  assert.match(stderr, /^\r[^\n]*many\.csv: \d+% 1,000 rows, [\d,]+ rows\/s, ETA (\d+s|\?)\x1b\[K/);
  assert.match(stderr, /\n[^\r\n]*many\.csv: ACLED \(acled-2019\): 2500 imported, 0 rejected\n$/);
});

test("a quote that never closes in a large file stops convert with the file and line, not unbounded memory", (t) => {
  const dir = tempDir(t);
  const file = join(dir, "runaway.csv");
  writeFileSync(file, [HEADER, ROW2, ROW2.replace("Clashes.", '"Clashes') + "x".repeat(20 * 1024 * 1024)].join("\n"));
  const r = spotlight(["convert", file]);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /runaway\.csv:3: a record starting here runs past 8 MB without ending \(a quote never closed\?\)/);
});
