import { test } from "node:test";
import assert from "node:assert/strict";
import { extractDocument } from "./extract.ts";
import { findNamedSources } from "./sources.ts";

// Wordings of weeklies the earlier sets lacked: a great city abroad under a theatre's heading, planes
// that "had struck", a state's spokesman as the source, "according to the claim", a road "leading to"
// a town, and summaries whose figures come in new shapes.

const weekly = [
  "Weekly review, March 2-8, 2023",
  "",
  "ISKP abroad",
  "► On March 4, 2023, Dutch police arrested three men in Amsterdam on suspicion of preparing an attack for ISKP.",
  "",
  "Iraq",
  "► On March 5, 2023, Iraqi Air Force planes had struck an ISIS hideout in the Hamrin mountains, killing four operatives, according to the Iraqi military spokesman.",
  "",
  "Libya",
  "► On March 6, 2023, ISIS operatives attacked an LNA post on the road leading to Ubari. According to the claim, five soldiers were killed.",
].join("\n");

test("a great city abroad, named by its own name, is found under a theatre's heading", () => {
  const out = extractDocument(weekly, { document: "w" });
  const arrest = out.incidents.find((i) => /Amsterdam/.test(i.quote));
  assert.ok(arrest);
  assert.equal(arrest.country, "NL");
  assert.equal(arrest.location, "Amsterdam");
});

test("planes that had struck are an air strike, and a state's spokesman is the source", () => {
  const out = extractDocument(weekly, { document: "w" });
  const strike = out.incidents.find((i) => /Hamrin/.test(i.quote));
  assert.ok(strike);
  assert.deepEqual(strike.methods, ["airstrike"]);
  assert.ok(strike.sources.some((s) => s.name === "Iraqi military spokesman"), JSON.stringify(strike.sources));
});

test("'according to the claim' makes the attack claimed, near the town a road leads to", () => {
  const out = extractDocument(weekly, { document: "w" });
  const post = out.incidents.find((i) => /Ubari/.test(i.quote));
  assert.ok(post);
  assert.equal(post.claim, "claimed");
  assert.equal(post.location, "Ubari");
  assert.equal(post.geo_precision, 2);
});

test("a statement by a defence force names it as the source", () => {
  assert.deepEqual(findNamedSources("According to a statement by the Uganda People's Defence Force, six rebels were killed.").map((s) => s.name), ["Uganda People's Defence Force"]);
});

function statisticsOf(paragraph: string) {
  return extractDocument(`Weekly review, March 2-8, 2023\n\n${paragraph}`, { document: "t" }).statistics.map((s) => `${s.metric}:${s.total}:${s.breakdown.map((b) => `${b.label}=${b.value}`).join(",")}`);
}

test("summaries in new shapes: parts 'of the attacks', a total after a colon, the group's quoted victims", () => {
  assert.deepEqual(statisticsOf("The weekly summed up the fortnight: 96 attacks between February 17 and March 2. Of these, 41 of the attacks were carried out in Iraq, 30 in Syria and 25 in West Africa."), ["attacks:96:Iraq=41,Syria=30,West Africa=25"]);
  assert.deepEqual(statisticsOf("The newsletter claimed 64 attacks. According to its summary, 30 of the attacks were carried out in Iraq and 34 in Syria. It also boasted of dozens of apostates killed and wounded."), ["attacks:64:Iraq=30,Syria=34"]);
  assert.deepEqual(statisticsOf("The newsletter claimed 52 attacks, in which \"more than 300 apostates\" were killed or wounded."), ["attacks:52:", "casualties:300:"]);
});

test("a running total's wounded after its dead, and a network's numbered name that is no figure", () => {
  assert.deepEqual(statisticsOf("The brigade's media office said that since the start of the offensive, 210 of its fighters have been killed and more than 900 have been wounded.").sort(), ["killed:210:", "wounded:900:"]);
  assert.deepEqual(statisticsOf("Raqqa Now 7 counted 12 security incidents this week: 5 shootings, 4 raids by the SDF and the Coalition forces, and 3 bombings."), ["attacks:12:shootings=5,raids by the SDF and the Coalition forces=4,bombings=3"]);
});

test("heldout28's weeklies: a claims note on 'the following attacks this week', a compound taken over, a running total since a day, a hospital stormed in a city, the ADF as ISIS's province", () => {
  const doc = [
    "Spotlight on Global Jihad (March 9-15, 2017)",
    "",
    "Iraq",
    "► On March 12, Brigadier General Yahya Rasool said that some 900 ISIS operatives had been killed in western Mosul since February 19 (Al-Sumaria, March 12, 2017).",
    "► On March 13, 2017, Federal Police units took over the provincial council compound in western Mosul after heavy fighting; about 20 ISIS operatives were killed.",
    "",
    "The Sinai Peninsula",
    "► According to ISIS's claims of responsibility posted on Telegram, the Sinai Province carried out the following attacks this week:",
    "◆ On March 11, 2017, an IED was detonated against an army bulldozer south of Rafah. Two soldiers were killed.",
    "",
    "Afghanistan",
    "► On March 14, 2017, gunmen stormed the Indira Gandhi children's hospital in Kabul, killing four guards.",
    "",
    "Central Africa",
    "► On March 15, 2017, attackers killed five farmers near Eringeti. Civil society blamed the ADF, which operates as ISIS's Central Africa Province (Radio Okapi, March 15, 2017).",
  ].join("\n");
  const out = extractDocument(doc, { document: "t" }).incidents.map((i) => [i.event_date, i.category, i.perpetrator, i.claim, i.location]);
  assert.deepEqual(out, [
    ["2017-03-13", "counterterrorism", "police", null, "Mosul"],
    ["2017-03-11", "attack", "ISIS", "claimed", "Rafah"],
    ["2017-03-14", "attack", "unknown", "unattributed", "Kabul"],
    ["2017-03-15", "attack", "ISIS", "suspected", "Eringeti"],
  ]);
});
