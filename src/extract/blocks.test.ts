import { test } from "node:test";
import assert from "node:assert/strict";
import { BlockReader, readBlocks } from "./blocks.ts";

test("readBlocks tells headings, bullets, footnotes, captions and day headers apart", () => {
  const text = [
    "Weekly Review",
    "",
    "The Iraqi arena",
    "",
    "Activity in Kirkuk²",
    "► **On March 4, 2022**, an IED was activated against a patrol. Two soldiers were wounded.",
    "² Based on the group's claims on Telegram",
    "",
    "Photo of the scene (Telegram, March 5, 2022)",
    "",
    "June 9: A mortar shell hit a base.",
    "Thursday 19 July: 6 killed",
    "",
    "This paragraph is long enough to be wrapped by the author's editor at sixty-five columns",
    "and it continues on a second line.",
  ].join("\n");
  const blocks = readBlocks(text);
  assert.deepEqual(blocks.map((b) => b.kind), ["heading", "heading", "heading", "paragraph", "footnote", "caption", "day_header", "day_header", "paragraph"]);
  assert.deepEqual(blocks[2]!.markers, ["2"]);
  assert.deepEqual(blocks[4]!.markers, ["2"]);
  assert.equal(blocks[3]!.quote, "On March 4, 2022, an IED was activated against a patrol. Two soldiers were wounded.");
  assert.equal(blocks[3]!.bullet, true);
  assert.equal(blocks[6]!.rest, "A mortar shell hit a base.");
  assert.equal(blocks[8]!.quote.endsWith("on a second line."), true);
  assert.equal(text.slice(blocks[3]!.start, blocks[3]!.end).startsWith("► **On March 4"), true);
});

test("readBlocks gives the same blocks however the text is chunked", () => {
  const text = "Title\n\n- On May 1, 2021, a bomb exploded.\n- On May 2, 2021, gunmen fired.\r\nEnd heading\n";
  const whole = readBlocks(text);
  const r = new BlockReader();
  const pieces: ReturnType<typeof readBlocks> = [];
  for (let i = 0; i < text.length; i += 7) pieces.push(...r.push(text.slice(i, i + 7)));
  pieces.push(...r.end());
  assert.deepEqual(pieces, whole);
});

test("a thread's numbered posts are items, their number no part of the quote", () => {
  const [b] = readBlocks("4/ Tue 3/9 - Sulu: Marines found an arms cache near Patikul.\n");
  assert.equal(b?.bullet, true);
  assert.equal(b?.quote, "Tue 3/9 - Sulu: Marines found an arms cache near Patikul.");
});

test("a date alone on its line, or a numeric date with a separator, is a day header", () => {
  const text = ["Nov. 8 (Fri)", "", "Gunmen shot a trader in the market.", "", "09.11.2019", "", "- Kirkuk: a bomb hit a patrol.", "", "11/10: two shells fell on a village.", "", "3.4 Troops searched a valley."].join("\n");
  const blocks = readBlocks(text);
  assert.deepEqual(blocks.map((b) => b.kind), ["day_header", "paragraph", "day_header", "paragraph", "day_header", "paragraph"]);
  assert.equal(blocks[0]!.dateText, "Nov. 8");
  assert.equal(blocks[2]!.dateText, "09.11.2019");
  assert.equal(blocks[4]!.rest, "two shells fell on a village.");
});

test("labelled items typed one per line without blank lines are separate blocks", () => {
  const text = [
    "Province - Kirkuk: 3 May. Fighters detonated a device on an army vehicle south of the city, killing two.",
    "Province - Diyala: 4 May. Fighters attacked a militia post with machine guns near Baqubah.",
    "Province - Raqqa: 5 May. Fighters shot a council member in the town of Maadan.",
  ].join("\n");
  assert.equal(readBlocks(text).length, 3);
});

test("a wrapped paragraph whose lines happen to open with a colon phrase stays one block", () => {
  const text = [
    "Note: the figures below are provisional and the desk will revise them as reports come in from the field.",
    "Sources differ on the toll in several cases, and where they do the lower figure is used in the counts below",
  ].join("\n");
  assert.equal(readBlocks(text).length, 1);
});

test("a title in capitals is not wrapped into the line of ordinary text under it", () => {
  const blocks = readBlocks(["WEEKLY CLAIMS LOG - NORTHERN IRAQ AND EASTERN SYRIA PROVINCES", "Compiled from statements; translations are our own."].join("\n"));
  assert.equal(blocks.length, 2);
  assert.equal(blocks[0]?.kind, "heading");
});

test("paragraphs typed as one long line each, separated by a single line break, are separate blocks", () => {
  const long = (s: string) => `${s} ${"The convoy was travelling between two garrison towns when it was hit, local officials said.".repeat(2)}`;
  const blocks = readBlocks([long("Militants ambushed an army convoy."), long("Separately, gunmen raided a village.")].join("\n"));
  assert.equal(blocks.length, 2);
});

test("items numbered by letter or lower-case Roman numeral are bullets, and a lettered line is a heading", () => {
  const blocks = readBlocks(["A. Northern region", "i. 04 Nov 2021 - Kismayo: gunmen killed a district official outside his home.", "ii. 11 Nov 2021 - Kismayo: a car bomb exploded at a checkpoint; 5 soldiers killed."].join("\n"));
  assert.deepEqual(blocks.map((b) => [b.kind, b.quote.slice(0, 10)]), [
    ["heading", "Northern r"],
    ["paragraph", "04 Nov 202"],
    ["paragraph", "11 Nov 202"],
  ]);
});

test("a title whose closing parenthesis holds only its period is a heading, not a caption", () => {
  const [title] = readBlocks("Spotlight on Global Jihad (February 10-16, 2022)\n\nOverview\n");
  assert.equal(title?.kind, "heading");
  const [caption] = readBlocks("Fighters at a checkpoint (Amaq, February 12, 2022)\n");
  assert.equal(caption?.kind, "caption");
});
