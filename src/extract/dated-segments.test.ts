import { test } from "node:test";
import assert from "node:assert/strict";
import { extractDocument } from "./extract.ts";

const doc = (paragraph: string): string => ["Regional Overview", "5 - 11 June 2022", "", paragraph].join("\n");
const dated = (paragraph: string) => extractDocument(doc(paragraph), { document: "t" }).incidents.map((i) => [i.event_date, i.location]);

test("a sentence opening with a connective and a date starts a new incident", () => {
  assert.deepEqual(dated("On 6 June, gunmen attacked a police post in Kaya, killing two officers. Elsewhere, on 8 June, a roadside bomb struck a bus near Djibo."), [
    ["2022-06-06", "Kaya"],
    ["2022-06-08", "Djibo"],
  ]);
});

test("a sentence opening with a day counted from the incident before is a new incident dated from it", () => {
  assert.deepEqual(dated("On 6 June, gunmen attacked a police post in Kaya. The next day, militants ambushed a supply convoy near Djibo. Three days later, a car bomb exploded outside a mosque in Dori."), [
    ["2022-06-06", "Kaya"],
    ["2022-06-07", "Djibo"],
    ["2022-06-10", "Dori"],
  ]);
});

test("a suicide bomber who blew herself up later the same day is an incident of its own", () => {
  assert.deepEqual(dated("On 6 June, a car bomb exploded at a checkpoint in Kaya. Later that day, a woman blew herself up in the market of Dori, killing four."), [
    ["2022-06-06", "Kaya"],
    ["2022-06-06", "Dori"],
  ]);
});

test("'On 6 June, one of the strikes killed ...' after a weekend of strikes is part of them, not an incident of its own", () => {
  assert.equal(dated("Over the weekend, army aircraft carried out dozens of strikes on camps near Djibo. On 6 June, one of the strikes killed five militants.").length, 1);
});

test("'Later that night' opens an incident on the same day", () => {
  assert.deepEqual(dated("On 6 June, gunmen attacked a police post in Kaya. Later that night, soldiers arrested two of the attackers in Dori."), [
    ["2022-06-06", "Kaya"],
    ["2022-06-06", "Dori"],
  ]);
});

test("'On the same day' and a bomb that 'was activated' or 'went off' the next day start incidents of their own", () => {
  assert.deepEqual(dated("On 6 June, gunmen attacked a police post in Kaya. On the same day, militants fired mortar shells at the army camp in Djibo. The next day, an IED was activated against a patrol near Dori."), [
    ["2022-06-06", "Kaya"],
    ["2022-06-06", "Djibo"],
    ["2022-06-07", "Dori"],
  ]);
  assert.equal(dated("On 6 June, gunmen attacked a police post in Kaya. The following day, a roadside bomb went off near Dori.").length, 2);
});

test("a dated sentence that only announces the outcome of the operation told before stays part of it", () => {
  const out = extractDocument(doc("Between 6 and 9 June, troops besieged a camp held by JNIM near Djibo. On 9 June, the army announced that it had taken the camp. According to the army, 31 militants were killed."), { document: "t" });
  assert.deepEqual(out.incidents.map((i) => [i.event_date, i.killed.low]), [["2022-06-06", 31]]);
});

test("the citation that closes a bullet of two events sources both, and a dated claim stays with the attack it claims", () => {
  const out = extractDocument(doc("On 6 June, militants ambushed a supply convoy near Djibo, killing four soldiers. On the same day, they fired mortar shells at the camp in Dori (Amaq, 7 June 2022)."), { document: "t" });
  assert.deepEqual(out.incidents.map((i) => [i.location, i.sources.map((x) => x.name), i.claim]), [
    ["Djibo", ["Amaq"], "claimed"],
    ["Dori", ["Amaq"], "claimed"],
  ]);
  const claimed = extractDocument(doc("On 6 June, a man stabbed a policeman outside the station in Kaya (Le Faso, 6 June 2022). On 8 June, Amaq claimed that the attacker was one of its soldiers (Amaq, 8 June 2022)."), { document: "t" });
  assert.deepEqual(claimed.incidents.map((i) => [i.event_date, i.sources.map((x) => x.name).sort()]), [["2022-06-06", ["Amaq", "Le Faso"]]]);
});

test("a second event joined by ', and on the same day' is an incident of its own", () => {
  assert.deepEqual(dated("On 6 June, a roadside bomb hit an army truck near Kaya, and on the same day gunmen fired at a police post in Dori."), [
    ["2022-06-06", "Kaya"],
    ["2022-06-06", "Dori"],
  ]);
});

test("a source's toll cited with the date it was reported stays with the incident it counts", () => {
  const out = extractDocument(doc("On 6 June, militants ambushed a police convoy near Kaya. Security sources reported that three policemen were killed (Le Faso, 7 June 2022). In its claim, the group stated that nine policemen had been killed (Amaq, 7 June 2022)."), { document: "t" });
  assert.deepEqual(out.incidents.map((i) => [i.location, i.killed.low, i.killed.high]), [["Kaya", 3, 9]]);
});

test("a later day that only adds to the incident before stays part of it", () => {
  const out = extractDocument(doc("On 6 June, gunmen attacked a police post in Kaya, killing two officers. The next day, the toll rose to five as three wounded officers died."), { document: "t" });
  assert.equal(out.incidents.length, 1);
});

test("telegraphic sentences that date their own attack before the verb are separate incidents, as are such clauses after a semicolon", () => {
  const text = ["CONFLICT TRACKER", "March 2023 | Sahel", "", "Mali", "Situation worsened. Militants 4 Mar ambushed army convoy near Douentza, killing five soldiers. Army drone 9 Mar struck gathering near Hombori; in Gao region, gunmen 12 Mar raided market near Ansongo, killing three traders."].join("\n");
  const out = extractDocument(text, { document: "t" }).incidents.map((i) => [i.event_date, i.killed.low]);
  assert.deepEqual(out, [
    ["2023-03-04", 5],
    ["2023-03-09", 0],
    ["2023-03-12", 3],
  ]);
});

test("a later sentence that names a date after its verb stays with the incident before", () => {
  const out = extractDocument(doc("On 6 June, gunmen attacked a police post in Kaya. Officers repelled them and said the post had been reinforced on 2 June."), { document: "t" });
  assert.equal(out.incidents.length, 1);
});

test("a paragraph that claims 'the attack' adds to the incident before it instead of being a new one", () => {
  const text = ["HORN WIRE", "", "BAIDOA, Somalia, March 9 (Reuters) - Gunmen attacked an army base outside Baidoa on Tuesday, killing four soldiers, officials said.", "", "Al Shabaab claimed the attack on Wednesday in a statement on its Radio Andalus station."].join("\n");
  const out = extractDocument(text, { document: "t", published: "2022-03-10" }).incidents;
  assert.equal(out.length, 1);
  assert.equal(out[0]?.location, "Baidoa");
});

test("a sentence opening 'Earlier this month' starts an incident dated from the month's first day, as a range", () => {
  const out = extractDocument(doc("On 8 June, gunmen attacked a police post in Kaya. Earlier this month, militants abducted six farmers near Djibo."), { document: "t", published: "2022-06-11" }).incidents;
  assert.deepEqual(out.map((i) => [i.event_date, i.time_precision, i.location]), [
    ["2022-06-08", 1, "Kaya"],
    ["2022-06-01", 2, "Djibo"],
  ]);
});

test("counts over a fortnight are a tally, not one incident; a few days' operation still is one", () => {
  const tally = extractDocument(doc("Between 1 and 14 June troops neutralised 40 terrorists and arrested 12 suspects across Borno."), { document: "t" });
  assert.equal(tally.incidents.length, 0);
  const operation = extractDocument(doc("Between 6 and 8 June troops raided camps near Gwoza, killing 9 militants."), { document: "t" });
  assert.equal(operation.incidents.length, 1);
});

test("'This week ISIS continued its activity' is a summary, not an incident dated by the span", () => {
  const out = extractDocument(doc("This week ISIS continued its guerrilla activity at a moderate level in several provinces."), { document: "t", published: "2022-06-11" });
  assert.equal(out.incidents.length, 0);
});

test("a night across two days is dated by the day it began, to the day", () => {
  const [inc] = extractDocument(doc("Overnight 7-8 June, militants raided a village near Djibo, killing four herders."), { document: "t" }).incidents;
  assert.deepEqual([inc?.event_date, inc?.time_precision], ["2022-06-07", 1]);
});

test("a later sentence reporting a dated new event in reported speech is an incident of its own, dated by the weekend it names", () => {
  const text = ["Gunmen and soldiers clash in Kaduna", "", "June 14, 2022 9:05 AM UTC", "", "Gunmen shot dead a village head near Kachia on Sunday. An army spokesman said on Tuesday that soldiers had killed nine bandits when they stormed a camp near Kajuru over the weekend."].join("\n");
  const out = extractDocument(text, { document: "t" }).incidents.map((i) => [i.event_date, i.time_precision, i.location]);
  assert.deepEqual(out, [
    ["2022-06-12", 1, "Kachia"],
    ["2022-06-11", 2, "Kajuru"],
  ]);
});

test("reported speech that tells more of the same attack stays part of it", () => {
  const out = extractDocument(doc("On 6 June, gunmen attacked a police post in Kaya, killing two officers. A police officer said on Thursday that the attackers had shot the guards before setting the post on fire."), { document: "t" });
  assert.equal(out.incidents.length, 1);
});

test("'On 9 June, residents reported that the toll had risen to 12 dead' is a later toll of the attack before, not an incident of its own", () => {
  const out = extractDocument(doc("On 6 June, gunmen attacked villagers near Kaya. Local sources first reported eight civilians killed. On 9 June, residents reported that the toll had risen to 12 dead."), { document: "t" }).incidents;
  assert.deepEqual(out.map((i) => [i.event_date, i.killed.low]), [["2022-06-06", 12]]);
});

test("'On 9 June, after more bodies were found, local officials raised the toll to 15' is a later toll of the attack before", () => {
  const out = extractDocument(doc("On 6 June, gunmen raided villages west of Kaya, killing ten civilians. On 9 June, after more bodies were found in the fields, local officials raised the toll to 15."), { document: "t" }).incidents;
  assert.deepEqual(out.map((i) => [i.event_date, i.killed.low]), [["2022-06-06", 15]]);
});

test("an earlier attack told in a 'where' clause before the item's own date does not date it", () => {
  assert.deepEqual(dated("In Dori, where a bombing killed 20 people on 2 June, a bomber blew himself up at a checkpoint on 9 June. Three soldiers were killed."), [["2022-06-09", "Dori"]]);
});

test("first reports and later counts told with their own days are accounts of the attack before, not attacks of their own", () => {
  const one = extractDocument(doc("Between 6 and 8 June, militants raided villages near Kaya and beheaded at least 30 people. The first reports spoke of about 12 people beheaded; on 10 June, state media raised the number to at least 30."), { document: "t" }).incidents;
  assert.equal(one.length, 1);
  const two = extractDocument(doc("Between 6 and 7 June, militants raided the village of Yoro and nearby hamlets. On 8 June local officials counted 20 dead; by 11 June the toll had risen to 35."), { document: "t" }).incidents;
  assert.deepEqual(two.map((i) => i.killed.low), [35]);
});

test("a dated bombing told by its noun ('an explosion ... killed 12 people') with its toll raised later is an incident of its own, not an update of the one before", () => {
  const text = ["Regional Overview", "5 - 11 June 2022", "", "- On 6 June, an IED hit an army truck near Kaya, wounding three soldiers.", "", "- On 6 June, an explosion on a bus at a checkpoint near Dori killed nine people. Initial reports spoke of seven dead; the next day the ministry raised the toll to nine killed and four wounded."].join("\n");
  assert.deepEqual(extractDocument(text, { document: "t" }).incidents.map((i) => [i.location, i.killed.low]), [["Kaya", 0], ["Dori", 9]]);
});
