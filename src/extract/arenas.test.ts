import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { countriesIn, findArena, inOrderOfMention } from "./arenas.ts";

describe("inOrderOfMention", () => {
  test("lists each country once, by where it is first named, the earlier entry on a tie", () => {
    assert.deepEqual(inOrderOfMention([5, 9, 2, 5], ["IQ", "SY", "EG", "NG"], 2), ["EG", "IQ", "NG", "SY"]);
    assert.deepEqual(inOrderOfMention([1, 4, 4, 9], ["IQ", "SY", "IQ", "AF"], 4), ["IQ", "SY", "AF"]);
    assert.deepEqual(inOrderOfMention([], [], 0), []);
  });
});

describe("countriesIn", () => {
  test("finds names, demonyms, phrases of several words and arenas in order of mention", () => {
    assert.deepEqual(countriesIn("Iraqi forces and the Democratic Republic of the Congo; the Levant"), ["IQ", "CD", "SY"]);
    assert.deepEqual(countriesIn("fighters in syria's east, then Nigeria's army"), ["SY", "NG"]);
    assert.deepEqual(countriesIn("On January 3, a car bomb exploded"), []);
    // a region of several countries is named by its first
    assert.deepEqual(countriesIn("ISIS in Southeast Asia"), ["PH"]);
    assert.deepEqual(findArena("South-East Asia")?.countries, ["PH", "ID", "MY"]);
  });
});
