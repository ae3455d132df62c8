import { test } from "node:test";
import assert from "node:assert/strict";
import { extractDocument } from "./extract.ts";
import { extractCasualties } from "./casualties.ts";

// A compilation of an army's numbered statements: each "Statement No. N, issued <day>" dates the
// paragraphs under it, which may tell several operations; spans ("the past 48 hours") count back
// from it; the compiler's local-press items have days of their own.

const statements = [
  "NORTHERN SINAI: ARMED FORCES STATEMENTS, MARCH 2019",
  "Translated by the regional desk | Covering 1-31 March 2019",
  "",
  "Statement No. 12, issued Wednesday 6 March 2019",
  "Within the framework of the comprehensive operation, the Air Force targeted a gathering of terrorist elements south of Hasana on Tuesday, eliminating 6 takfiri elements.",
  "A sergeant and a conscript were martyred this morning when an explosive device went off under their vehicle near Sheikh Zuweid.",
  "The forces also destroyed two workshops for the manufacture of explosive devices.",
  "Engineering units found and safely detonated 14 explosive devices planted on the roads.",
  "",
  "Statement No. 13, issued Saturday 9 March 2019",
  "During the past 72 hours, ground forces raided the hideouts of takfiri elements south of Rafah, which resulted in the elimination of 9 of them.",
  "",
  "[PRESS] Monday 11 March. Gunmen shot dead a water-truck driver in the al-Zohour district of Arish, residents said.",
  "",
  "Statement No. 14, issued Thursday 14 March 2019",
  "Over the past two days the forces carried out more than 40 raids in central Sinai.",
].join("\n");

test("a numbered statement's header dates what its paragraphs report", () => {
  const out = extractDocument(statements, { document: "s" });
  const strike = out.incidents.find((i) => /Hasana/.test(i.quote));
  assert.ok(strike, JSON.stringify(out.incidents.map((i) => i.quote.slice(0, 40))));
  assert.equal(strike.event_date, "2019-03-05");
  assert.equal(strike.category, "counterterrorism");
  assert.equal(strike.target_type, "insurgents");
  assert.equal(strike.killed.low, 6);
});

test("a statement's later paragraph telling its own attack is an incident of its own", () => {
  const out = extractDocument(statements, { document: "s" });
  const bomb = out.incidents.find((i) => /sergeant/.test(i.quote));
  assert.ok(bomb);
  assert.equal(bomb.event_date, "2019-03-06");
  assert.equal(bomb.killed.low, 2);
});

test("what the forces also did, and devices found and detonated, are no incidents", () => {
  const out = extractDocument(statements, { document: "s" });
  assert.equal(out.incidents.filter((i) => /workshops|Engineering units/.test(i.quote)).length, 0);
});

test("the past 72 hours count back from the statement's day", () => {
  const out = extractDocument(statements, { document: "s" });
  const raid = out.incidents.find((i) => /72 hours/.test(i.quote));
  assert.ok(raid);
  assert.equal(raid.event_date, "2019-03-06");
  assert.equal(raid.category, "counterterrorism");
  assert.equal(raid.killed.low, 9);
});

test("an item with a day of its own between statements is read on that day and placed in its town", () => {
  const out = extractDocument(statements, { document: "s" });
  const shooting = out.incidents.find((i) => /water-truck/.test(i.quote));
  assert.ok(shooting);
  assert.equal(shooting.event_date, "2019-03-11");
  assert.equal(shooting.location, "Arish");
  assert.equal(shooting.admin1, "North Sinai");
});

test("a tally of raids over a span is no incident", () => {
  const out = extractDocument(statements, { document: "s" });
  assert.equal(out.incidents.filter((i) => /40 raids/.test(i.quote)).length, 0);
});

test("'over the past three days' in an operation's report is its span, not background", () => {
  assert.equal(extractCasualties("Over the past three days, the forces eliminated 11 takfiri elements.").killed.low, 11);
  assert.equal(extractCasualties("Over the past months, the group killed 300 people.").killed.low, 0);
});
