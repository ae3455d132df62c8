import { test } from "node:test";
import assert from "node:assert/strict";
import { extractDocument } from "./extract.ts";
import { hasBareNoun, introducedGroups, Referents } from "./referents.ts";

test("a group named before or after a generic noun is introduced as that noun's bearer", () => {
  assert.deepEqual(introducedGroups("Al-Shabaab-affiliated militants set up a checkpoint, and fighters loyal to the Islamic State watched."), ["al-Shabaab", "ISIS"]);
  assert.deepEqual(introducedGroups("ISWAP insurgents crossed the river."), ["ISIS"]);
  assert.deepEqual(introducedGroups("Taliban fighters patrolled the market; SDF fighters manned the gate."), []);
});

test("a bare generic noun counts only when it names the actor", () => {
  assert.equal(hasBareNoun("Insurgents torched the clinic."), true);
  assert.equal(hasBareNoun("Police blamed the militants for the blast."), true);
  assert.equal(hasBareNoun("A farmer was shot by jihadists near the well."), true);
  assert.equal(hasBareNoun("Troops killed six militants near the well."), false);
  assert.equal(hasBareNoun("Hezbollah fighters stormed the hill."), false);
  assert.equal(hasBareNoun("He had sheltered the insurgents for a week."), false);
});

test("a second group behind the nouns makes them ambiguous until the section ends", () => {
  const r = new Referents();
  r.observe("JNIM fighters attacked a post.", () => ["ML"]);
  assert.equal(r.current?.group, "JNIM");
  r.observe("ISGS militants raided a market.", () => ["ML"]);
  assert.equal(r.current, null);
  r.observe("JNIM fighters attacked again.", () => ["ML"]);
  assert.equal(r.current, null);
  r.reset();
  r.observe("JNIM fighters attacked again.", () => ["ML"]);
  assert.deepEqual(r.current, { group: "JNIM", countries: ["ML"] });
});

const article = (...paragraphs: string[]) =>
  extractDocument(["Militants strike again in the north", "", "March 9, 2023 10:00 AM UTC", "", ...paragraphs].join("\n\n"), { document: "t" }).incidents.map((i) => [i.perpetrator, i.claim]);

test("in a news report, bare insurgents after a lead that names their group are that group, suspected", () => {
  assert.deepEqual(
    article(
      "MOCIMBOA DA PRAIA, Mozambique, March 9 (Wire) - Islamic State-linked insurgents burned a health post near Mocimboa da Praia on Wednesday, officials said.",
      "On Monday, insurgents ambushed a fuel truck near Macomia, killing its driver.",
      "On Tuesday, a landmine wounded two herders near Mueda.",
    ),
    [
      ["ISIS", "suspected"],
      ["ISIS", "suspected"],
      ["unknown", "unattributed"],
    ],
  );
});

test("bare insurgents in another country than the one the lead named are not credited to the lead's group", () => {
  const out = article("MOGADISHU, March 9 (Wire) - Al-Shabaab militants attacked a police station in Mogadishu on Wednesday, police said.", "In Kenya, on Tuesday, militants ambushed a bus near Mandera, Kenya, killing two passengers.");
  assert.deepEqual(out[1], ["unknown", "unattributed"]);
});
