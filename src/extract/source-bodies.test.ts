import { test } from "node:test";
import assert from "node:assert/strict";
import { bodiesAndOutletsIn, documentOwnersIn } from "./source-bodies.ts";
import { findNamedSources } from "./sources.ts";

// Bodies and outlets cited by a name no list knows: the kind of body or outlet the text gives
// makes the name a source.

const names = (text: string): string[] => findNamedSources(text).map((s) => s.name);

const cited: [string, string[]][] = [
  ["Six herders were freed near Kaura Namoda, according to the Defence Headquarters.", ["Defence Headquarters"]],
  ["Eleven people were hurt, according to Al-Shifa hospital, where most were treated.", ["Al-Shifa hospital"]],
  ["Two teachers died, according to the provincial education directorate.", ["provincial education directorate"]],
  ["A sergeant was shot dead at the checkpoint, a police officer told the daily al-Masa.", ["al-Masa"]],
  ["Four guards were killed, according to the local news site Hadramout Today.", ["Hadramout Today"]],
  ["Villagers quoted by the Tadamon24 news page said the raiders came at night.", ["Tadamon24"]],
  ["Three suspects were held in Seiyun, the First Military Region said in a statement.", ["First Military Region"]],
  ["The convoy was hit near Kidal, the Peshmerga command in Makhmour said.", ["Peshmerga command in Makhmour"]],
  ["The pro-government Nour FM blamed the cell for the blast.", ["Nour FM"]],
  ["A fighter was killed near Hajin, and Euphrates 24 confirmed the report.", ["Euphrates 24"]],
];
for (const [text, expected] of cited) {
  test(`a body or outlet named by its kind is a source: ${expected.join(", ")}`, () => {
    assert.deepEqual(names(text), expected);
  });
}

test("a known outlet's document, or the group's own outlet, cites that outlet", () => {
  assert.deepEqual(documentOwnersIn("Two militants died, according to CENTCOM's statement of 4 May."), ["CENTCOM"]);
  assert.deepEqual(names("Two militants died, according to CENTCOM's statement of 4 May."), ["CENTCOM"]);
  assert.deepEqual(names("Seven soldiers were killed, according to the group's Amaq news agency."), ["Amaq"]);
});

test("a nationality before a ministry stays in its name, once", () => {
  assert.deepEqual(names("According to the Malian Ministry of Defence, nine soldiers were killed."), ["Malian Ministry of Defence"]);
});

test("a bare name, a person or a place after 'according to' is no body", () => {
  assert.deepEqual(bodiesAndOutletsIn("Five were killed, according to Ahmed Salem, a resident."), []);
  assert.deepEqual(bodiesAndOutletsIn("Two shepherds were shot, local police said."), []);
  assert.deepEqual(bodiesAndOutletsIn("The army said nearly 30 assailants were killed."), []);
});

test("a web address is an outlet, and a state's armed forces speak for themselves", () => {
  assert.deepEqual(names("Security sources quoted by Burkina24.com said nine gendarmes died."), ["Burkina24.com"]);
  assert.deepEqual(names("The Malian Armed Forces said in a communique that their troops had killed 14 terrorists."), ["Malian Armed Forces"]);
});
