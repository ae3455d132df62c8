import { test } from "node:test";
import assert from "node:assert/strict";
import { extractDocument } from "./extract.ts";
import { extractCasualties } from "./casualties.ts";
import { attribute } from "./attribution.ts";

// Wordings of heldout32's briefing transcript and weeklies, written anew: speakers' turns, a date
// line with its place, journalists' questions, strikes in the passive, relative clauses before a
// toll's verb, a number revised upward, and claims notes in other words.

const none = { claimedBySection: false, groupOfSection: null };

test("a briefing's transcript: the date line dates it, each speaker's turn is read without its label, a question tells nothing, and 'minutes later' is the same day", () => {
  const text = [
    "NATIONAL POLICE - WEEKLY PRESS BRIEFING (EDITED TRANSCRIPT)",
    "Thursday, 9th December 2021, 10:00 a.m., Press Centre, Kololo",
    "",
    "OKELLO: On Monday 6th December 2021, at about 7:40 p.m., a bomb hidden in a bag exploded at a bus park in Mbale town. Two people were killed and nine injured.",
    "",
    "OKELLO: About twenty minutes later, a second device went off near the taxi stage in Mbale, injuring four people.",
    "",
    "QUESTION (Radio One): Were the two bombs in Mbale the work of the same cell, and have there been other attacks this month?",
    "",
    "OKELLO: The same evening the so-called Islamic State claimed responsibility for both blasts through its Amaq agency.",
  ].join("\n");
  const out = extractDocument(text, { document: "t" }).incidents;
  assert.deepEqual(out.map((i) => [i.event_date, i.killed.low, i.wounded.low, i.quote.slice(0, 8)]), [
    ["2021-12-06", 2, 9, "On Monda"],
    ["2021-12-06", 0, 4, "About tw"],
  ]);
  assert.equal(out[1]!.claim, "claimed");
});

test("a strike in the passive is the forces' ('a hideout was bombed by F-16s'); a fighter 'shot dead by gunmen' is the gunmen's victim", () => {
  assert.equal(attribute("On May 2, 2019, an ISIS hideout near Tarmiyah was bombed by Iraqi Air Force F-16s.", none).category, "counterterrorism");
  const shot = attribute("On May 2, 2019, an SDF fighter was shot dead by gunmen on a motorcycle near Al-Busayrah.", none);
  assert.deepEqual([shot.category, shot.perpetrator], ["attack", "unknown"]);
});

test("the relative clause before a toll's verb is no part of its subject, and a number 'revised upward to' is the new toll", () => {
  const counts = (t: string): number => extractCasualties(t).killed.low;
  assert.equal(counts("The army said that four ISIS operatives who were hiding in a tunnel had been killed."), 4);
  assert.equal(counts("A village chief who had refused to pay the zakat was shot dead by gunmen."), 1);
  assert.equal(counts("The monitor first put the dead at nine; two days later it revised the number upward to 14."), 14);
});

test("claims notes in other words: 'Source: ISIS claims of responsibility, Telegram' and 'The claims for these attacks were posted on ...'", () => {
  for (const note of ["¹ Source: ISIS claims of responsibility, Telegram", "¹ The claims for these attacks were posted on ISIS's Telegram channels"]) {
    const text = [
      "Spotlight on Global Jihad (May 2-8, 2019)",
      "",
      "Syria",
      "",
      "Attacks in the Deir ez-Zor countryside¹",
      "► On May 3, 2019, an IED went off beside an SDF vehicle near Al-Shuhayl. Two SDF fighters were wounded.",
      "",
      note,
    ].join("\n");
    const [i] = extractDocument(text, { document: "t" }).incidents;
    assert.ok(i);
    assert.deepEqual([i.claim, i.sources.map((s) => s.name)], ["claimed", ["Telegram"]], note);
  }
});

test("an official's figure in a sentence of its own, 'however' after its speaker, is the event's count and the group's claim its upper bound", () => {
  const c = extractCasualties("ISWAP fighters attacked an army base near Damasak. ISIS claimed that 15 soldiers were killed (Amaq, June 2, 2019). A military source, however, said that three soldiers were killed and five were wounded.");
  assert.deepEqual([c.killed.low, c.killed.high, c.wounded.low], [3, 15, 5]);
});

test("an item whose first sentence has no date is dated by the next one's 'The arrest was carried out on ...'", () => {
  const text = [
    "Spotlight on Global Jihad (March 3-9, 2022)",
    "",
    "Iraq",
    "► In Tikrit, the National Security Service arrested an ISIS operative who ran the group's finances in Salah al-Din. The arrest was carried out on March 5, 2022, in the city's Al-Qadisiyah neighborhood (INA, March 6, 2022).",
  ].join("\n");
  const out = extractDocument(text, { document: "t" }).incidents;
  assert.deepEqual(out.map((i) => [i.event_date, i.category]), [["2022-03-05", "counterterrorism"]]);
});
