import { test } from "node:test";
import assert from "node:assert/strict";
import { extractDocument } from "./extract.ts";
import { extractCasualties } from "./casualties.ts";

// A toll told again later, in the same paragraph or in a later one: the new figure belongs to the
// incident it updates, which stays one incident. And the counts of weeklies' own sentences.

const weekly = [
  "Jihadist Activity Bulletin, May 1-7, 2024",
  "",
  "Nigeria",
  "► On May 2, 2024, ISWAP operatives attacked an army post in Damasak, in northern Borno State. Three soldiers were killed, according to military sources. On May 4, a local official said that two soldiers wounded in the attack had died in hospital, bringing the number of soldiers killed to five.",
  "► On May 3, 2024, gunmen shot dead two farmers near Gwoza.",
  "",
  "Iraq",
  "► On May 3, 2024, an IED exploded next to a Peshmerga vehicle near Kifri, killing one fighter and wounding three.",
  "► On May 5, 2024, one of the Peshmerga wounded near Kifri died of his wounds, the Peshmerga ministry said, bringing the death toll to two.",
  "► The rocket attack on the airport in Erbil on May 1 was not carried out by ISIS, according to Kurdish officials.",
].join("\n");

test("a toll brought up later in the paragraph is the incident's toll, not a new incident", () => {
  const out = extractDocument(weekly, { document: "w" });
  const damasak = out.incidents.filter((i) => /Damasak/.test(i.quote));
  assert.equal(damasak.length, 1);
  assert.equal(damasak[0]!.killed.low, 5);
});

test("a toll brought up in a later item goes to the incident that names the same place", () => {
  const out = extractDocument(weekly, { document: "w" });
  const kifri = out.incidents.filter((i) => /Kifri/.test(i.quote));
  assert.equal(kifri.length, 1, JSON.stringify(kifri.map((i) => i.quote)));
  assert.equal(kifri[0]!.killed.low, 2);
  assert.equal(out.incidents.find((i) => /Gwoza/.test(i.quote))?.killed.low, 2);
});

test("an attack said not to be the group's is no incident of the week", () => {
  const out = extractDocument(weekly, { document: "w" });
  assert.equal(out.incidents.filter((i) => /Erbil/.test(i.quote)).length, 0);
});

const counts: [string, number][] = [
  // a count shared by a force named after it
  ["Eight policemen and Civil Defence volunteers were killed in the blast.", 8],
  // the suicide bomber's own death is no victim's
  ["A suicide bomber struck the market; three shoppers were killed and the bomber was killed in the blast.", 3],
  // an apposition names the body, not another victim
  ["Three members of the Hisba, a religious police force, were killed.", 3],
  // the abducted whose bodies were found are dead
  ["The gunmen abducted four herders, whose bodies were found two days later.", 4],
  // what a body believes is reported, not a subject of its own
  ["The body of a shopkeeper was found in the market. Police believe that he was killed by the gang.", 1],
];
for (const [text, killed] of counts) {
  test(`extractCasualties counts ${killed} killed in "${text.slice(0, 50)}"`, () => {
    assert.equal(extractCasualties(text).killed.low, killed);
  });
}

const blamed = [
  "Report, July 2020",
  "",
  "On July 8, gunmen ambushed a bus near Mandera, killing six passengers. No group claimed the attack, but it bore all the hallmarks of al-Shabaab.",
  "",
  "On July 9, two men on a motorcycle shot dead a village chief near Djibo. The killing resembles the targeted assassinations carried out by JNIM in the province.",
].join("\n");

test("an attack with a group's hallmarks, or like its killings, is suspected to be the group's", () => {
  const out = extractDocument(blamed, { document: "b" });
  assert.deepEqual(out.incidents.map((i) => [i.perpetrator, i.claim]), [["al-Shabaab", "suspected"], ["JNIM", "suspected"]]);
});
