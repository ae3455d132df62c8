import { test } from "node:test";
import assert from "node:assert/strict";
import { extractDocument } from "./extract.ts";
import { extractCasualties } from "./casualties.ts";
import { attribute } from "./attribution.ts";
import { readBlocks } from "./blocks.ts";

// Wordings of heldout29: a desk's digest of the Taliban's statements on ISKP, a weekly's claims
// footnote marked "(1)", a table whose last column names its sources. Sentences written anew.

const none = { claimedBySection: false, groupOfSection: null };

test("a title's line that ends on its month and year is not wrapped into the line under it, so the digest is dated", () => {
  const text = [
    "EASTERN PROVINCES DESK",
    "Islamic Emirate statements on operations against ISKP - June 2022",
    "Compiled and translated from Pashto. Issued 2 July 2022.",
    "",
    "On 6 June the spokesman of the Islamic Emirate wrote on Twitter that the mujahidin had raided a khawarij hideout in Jalalabad last night, killing two khawarij and detaining three others.",
  ].join("\n");
  assert.deepEqual(readBlocks(text).slice(0, 3).map((b) => b.kind), ["heading", "heading", "paragraph"]);
  const out = extractDocument(text, { document: "t" }).incidents.map((i) => [i.event_date, i.category, i.perpetrator, i.claim]);
  assert.deepEqual(out, [["2022-06-06", "counterterrorism", "Taliban security forces", null]]);
});

test("in the Taliban's voice the mujahidin are the Taliban; an operation 'by' forces against the group is theirs; surrounding a house and killing Daesh members is the state's", () => {
  const doc = [
    "Islamic Emirate statements - June 2022",
    "",
    "A two-day operation by the mujahidin of the 205 Al-Badr Corps in the Deh Bala district, launched on 10 June against khawarij cells, ended on 12 June. The police said four khawarij were killed.",
    "",
    "The Ministry of Interior's deputy spokesman, Mawlawi Abdul Ghafar Haqqani, announced on 14 June that the ministry's special units had arrested five members of a Daesh network in the Dasht-e Barchi area.",
  ].join("\n");
  const out = extractDocument(doc, { document: "t" }).incidents.map((i) => [i.category, i.perpetrator]);
  assert.deepEqual(out, [["counterterrorism", "Taliban security forces"], ["counterterrorism", "security forces"]]);
  assert.equal(attribute("In a statement, the intelligence directorate said that on the night of 15 June its forces had surrounded a house in Paghman and killed two Daesh members.", none).category, "counterterrorism");
  const quoted = extractDocument('Sinai weekly, July 2018\n\nOn 1 July, Egyptian security forces killed five "takfiri" operatives in an exchange of fire south of El-Arish. An explosive belt was found at the site.', { document: "t" }).incidents;
  assert.deepEqual(quoted.map((i) => [i.category, i.perpetrator]), [["counterterrorism", "Egyptian security forces"]]);
});

test("a heading's '(1)' mark waits for the numbered note under its list, which claims the items above it", () => {
  const doc = [
    "Spotlight on Global Jihad (July 9-15, 2020)",
    "",
    "Iraq",
    "",
    "Attacks in Kirkuk Province(1)",
    "",
    "◆ On July 10, 2020, an IED was detonated against a Federal Police vehicle near Daquq. Two policemen were killed.",
    "◆ On July 12, 2020, an army post was attacked with machine guns west of Hawija. One soldier was wounded.",
    "",
    "(1) ISIS claimed both attacks in statements on its Telegram channels.",
    "",
    "Other incidents",
    "",
    "► On July 13, 2020, gunmen shot dead a shepherd near Tuz Khurmatu. No organization has claimed responsibility.",
  ].join("\n");
  const out = extractDocument(doc, { document: "t" }).incidents.map((i) => [i.event_date, i.perpetrator, i.claim, i.sources.map((s) => s.name).join()]);
  assert.deepEqual(out, [
    ["2020-07-10", "ISIS", "claimed", "Telegram"],
    ["2020-07-12", "ISIS", "claimed", "Telegram"],
    ["2020-07-13", "unknown", "unattributed", ""],
  ]);
});

test("'Initial reports spoke of' a toll that a later one replaces", () => {
  const c = extractCasualties("A suicide bomber blew himself up among a crowd in Jalalabad. Initial reports spoke of 10 dead. On the following day, the governor's spokesman gave an updated toll of 17 killed and 21 wounded.");
  assert.deepEqual([c.killed.low, c.wounded.low], [17, 21]);
});

test("a log's last column of outlets and bodies is its rows' sources, dated where it dates them", () => {
  const text = [
    "SOMALIA INCIDENT LOG - MARCH 2023",
    "",
    "04/03/2023 | Afgooye | IED | A roadside bomb hit an army pickup north of Afgoye, wounding three soldiers. | SNA; Radio Andalus",
    "09/03/2023 | Hodan | Grenade | A hand grenade was thrown into a restaurant used by soldiers, wounding two. | Local media",
    "12/03/2023 | Jilib | Airstrike | The US command announced a strike against al-Shabaab fighters near Jilib, killing four of them. | AFRICOM press release, 13/03/2023",
  ].join("\n");
  const out = extractDocument(text, { document: "t" }).incidents.map((i) => i.sources.map((s) => `${s.name} ${s.date}`));
  assert.deepEqual(out.slice(0, 2), [["SNA null", "Radio Andalus null"], ["Local media null"]]);
  assert.ok(out[2]?.includes("AFRICOM 2023-03-13"), JSON.stringify(out[2]));
});
