import { test } from "node:test";
import assert from "node:assert/strict";
import { extractDocument } from "./extract.ts";
import { extractCasualties } from "./casualties.ts";
import { withRevisions } from "./toll-revisions.ts";

// The north-west Syrian front as the contract codes it, claims and tolls told after the attack,
// and outcomes announced on a later day: wordings of heldout24's weeklies and briefings.

function incidents(body: string) {
  return extractDocument(`Weekly, March 2-8, 2020\n\n${body}`, { document: "t" }).incidents;
}

test("shelling and advances on the Idlib front are clashes, by the side that acts first", () => {
  const [shelling, advance] = incidents(
    "On March 3, militants of the Jabhat al-Nusra terrorist group fired rockets at the town of Suqaylabiyah, Hama province, wounding two civilians.\n\n" +
      "On March 4, units of the Syrian Arab Army clashed with the terrorists near the village of Nairab, east of Idlib, killing a dozen of them.\n",
  );
  assert.deepEqual([shelling!.category, shelling!.perpetrator, shelling!.claim], ["clash", "HTS", null]);
  assert.equal(advance!.category, "clash");
  // The same wording about ISIS in the Badia is no clash of that front.
  const [badia] = incidents("On March 5, ISIS fighters fired rockets at an army post near Al-Sukhnah, killing two soldiers.\n");
  assert.equal(badia!.category, "attack");
});

test("a neighbour's strike is its own operation across a border, and a clash on the Idlib front", () => {
  const [border, front] = incidents(
    "On March 3, Turkish artillery shelled the outskirts of two villages north of Amadiya, damaging orchards; no casualties were reported.\n\n" +
      "On March 4, a Turkish drone struck a Syrian army position near Saraqib, killing four soldiers.\n",
  );
  assert.deepEqual([border!.category, border!.perpetrator], ["counterterrorism", "Turkish forces"]);
  assert.deepEqual([front!.category, front!.perpetrator], ["clash", "Turkish forces"]);
});

test("a paragraph on the claim's issue, a later 'put the toll at' and the wounded who died in hospital amend the attack", () => {
  const out = incidents(
    "On March 3, gunmen attacked a concert hall in Vienna, killing 20 people.\n\n" +
      "The group's claim of responsibility was issued the next morning and posted on Telegram.\n\n" +
      "On March 5 the Vienna prosecutor had put the toll at 22 killed; two of the critically wounded died in hospital the following day.\n",
  );
  assert.equal(out.length, 1, JSON.stringify(out.map((i) => i.quote.slice(0, 40))));
  assert.equal(out[0]!.claim, "claimed");
  // The two who died after the prosecutor's count are two more.
  assert.equal(out[0]!.killed.low, 24);
});

test("a would-be bomber killed by the blast is no victim, and pictures of an execution are the execution", () => {
  assert.equal(extractCasualties("Two suicide bombers blew themselves up in the market, killing 12 people. A third would-be suicide bomber was killed by the second explosion.").killed.low, 12);
  const [execution] = incidents("On March 4, the group published photographs of the execution of three men in Derna, who were shot dead in a square after being accused of spying.\n");
  assert.ok(execution);
  assert.ok(execution.methods.includes("execution"), JSON.stringify(execution.methods));
});

test("a town's fall announced the next day is the outcome of the offensive, not another incident", () => {
  const out = incidents("On March 3, about 2,000 Peshmerga fighters, supported by Coalition airstrikes, launched an offensive to retake Bashiqa from three directions. On March 4 the president of the Kurdistan Region, Masoud Barzani, announced the liberation of the town. According to the Peshmerga, more than 40 ISIS operatives were killed during the operation.\n");
  assert.equal(out.length, 1);
  assert.equal(out[0]!.event_date, "2020-03-03");
  assert.equal(out[0]!.killed.low, 40);
});

test("a revision that brings the toll to a whole counts the rise among the wounded once", () => {
  const first = extractCasualties("An ISIS sniper killed two Peshmerga and wounded three near Makhmour.");
  const text = "One of the three wounded Peshmerga died of his wounds, bringing the death toll of the attack to three.";
  const after = withRevisions(first, [{ text, counted: extractCasualties(text) }]);
  assert.deepEqual([after.killed.low, after.wounded.low], [3, 2]);
});
