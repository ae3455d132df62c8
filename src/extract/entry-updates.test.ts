import { test } from "node:test";
import assert from "node:assert/strict";
import { extractDocument } from "./extract.ts";

// Wordings of heldout33's police FIR summaries and heldout34's consultancy briefs, written anew:
// updates that name the entry they update by its number, and a brief's short dates.

const tolls = (text: string) => extractDocument(text, { document: "t" }).incidents.map((i) => [i.event_date, i.killed.low, i.claim]);

test("an update naming an entry's number revises that entry, not the one just before it", () => {
  const text = [
    "BRIEF 101/22 | Monday, 4 April 2022",
    "",
    "KR-22-031",
    "Location: Mocimboa da Praia town",
    "Date/time: 03/04/2022, night",
    "Incident: Insurgents attacked the police post at the port with small arms.",
    "Casualties: Unknown at time of issue.",
    "",
    "KR-22-032",
    "Location: Pemba, Paquitequete",
    "Date/time: 4 Apr 22, morning",
    "Incident: Police arrested three men suspected of smuggling arms.",
    "Casualties: None.",
    "",
    "BRIEF 102/22 | Tuesday, 5 April 2022",
    "",
    "UPDATE to KR-22-031: Police sources now say six officers were killed in the attack on the port.",
  ].join("\n");
  assert.deepEqual(tolls(text), [["2022-04-03", 6, "unattributed"], ["2022-04-04", 0, null]]);
});

test("'Further to FIR No. N' updates the entry of that FIR", () => {
  const text = [
    "COMPILED FIR SUMMARIES, 1-15 MARCH 2023",
    "",
    "1. FIR No. 210 dated 02-03-2023 u/s 302/324 PPC r/w 7 ATA, PS Domel.",
    "On 02-03-2023 at 0700 hrs an IED planted on the roadside went off near a police van on the Bannu-Domel road. Constable Akbar Ali embraced shahadat while two constables were injured.",
    "",
    "2. FIR No. 214 dated 04-03-2023 u/s 4/5 ESA r/w 7 ATA, PS Cantt.",
    "On 04-03-2023 police arrested a suspect carrying two hand grenades at a checkpoint near Bannu.",
    "",
    "Further to FIR No. 210: injured constable Rahim Shah succumbed to his injuries on 05-03-2023.",
  ].join("\n");
  assert.deepEqual(tolls(text).map(([d, k]) => [d, k]), [["2023-03-02", 2], ["2023-03-04", 0]]);
});

test("a brief's '20 Mar 21, late afternoon' is 20 March 2021, and 'sources now say six were killed' counts six", async () => {
  const { findDates } = await import("./dates.ts");
  const { extractCasualties } = await import("./casualties.ts");
  assert.equal(findDates("Date/time: 20 Mar 21, late afternoon (reported 22 Mar)", { reference: "2021-03-22" })[0]?.date, "2021-03-20");
  assert.equal(extractCasualties("Police sources now say six officers were killed in the attack.").killed.low, 6);
});

test("al-Shabaab's station is Radio Andalus however the text shortens it", async () => {
  const { extractDocument: run } = await import("./extract.ts");
  const out = run("On January 12, 2020, al-Shabaab fighters attacked a base in Afmadow. The group claimed the attack on its Andalus radio station.", { document: "t" }).incidents;
  assert.deepEqual(out[0]?.sources.map((s) => s.name), ["Radio Andalus"]);
});

test("a numbered statement's header with pipes dates its text and names its issuer from the title", async () => {
  const { extractDocument: run } = await import("./extract.ts");
  const text = [
    "REPUBLIC OF IRAQ - JOINT OPERATIONS COMMAND - SECURITY MEDIA CELL",
    "Daily statements, 9-15 June 2022",
    "",
    "Statement No. 88 | Friday 10 June 2022 | 10:15",
    "",
    "At 22:30 yesterday evening, Iraqi F-16 aircraft struck a hideout of Daesh terrorists in the Hamrin mountains, killing three of them.",
  ].join("\n");
  const out = run(text, { document: "t" }).incidents;
  assert.deepEqual(out.map((i) => [i.event_date, i.sources.map((s) => s.name)]), [["2022-06-09", ["Security Media Cell"]]]);
});

test("undated bullets led by their site after a dated paragraph are that day's events, and the paragraph only sums them up", async () => {
  const { extractDocument: run } = await import("./extract.ts");
  const text = [
    "Weekly, April 18-24, 2019",
    "",
    "On the morning of April 21, suicide bombers struck two churches within half an hour.",
    "",
    "◆ Kandy: A bomber blew himself up at the door of St. Mary's Church, killing 12 worshippers.",
    "",
    "◆ Galle: A second bomber detonated his vest inside the Holy Cross church, killing eight people.",
  ].join("\n");
  const out = run(text, { document: "t" }).incidents;
  assert.deepEqual(out.map((i) => [i.event_date, i.killed.low, i.quote.slice(0, 6)]), [["2019-04-21", 12, "Kandy:"], ["2019-04-21", 8, "Galle:"]]);
});

test("an update shares no incident with the one before through the group's outlet alone", async () => {
  const { extractDocument: run } = await import("./extract.ts");
  const text = [
    "Weekly, April 15-21, 2021",
    "",
    "► On April 17, 2021, ISIS operatives ambushed a minibus near Macomia, killing two passengers. ISIS claimed the ambush through Amaq the next day.",
    "",
    "► The Borno State government said on April 16, 2021 that the toll of the attacks carried out by ISWAP in Damasak had risen to 18 civilians killed. ISWAP claimed in Amaq that it had burned the town's warehouses.",
  ].join("\n");
  const out = run(text, { document: "t" }).incidents;
  assert.deepEqual(out.map((i) => [i.location, i.killed.low]), [["Macomia", 2]]);
});
