import { test } from "node:test";
import assert from "node:assert/strict";
import { extractDocument } from "./extract.ts";
import { extractCasualties } from "./casualties.ts";
import { readBlocks } from "./blocks.ts";

// Wordings of heldout28's digest of a group's newsletter and of communiqués compiled between rules.

const DIGEST = [
  "AMAQ WATCH - WEEKLY NOTES",
  "",
  "=============================================",
  "ISSUE 12 - Friday 3 Shawwal 1442 (14 May 2021)",
  "=============================================",
  "",
  "- Salah al-Din. The soldiers of the caliphate ambushed a patrol of the Rafidite army near Tuz Khurmatu on 11 May, killing three of its members. Analyst: the Security Media Cell reported one soldier killed in an ambush near Tuz.",
  "- Iraq (Kirkuk). Amaq also lists the killing of a village headman south of Hawija on 12 May by gunfire.",
].join("\n");

test("rules of one character part the blocks, and the line between them is a heading", () => {
  const blocks = readBlocks(DIGEST).map((b) => [b.kind, b.quote.slice(0, 12)]);
  assert.deepEqual(blocks.slice(0, 3), [["heading", "AMAQ WATCH -"], ["heading", "ISSUE 12 - F"], ["paragraph", "Salah al-Din"]]);
});

test("in a digest of a group's outlet, each issue's heading makes its items that group's claims, sourced to the outlet on the issue's day", () => {
  const out = extractDocument(DIGEST, { document: "t" }).incidents.map((i) => [i.event_date, i.perpetrator, i.claim, i.country, i.sources.map((s) => `${s.name} ${s.date}`)]);
  assert.deepEqual(out, [
    ["2021-05-11", "ISIS", "claimed", "IQ", ["Security Media Cell null", "Amaq 2021-05-14"]],
    ["2021-05-12", "ISIS", "claimed", "IQ", ["Amaq 2021-05-14"]],
  ]);
});

test("an analyst's remark after a claim gives another account of the same dead, which bounds the claim's", () => {
  const c = extractCasualties("The soldiers of the caliphate attacked a post near Daquq, killing two of its members and wounding four. Analyst: a PMF statement acknowledged one fighter killed and three wounded.");
  assert.deepEqual([c.killed, c.wounded], [{ low: 1, high: 2 }, { low: 3, high: 4 }]);
});

test("a release's heading names its issuer, not the country of its items", () => {
  const text = [
    "CABO DELGADO: OFFICIAL COMMUNIQUÉS, JUNE 2022",
    "",
    "-----------------------------------",
    "TANZANIA PEOPLE'S DEFENCE FORCE - PRESS RELEASE",
    "Dar es Salaam, 9 June 2022",
    "",
    "On 7 June 2022, allied forces raided a terrorist camp near Chai, about 30 km south-west of Macomia, killing four terrorists.",
  ].join("\n");
  const out = extractDocument(text, { document: "t" }).incidents.map((i) => [i.country, i.admin1]);
  assert.deepEqual(out, [["MZ", "Cabo Delgado"]]);
});

test("an issue's harvest covers the span of days it gives without a year, and that span in parentheses names no publisher", () => {
  const text = [
    "AL-NABA' MONITOR - MONTHLY DIGEST",
    "Prepared on 28 August 2021. This digest summarises the issues of al-Naba' published in August 2021.",
    "",
    "ISSUE 301 - Thursday 5 Muharram 1443 (12 August 2021)",
    "",
    "Harvest (27 Dhu al-Hijjah - 4 Muharram / 5-11 August): 36 operations: Iraq 14, West Africa 12, Syria 10. Between them the harvest counts 120 killed and wounded.",
  ].join("\n");
  const stats = extractDocument(text, { document: "t" }).statistics.map((s) => [s.metric, s.total, s.period.start, s.period.end, s.publisher]);
  assert.deepEqual(stats[0], ["attacks", 36, "2021-08-05", "2021-08-11", "Al-Naba'"]);
});
