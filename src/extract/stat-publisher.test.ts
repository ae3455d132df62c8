// Who published a figure: the outlet named, the monitor that counted it, or the report itself.
// Sentences written for this test.
import { test } from "node:test";
import assert from "node:assert/strict";
import { extractDocument } from "./extract.ts";
import { TitleBlock } from "./stat-publisher.ts";

function title(...lines: string[]): TitleBlock {
  const t = new TitleBlock();
  for (const l of lines) t.read(l);
  return t;
}

test("a title line naming a publication or monitor is the report's house; a headline is not", () => {
  assert.equal(title("YEMEN CONFLICT MONITOR", "Week 12: 18-24 March 2024").house, "Yemen Conflict Monitor");
  // An acronym in a title in capitals keeps its capitals.
  assert.equal(title("SDF PRESS CENTRE").house, "SDF Press Centre");
  assert.equal(title("Horn Security Bulletin - March 2024 - Somalia").house, "Horn Security Bulletin");
  assert.equal(title("Gunmen kill nine in raid on village as violence spreads").house, null);
  assert.equal(title("Spotlight on Global Jihad").house, null);
});

test("a monitor that counted the figures is their publisher, its acronym spelt out by the title block", () => {
  const t = title("LAKE REGION SECURITY BRIEF", "No. 4", "Great Lakes Incident Monitor (GLIM)", "Issued 3 May 2024");
  assert.deepEqual(t.counter("GLIM recorded 22 security incidents this week.", "2024-05-03"), { name: "Great Lakes Incident Monitor (GLIM)", date: "2024-05-03" });
  assert.deepEqual(t.counter("Sahel Data Watch counted 80 people killed in April.", "2024-05-03"), { name: "Sahel Data Watch", date: null });
  assert.deepEqual(t.counter("According to ACLED, 300 attacks were recorded.", null), { name: "ACLED", date: null });
  assert.equal(t.counter("ISWAP recorded 12 attacks in its weekly.", null), null);
  assert.equal(t.counter("Monitors recorded 40 attacks.", null), null);
  // The name that ends a line of the title block, not the whole line.
  const issued = title("WEEKLY CLAIMS REVIEW", "Issued 12 March 2021 | Province Claims Monitor (PCM)");
  assert.deepEqual(issued.counter("PCM recorded 30 claims this week.", "2021-03-12"), { name: "Province Claims Monitor (PCM)", date: "2021-03-12" });
});

test("an acronym made of the house's initials is the house", () => {
  assert.equal(title("Iraqi Monitor for Civil Rights", "Daily digest | 2 May 2024").expand("IMCR"), "Iraqi Monitor for Civil Rights");
});

test("a monitor's own weekly count is published by the monitor its title names", () => {
  const text = "NILE BASIN SECURITY DIGEST\nWeek 9: 26 February - 3 March 2024\n\nSUMMARY\n\nThe week saw 14 attacks across the region, 9 of them in Kassala and 5 in Gedaref.\n";
  const [s] = extractDocument(text, { document: "t", published: "2024-03-05" }).statistics;
  assert.equal(s?.publisher, "Nile Basin Security Digest");
  assert.equal(s?.published, "2024-03-05");
});
