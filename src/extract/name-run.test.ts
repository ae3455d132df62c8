import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { NAME } from "./place-names.ts";
import { isNameOrSpace, nameRunStart, numberRunStart } from "./name-run.ts";

describe("nameRunStart", () => {
  test("goes back over names, particles and spaces to the last other character", () => {
    const text = "On May 3, fighters in the Deir ez-Zor Governorate";
    assert.equal(nameRunStart(text, text.indexOf("Governorate")), text.indexOf(" fighters"));
    assert.equal(nameRunStart("(Diyala Province", 7), 1);
    assert.equal(nameRunStart("Diyala", 0), 0);
  });
});

describe("numberRunStart", () => {
  test("goes back over a distance with decimals and words to the last other character", () => {
    const text = "Fighting, about 2.5 km north; then some twenty-five km west";
    assert.equal(numberRunStart(text, text.indexOf("km")), text.indexOf(" about"));
    assert.equal(numberRunStart(text, text.lastIndexOf("km")), text.indexOf(" then"));
  });
});

describe("isNameOrSpace", () => {
  test("holds for every character a name, 'the' or the spaces between can contain", () => {
    const name = new RegExp(`^(?:the\\s+)?${NAME}\\s+$`);
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      // A character that can stand inside a name (after a capital) or as a space after one.
      if (name.test(`The Ab${ch}c `) || name.test(`Ab ${ch}Cd `) || name.test(`Ab${ch} `)) assert.ok(isNameOrSpace(c), c.toString(16));
    }
  });
});
