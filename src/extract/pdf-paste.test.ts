import { test } from "node:test";
import assert from "node:assert/strict";
import { readBlocks } from "./blocks.ts";
import { extractDocument } from "./extract.ts";
import { findNamedSources } from "./sources.ts";
import { classifyTarget } from "./target.ts";

// Text pasted from a PDF: words split at line ends, footnote numbers glued to full stops.
const PASTED = [
  "Annex: incidents, 1 to 30 June 2020",
  "",
  "7. On 9 June, gunmen attacked a police checkpoint near Baiji (Salah al-Din), kill-",
  "ing one officer and wound-",
  "ing three others. The group later claimed the raid through its weekly news-",
  "letter Al-Naba'.4",
  "",
  "8. On 12 June, a pro-",
  "government sheikh was shot dead outside his home in Hit (Anbar). The attack",
  "on the Hit-",
  "Haditha road was not claimed.",
].join("\n");

test("a word split at a line end is joined; a prefix or a name keeps its hyphen", () => {
  const blocks = readBlocks(PASTED).filter((b) => b.kind === "paragraph");
  assert.match(blocks[0]!.quote, /killing one officer and wounding three others\. .* weekly newsletter Al-Naba'\.4$/);
  assert.match(blocks[1]!.quote, /a pro-government sheikh .* on the Hit-Haditha road/);
});

test("a footnote number after a full stop is no part of the text the rules read", () => {
  const b = readBlocks(PASTED).filter((x) => x.kind === "paragraph")[0]!;
  assert.equal(b.norm.length, b.quote.length);
  assert.match(b.norm, /Al-Naba'\. {1}$/);
  assert.ok(!/3\.5/.test(b.norm.replace("3.5", "")));
  const { incidents } = extractDocument(PASTED, { document: "t.txt" });
  assert.deepEqual([incidents[0]!.killed.low, incidents[0]!.wounded.low], [1, 3]);
  assert.ok(incidents[0]!.sources.some((s) => s.name === "Al-Naba'"));
});

test("an outlet named after what it is ('its weekly newsletter Al-Naba'') is a source", () => {
  assert.deepEqual(findNamedSources("The group claimed the raid in its newsletter Al-Naba'.").map((s) => s.name), ["Al-Naba'"]);
});

test("truffle hunters are civilians; hunters alone are a militia (dozos)", () => {
  assert.equal(classifyTarget("two truffle hunters", "Two truffle hunters were killed by a mine.", "attack"), "civilian");
  assert.equal(classifyTarget("hunters", "Jihadists attacked hunters guarding the village.", "attack"), "militia");
});

test("a paragraph cut by a page break (footnotes, job number, page, symbol) goes on after it", () => {
  const text = [
    "9. On 4 July, fighters of the group attacked a border post south of Qaim (Anbar), killing",
    "",
    "____________",
    " 12 Information from a Member State, July 2020.",
    "",
    "20-11872                                                                 5/31",
    "                                                                   S/2020/717",
    "",
    "two guards and wounding five. No claim was made.",
    "",
    "10. The next paragraph is background about the group's finances and recruitment.",
  ].join("\n");
  const paragraphs = readBlocks(text).filter((b) => b.kind === "paragraph").map((b) => b.quote);
  assert.ok(paragraphs.includes("On 4 July, fighters of the group attacked a border post south of Qaim (Anbar), killing two guards and wounding five. No claim was made."), paragraphs.join("\n"));
  assert.ok(paragraphs.some((p) => p.startsWith("12 Information from a Member State")));
  const { incidents } = extractDocument(text, { document: "t.txt" });
  assert.deepEqual([incidents[0]!.killed.low, incidents[0]!.wounded.low], [2, 5]);
});

// A narrow two-column PDF: lines wrap near 44 characters, so a sentence may end mid-paragraph at
// a line end, a line may open on a date, and the running header repeats the document's title.
const COLUMNS = [
  "SAHEL FIELD NOTES",
  "Week of 3-9 May 2021",
  "",
  "Violence in the tri-border area kept rising",
  "this week, with raids on markets and fuel",
  "convoys in Menaka and Gao regions and more",
  "displacement towards the regional capitals.",
  "",
  "On 4 May, gunmen stormed the market of",
  "Tessit, about 20 km north of the town hall.",
  "Seven traders were killed and four others",
  "wounded; the attackers took fuel and three",
  "pick-ups before leaving towards the border.",
  "",
  "In Gao, the regional governor announced on",
  "5 May a ban on motorbikes at night, and the",
  "curfew was extended for another month in",
  "all of the communes of the region",
  "",
  "                    Page 1 of 3",
  "Sahel Field Notes | Week 18",
  "",
  "after a string of killings in April.",
].join("\n");

test("in narrow columns, a line that ends a sentence short of the column's edge goes on when the column is known", () => {
  const paragraphs = readBlocks(COLUMNS).filter((b) => b.kind === "paragraph");
  assert.equal(paragraphs[1]!.quote.startsWith("On 4 May") && paragraphs[1]!.quote.endsWith("towards the border."), true);
});

test("a wrapped line that opens on a date continues a sentence left open, and a running header at a page break is furniture", () => {
  const paragraphs = readBlocks(COLUMNS).filter((b) => b.kind === "paragraph");
  assert.equal(paragraphs.length, 3);
  assert.match(paragraphs[2]!.quote, /^In Gao, the regional governor announced on 5 May a ban .* after a string of killings in April\.$/);
});
