import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { prng } from "../../bench/generate-corpus.ts";
import { isRegexSpace, wordsBeforeOf } from "./of-hints.ts";

const TYPE = /(?:village|town|city|district|neighbou?rhood)$/;
const BEARING = /(?:north|south|\b[NSEW]{1,2})(?:ern)?$/;
const WHOLE_TYPE = /(?:village|town|city|district|neighbou?rhood)\s+of\s/;
const WHOLE_BEARING = /(?:north|south|\b[NSEW]{1,2})(?:ern)?\s+of\s/;

describe("wordsBeforeOf", () => {
  test("finds the word before ' of ' across runs of any spaces", () => {
    assert.equal(wordsBeforeOf("in the village \u00a0\t of Shahil", [TYPE, BEARING]), 1);
    assert.equal(wordsBeforeOf("20 km NE of Mosul", [TYPE, BEARING]), 2);
    assert.equal(wordsBeforeOf("the town of X, northern of Y", [TYPE, BEARING]), 3);
  });

  test("gives where the first word found for each test ends", () => {
    const ends = [-1, -1];
    const text = "the town of X, 5 km NE of Y and the village of Z";
    assert.equal(wordsBeforeOf(text, [TYPE, BEARING], ends), 3);
    assert.deepEqual(ends, [text.indexOf("town") + 3, text.indexOf("NE") + 1]);
  });

  test("needs a space on both sides of 'of' and a whole word for \\b", () => {
    assert.equal(wordsBeforeOf("the village of", [TYPE]), 0);
    assert.equal(wordsBeforeOf("villageof X", [TYPE]), 0);
    assert.equal(wordsBeforeOf("ONE of them", [BEARING]), 0);
    assert.equal(wordsBeforeOf("off the village offers", [TYPE]), 0);
  });

  test("agrees with the unanchored regex on random texts", () => {
    const rng = prng(3);
    const pieces = ["village", "town", "of", "off", " ", "  ", "\t", "\u2003", "N", "NE", "ONE", "north", "northern", "x", "city", "e", "-", "neighborhood"];
    for (let i = 0; i < 5000; i++) {
      let text = "";
      const n = 1 + Math.floor(rng() * 12);
      for (let k = 0; k < n; k++) text += pieces[Math.floor(rng() * pieces.length)];
      const want = (WHOLE_TYPE.test(text) ? 1 : 0) | (WHOLE_BEARING.test(text) ? 2 : 0);
      assert.equal(wordsBeforeOf(text, [TYPE, BEARING]), want, JSON.stringify(text));
    }
  });
});

describe("isRegexSpace", () => {
  test("is true exactly for the characters \\s matches", () => {
    for (let c = 0; c < 0x10000; c++) assert.equal(isRegexSpace(c), /\s/.test(String.fromCharCode(c)), c.toString(16));
  });
});
