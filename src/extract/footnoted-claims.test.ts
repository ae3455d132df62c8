import { test } from "node:test";
import assert from "node:assert/strict";
import { extractDocument } from "./extract.ts";

// Wordings of heldout34's weeklies, written anew: one footnote mark on two region headings, notes
// on claims in other words, and a mark that closes a single item.

const claims = (text: string) => extractDocument(text, { document: "t" }).incidents.map((i) => [i.quote.slice(0, 16), i.claim, i.sources.map((s) => s.name).join("+")]);

test("a note marked on two headings before it is printed covers the items of both", () => {
  const text = [
    "Weekly, March 3-9, 2022",
    "",
    "Diyala Province¹",
    "",
    "◆ On March 4, 2022, ISIS operatives attacked an army post near Jalawla, killing a soldier.",
    "",
    "Anbar Province¹",
    "",
    "◆ On March 6, 2022, ISIS operatives detonated an IED against a PMU vehicle near Rutba.",
    "",
    "¹ According to ISIS's claims of responsibility, which were posted on its Telegram channels.",
  ].join("\n");
  assert.deepEqual(claims(text), [
    ["On March 4, 2022", "claimed", "Telegram"],
    ["On March 6, 2022", "claimed", "Telegram"],
  ]);
});

test("'ISIS's claims of responsibility were issued on Telegram' as a heading's note is a claims note", () => {
  const text = [
    "Weekly, March 3-9, 2022",
    "",
    "Eastern Syria²",
    "",
    "◆ On March 5, 2022, ISIS operatives shot dead an SDF fighter in Thiban.",
    "",
    "² ISIS's claims of responsibility were issued on Telegram.",
  ].join("\n");
  assert.deepEqual(claims(text), [["On March 5, 2022", "claimed", "Telegram"]]);
});

test("a mark closing one item calls its note for that item alone", () => {
  const text = [
    "Weekly, March 3-9, 2022",
    "",
    "Eastern Syria",
    "",
    "◆ On March 5, 2022, an IED went off near an SDF vehicle in al-Busayrah. Two SDF fighters were wounded.¹",
    "",
    "◆ On March 7, 2022, a car bomb exploded in a market in Tell Abyad, killing four people.",
    "",
    "¹ According to ISIS's claims of responsibility posted on Telegram.",
  ].join("\n");
  assert.deepEqual(claims(text), [
    ["On March 5, 2022", "claimed", "Telegram"],
    ["On March 7, 2022", "unattributed", ""],
  ]);
});

test("a note on 'the attacks marked ◆' covers the items under that bullet and not the others", () => {
  const text = [
    "Weekly Jihad Monitor", "", "June 8-14, 2023", "", "The Syrian arena³", "",
    "◆ On June 9, 2023, ISIS operatives fired on an SDF checkpoint near Busayrah. One fighter was wounded.", "",
    "► On June 10, 2023, gunmen shot dead a shepherd near Shuhayl.", "",
    "³ ISIS's claims of responsibility for the attacks marked ◆ were posted on Telegram",
  ].join("\n");
  assert.deepEqual(claims(text), [["On June 9, 2023,", "claimed", "Telegram"], ["On June 10, 2023", "unattributed", ""]]);
});

test("a note mark in superscript parentheses ('Province⁽¹⁾', '⁽¹⁾ According to ...') is read as the bare mark", () => {
  const text = [
    "Weekly Jihad Monitor", "", "March 2-8, 2023", "", "Syria", "", "Al-Raqqah Province⁽¹⁾", "",
    "► On March 3, 2023, ISIS operatives fired on an SDF checkpoint near al-Karamah. One fighter was wounded.", "",
    "► On March 4, 2023, an IED planted by ISIS went off next to an SDF vehicle near Maadan. Two fighters were wounded.", "",
    "⁽¹⁾ According to ISIS's claims of responsibility posted on Telegram.", "",
    "Iraq", "",
    "► On March 5, 2023, gunmen shot dead a farmer near Tarmiyah. He was killed on the spot.⁽²⁾", "",
    "⁽²⁾ According to the Iraqi Security Media Cell.",
  ].join("\n");
  assert.deepEqual(claims(text), [
    ["On March 3, 2023", "claimed", "Telegram"],
    ["On March 4, 2023", "claimed", "Telegram"],
    ["On March 5, 2023", "unattributed", "Iraqi Security Media Cell"],
  ]);
});

test("a note on the items marked with an asterisk covers those items, the mark before the text or after it, and not the others", () => {
  const text = [
    "Weekly Jihad Monitor", "", "March 2-8, 2023", "", "Iraq", "",
    "Note: the items below marked with an asterisk are according to ISIS's claims of responsibility posted on Telegram.", "",
    "► * On March 3, 2023, ISIS operatives fired on a PMU post near Tuz Khurmatu. Two fighters were wounded.", "",
    "► On March 4, 2023, an IED exploded next to an army truck near Tarmiyah. One soldier was wounded.", "",
    "► On March 5, 2023, ISIS operatives torched two houses of a village headman near Khanaqin. (*)", "",
    "Syria", "",
    "Items marked with a star (*) are based on claims that the Syrian Observatory reported.", "",
    "► On March 6, 2023, gunmen shot dead a shepherd near al-Sukhnah.",
  ].join("\n");
  assert.deepEqual(claims(text).map((c) => c[1]), ["claimed", "unattributed", "claimed", "unattributed"]);
});

test("a claims note holds over the group's items but not over those under a heading of the state's operations, and resumes after it", () => {
  const text = [
    "Weekly Jihad Monitor", "", "June 8-14, 2023", "", "The Syrian arena", "", "ISIS's activity in Syria¹", "",
    "- On June 9, 2023, ISIS operatives fired on an SDF checkpoint near Busayrah. One fighter was wounded.", "",
    "¹ According to ISIS's claims of responsibility posted on Telegram", "",
    "Counterterrorism activity in the east", "",
    "- On June 10, 2023, the body of a woman was found in the al-Hol camp; the Asayish said ISIS's hisbah had killed her (North Press, June 10, 2023).", "",
    "Al-Raqqah region", "",
    "- On June 11, 2023, ISIS operatives shot dead an SDF fighter near Raqqa.",
  ].join("\n");
  assert.deepEqual(claims(text).map((c) => c[1]), ["claimed", "suspected", "claimed"]);
});

test("'Note: The information in this subsection is based on ISIS's claims ...' covers the subsection's items", () => {
  const text = [
    "Weekly Jihad Monitor", "", "June 8-14, 2023", "", "Deir ez-Zor", "",
    "Note: The information in this subsection is based on ISIS's claims of responsibility posted on its Telegram channels.", "",
    "- June 10, 2023: ISIS operatives shot dead an SDF member in Dhiban.",
  ].join("\n");
  assert.deepEqual(claims(text), [["June 10, 2023: I", "claimed", "Telegram"]]);
});

test("a claims note that opens 'Unless stated otherwise' covers the section's items", () => {
  const text = [
    "Weekly, March 3-9, 2022",
    "",
    "Iraq",
    "",
    "Note: Unless noted otherwise, the information in this section is based on claims of responsibility that ISIS posted on Telegram.",
    "",
    "- March 4, 2022: An ISIS cell fired on an army post near Tuz Khurmatu, wounding two soldiers.",
  ].join("\n");
  assert.deepEqual(claims(text), [["March 4, 2022: A", "claimed", "Telegram"]]);
});

test("a heading's note 'Based on the Sinai Province's claims, which were posted on Telegram' makes its items claims", () => {
  const text = [
    "Weekly, March 3-9, 2022",
    "",
    "Northern Sinai²",
    "",
    "- On March 5, 2022, an IED hit an army bulldozer south of Rafah; one soldier was killed.",
    "",
    "² Based on the Sinai Province's claims, which were posted on Telegram",
  ].join("\n");
  assert.deepEqual(claims(text), [["On March 5, 2022", "claimed", "Telegram"]]);
});

test("a note 'Unless another source is stated, the information is based on ISIS's claims ...' covers its section's items", () => {
  const text = [
    "Weekly, March 3-9, 2022",
    "",
    "ISIS attacks against the SDF",
    "",
    "Note: Unless another source is stated, the information is based on ISIS's claims of responsibility posted on Telegram.",
    "",
    "- March 4, 2022: ISIS operatives fired on an SDF post near Diban, killing one fighter.",
  ].join("\n");
  assert.deepEqual(claims(text), [["March 4, 2022: I", "claimed", "Telegram"]]);
});

test("a note 'The information below is according to ISIS's claims of responsibility posted on Twitter' covers the items after it", () => {
  const text = [
    "Weekly, March 3-9, 2022",
    "",
    "Egypt",
    "",
    "Note: The information below is according to ISIS's claims of responsibility posted on Twitter.",
    "",
    "- March 4, 2022: An IED hit an army jeep south of Rafah, killing two soldiers.",
  ].join("\n");
  assert.deepEqual(claims(text), [["March 4, 2022: A", "claimed", "Twitter"]]);
});

test("a note 'the attacks in this section were claimed by ... unless stated otherwise' covers the section's items, though it names attacks", () => {
  const text = [
    "Weekly, May 5-11, 2016",
    "",
    "Egypt",
    "",
    "► Note: unless stated otherwise, the attacks in this section were claimed by the Sinai Province on its Twitter accounts.",
    "",
    "► On May 6, 2016, an IED hit an army jeep west of El Arish, killing two soldiers.",
    "",
    "Syria",
    "",
    "► Note: the attacks below were claimed by ISIS on Telegram, unless stated otherwise.",
    "",
    "► On May 8, 2016, a sniper shot dead a regime soldier near Deir ez-Zor airport.",
  ].join("\n");
  assert.deepEqual(claims(text), [["On May 6, 2016, ", "claimed", "Twitter"], ["On May 8, 2016, ", "claimed", "Telegram"]]);
});

test("a background figure told 'according to' a body is no section note: the items after it do not cite that body", () => {
  const text = [
    "Weekly, May 5-11, 2016",
    "",
    "Iraq",
    "",
    "► According to the UN Office for the Coordination of Humanitarian Affairs (OCHA), about 40,000 people have fled the fighting around Fallujah.",
    "",
    "► On May 6, 2016, an IED hit an army patrol near Tikrit, killing two soldiers.",
  ].join("\n");
  assert.deepEqual(claims(text), [["On May 6, 2016, ", "unattributed", ""]]);
});

test("a note on 'this section' ends with its section: at the next country's heading, or at the next heading under a region's", () => {
  const text = [
    "Weekly, May 5-11, 2016",
    "",
    "The Syrian arena",
    "",
    "Al-Raqqah",
    "",
    "Note: The information in this section is based on ISIS's claims of responsibility posted on Telegram.",
    "",
    "► On May 6, 2016, an IED hit an SDF patrol near Ain Issa, killing two fighters.",
    "",
    "Deir ez-Zor",
    "",
    "► On May 7, 2016, shells hit a neighborhood of Deir ez-Zor, killing a child.",
    "",
    "Egypt",
    "",
    "Unless stated otherwise, the attacks in this section were claimed by the Sinai Province on its Twitter accounts.",
    "",
    "► On May 8, 2016, an IED hit an army jeep west of El Arish, killing two soldiers.",
    "",
    "Somalia",
    "",
    "► On May 9, 2016, gunmen shot dead a police officer in Mogadishu.",
  ].join("\n");
  assert.deepEqual(claims(text).map(([, claim, sources]) => [claim, sources]), [["claimed", "Telegram"], ["unattributed", ""], ["claimed", "Twitter"], ["unattributed", ""]]);
});

test("notes naming the claims' channel in a relative clause, or 'the following attacks were claimed by', cover the items after them", () => {
  const text = [
    "Weekly, May 5-11, 2016",
    "",
    "Iraq",
    "",
    "Note: Unless stated otherwise, the information below is based on ISIS's claims of responsibility, which were posted on Telegram.",
    "",
    "► On May 6, 2016, an IED hit an army patrol near Tikrit, killing two soldiers.",
    "",
    "Syria",
    "",
    "Unless stated otherwise, the following attacks were claimed by ISIS's Syria Province on Telegram.",
    "",
    "► On May 8, 2016, a sniper shot dead an SDF fighter near Hajin.",
  ].join("\n");
  assert.deepEqual(claims(text).map(([, claim, sources]) => [claim, sources]), [["claimed", "Telegram"], ["claimed", "Telegram"]]);
});

test("claims notes in other words cover their items: 'The following items are based on ...:' before a sub-heading, 'The bulleted items in this section ...', 'the claims of responsibility in this section were posted on ...', 'Note: According to ...'", () => {
  const text = [
    "Weekly, May 5-11, 2016",
    "",
    "The Iraqi arena",
    "",
    "The following items are based on ISIS's claims of responsibility, posted on Telegram:",
    "",
    "Kirkuk Province",
    "",
    "- On May 6, 2016, an IED hit an army patrol near Daquq, killing two soldiers.",
    "",
    "Syria",
    "",
    "The bulleted items in this section are based on ISIS's claims of responsibility, which were posted on Telegram.",
    "",
    "- On May 7, 2016, a sniper shot dead an SDF fighter near Hajin.",
    "",
    "Egypt",
    "",
    "Note: Unless stated otherwise, the claims of responsibility in this section were posted on Twitter.",
    "",
    "- On May 8, 2016, an IED hit an army jeep west of El Arish, killing two soldiers.",
    "",
    "Libya",
    "",
    "Note: According to ISIS's claims of responsibility posted on Telegram.",
    "",
    "- On May 9, 2016, a car bomb exploded at a checkpoint near Misrata, killing three guards.",
  ].join("\n");
  assert.deepEqual(claims(text).map(([, claim, sources]) => [claim, sources]), [["claimed", "Telegram"], ["claimed", "Telegram"], ["claimed", "Twitter"], ["claimed", "Telegram"]]);
});

test("'The following is based on ...' and 'The following bulleted items are based on ...' are claims notes", () => {
  for (const note of ["Note: The following is based on the group's claims posted on Telegram.", "The following bulleted items are based on ISIS's claims of responsibility posted on Telegram:"]) {
    const text = ["Weekly, May 5-11, 2016", "", "Somalia", "", note, "", "- On May 10, 2016, a sniper shot dead a soldier near Bosaso."].join("\n");
    assert.deepEqual(claims(text).map(([, claim, sources]) => [claim, sources]), [["claimed", "Telegram"]]);
  }
});
