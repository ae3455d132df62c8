import { test } from "node:test";
import assert from "node:assert/strict";
import { extractDocument } from "./extract.ts";

// Compilations of official statements: each item under a header line naming the body that issued
// it and when, items that only report a statement's issue, running totals, cleared devices and
// the compiler's own remarks.

const compilation = [
  "NIGERIA: DEFENCE STATEMENTS, 10-16 MAY 2022",
  "Collected by the monitoring desk. Circulated 17 May 2022.",
  "",
  "---",
  "",
  "Defence Headquarters, 11 May 2022, 16:20",
  "",
  "Troops of Operation Hadin Kai this morning repelled an attack by terrorists on their base at Dikwa and neutralised 9 of them.",
  "",
  "Compiler's remark: the base was attacked twice last year.",
  "",
  "Translator: the statement does not say whether soldiers were hurt.",
  "",
  "---",
  "",
  "14 May 2022, 09:30 - Nigerian Army",
  "",
  "Yesterday evening, troops on patrol near Gajiram arrested 2 suspected logistics suppliers of the terrorists.",
  "",
  "Engineers found and dismantled 4 explosive devices planted on the road to Monguno, without any harm to the troops.",
  "",
  "Since the start of the operation on 1 May: 23 terrorists neutralised, 41 suspects arrested and 8 camps destroyed.",
].join("\n");

test("a statement's header line dates its items and names their source", () => {
  const out = extractDocument(compilation, { document: "t" });
  const dates = out.incidents.map((i) => i.event_date);
  assert.deepEqual(dates, ["2022-05-11", "2022-05-13"]);
  assert.deepEqual(out.incidents.map((i) => i.sources.map((s) => [s.name, s.date])), [
    [["Defence Headquarters", "2022-05-11"]],
    [["Nigerian Army", "2022-05-14"]],
  ]);
});

test("remarks, cleared devices and a running total give no incident", () => {
  const out = extractDocument(compilation, { document: "t" });
  assert.equal(out.incidents.length, 2);
  assert.ok(!out.incidents.some((i) => /Translator|dismantled|Since the start/.test(i.quote)));
});

test("a running total is a statistic of the dead", () => {
  const out = extractDocument(compilation, { document: "t" });
  const killed = out.statistics.find((s) => s.metric === "killed");
  assert.equal(killed?.total, 23);
});

test("a city's dateline on its own line is no statement header", () => {
  const text = ["Lake Chad notes", "", "Maiduguri, 11 May 2022", "", "Gunmen killed four fishermen near Baga on Monday."].join("\n");
  const out = extractDocument(text, { document: "t" });
  assert.ok(out.incidents.every((i) => !i.sources.some((s) => s.name === "Maiduguri")));
});

test("an item that only reports a statement's issue is read by what the statement says", () => {
  const text = [
    "Sinai weekly, March 5-11, 2019",
    "",
    "► On March 9, 2019, the army spokesman issued communiqué No. 21 on the campaign. According to the communiqué, between March 4 and March 7, 2019, the forces killed 9 takfiri elements in northern Sinai and arrested 17 suspects.",
  ].join("\n");
  const [incident] = extractDocument(text, { document: "t" }).incidents;
  assert.equal(incident?.category, "counterterrorism");
  assert.equal(incident?.event_date, "2019-03-04");
  assert.equal(incident?.admin1, "North Sinai");
  assert.deepEqual(incident?.killed, { low: 9, high: 9 });
});

test("a report's own day gives way to the day its content names", () => {
  const text = [
    "Borno weekly, April 8-14, 2021",
    "",
    "The air force said on April 12 that its strikes on a camp near Kirta Wulgo on April 11 had killed some 20 fighters.",
  ].join("\n");
  const [incident] = extractDocument(text, { document: "t" }).incidents;
  assert.equal(incident?.event_date, "2021-04-11");
  assert.deepEqual(incident?.methods, ["airstrike"]);
});

test("a vote scheduled for a later date is no incident", () => {
  const text = [
    "Weekly review, May 2-8, 2021",
    "",
    "► Local elections in the north are scheduled for June 14-15, 2021. The police have added checkpoints around polling stations for fear of bombings.",
  ].join("\n");
  assert.equal(extractDocument(text, { document: "t" }).incidents.length, 0);
});

const briefs = [
  "NINEVEH PLAINS SECURITY BRIEFS",
  "Week of 6-12 June 2022",
  "Translated from statements of the Nineveh Operations Command (NOC) and the district police. Compiled 13 June 2022.",
  "",
  "CELL ARRESTED IN BARTELLA",
  "Bartella – 7 June 2022",
  "",
  "The Nineveh Operations Command said that its forces arrested three members of an ISIS cell in Bartella this morning.",
  "",
  "According to the statement, the three had been storing weapons in an abandoned poultry farm.",
  "",
  "ROCKET HITS BASE NEAR BASHIQA",
  "Bashiqa – 8 June 2022",
  "",
  "Hamdaniya police said that a rocket struck near a base of the Turkish army north of Bashiqa yesterday evening, causing no casualties.",
  "",
  "The police said the rocket was fired from an area held by militias. A group calling itself Rijal al-Wa'd claimed the attack on Telegram.",
  "",
  "SOLDIER DIES OF WOUNDS",
  "Mosul – 10 June 2022",
  "",
  "A soldier wounded in Wednesday's attack near Bartella died of his wounds in hospital, bringing the toll to one. The NOC said the search for the attackers goes on.",
].join("\n");

test("a brief's 'Place – date' line dates it; its later paragraphs add only their claims; a death from wounds is no new incident", () => {
  const out = extractDocument(briefs, { document: "t" });
  assert.deepEqual(out.incidents.map((i) => [i.event_date, i.category, i.perpetrator, i.claim]), [
    ["2022-06-07", "counterterrorism", "security forces", null],
    ["2022-06-07", "attack", "Rijal al-Wa'd", "claimed"],
  ]);
});

test("officials who speak, and a body by the acronym the text defines, are the items' sources", () => {
  const out = extractDocument(briefs, { document: "t" });
  assert.deepEqual(out.incidents.map((i) => i.sources.map((s) => s.name)), [["Nineveh Operations Command"], ["Telegram", "Hamdaniya police"]]);
  const acronym = extractDocument(briefs.replace("The Nineveh Operations Command said", "The NOC said"), { document: "t" });
  assert.ok(acronym.incidents[0]?.sources.some((s) => s.name === "Nineveh Operations Command"));
});

test("an announcement dated before the day it reports is dated by that day, unless the day is long before", () => {
  const text = [
    "Horn of Africa review, 4-10 September 2023",
    "",
    "On 7 September, the army announced that an airstrike had killed six al-Shabaab fighters near Jamaame on 6 September.",
    "",
    "On 8 September, the army announced that it had freed nine hostages abducted by al-Shabaab near Jamaame on 2 May.",
  ].join("\n");
  assert.deepEqual(extractDocument(text, { document: "t" }).incidents.map((i) => i.event_date), ["2023-09-06", "2023-09-08"]);
});

test("a leader's death announced in an audio recording and a town's state weeks after its recapture are no incidents", () => {
  const text = [
    "Weekly review, December 1-7, 2022",
    "",
    "► On December 2, 2022, the group's spokesman announced in an audio recording that its leader had been killed in battle.",
    "",
    "► Two months after the army recaptured the town on October 3, most of its residents have not returned.",
  ].join("\n");
  assert.equal(extractDocument(text, { document: "t" }).incidents.length, 0);
});
