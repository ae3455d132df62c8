import { test } from "node:test";
import assert from "node:assert/strict";
import { extractDocument } from "./extract.ts";
import { sectionNoteOf } from "./incident-cues.ts";

// Claims notes in more words, and notes printed after the items they are on: the section's close
// ("Note: ISIS's claims of responsibility in Iraq were posted on Telegram") covers the items before it.

test("claims notes are read in these words too: an 'unless' clause after the subject or alone before a list's introduction, claims named alone, a single item, and the claims of a named arena", () => {
  for (const text of [
    "Note: The items below, unless stated otherwise, are based on ISIS's claims of responsibility published on Telegram.",
    "The claims below were posted on ISIS's Telegram channels by the Sinai Province.",
    "The following claims were published on ISIS's Telegram channels.",
    "Note: The following item is based on ISIS's claim posted on Telegram.",
    "Note: Unless otherwise noted, ISIS's claims of responsibility in Iraq were posted on Telegram.",
    "Unless stated otherwise, the following attacks were claimed by ISIS's Khorasan Province on its Telegram channels:",
  ]) {
    const note = sectionNoteOf(text);
    assert.ok(note, text);
    assert.equal(note.claimed, true, text);
    assert.deepEqual(note.sources.map((s) => s.name), ["Telegram"], text);
  }
  // Where claims of a place appear in general is no note on these items.
  assert.equal(sectionNoteOf("Claims relating to Mozambique are posted by Amaq."), null);
});

const WEEKLY = [
  "Weekly, March 7-13, 2024",
  "",
  "The Iraqi arena",
  "",
  "Kirkuk Province",
  "",
  "► On March 8, 2024, an IED went off near an army vehicle west of Hawija. Two soldiers were wounded.",
  "",
  "Diyala Province",
  "",
  "► On March 9, 2024, operatives attacked a PMF post near Jalawla. One fighter was killed.",
  "",
  "Note: Unless otherwise noted, ISIS's claims of responsibility in Iraq were posted on Telegram.",
  "",
  "The Syrian arena",
  "",
  "The desert",
  "",
  "► On March 10, 2024, gunmen shot dead two shepherds near al-Sukhnah.",
  "",
  "Deir ez-Zor",
  "",
  "► On March 11, 2024, operatives shot dead an SDF fighter in Dhiban.",
  "",
  "Note: The attacks in this section were claimed by ISIS on Telegram.",
  "",
  "Counterterrorism activity",
  "",
  "► On March 12, 2024, SDF forces raided a house in al-Shuhayl and detained two ISIS operatives.",
  "",
].join("\n");

test("a note printed after the items of a section is theirs: all the arena's items for a note on its claims, the last heading's for 'this section', and it reaches no item after it", () => {
  const out = extractDocument(WEEKLY, { document: "t" }).incidents;
  const by = (place: string) => out.find((i) => i.quote.includes(place))!;
  for (const place of ["Hawija", "Jalawla", "Dhiban"]) {
    assert.equal(by(place).claim, "claimed", place);
    assert.ok(by(place).sources.some((s) => s.name === "Telegram"), place);
  }
  assert.notEqual(by("al-Sukhnah").claim, "claimed");
  assert.ok(!by("al-Sukhnah").sources.some((s) => s.name === "Telegram"));
  assert.ok(!by("al-Shuhayl").sources.some((s) => s.name === "Telegram"));
});

test("a note under one arena's heading ends at the next arena's, though that arena's countries are among the first's", () => {
  const doc = [
    "Weekly, March 7-13, 2024",
    "",
    "West Africa",
    "",
    "Note: Unless stated otherwise, the information below is based on ISIS's claims of responsibility posted on Telegram.",
    "",
    "► On March 8, 2024, operatives attacked an army base in Marte. Three soldiers were killed.",
    "",
    "The Sahel",
    "",
    "► On March 9, 2024, gunmen killed four villagers near Tillaberi. Local sources blamed ISIS.",
    "",
  ].join("\n");
  const [marte, tillaberi] = extractDocument(doc, { document: "t" }).incidents;
  assert.equal(marte!.claim, "claimed");
  assert.equal(tillaberi!.claim, "suspected");
  assert.ok(!tillaberi!.sources.some((s) => s.name === "Telegram"));
});

test("'ISIS claimed the attack on September 1' in the item of an earlier attack claims that attack, not another incident of September 1", () => {
  const doc = [
    "Weekly, August 28 - September 3, 2025",
    "",
    "Syria",
    "",
    "► On September 1, 2025, SDF forces raided a house in al-Shuhayl and detained three ISIS operatives.",
    "",
    "Central Africa",
    "",
    "► On August 30, 2025, ISCAP operatives attacked the village of Mabuo, near Oicha, killing 14 civilians (Radio Okapi, August 31, 2025). ISIS claimed the attack on September 1 and said 20 Christians were killed.",
    "",
  ].join("\n");
  const out = extractDocument(doc, { document: "t" }).incidents;
  const mabuo = out.find((i) => i.quote.includes("Mabuo"))!;
  assert.equal(mabuo.claim, "claimed");
  assert.deepEqual([mabuo.killed.low, mabuo.killed.high], [14, 20]);
});

test("a note on so many items covers those alone: 'the two items above' the last two told, 'the first two items' the next two", () => {
  const doc = [
    "Weekly, March 7-13, 2024",
    "",
    "Syria",
    "",
    "► On March 7, 2024, gunmen shot dead a shepherd near al-Sukhnah.",
    "",
    "► On March 8, 2024, operatives shot dead an SDF fighter in Dhiban.",
    "",
    "► On March 9, 2024, an IED went off near an SDF vehicle in al-Busayrah. Two fighters were wounded.",
    "",
    "Note: the two items above are based on ISIS's claims of responsibility posted on Telegram.",
    "",
    "Iraq",
    "",
    "Note: the first two items are according to ISIS's claims of responsibility, posted on Telegram.",
    "",
    "► On March 10, 2024, operatives attacked an army post near Tarmiyah. One soldier was killed.",
    "",
    "► On March 11, 2024, an IED went off near a PMF vehicle near Jalawla. Two fighters were wounded.",
    "",
    "► On March 12, 2024, gunmen killed a farmer near Hawija.",
    "",
  ].join("\n");
  const claimed = extractDocument(doc, { document: "t" }).incidents.map((i) => i.claim === "claimed");
  assert.deepEqual(claimed, [false, true, true, true, true, false]);
});
