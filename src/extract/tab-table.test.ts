import { test } from "node:test";
import assert from "node:assert/strict";
import { readBlocks } from "./blocks.ts";
import { splitCells } from "./table-rows.ts";
import { extractDocument } from "./extract.ts";

// A weekly list pasted from a spreadsheet: one incident per tab-separated row under a header row.
const TRACKER = [
  "WEEKLY TRACKER, 6-12 June 2022",
  "Figures are provisional.",
  "",
  ["Date", "State", "Town", "Type", "Killed", "Wounded", "Claimed by", "Remarks"].join("\t"),
  ["07/06/2022", "Borno", "Dikwa", "Ambush", "4", "3", "ISWAP (Amaq)", "Gunmen ambushed an army patrol outside the town."].join("\t"),
  ["09/06/2022", "Borno", "Gwoza", "Abduction", "0", "0", "None", "Armed men took five loggers from the hills."].join("\t"),
  "",
].join("\n");

test("tab-separated rows are table rows, each its own block, and the header is no heading", () => {
  const blocks = readBlocks(TRACKER);
  const rows = blocks.filter((b) => b.raw.includes("\t"));
  assert.equal(rows.length, 3);
  assert.ok(rows.every((b) => b.kind === "paragraph"));
  assert.deepEqual(splitCells(rows[1]!.raw).slice(0, 3), ["07/06/2022", "Borno", "Dikwa"]);
});

test("a tab-separated row is one incident, its bare counts read through the column names", () => {
  const out = extractDocument(TRACKER, { document: "tracker.txt" });
  assert.equal(out.incidents.length, 2);
  const [ambush, abduction] = out.incidents;
  assert.equal(ambush!.event_date, "2022-06-07");
  assert.equal(ambush!.location, "Dikwa");
  assert.equal(ambush!.killed.low, 4);
  assert.equal(ambush!.wounded.low, 3);
  assert.equal(abduction!.event_date, "2022-06-09");
  assert.equal(abduction!.killed.low, 0);
  // The quote is the row as a reader copies it, its tabs as spaces.
  assert.ok(ambush!.quote.startsWith("07/06/2022 Borno Dikwa Ambush 4 3"));
});

test("prose with a single tab is not a table row", () => {
  const blocks = readBlocks("On 3 June, gunmen killed two herders near Bama.\tThe army said it was searching the area.\n");
  assert.equal(blocks.length, 1);
  assert.equal(blocks[0]!.kind, "paragraph");
});

// The same list typed as a fixed-width table: columns aligned by runs of spaces.
const ALIGNED = [
  "WEEKLY TRACKER, 6-12 June 2022",
  "",
  "Date        Town     Type       Killed  Wounded  Remarks",
  "07/06/2022  Dikwa    Ambush     4       3        Gunmen ambushed an army patrol outside the town.",
  "09/06/2022  Gwoza    Abduction  0       0        Armed men took five loggers from the hills.",
  "",
].join("\n");

test("a fixed-width table's rows are table rows, one incident each", () => {
  const out = extractDocument(ALIGNED, { document: "aligned.txt" });
  assert.equal(out.incidents.length, 2);
  assert.equal(out.incidents[0]!.location, "Dikwa");
  assert.equal(out.incidents[0]!.killed.low, 4);
  assert.equal(out.incidents[1]!.event_date, "2022-06-09");
});

test("a typist's double spaces after full stops make no table", () => {
  const text = "Borno weekly, 1-7 June 2022\n\nOn 3 June, gunmen killed two herders near Bama.  The army said it was searching.  Residents fled.  Markets closed.\n";
  const blocks = readBlocks(text);
  assert.equal(blocks.length, 2);
  const out = extractDocument(text, { document: "prose.txt" });
  assert.equal(out.incidents.length, 1);
  assert.equal(out.incidents[0]!.killed.low, 2);
});

// The same list as a CSV export: quoted cells may hold commas, empty cells are kept.
const CSV = [
  "Tracker export, 6-12 June 2022",
  "",
  "date,town,type,killed,wounded,claimed_by,remarks",
  '2022-06-07,Dikwa,Ambush,4,3,ISWAP,"Gunmen ambushed an army patrol, then withdrew"',
  '2022-06-09,Gwoza,Abduction,0,0,,"Armed men took five loggers from the hills"',
  "",
].join("\n");

test("a CSV export's rows are table rows, one incident each, quoted commas inside one cell", () => {
  assert.deepEqual(splitCells('2022-06-09,Gwoza,Abduction,0,0,,"Armed men, at dawn"'), ["2022-06-09", "Gwoza", "Abduction", "0", "0", "", "Armed men, at dawn"]);
  const out = extractDocument(CSV, { document: "export.csv.txt" });
  assert.equal(out.incidents.length, 2);
  assert.equal(out.incidents[0]!.location, "Dikwa");
  assert.equal(out.incidents[0]!.killed.low, 4);
  assert.equal(out.incidents[0]!.wounded.low, 3);
  assert.equal(out.incidents[1]!.location, "Gwoza");
});

test("prose with commas is no CSV row", () => {
  const blocks = readBlocks("Borno weekly, 1-7 June 2022\n\nOn 3 June, gunmen killed two herders, a boy, and a trader near Bama.\n");
  assert.equal(blocks.length, 2);
});

test("a remark that repeats the Killed column's toll is not counted twice, one that adds to it is", () => {
  const header = ["Date", "Town", "Type", "Killed", "Wounded", "Remarks"].join("\t");
  const rows = [
    ["08/06/2022", "Bama", "Airstrike", "12", "0", "Jets hit a camp; 12 insurgents killed according to the army."],
    ["10/06/2022", "Monguno", "Attack", "2", "5", "Troops repelled the assault and killed 6 attackers."],
  ].map((r) => r.join("\t"));
  const text = ["WEEKLY TRACKER, 6-12 June 2022", "", header, ...rows, ""].join("\n");
  const killed = extractDocument(text, { document: "t" }).incidents.map((i) => i.killed.low);
  assert.deepEqual(killed, [12, 8]);
});

test("a log of posted claims reads its time column as the date, its claim column as the event, its province column as the place", () => {
  const text = [
    "CLAIMS LOG (Africa, Iraq, Syria)",
    "6-12 June 2022",
    "",
    "posted (UTC) | channel | province | claim",
    "2022-06-07 10:15 | Amaq | West Africa | Fighters attacked an army post in the town of Damasak yesterday, killing 3 soldiers and seizing a vehicle.",
    "2022-06-09 18:02 | Amaq | Iraq | Fighters detonated an explosive device on a patrol near Tuz Khurmatu today, killing 1 of its members.",
  ].join("\n");
  const out = extractDocument(text, { document: "t" }).incidents.map((i) => [i.event_date, i.country, i.location, i.killed.low, i.sources[0]?.name]);
  assert.deepEqual(out, [
    ["2022-06-06", "NG", "Damasak", 3, "Amaq"],
    ["2022-06-09", "IQ", "Tuz Khurmatu", 1, "Amaq"],
  ]);
});

test("a log row whose text cell reports a weekly infographic gives its figures", () => {
  const text = [
    "CLAIMS LOG",
    "6-12 June 2022",
    "",
    "posted (UTC) | channel | claim",
    "2022-06-09 20:00 | al-Naba' | Weekly infographic for 2-8 June: 33 operations, of which West Africa 15, Iraq 10 and Syria 8; 120 killed and wounded.",
  ].join("\n");
  const stats = extractDocument(text, { document: "t" }).statistics;
  const values = stats.flatMap((s) => [...s.breakdown.map((b) => `${b.label}=${b.value}`), `${s.metric}:${s.total}`]);
  for (const v of ["West Africa=15", "Iraq=10", "Syria=8", "attacks:33", "casualties:120"]) assert.ok(values.includes(v), `${v} in ${values.join(", ")}`);
});

test("log lines without a header row take their columns from the row: date first, the sentence, an outlet, a place", () => {
  const text = [
    "CLAIMS LOG",
    "6-12 June 2022",
    "",
    "2022-06-08 09:30 | Amaq | Iraq | Fighters detonated an explosive device on an army vehicle near Baiji, killing 2 soldiers.",
    "2022-06-10 21:05 | Nashir | West Africa | Fighters attacked a police post in the town of Dikwa yesterday, killing 1 policeman.",
  ].join("\n");
  const out = extractDocument(text, { document: "t" }).incidents.map((i) => [i.event_date, i.country, i.location, i.killed.low, i.sources[0]?.name]);
  assert.deepEqual(out, [
    ["2022-06-08", "IQ", "Baiji", 2, "Amaq"],
    ["2022-06-09", "NG", "Dikwa", 1, "Nashir"],
  ]);
});

test("a channel's repost of a claim already logged is no second incident", () => {
  const text = [
    "CLAIMS LOG",
    "6-12 June 2022",
    "",
    "2022-06-08 09:30 | Amaq | Iraq | Fighters detonated an explosive device on an army vehicle near Baiji, killing 2 soldiers.",
    "2022-06-08 10:02 | Nashir | Iraq | Repost of the Baiji claim with 2 photos of the burning vehicle.",
  ].join("\n");
  assert.equal(extractDocument(text, { document: "t" }).incidents.length, 1);
});

test("a paragraph saying the log is compiled from a group's channels on Telegram is a section note: Telegram is a source of its claims", () => {
  const text = [
    "CLAIMS LOG",
    "6-12 June 2022",
    "",
    "Compiled from the Amaq channel on Telegram. Times are UTC as posted; the translations are our own and shortened for this log.",
    "",
    "2022-06-08 09:30 | Amaq | Iraq | Soldiers of the Caliphate detonated an explosive device on an army vehicle near Baiji, killing 2 soldiers.",
  ].join("\n");
  const [inc] = extractDocument(text, { document: "t" }).incidents;
  assert.deepEqual(inc?.sources.map((s) => s.name).sort(), ["Amaq", "Telegram"]);
});

test("three columns set wide apart are a table row and so is a sub-header indented under them; a typist's double spaces in prose are not", async () => {
  const { isTabRow } = await import("./table-lines.ts");
  assert.equal(isTabRow("Iraq                 21            24"), true);
  assert.equal(isTabRow("Province          CCT log      al-Naba' 210"), true);
  assert.equal(isTabRow("                  22-28 Nov    21-27 Nov"), true);
  assert.equal(isTabRow("The army  said that the  road was cut"), false);
  assert.equal(isTabRow("  Indented once   and then a wide gap"), false);
});
