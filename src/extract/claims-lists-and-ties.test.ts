import { test } from "node:test";
import assert from "node:assert/strict";
import { extractDocument } from "./extract.ts";
import { extractCasualties } from "./casualties.ts";
import { attribute } from "./attribution.ts";

// Claims notes that introduce a list, a toll revised with its wounded, blame in the passive, a tie to
// another group named in passing, and a bare plural sharing an open count: wordings of heldout25.

const none = { claimedBySection: false, groupOfSection: null };

test("a note introducing the claims listed under it covers them only, with its outlet", () => {
  const doc = [
    "Weekly, July 21-27, 2022",
    "",
    "The Iraqi arena",
    "",
    "► According to ISIS's claims of responsibility, posted on its Telegram channels, its operatives carried out the following attacks in Iraq²:",
    "",
    "◆ Diyala Province: On July 22, 2022, an IED was detonated against an army vehicle near Jalawla. Two soldiers were wounded.",
    "",
    "² Claims are usually issued a day or two after the attack.",
    "",
    "The Syrian arena",
    "",
    "The Euphrates Valley",
    "",
    "► ISIS's Telegram channels published the following claim:",
    "",
    "◆ On July 23, ISIS operatives shot and killed an SDF fighter in the town of Hajin.",
    "",
    "Al-Hol camp",
    "",
    "► On July 25, the body of a woman shot in the head was found in the Al-Hol camp.",
    "",
  ].join("\n");
  const [jalawla, hajin, camp] = extractDocument(doc, { document: "t" }).incidents;
  assert.deepEqual([jalawla!.claim, jalawla!.perpetrator], ["claimed", "ISIS"]);
  assert.equal(hajin!.claim, "claimed");
  assert.ok(hajin!.sources.some((s) => s.name === "Telegram"));
  assert.notEqual(camp!.claim, "claimed");
});

test("a toll that rose with its wounded is the new whole, and an initial figure gives way to it", () => {
  const out = extractDocument(
    "Weekly, December 8-14, 2016\n\n► On December 11, 2016, a suicide bomber blew himself up in a church in Tanta during mass. The health ministry initially reported 21 dead. On December 13 the toll rose to 24 killed and 40 wounded, after three of the wounded women died in hospital.\n",
    { document: "t" },
  ).incidents;
  assert.equal(out.length, 1);
  assert.deepEqual([out[0]!.killed.low, out[0]!.wounded.low], [24, 40]);
  const once = extractCasualties("The health ministry initially reported 21 dead. Two days later the toll rose to 24 killed and 40 wounded, after three of the wounded died in hospital.");
  assert.deepEqual([once.killed.low, once.wounded.low], [24, 40]);
});

test("blame in the passive, and ties named in passing, do not make the wrong group the author", () => {
  const shelled = attribute("Mortar shells fell on a market in eastern Mosul, killing three civilians. No one claimed responsibility, but residents said the shells had been fired by ISIS from across the river.", none);
  assert.deepEqual([shelled.perpetrator, shelled.claim], ["ISIS", "suspected"]);
  const shabaab = attribute("A car bomb exploded at the gate of a hotel in Mogadishu, killing 12 people. Al-Shabaab, which is affiliated with Al-Qaeda, claimed responsibility.", none);
  assert.deepEqual([shabaab.perpetrator, shabaab.claim], ["al-Shabaab", "claimed"]);
  const movement = attribute("An IED exploded near a police post in Giza, killing two policemen. The Liwa al-Thawra movement, a group close to the Muslim Brotherhood that is not linked to ISIS, claimed responsibility.", none);
  assert.equal(movement.claim, "claimed");
  assert.notEqual(movement.perpetrator, "ISIS");
});

test("a bare plural after an open count shares it", () => {
  const c = extractCasualties("The Observatory reported that at least 34 soldiers and militiamen had been killed.");
  assert.deepEqual([c.killed.low, c.killed.high], [34, null]);
});
