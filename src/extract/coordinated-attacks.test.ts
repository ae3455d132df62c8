import { test } from "node:test";
import assert from "node:assert/strict";
import { extractDocument } from "./extract.ts";
import { extractCasualties } from "./casualties.ts";
import { attribute } from "./attribution.ts";

// Wordings of heldout25's weeklies: a coordinated attack told in parts, its toll in the next
// paragraph, blame without a claim, first reports superseded, and people named in apposition.

function incidents(body: string) {
  return extractDocument(`Weekly, March 2-8, 2017\n\n${body}`, { document: "t" }).incidents;
}

test("the parts of a coordinated attack are one incident, and a paragraph on 'the toll' revises it", () => {
  const out = incidents(
    "◆ On March 4, 2017, at dawn, ISIS launched a coordinated attack on the town of Tal Afar. Two suicide bombers blew themselves up at the gate of the police station. At the same time, dozens of operatives stormed three villages west of the town and abducted about 20 shepherds.\n\n" +
      "► The toll rose through the day. In the morning the hospital spoke of 12 dead; by the evening the governor said that at least 64 people had been killed and more than 90 wounded.\n",
  );
  assert.equal(out.length, 1, JSON.stringify(out.map((i) => i.quote.slice(0, 50))));
  assert.deepEqual([out[0]!.killed.low, out[0]!.killed.high, out[0]!.wounded.low], [64, null, 90]);
  // The later toll's reporters are not whom the attack hit.
  assert.notEqual(out[0]!.target_type, "government");
  // Without a coordinated attack, the same opening is an attack of its own.
  assert.equal(incidents("◆ On March 4, 2017, two suicide bombers blew themselves up at a checkpoint in Tal Afar. At the same time, gunmen stormed a village near Sinjar and killed three shepherds.\n").length, 2);
});

test("days of bombardment before an advance are no tally, and the ISIS branch of the Yarmouk Basin is ISIS", () => {
  const [advance] = incidents("◆ On March 5, 2017, after three days of heavy air and artillery attacks, the Syrian army's forces entered the village of Jamla, held by Jaysh Khalid ibn al-Walid.\n");
  assert.ok(advance);
  assert.deepEqual([advance.category, advance.perpetrator], ["counterterrorism", "Syrian army"]);
});

test("blame without a claim: what police believe and what an analyst assesses", () => {
  const none = { claimedBySection: false, groupOfSection: null };
  const police = attribute("A roadside bomb hit a minibus near Tuz Khurmatu. No group claimed responsibility, but police believe that an ISIS cell hiding in the hills had planted the bomb.", none);
  assert.deepEqual([police.perpetrator, police.claim], ["ISIS", "suspected"]);
  const assessed = attribute("Two girls blew themselves up at a market in Madagali. No group has claimed responsibility; in our assessment, the bombing was carried out by Boko Haram.", none);
  assert.deepEqual([assessed.perpetrator, assessed.claim], ["Boko Haram", "suspected"]);
});

test("first reports give way to the later toll, and people named in apposition are not counted twice", () => {
  const later = extractCasualties("According to the first reports, nine people were killed; the next day the ministry put the toll at 17 killed and 40 wounded.");
  assert.deepEqual([later.killed.low, later.killed.high, later.wounded.low], [17, 17, 40]);
  assert.equal(extractCasualties("Three fighters and two civilians, a man and his daughter, were killed.").killed.low, 5);
  assert.equal(extractCasualties("Four people, three policemen and a driver, were wounded.").wounded.low, 4);
});
