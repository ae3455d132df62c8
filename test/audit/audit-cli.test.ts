import { test } from "node:test";
import assert from "node:assert/strict";
import { spotlight } from "../helpers.ts";

const FIXTURES = new URL("../fixtures/bulletins/", import.meta.url).pathname;

test("audit --format json prints the document and its findings with kind, message and quote", () => {
  const r = spotlight(["audit", `${FIXTURES}monthly_review_2020_11.txt`, "--format", "json"]);
  assert.equal(r.status, 0, r.stderr);
  const out = JSON.parse(r.stdout) as { document: string; findings: { kind: string; message: string; quote: string }[] };
  assert.equal(out.document, "monthly_review_2020_11.txt");
  assert.deepEqual(out.findings.map((f) => f.kind).sort(), ["date_out_of_period", "duplicate", "source_before_event", "sum_mismatch"]);
  for (const f of out.findings) assert.ok(f.message.length > 20 && f.quote.length > 20);
});

test("audit of several files prints an array, one report per file", () => {
  const r = spotlight(["audit", `${FIXTURES}itic_weekly_2022_06.txt`, `${FIXTURES}newswire_digest_2021_03.txt`, "--format", "json"]);
  assert.equal(r.status, 0, r.stderr);
  const out = JSON.parse(r.stdout) as { document: string; findings: unknown[] }[];
  assert.equal(out.length, 2);
  assert.equal(out[0]!.findings.length, 1);
  assert.equal(out[1]!.findings.length, 0);
});

test("the flawless fixtures give no finding", () => {
  for (const name of ["ct_digest_afpak_iraq_2023_04", "lwj_daily_roundup_2019_07", "newswire_digest_2021_03", "sahel_horn_weekly_2021_w39"]) {
    const r = spotlight(["audit", `${FIXTURES}${name}.txt`, "--format", "json"]);
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual((JSON.parse(r.stdout) as { findings: unknown[] }).findings, [], name);
  }
});

test("the table format names each finding's kind and quote", () => {
  const r = spotlight(["audit", `${FIXTURES}itic_weekly_2022_06.txt`]);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /1 finding\n/);
  assert.match(r.stdout, /date_out_of_period: Incident dated 2022-06-08/);
});
