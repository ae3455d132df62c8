import { test } from "node:test";
import assert from "node:assert/strict";
import { ACTOR_GATE_RULES, findGroup, findSpecificGroup, findStateActor, groupIn } from "./attribution-actors.ts";
import { WordGate, wordsOf } from "./word-gate.ts";

const GATE = new WordGate(ACTOR_GATE_RULES, "wordStart");

test("the named group is the one named first, and gating by the text's words does not change it", () => {
  const cases: [string, string | null][] = [
    ["Gunmen from Boko Haram, not ISWAP, attacked the village.", "Boko Haram"],
    ["ISWAP fighters and Boko Haram militants clashed near Jasim and Abu Kamal.", "ISIS"],
    ["Unknown gunmen killed a farmer.", "gunmen"],
    ["Armed bandits raided a market; gunmen fled.", "bandits"],
    ["Hurras al-Din and al-Shabab were named; Da'esh was not.", "al-Qaeda"],
    ["A quiet week.", null],
  ];
  for (const [text, group] of cases) {
    const p = GATE.possibleIn(wordsOf(text));
    assert.equal(findGroup(text), group, text);
    assert.equal(groupIn(text, p), group, text);
  }
});

test("specific groups and state actors are found the same with and without the gate", () => {
  for (const text of [
    "The claim by ISKP came after Taliban police were attacked.",
    "US-led Coalition aircraft and the Deir ez-Zor Intelligence Directorate acted.",
    "Nigerian troops repelled JAS fighters near Jasim.",
  ]) {
    const p = GATE.possibleIn(wordsOf(text));
    assert.equal(findSpecificGroup(text, false, p), findSpecificGroup(text), text);
    assert.equal(findSpecificGroup(text, true, p), findSpecificGroup(text, true), text);
    assert.equal(findStateActor(text, p), findStateActor(text), text);
  }
  assert.equal(findSpecificGroup("The claim by ISKP came after Taliban police were attacked.", true), "Taliban");
  assert.equal(findStateActor("US-led Coalition aircraft struck."), "International Coalition");
});
