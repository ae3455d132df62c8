import { test } from "node:test";
import assert from "node:assert/strict";
import { extractDocument } from "./extract.ts";
import { extractCasualties } from "./casualties.ts";

// A UN mission's civilian-harm wordings, a radio bulletin's, and other forces' operations the
// earlier sets lacked.

function only(text: string) {
  const out = extractDocument(`Report, July 2020\n\n${text}`, { document: "t" });
  assert.equal(out.incidents.length, 1, JSON.stringify(out.incidents.map((i) => i.quote.slice(0, 60))));
  return out.incidents[0]!;
}

test("'N civilian casualties (X deaths and Y injured)' gives the dead and the injured", () => {
  const c = extractCasualties("A suicide attack on a mosque caused 64 civilian casualties (27 deaths and 37 injured).");
  assert.deepEqual([c.killed.low, c.wounded.low], [27, 37]);
  const d = extractCasualties("The blast left 6 deaths and 9 injured among the worshippers.");
  assert.deepEqual([d.killed.low, d.wounded.low], [6, 9]);
});

test("a bomb that struck the soldiers' vehicle is an attack on them, which the services suspect a group of", () => {
  const i = only("On July 3, three soldiers died when an improvised explosive device (IED) struck their vehicle near the market. No group has claimed the attack, but the security services suspect al-Shabaab.");
  assert.equal(i.category, "attack");
  assert.deepEqual(i.methods, ["ied"]);
});

test("a command's announced air strike and one by international forces on the group are counterterrorism", () => {
  const africom = only("On July 3, AFRICOM announced that it had conducted an airstrike about 15 km north of Jilib, killing three al-Shabaab militants.");
  assert.equal(africom.category, "counterterrorism");
  const intl = only("On July 3, an air strike by international military forces targeting ISKP positions in Achin district hit a house, killing 2 civilians. No party claimed the incident.");
  assert.equal(intl.category, "counterterrorism");
  assert.equal(intl.claim, null);
});

test("troops that cleared a group's camps act, and army aviation strikes from the air", () => {
  assert.equal(only("On July 3, Nigerian troops cleared three Boko Haram camps near Bama, killing six fighters.").category, "counterterrorism");
  assert.deepEqual(only("On July 3, Iraqi army aviation struck an ISIS hideout in the Hamrin mountains, killing three.").methods, ["airstrike"]);
});

test("an offset with its miles in brackets is still an offset", () => {
  const i = only("On July 3, an IED exploded about 40 km (25 miles) west of Kirkuk, Iraq, killing a shepherd.");
  assert.deepEqual(i.offset, { anchor: "Kirkuk", km: 40, bearing: "W" });
});

test("a claim of 'Sunday's bombing' in the next item claims the bombing told before", () => {
  const out = extractDocument([
    "News digest, January 2019",
    "",
    "Two blasts hit a church in Jolo, Sulu on Sunday, January 27, killing 20 people.",
    "",
    "The Islamic State group claimed responsibility for Sunday's church bombing in Jolo through its Amaq news agency.",
  ].join("\n"), { document: "t" });
  assert.equal(out.incidents.length, 1);
  assert.deepEqual([out.incidents[0]!.perpetrator, out.incidents[0]!.claim], ["ISIS", "claimed"]);
});

function statisticsOf(paragraph: string) {
  return extractDocument(`Quarterly update, 1 April - 30 June 2019\n\n${paragraph}`, { document: "t" }).statistics.map((s) => `${s.metric}:${s.total}:${s.breakdown.map((b) => `${b.label}=${b.value}`).join(",")}`);
}

test("a mission's totals split '(X deaths and Y injured)', and its figures by region", () => {
  assert.deepEqual(statisticsOf("Between 1 April and 30 June 2019, the Mission documented 1,366 civilian casualties (400 deaths and 966 injured) resulting from the armed conflict.").sort(), ["killed:400:", "wounded:966:"]);
  const regions = statisticsOf("The Mission recorded civilian casualties in every region. Figures by region were as follows: Capital region 420; Highland region 310; Coastal region 95.");
  assert.deepEqual(regions, ["casualties:null:Capital region=420,Highland region=310,Coastal region=95"]);
});
