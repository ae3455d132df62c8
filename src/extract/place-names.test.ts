import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { headingPlace, resolve, resolveWithKey } from "./place-names.ts";

describe("resolve", () => {
  test("gives the same place with the countries' key passed in as without it", () => {
    for (const [name, countries, type] of [["Al-Mayadeen", ["SY"], undefined], ["Diyala", ["IQ"], "province"], ["Khair", ["AF"], undefined], ["Nowhere Atall", [], undefined]] as const) {
      const plain = resolve(name, countries, type);
      assert.deepEqual(resolveWithKey(name, countries, countries.join(","), type), plain);
    }
  });

  test("keeps contexts apart: a name resolved under one country list is not reused for another", () => {
    const sy = resolve("Al-Raqqah", ["SY"]);
    assert.equal(sy?.place.country, "SY");
    assert.deepEqual(resolve("Al-Raqqah", ["SY", "IQ"]), resolveWithKey("Al-Raqqah", ["SY", "IQ"], "SY,IQ"));
    assert.notEqual(resolve("Rafah", ["EG"])?.place.country, resolve("Rafah", ["PS"])?.place.country);
  });
});

test("a title in capitals naming the arena with an article ('THE SAHEL WEEKLY') names no place", () => {
  assert.equal(headingPlace("THE SAHEL WEEKLY NOTE - 2 June 2024", ["ML", "NE", "BF"]), null);
  assert.equal(headingPlace("The Sahel Weekly Note", ["ML", "NE", "BF"]), null);
  assert.equal(headingPlace("MOPTI REGION - 2 June 2024", ["ML"])?.name, "Mopti");
});

test("a city written with 'City' after its name is named without it, unless the gazetteer's name has it", () => {
  assert.equal(resolve("Kandahar City", ["AF"])?.name, "Kandahar");
  assert.equal(resolve("Kandahar City", ["AF"])?.place.country, "AF");
});

test("a heading naming a part of a town by its compass side ('Western Mosul') names the town", () => {
  assert.equal(headingPlace("Western Mosul", ["IQ"])?.name, "Mosul");
  assert.equal(headingPlace("Eastern Ghouta and southern Damascus", ["SY"])?.country, "SY");
});
