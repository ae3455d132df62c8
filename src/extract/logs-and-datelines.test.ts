import { test } from "node:test";
import assert from "node:assert/strict";
import { extractDocument } from "./extract.ts";

// Wordings of heldout31's police log and mission releases, written anew: a log entry's header in
// capitals, a release's dateline that relative days count from, an update that names its incident's
// day, arrests told without their agent, and a recalled event long before the period.

test("a log entry's number and station in capitals open no sentence: the entry is read, and its quote starts after them", () => {
  const text = [
    "COUNTY POLICE COMMAND - WEEKLY OCCURRENCE SUMMARY: 3rd to 9th March 2020",
    "",
    "OB 12/04/03/2020 - BURA POLICE STATION. A police patrol on the Bura-Hola road was ambushed on 04.03.2020 at 0715hrs about 12 km north of Bura. One constable was killed and another two were wounded.",
    "",
    "OB 07/06/03/2020 - HOLA POLICE STATION. A ward administrator, Mr. Hassan Gure, was shot dead by three gunmen outside his office at Hola on the 6th March 2020.",
  ].join("\n");
  const out = extractDocument(text, { document: "t" }).incidents;
  assert.deepEqual(out.map((i) => [i.event_date, i.killed.low, i.wounded.low, i.quote.slice(0, 16)]), [
    ["2020-03-04", 1, 2, "A police patrol "],
    ["2020-03-06", 1, 0, "A ward administr"],
  ]);
  assert.equal(out[0]!.target_type, "police");
});

test("a release's dateline holds over its title: 'On Saturday', 'yesterday' and 'this morning' count from it, not from when the releases were compiled", () => {
  const text = [
    "UN MISSION - PRESS RELEASES OF MARCH 2019 (compiled 2 April 2019)",
    "",
    "PR/2019/031 - Gao, 4 March 2019",
    "Peacekeepers' convoy hit by a mine near Ansongo",
    "On Saturday, a convoy of the Mission struck a mine about 20 km south of Ansongo. Two peacekeepers were injured.",
    "",
    "PR/2019/036 - Mopti, 12 March 2019",
    "Patrol fired on near Sevare",
    "Yesterday evening, a patrol of the Mission was fired on by unidentified armed men near Sevare. The peacekeepers returned fire; one of them was lightly wounded.",
  ].join("\n");
  const out = extractDocument(text, { document: "t" }).incidents;
  assert.deepEqual(out.map((i) => i.event_date), ["2019-03-02", "2019-03-11"]);
});

test("an update that names its incident's day ('wounded in the attack of 9 March') revises that incident, not a later one at the same place", () => {
  const text = [
    "UN MISSION - PRESS RELEASES OF MARCH 2019",
    "",
    "PR/2019/034 - Kidal, 10 March 2019",
    "Attack on the Tessalit camp",
    "On 9 March 2019, the camp of the Mission in Tessalit was attacked with rockets and small arms. Three peacekeepers were killed and eight were injured.",
    "",
    "PR/2019/035 - Kidal, 11 March 2019",
    "Mine blast near Tessalit",
    "On 11 March 2019, a vehicle of the Mission struck a mine about 5 km east of Tessalit. One peacekeeper was injured.",
    "",
    "PR/2019/037 - Kidal, 13 March 2019",
    "Tessalit attack: updated toll",
    "One of the peacekeepers seriously injured in the attack of 9 March on the camp died of his wounds on 12 March. The toll of the attack now stands at four peacekeepers killed and seven injured.",
  ].join("\n");
  const out = extractDocument(text, { document: "t" }).incidents;
  assert.deepEqual(out.map((i) => [i.event_date, i.killed.low, i.wounded.low]), [
    ["2019-03-09", 4, 7],
    ["2019-03-11", 0, 1],
  ]);
});

test("arrests are the forces' acts: told without an agent, made by 'officers' or by peacekeepers, or announced as 'the arrest of'", () => {
  const text = [
    "Spotlight on Global Jihad (March 5-11, 2020)",
    "",
    "Kenya",
    "► Two suspects were arrested in Witu on March 6, 2020, in an intelligence-led operation.",
    "► Officers manning a roadblock at Bangale arrested a man carrying detonators on March 7, 2020.",
    "",
    "Mali",
    "► On March 8, 2020, peacekeepers on patrol near Aguelhok apprehended two men carrying explosives.",
    "",
    "Syria",
    "► On March 9, 2020, the SDF announced the arrest of two ISIS operatives in the town of Al-Shuhayl.",
  ].join("\n");
  const out = extractDocument(text, { document: "t" }).incidents;
  assert.deepEqual(out.map((i) => [i.category, i.methods.includes("arrest")]), [
    ["counterterrorism", true],
    ["counterterrorism", true],
    ["counterterrorism", true],
    ["counterterrorism", true],
  ]);
});

test("a day months before the period, which the item does not open on, is what it recalls, not its event", () => {
  const text = [
    "Spotlight on Global Jihad (October 11-17, 2018)",
    "",
    "Syria",
    "► Some 25 hostages from the village of Al-Mataanah have been held by ISIS since its raid on the area on July 25, 2018, in which dozens of people were killed. Negotiations for their release continue (Suwayda 24, October 14, 2018).",
    "► On October 13, 2018, ISIS operatives attacked an SDF checkpoint near Hajin. Two SDF fighters were killed.",
  ].join("\n");
  const out = extractDocument(text, { document: "t" }).incidents;
  assert.deepEqual(out.map((i) => i.event_date), ["2018-10-13"]);
});
