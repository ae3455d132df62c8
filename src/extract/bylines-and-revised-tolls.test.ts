import { test } from "node:test";
import assert from "node:assert/strict";
import { extractDocument } from "./extract.ts";
import { extractCasualties } from "./casualties.ts";
import { attribute } from "./attribution.ts";

// Wordings of heldout29's radio digest and weeklies, written anew: a broadcast item's byline, tolls
// updated or raised later in the text, a group's claim beside an official count, passive arrests.

const none = { claimedBySection: false, groupOfSection: null };

test("a broadcast item's byline dates its item, its weekdays count back from it, and its station sources it; the compiler's remarks are no incident", () => {
  const text = [
    "NORTH REGION RADIO DIGEST - MAY 2021",
    "Compiled by the listening post; circulated 3 June 2021.",
    "",
    "RADIO MANDARA (Mokolo), Tuesday 11 May 2021 - correspondent Paul Zra",
    "Insurgents raided a hamlet about 10 km west of Mokolo on Sunday night and killed two herders with machetes.",
    "",
    "CRTV GAROUA, Friday 14 May 2021 - correspondent Aissatou Bello",
    "Soldiers of the Rapid Intervention Battalion (BIR) laid an ambush on Wednesday for a group of terrorists near Amchide; six terrorists were neutralised.",
    "",
    "Listening post remarks. The 12 items above are fewer than the 30 incursions the governor counted; most raids on hamlets go unreported.",
  ].join("\n");
  const out = extractDocument(text, { document: "t" }).incidents.map((i) => [i.event_date, i.category, i.perpetrator, i.sources.map((s) => `${s.name} ${s.date}`).join()]);
  assert.deepEqual(out, [
    ["2021-05-09", "attack", "unknown", "Radio Mandara 2021-05-11"],
    ["2021-05-12", "counterterrorism", "Cameroonian armed forces", "CRTV Garoua 2021-05-14"],
  ]);
});

test("tolls updated later in the text: 'updated the figure to', 'raised to' after some of the wounded died, 'rose to 54 and to 63', the wounded 'still in hospitals'", () => {
  const a = extractCasualties("ISIS ambushed an army convoy east of Palmyra. The Observatory initially counted six soldiers dead. The following day it updated the figure to nine dead and said that four more soldiers had been wounded.");
  assert.deepEqual([a.killed.low, a.wounded.low], [9, 4]);
  const b = extractCasualties("ISIS ambushed a convoy near Palmyra. Four soldiers were killed and seven were wounded. The toll was later raised to six soldiers killed, after two of the wounded died in the hospital.");
  assert.deepEqual([b.killed.low, b.wounded.low], [6, 5]);
  const c = extractCasualties("A suicide bomber blew himself up at a rally in Khar. The police put the toll at 40 killed. As more of the wounded died, the number of dead rose to 48 the next day and to 55 by Tuesday, with about 110 wounded still in hospitals in Peshawar.");
  assert.deepEqual([c.killed.low, c.wounded.low], [55, 110]);
});

test("a group's claim of more dead, told by its province after the officials' count, bounds the count instead of adding to it", () => {
  const c = extractCasualties('Armed men killed seven civilians near Eringeti. Local officials blamed the ADF. ISIS\'s Central Africa Province claimed the attack and said it had killed 12 "Christians".');
  assert.deepEqual(c.killed, { low: 7, high: 12 });
  assert.equal(extractCasualties("ISIS operatives executed a resident of the village whom they accused of spying for the army.").killed.low, 1);
});

test("an arrest told in the passive is the state's whose agent the text names; 'took into custody' is an arrest", () => {
  assert.deepEqual(Object.values(attribute("A resident of Rahat was arrested by the ISA on April 2, 2022, on suspicion that he planned a stabbing attack. He had pledged allegiance to ISIS.", none)), ["counterterrorism", "Israeli security forces", null]);
  assert.deepEqual(Object.values(attribute("On August 3, an SDF unit backed by Coalition helicopters stormed a house in Hajin and took into custody an ISIS member who collected zakat.", none)), ["counterterrorism", "SDF", null]);
});
