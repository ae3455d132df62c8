import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { spotlight, tempDir } from "../helpers.ts";

const BULLETIN = [
  "Weekly Security Review",
  "March 3-9, 2022",
  "",
  "The Iraqi arena",
  "",
  "Kirkuk Province",
  "► On March 5, 2022, an IED was activated against an Iraqi army vehicle about 20 km south of Kirkuk. Two soldiers were killed (Shafaq News, March 5, 2022).",
  "► On March 7, 2022, militants attacked a police checkpoint near Hawija. One policeman was wounded.",
  "",
].join("\n");

test("extract --format json prints one object with incidents and statistics", (t) => {
  const dir = tempDir(t);
  const file = join(dir, "review.txt");
  writeFileSync(file, BULLETIN);
  const r = spotlight(["extract", file, "--format", "json"]);
  assert.equal(r.status, 0, r.stderr);
  const out = JSON.parse(r.stdout) as { document: string; period: unknown; incidents: { event_date: string; admin1: string; killed: { low: number } }[]; statistics: unknown[] };
  assert.equal(out.document, "review.txt");
  assert.deepEqual(out.period, { start: "2022-03-03", end: "2022-03-09" });
  assert.equal(out.incidents.length, 2);
  assert.equal(out.incidents[0]!.event_date, "2022-03-05");
  assert.equal(out.incidents[0]!.admin1, "Kirkuk");
  assert.equal(out.incidents[0]!.killed.low, 2);
  assert.ok(Array.isArray(out.statistics));
});

test("extract reads standard input with - and takes the year from --published", () => {
  const text = "Roundup\n\nIraq\n\n- On March 5, militants fired mortars at a base near Tuz Khurmatu. Three soldiers were wounded.\n";
  const r = spotlight(["extract", "-", "--published", "2021-03-10", "--format", "json"], text);
  assert.equal(r.status, 0, r.stderr);
  const out = JSON.parse(r.stdout) as { incidents: { event_date: string }[] };
  assert.equal(out.incidents[0]?.event_date, "2021-03-05");
});

test("extract --format jsonl and csv print one record per line with a header", (t) => {
  const dir = tempDir(t);
  const file = join(dir, "review.txt");
  writeFileSync(file, BULLETIN);
  const jsonl = spotlight(["extract", file, "--format", "jsonl"]);
  assert.equal(jsonl.status, 0, jsonl.stderr);
  const lines = jsonl.stdout.trim().split("\n").map((l) => JSON.parse(l) as { record_type: string });
  assert.equal(lines.filter((l) => l.record_type === "incident").length, 2);
  const csv = spotlight(["extract", file, "--format", "csv"]);
  assert.equal(csv.status, 0, csv.stderr);
  const rows = csv.stdout.trim().split("\n");
  assert.match(rows[0]!, /^id,document,event_date,/);
  assert.equal(rows.length, 3);
});

test("extract without --format prints a readable table", (t) => {
  const dir = tempDir(t);
  const file = join(dir, "review.txt");
  writeFileSync(file, BULLETIN);
  const r = spotlight(["extract", file]);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /2 incidents/);
  assert.match(r.stdout, /20 km S of/);
  assert.match(r.stdout, /Kirkuk/);
});

test("several files and a folder are extracted together, other files skipped with a reason", (t) => {
  const dir = tempDir(t);
  mkdirSync(join(dir, "reports"));
  writeFileSync(join(dir, "reports", "a.txt"), BULLETIN);
  writeFileSync(join(dir, "reports", "b.md"), BULLETIN.replace("March 5", "March 6"));
  writeFileSync(join(dir, "reports", "chart.png"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
  const r = spotlight(["extract", join(dir, "reports"), "--format", "json"]);
  assert.equal(r.status, 0, r.stderr);
  const out = JSON.parse(r.stdout) as { document: string }[];
  assert.deepEqual(out.map((d) => d.document), ["a.txt", "b.md"]);
  assert.match(r.stderr, /skipped .*chart\.png/);
});

const bad: [string, (dir: string) => string, RegExp][] = [
  ["a missing file", (dir) => join(dir, "nope.txt"), /nope\.txt.*(?:not found|no such)/i],
  ["an empty file", (dir) => { const f = join(dir, "empty.txt"); writeFileSync(f, ""); return f; }, /empty\.txt.*empty/i],
  ["a binary file", (dir) => { const f = join(dir, "blob.txt"); writeFileSync(f, Buffer.from([0, 1, 2, 3, 0, 0, 255, 0, 7])); return f; }, /blob\.txt.*binary/i],
  ["invalid UTF-8", (dir) => { const f = join(dir, "latin1.txt"); writeFileSync(f, Buffer.concat([Buffer.from("Title\n\nOn May 2, 2022, a bomb went off in K"), Buffer.from([0xe9]), Buffer.from("rkuk.\n")])); return f; }, /latin1\.txt:3:\d+: invalid UTF-8/],
];
for (const [what, make, message] of bad) {
  test(`extract reports ${what} with the file name and exits 1`, (t) => {
    const r = spotlight(["extract", make(tempDir(t)), "--format", "json"]);
    assert.equal(r.status, 1);
    assert.match(r.stderr, message);
  });
}

test("a text with no incidents is not an error but says so", (t) => {
  const dir = tempDir(t);
  const file = join(dir, "essay.txt");
  writeFileSync(file, "An essay\n\nThe movement's ideology has a long history and many strands.\n");
  const r = spotlight(["extract", file, "--format", "json"]);
  assert.equal(r.status, 0);
  assert.match(r.stderr, /no incidents found/);
  assert.deepEqual((JSON.parse(r.stdout) as { incidents: unknown[] }).incidents, []);
});

test("a bad option is a usage error with exit code 2", () => {
  const r = spotlight(["extract", "x.txt", "--format", "xml"]);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /xml/);
  const d = spotlight(["extract", "x.txt", "--published", "2021-13-01"]);
  assert.equal(d.status, 2);
  assert.match(d.stderr, /YYYY-MM-DD/);
});

test("--max-bytes refuses a file over the limit before reading it", (t) => {
  const dir = tempDir(t);
  const file = join(dir, "big.txt");
  writeFileSync(file, BULLETIN.repeat(50));
  const r = spotlight(["extract", file, "--max-bytes", "1KB"]);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /big\.txt.*larger than/);
});
