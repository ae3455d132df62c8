import { test } from "node:test";
import assert from "node:assert/strict";
import { readRecord } from "./record.ts";
import { readBlocks } from "./blocks.ts";
import { findDates } from "./dates.ts";
import { extractDocument } from "./extract.ts";
import { extractCasualties } from "./casualties.ts";

const REPORT = [
  "SITREP 4/24 - NIGERIA",
  "",
  "SERIAL 2",
  "DTG: 040815Z JUN 24",
  "LOCATION: 15 KM NE OF BAMA, BORNO STATE, NG",
  "TYPE: RAID",
  "DETAILS: Insurgents on motorcycles attacked a Civilian Joint Task Force checkpoint and burnt a lorry.",
  "CASUALTIES: 1 KIA / 3 WIA (CJTF)",
  "ATTRIBUTION: ISWAP (claimed via Amaq)",
  "SOURCE: Borno State Police Command statement; Local contacts",
  "",
].join("\n");

test("a SITREP's labelled lines are one block", () => {
  const blocks = readBlocks(REPORT);
  const record = blocks.find((b) => b.quote.startsWith("DTG:"));
  assert.ok(record);
  assert.match(record.quote, /^DTG: 040815Z JUN 24 LOCATION: .* SOURCE: Borno State Police Command statement; Local contacts$/);
});

test("a military date-time group is a day", () => {
  assert.deepEqual(findDates("DTG: 040815Z JUN 24").map((d) => d.date), ["2024-06-04"]);
  assert.deepEqual(findDates("at 312359ZDEC2023").map((d) => d.date), ["2023-12-31"]);
});

test("a labelled record reads as prose: date and place first, the guessed groups of an unknown attribution dropped", () => {
  const r = readRecord("DTG: 040815Z JUN 24 LOCATION: VICINITY DIKWA, BORNO STATE, NG DETAILS: Gunmen abducted 3 traders. CASUALTIES: NIL ATTRIBUTION: UNKNOWN (ISWAP OR JAS) SOURCE: NAF press statement; Local contacts");
  assert.ok(r);
  assert.match(r.analysis, /^On 040815Z JUN 24, near Dikwa \(Borno State, Nigeria\), Gunmen abducted 3 traders\./);
  assert.doesNotMatch(r.analysis, /ISWAP|Casualties/);
  assert.deepEqual(r.sources.map((s) => s.name), ["NAF"]);
  assert.equal(readRecord("LOCATION: Bama. The town was quiet."), null);
});

test("a SITREP record becomes one incident placed, dated, counted and attributed from its fields", () => {
  const { incidents } = extractDocument(REPORT, { document: "t.txt" });
  assert.equal(incidents.length, 1);
  const i = incidents[0]!;
  assert.equal(i.event_date, "2024-06-04");
  assert.equal(i.country, "NG");
  assert.equal(i.admin1, "Borno");
  assert.deepEqual(i.offset, { anchor: "Bama", km: 15, bearing: "NE" });
  assert.deepEqual([i.killed.low, i.wounded.low], [1, 3]);
  assert.equal(i.claim, "claimed");
  assert.equal(i.perpetrator, "ISIS");
  assert.ok(i.sources.some((s) => s.name === "Borno State Police Command"));
});

test("an estimate's range and slash-separated KIA/WIA counts", () => {
  const c = extractCasualties("Casualties: EST 8-12 insurgents KIA.");
  assert.deepEqual(c.killed, { low: 8, high: 12 });
  assert.deepEqual(extractCasualties("Casualties: 3 KIA / 5 WIA.").wounded, { low: 5, high: 5 });
});

test("a record's CASUALTIES field is counted once, though DETAILS tells the same deaths; 'DATE: 21 MAR 23' is a day", () => {
  const text = [
    "SITREP 12/23 - NIGERIA",
    "",
    "DATE: 21 MAR 23",
    "LOCATION: MONGUNO, BORNO STATE, NG",
    "NARRATIVE: Gunmen shot dead 2 traders at the livestock market.",
    "CASUALTIES: 2 KIA",
    "",
  ].join("\n");
  const { incidents } = extractDocument(text, { document: "t.txt" });
  assert.equal(incidents.length, 1);
  assert.equal(incidents[0]!.event_date, "2023-03-21");
  assert.deepEqual(incidents[0]!.killed, { low: 2, high: 2 });
  // Capitals only: in prose "21 Mar 23" gives no year.
  assert.deepEqual(findDates("the 21 Mar 23 figure").map((d) => d.date), []);
});

// A hand-typed incident log: the same labelled fields in title case, one record per incident.
const LOG = [
  "Incident log: Adamawa State, 4-10 July 2024",
  "",
  "Incident 1",
  "Date: 5 July 2024",
  "Location: Mubi, Adamawa State",
  "Details: Gunmen on motorcycles raided a vigilante post on the edge of the town and set it alight.",
  "Casualties: 2 vigilantes killed, 3 wounded",
  "Perpetrator: Unknown",
  "",
  "Incident 2",
  "Date: 8 July 2024",
  "Location: Gwoza, Borno State",
  "Type: IED",
  "Details: A roadside bomb struck a lorry carrying traders; the area: a dirt track south of the town.",
  "Casualties: 4 civilians killed",
  "",
].join("\n");

test("title-case labelled records are records, one incident each", () => {
  const records = readBlocks(LOG).filter((b) => b.raw.startsWith("Date:"));
  assert.equal(records.length, 2);
  const { incidents } = extractDocument(LOG, { document: "log.txt" });
  assert.equal(incidents.length, 2);
  assert.equal(incidents[0]!.event_date, "2024-07-05");
  assert.equal(incidents[0]!.location, "Mubi");
  assert.equal(incidents[0]!.killed.low, 2);
  assert.equal(incidents[0]!.wounded.low, 3);
  assert.equal(incidents[1]!.location, "Gwoza");
  assert.equal(incidents[1]!.killed.low, 4);
});

test("a lower-case 'area:' inside a field is no label", () => {
  const r = readRecord("Date: 8 July 2024 Location: Gwoza Details: A bomb struck a lorry; the area: a dirt track. Casualties: 4 civilians killed");
  assert.ok(r);
  assert.match(r.analysis, /the area: a dirt track/);
});

test("a record typed on one line after a place, with Killed and Wounded fields, is read like a SITREP's", () => {
  const r = readRecord("MOPTI (Mali) - Date: 4 May; Place: near Sevare; Event: mortar fire on a base; Killed: 2 soldiers; Wounded: 6; Claim: JNIM.");
  assert.ok(r);
  assert.equal(r.casualties, "Casualties: 2 soldiers killed; 6 wounded.");
  assert.match(r.analysis, /^On 4 May, near Sevare, mortar fire on a base\./);
});

test("prose before a few colons is no record", () => {
  assert.equal(readRecord("The army said the following on Monday: Date: none given; Place: unclear; Event: an attack."), null);
});

// A research dataset's coded entries, written for this test: fields on one line, the account in a
// field of its own, the outlets in a last field with their days in brackets.
const DATASET = [
  "LAKE CHAD EVENT DATASET - CODING NOTES",
  "First quarter of 2022, published 30 June 2022",
  "",
  "An attack on Damasak that began on 29 March is not included in this quarter's records; it has a dossier of its own.",
  "",
  "Entry 2022-0031",
  "Date: 4 February 2022 (1). Location: about 12 km east of Gajiram, Nganzai LGA (2). Actors: Nigerian Air Force; ISWAP. Type: air strike. Fatalities: 6-9.",
  "Narrative: An Air Task Force helicopter fired on an insurgent camp on an island east of Gajiram. Military sources said six fighters died; a resident spoke of nine bodies.",
  "Sources: Daily Trust (6 Feb); Zagazola Makama (5 Feb), citing the Defence Headquarters.",
  "",
  "Entry 2022-0035",
  "Date: 9 February 2022 (1). Location: Malam Fatori, Abadam LGA (1). Actors: ISWAP; civilians. Type: violence against civilians. Fatalities: 3.",
  "Narrative: Gunmen on motorcycles shot dead three herders at a watering point near Malam Fatori and drove off their cattle.",
  "Sources: HumAngle (11 Feb).",
  "",
].join("\n");

test("a dataset's coded entry is one incident quoted by its narrative, its fields read, its outlets dated by their brackets", () => {
  const out = extractDocument(DATASET, { document: "dataset.txt" });
  assert.deepEqual(out.incidents.map((i) => i.event_date), ["2022-02-04", "2022-02-09"]);
  const [strike, killing] = out.incidents;
  assert.equal(strike!.quote, "An Air Task Force helicopter fired on an insurgent camp on an island east of Gajiram. Military sources said six fighters died; a resident spoke of nine bodies.");
  assert.equal(DATASET.slice(strike!.quote_start, strike!.quote_end), strike!.quote);
  assert.equal(strike!.category, "counterterrorism");
  assert.deepEqual([strike!.killed.low, strike!.killed.high], [6, 9]);
  assert.deepEqual(strike!.sources, [{ name: "Daily Trust", date: "2022-02-06" }, { name: "Zagazola Makama", date: "2022-02-05" }, { name: "Defence Headquarters", date: null }]);
  assert.equal(killing!.quote, "Gunmen on motorcycles shot dead three herders at a watering point near Malam Fatori and drove off their cattle.");
  assert.deepEqual(killing!.sources, [{ name: "HumAngle", date: "2022-02-11" }]);
  assert.equal(killing!.killed.low, 3);
});
