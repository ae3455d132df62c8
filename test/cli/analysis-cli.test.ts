import { test } from "node:test";
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { WEEKLY_WATCH } from "../../src/store/analysis.contract.ts";
import { spotlight, tempDir } from "../helpers.ts";

test("stats, trends and compare --claimed run end to end on an ingested bulletin", (t) => {
  const dir = tempDir(t);
  const db = join(dir, "spotlight.db");
  writeFileSync(join(dir, "weekly-watch.txt"), WEEKLY_WATCH);
  assert.equal(spotlight(["ingest", join(dir, "weekly-watch.txt"), "--db", db]).status, 0);

  const json = spotlight(["stats", "--by", "arena,admin1", "--db", db, "--format", "json"]);
  assert.equal(json.status, 0, json.stderr);
  const rows = (JSON.parse(json.stdout) as { rows: { arena: string; admin1: string; incidents: number; casualties: { low: number } }[] }).rows;
  assert.deepEqual(rows.map((r) => [r.arena, r.admin1, r.incidents, r.casualties.low]), [["Iraq", "Diyala", 2, 3], ["Iraq", "Kirkuk", 2, 6], ["Sinai", "North Sinai", 1, 4]]);

  const csv = spotlight(["stats", "--by", "week", "--week-start", "thu", "--metric", "killed", "--db", db, "--format", "csv"]);
  assert.equal(csv.stdout, "week,incidents,killed_low,killed_high,first,last\n2021-01-07,5,8,8,2021-01-08,2021-01-13\n");

  const methods = spotlight(["stats", "--by", "method", "--country", "IQ", "--db", db]);
  assert.match(methods.stdout, /note: an incident is counted once per method it lists/);
  assert.match(spotlight(["stats", "--by", "planet", "--db", db]).stderr, /unknown dimension planet/);

  const trends = spotlight(["trends", "--weeks", "2", "--by", "arena", "--db", db]);
  assert.equal(trends.status, 0, trends.stderr);
  assert.match(trends.stdout, /weeks from thu, 2020-12-31 to 2021-01-13/);
  assert.match(trends.stdout, /Iraq +│ 0 +│ 4 /);

  const compare = spotlight(["compare", "--claimed", "--db", db]);
  assert.equal(compare.status, 0, compare.stderr);
  assert.match(compare.stdout, /Iraq: published 3, ours 4: we count 1 more/);
  assert.match(compare.stdout, /total: published 20, ours 13: our count is short by 7/);
});
