import { test } from "node:test";
import assert from "node:assert/strict";
import { extractDocument } from "./extract.ts";
import { extractCasualties } from "./casualties.ts";
import { withRevisions } from "./toll-revisions.ts";

// A military public-relations office's numbered releases, a travel-security firm's alerts with
// their updates, and a ministry's daily briefings: styles the earlier sets lacked.

const tolls = (text: string): [number, number | null, number, number | null] => {
  const c = extractCasualties(text);
  return [c.killed.low, c.killed.high, c.wounded.low, c.wounded.high];
};

const wordings: [string, [number, number | null, number, number | null]][] = [
  ["In the ensuing exchange of fire, four terrorists were sent to hell.", [4, 4, 0, 0]],
  ["Troops sent six terrorists to hell near the border.", [6, 6, 0, 0]],
  ["Two militants were sent to hell while one militant was apprehended in injured condition.", [2, 2, 1, 1]],
  ["Havildar Gul Zaman (age 33 years, resident of District Mardan) and Sepoy Rahim Dad (age 21 years, resident of District Kohat) embraced shahadat, while two soldiers got injured.", [2, 2, 2, 2]],
  ["As a result, Captain Umer Farooq and Sepoy Jan Alam were killed.", [2, 2, 0, 0]],
  ["Own troops reacted promptly and, in the ensuing exchange of fire, five terrorists were killed. Arms were recovered from the killed terrorists, who were wanted in attacks on police.", [5, 5, 0, 0]],
  ["An eleven-year-old boy was killed when the mortar round hit the yard.", [1, 1, 0, 0]],
  ["Residents reported three guards and two drivers killed in the ambush.", [5, 5, 0, 0]],
  ["The ministry said that 9 soldiers had been killed and that some 15 \"terrorists\" had been \"neutralized\".", [24, 24, 0, 0]],
  ["By Monday, the provincial health office put the number of dead at no fewer than 45.", [45, null, 0, 0]],
  ["A second policeman wounded in the shooting has died.", [1, 1, 0, 0]],
];
for (const [text, expected] of wordings) {
  test(`the toll of "${text.slice(0, 70)}" is ${expected.join("/")}`, () => {
    assert.deepEqual(tolls(text), expected);
  });
}

test("a later toll at least as large is the new whole; a smaller one is a change, the dead moving over from the wounded", () => {
  const first = extractCasualties("Gunmen killed 12 soldiers and wounded 7 at the post.");
  const larger = withRevisions(first, [{ text: "The army now gives 20 soldiers killed.", counted: extractCasualties("The army now gives 20 soldiers killed.") }]);
  assert.deepEqual([larger.killed.low, larger.wounded.low], [20, 7]);
  const moved = "Two of the soldiers injured in the attack succumbed to their injuries.";
  const change = withRevisions(first, [{ text: moved, counted: extractCasualties(moved) }]);
  assert.deepEqual([change.killed.low, change.wounded.low], [14, 5]);
});

const ALERTS = `GULF SECURITY ADVISORIES, MARCH 2022

ALERT | NIGER | Dosso region | Risk level: HIGH | 08 Mar 2022 09:10 UTC
Summary: Gendarmes killed in an attack near Dogondoutchi.
Details: Gunmen on motorcycles attacked a gendarmerie post about 20 km north of Dogondoutchi on the evening of 7 March, killing four gendarmes, the local radio Anfani reported.
Advice: Avoid the roads north of Dogondoutchi.

UPDATE | NIGER | Dogondoutchi | Risk level: HIGH | 09 Mar 2022 14:00 UTC
Details: The Ministry of Interior now gives nine gendarmes killed and two wounded.

ALERT | MALI | Segou region | Risk level: HIGH | 10 Mar 2022 08:00 UTC
Summary: Truck hits a mine near Niono.
Details: A truck carrying traders struck an explosive device about 15 km south of Niono on 9 March, killing three passengers.
Advice: Avoid the Niono-Macina road.
`;

test("an alert's summary and details are one record, and its update revises the incident it follows", () => {
  const out = extractDocument(ALERTS, { document: "alerts" });
  assert.equal(out.incidents.length, 2, JSON.stringify(out.incidents.map((i) => i.quote.slice(0, 50))));
  const [dogon, niono] = out.incidents;
  assert.equal(dogon!.event_date, "2022-03-07");
  assert.equal(dogon!.location, "Dogondoutchi");
  assert.deepEqual([dogon!.killed.low, dogon!.wounded.low], [9, 2]);
  assert.equal(niono!.event_date, "2022-03-09");
  assert.deepEqual([niono!.killed.low, niono!.wounded.low], [3, 0]);
});

const RELEASES = `ISPR RELEASES, MAY 2023

No PR-71/2023-ISPR
Rawalpindi - May 9, 2023

Acting on intelligence, security forces carried out an operation on 8 May against terrorists of Daesh in general area Salarzai, Bajaur District. Three terrorists were sent to hell.

No PR-74/2023-ISPR
Rawalpindi - May 12, 2023

Terrorists fired at a security forces post in Tirah valley, Khyber District, on 11 May. Sepoy Khan Wali (age 25 years, resident of District Swat) embraced shahadat.

No PR-77/2023-ISPR
Rawalpindi - May 15, 2023

Update on the Tirah attack: two soldiers injured in the firing on 11 May succumbed to their injuries at CMH Peshawar.
`;

test("a release's number line names its issuer, the day it states is the event's, and an 'Update on' paragraph revises an earlier toll", () => {
  const out = extractDocument(RELEASES, { document: "ispr" });
  assert.equal(out.incidents.length, 2, JSON.stringify(out.incidents.map((i) => i.quote.slice(0, 50))));
  const [salarzai, tirah] = out.incidents;
  assert.equal(salarzai!.event_date, "2023-05-08");
  assert.equal(salarzai!.location, "Salarzai");
  assert.equal(salarzai!.killed.low, 3);
  assert.ok(salarzai!.sources.some((s) => s.name === "ISPR"));
  assert.equal(tirah!.event_date, "2023-05-11");
  // The release after the one that named Daesh says only "terrorists": no group is named.
  assert.equal(tirah!.perpetrator, "unknown");
  assert.equal(tirah!.killed.low, 3);
});

const BRIEFINGS = `DAILY BRIEFINGS OF THE CENTRE, MARCH 2020

BRIEFING OF 4 MARCH 2020

Yesterday, militants of the Jabhat al-Nusra terrorist group fired mortars at the town of Suqaylabiyah, wounding three civilians.

BRIEFING OF 5 MARCH 2020

Over the past day, militants shelled the outskirts of Saraqib, killing two soldiers.
`;

test("a briefing's dated heading is the day its 'yesterday' and 'over the past day' count back from", () => {
  const out = extractDocument(BRIEFINGS, { document: "briefings" });
  assert.deepEqual(out.incidents.map((i) => i.event_date), ["2020-03-03", "2020-03-04"]);
});

test("a visit that reports a new toll revises the attack told before instead of being an incident", () => {
  const text = `NOTES, JULY 2023

On 20 July, a suicide bomber blew himself up at a rally in Khar, killing at least 30 people and wounding 80.

The governor visited the hospital in Khar and met the injured of the blast. The toll has risen to 41 dead.
`;
  const out = extractDocument(text, { document: "visit" });
  assert.equal(out.incidents.length, 1);
  assert.equal(out.incidents[0]!.killed.low, 41);
});

test("a sentence may open on its place, and a bearing after a province says where the province lies", async () => {
  const { locate } = await import("./places.ts");
  const kandi = locate("In Kandi, gunmen fired on the police station, killing one.", { countries: ["BJ"], primary: "BJ", region: null });
  assert.equal(kandi.location, "Kandi");
  const province = locate("A drone struck a pickup in Kunar Province, north-east of Kabul, killing two.", { countries: ["AF"], primary: "AF", region: null });
  assert.equal(province.admin1, "Kunar");
  assert.notEqual(province.location, "Kabul");
  const area = locate("Troops raided hideouts in general area Datta Khel, North Waziristan District.", { countries: ["PK"], primary: "PK", region: null });
  assert.equal(area.location, "Datta Khel");
});

test("provisional first reports give way to the later toll, and a second body's wounded after a toll still count", () => {
  assert.deepEqual(tolls("Gunmen opened fire in the mall. The first reports spoke of 12 dead, then of 20. By the next day the prosecutor put the toll at 31 dead, and the health ministry said that 58 people had been wounded."), [31, 31, 58, 58]);
  assert.deepEqual(tolls("The troops surrounded them near the river, where all six terrorists were killed after a long firefight."), [6, 6, 0, 0]);
});

test("a Western state's drone strike is counterterrorism even when the text names no group", () => {
  const out = extractDocument("REPORT, MAY 2022\n\nOn May 3, 2022, a US drone struck a pickup on the road south of Jilib, killing two men.\n", { document: "drone" });
  assert.equal(out.incidents[0]!.category, "counterterrorism");
  assert.equal(out.incidents[0]!.perpetrator, "US forces");
});

test("'no organization has so far claimed' is no claim", () => {
  const out = extractDocument("REPORT, MAY 2022\n\nOn May 3, 2022, gunmen attacked a checkpoint near Hit, killing two policemen. No organization has so far claimed responsibility.\n", { document: "so-far" });
  assert.equal(out.incidents[0]!.claim, "unattributed");
});

test("a note marked on a region's sub-heading ends at the next heading", () => {
  const text = `Weekly, May 2-8, 2022

The Syrian arena

The Euphrates Valley¹

► On May 3, 2022, ISIS operatives shot dead an SDF fighter near Al-Mayadeen.

¹ According to ISIS's claims of responsibility posted on Telegram

The desert region (Al-Badia)

► On May 4, 2022, a roadside bomb hit a bus near Al-Sukhnah, killing two soldiers.
`;
  const out = extractDocument(text, { document: "note" });
  assert.deepEqual(out.incidents.map((i) => i.claim), ["claimed", "unattributed"]);
});

test("a later update in a block whose first part revised an incident revises the same one", () => {
  const text = `RELEASES, JULY 2023

No PR-60/2023-ISPR
Rawalpindi - July 3, 2023

On 2 July, terrorists fired at a post in Tirah valley, Khyber District. Two soldiers embraced shahadat.

No PR-61/2023-ISPR
Rawalpindi - July 4, 2023

This afternoon a suicide bomber blew himself up at a market in Khar, Bajaur District. At least 20 people were martyred and 40 injured.

No PR-62/2023-ISPR
Rawalpindi - July 5, 2023

The Chief of Army Staff visited the injured of the Khar blast. The toll has risen to 26 martyred. [Desk note: on 6 July the Khyber Pakhtunkhwa health department put the dead at 31 and the injured at about 70.]
`;
  const out = extractDocument(text, { document: "same-block" });
  assert.equal(out.incidents.length, 2);
  // The desk note in brackets is another account of the Khar toll (not of Tirah's): it bounds the release's.
  assert.deepEqual(out.incidents.map((i) => [i.killed.low, i.killed.high]), [[2, 2], [26, 31]]);
  assert.equal(out.incidents[1]!.wounded.high, 70);
});

test("a briefing's 'in X province - N' parts are a breakdown, and the figure they add up to is its total", () => {
  const text = `DAILY BRIEFING OF 9 MARCH 2020

Over the past 24 hours, 19 shelling attacks from the positions of armed groups were recorded: in Idlib province - 8, in Aleppo province - 6, in Hama province - 5.
`;
  const out = extractDocument(text, { document: "dash" });
  const stat = out.statistics.find((s) => s.breakdown.length > 0);
  assert.ok(stat, JSON.stringify(out.statistics));
  assert.equal(stat.total, 19);
  assert.deepEqual(stat.breakdown.map((b) => b.value), [8, 6, 5]);
});

test("a bulleted note that introduces 'the following attacks:' claims the bullets under it", () => {
  const text = `Weekly, May 2-8, 2022

Iraq

► According to ISIS's claims of responsibility, posted on Telegram, its operatives carried out the following attacks:

► On May 3, 2022, ISIS operatives detonated an IED against an army vehicle near Tarmiyah. Two soldiers were killed.
`;
  const out = extractDocument(text, { document: "following" });
  assert.equal(out.incidents.length, 1);
  assert.equal(out.incidents[0]!.claim, "claimed");
  assert.ok(out.incidents[0]!.sources.some((s) => s.name === "Telegram"));
});

test("a ministry's later passive toll is the toll of the bombing told, not a new incident", () => {
  const text = `Weekly, May 2-8, 2022

► On May 4, two suicide bombers blew themselves up in a market in Tripoli. The health ministry said on May 5 that 31 people were killed and 90 wounded.
`;
  const out = extractDocument(text, { document: "passive" });
  assert.equal(out.incidents.length, 1);
  assert.deepEqual([out.incidents[0]!.killed.low, out.incidents[0]!.wounded.low], [31, 90]);
});

test("a communiqué's 'Pemba, 8 June 2022' dates its items without placing them, a district seat is its town, and a later 'Update.' revises the toll", () => {
  const text = `COMMUNIQUES, JUNE 2022

COMMUNIQUE No. 51
Pemba, 8 June 2022

On 6 June, terrorists raided the village of Nkoe, about 12 km south of Meluco-Sede, beheading two men.

Later the same day, FADM troops pursued the group and killed three terrorists.

COMMUNIQUE No. 52
Pemba, 10 June 2022

Update. The toll of the raid on Nkoe on 6 June has risen to three dead, after a third body was found.
`;
  const out = extractDocument(text, { document: "communiques" });
  assert.equal(out.incidents.length, 2, JSON.stringify(out.incidents.map((i) => i.quote.slice(0, 40))));
  const [raid, pursuit] = out.incidents;
  assert.equal(raid!.offset?.anchor, "Meluco");
  assert.equal(raid!.admin1, "Cabo Delgado");
  assert.equal(raid!.killed.low, 3);
  assert.equal(pursuit!.event_date, "2022-06-06");
});

test("a log line's closing bracket lists its sources, generic ones left out", async () => {
  const { findCitations } = await import("./sources.ts");
  const cited = findCitations("10 Feb - SORAN: Turkish air strikes hit PKK positions near Sidakan; 3 fighters killed. [Kurdistan24; local sources]");
  assert.deepEqual(cited.flatMap((c) => c.sources.map((s) => s.name)), ["Kurdistan24"]);
  const own = findCitations("11 Feb - ZAKHO: Asayish arrested two smugglers. [KINSO]");
  assert.deepEqual(own.flatMap((c) => c.sources.map((s) => s.name)), ["KINSO"]);
  assert.deepEqual(findCitations("A bomb went off near the market. [The source adds that the market was closed.]"), []);
  // A figure in brackets that ends in 24 is a figure, not an outlet such as "Kurdistan24".
  assert.deepEqual(findCitations("The most casualties were in Nineveh (324), then in Kirkuk (124)."), []);
});
