import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { loadGazetteer } from "./gazetteer.ts";

const g = loadGazetteer();

/** [text, country context, expected country, expected admin1, expected name of the top hit (substring)] */
const VARIANTS: ReadonlyArray<readonly [string, string, string, string, string]> = [
  ["Al-Mayadeen", "SY", "SY", "Deir ez-Zor", "Mayādīn"],
  ["Mayadin", "SY", "SY", "Deir ez-Zor", "Mayādīn"],
  ["al-Mayādīn", "SY", "SY", "Deir ez-Zor", "Mayādīn"],
  ["Baqubah", "IQ", "IQ", "Diyala", "Baqubah"],
  ["Ba'qubah", "IQ", "IQ", "Diyala", "Baqubah"],
  ["Baquba", "IQ", "IQ", "Diyala", "Baqubah"],
  ["Deir ez-Zor", "SY", "SY", "Deir ez-Zor", "Deir ez-Zor"],
  ["Dayr az Zawr", "SY", "SY", "Deir ez-Zor", "Deir ez-Zor"],
  ["Deir al-Zor", "SY", "SY", "Deir ez-Zor", "Deir ez-Zor"],
  ["Al-Raqqah", "SY", "SY", "Raqqa", "Raqqah"],
  ["Raqqa", "SY", "SY", "Raqqa", "Raqqah"],
  ["Hassakeh", "SY", "SY", "Al-Hasakah", "Ḩasakah"],
  ["Sheikh Zuweid", "EG", "EG", "North Sinai", "Ash Shaykh Zuwayd"],
  ["Al-Rutba", "IQ", "IQ", "Anbar", "Ruţbah"],
  ["Rutbah", "IQ", "IQ", "Anbar", "Ruţbah"],
  ["Al-Qaim", "IQ", "IQ", "Anbar", "Qā’im"],
  ["Baiji", "IQ", "IQ", "Salah al-Din", "Bayjī"],
  ["Samarra", "IQ", "IQ", "Salah al-Din", "Sāmarrā"],
  ["Fallujah", "IQ", "IQ", "Anbar", "Fallūjah"],
  ["Jalalabad", "AF", "AF", "Nangarhar", "Jalālābād"],
  ["Maiduguri", "NG", "NG", "Borno", "Maiduguri"],
  ["Damaturu", "NG", "NG", "Yobe", "Damaturu"],
  ["Rafah", "EG", "EG", "North Sinai", "Rafa"],
  ["Shahil", "SY", "SY", "Deir ez-Zor", "Al-Shuhayl"],
  ["Al-Shuhayl", "SY", "SY", "Deir ez-Zor", "Al-Shuhayl"],
  ["Ithriya", "SY", "SY", "Hama", "Ithriya"],
  ["Khanaser", "SY", "SY", "Aleppo", "Khanāşir"],
  ["Mashahada", "IQ", "IQ", "Baghdad", "Al-Mashahda"],
  ["Tafaha", "EG", "EG", "North Sinai", "Tafaha"],
  ["Tuffaha", "EG", "EG", "North Sinai", "Tafaha"],
  ["Malem Patori", "NG", "NG", "Borno", "Mallam Fatori"],
  ["Bosso", "NE", "NE", "Diffa", "Bosso"],
  ["Beni", "CD", "CD", "North Kivu", "Beni"],
  ["Palmyra", "SY", "SY", "Homs", "Tadmur"],
  ["Jalawla", "IQ", "IQ", "Diyala", "Jalawla"],
  ["Khogyani", "AF", "AF", "Nangarhar", "Khogyani"],
];

describe("gazetteer lookup", () => {
  for (const [text, context, country, admin1, name] of VARIANTS) {
    test(`"${text}" in ${context} context resolves to ${name} (${admin1}, ${country})`, () => {
      const top = g.lookup(text, { countries: [context] })[0];
      assert.ok(top, `no hit for ${text}`);
      assert.equal(top.country, country);
      assert.equal(top.admin1, admin1);
      assert.ok(top.name.includes(name), `${top.name} does not contain ${name}`);
    });
  }

  test("a country filter with no match falls back to all countries", () => {
    const hits = g.lookup("Maiduguri", { countries: ["SY"] });
    assert.equal(hits[0]?.country, "NG");
  });

  test("without a country the Gaza and Egyptian Rafah are both found", () => {
    const countries = new Set(g.lookup("Rafah").map((p) => p.country));
    assert.ok(countries.has("EG") && countries.has("PS"));
  });

  test("unknown and non-Latin names give no hits", () => {
    assert.deepEqual(g.lookup("Xqzzyville"), []);
    assert.deepEqual(g.lookup("الميادين"), []);
  });

  test("curated supplement entries carry a public source", () => {
    const shuhayl = g.lookup("Al-Shuhayl", { countries: ["SY"] })[0];
    assert.match(shuhayl?.source ?? "", /^https:\/\//);
  });
});

describe("admin1 by name", () => {
  const CASES: ReadonlyArray<readonly [string, string, string]> = [
    ["Diyala Province", "IQ", "Diyala"],
    ["Borno State", "NG", "Borno"],
    ["Salah al-Din Province", "IQ", "Salah al-Din"],
    ["Saladin", "IQ", "Salah al-Din"],
    ["Salahuddin", "IQ", "Salah al-Din"],
    ["the Kunar region", "AF", "Kunar"],
    ["Al-Anbar Province", "IQ", "Anbar"],
    ["Ninawa", "IQ", "Nineveh"],
    ["Nineveh", "IQ", "Nineveh"],
    ["Babel", "IQ", "Babil"],
    ["Dayr az Zawr", "SY", "Deir ez-Zor"],
    ["Ar Raqqah", "SY", "Raqqa"],
    ["Hasakah", "SY", "Al-Hasakah"],
    ["Nord-Kivu", "CD", "North Kivu"],
    ["Cabo Delgado", "MZ", "Cabo Delgado"],
    ["North Sinai Governorate", "EG", "North Sinai"],
  ];
  for (const [text, country, expected] of CASES) {
    test(`"${text}" is the admin1 ${expected} of ${country}`, () => {
      const found = g.findAdmin1(text, { countries: [country] });
      assert.equal(found?.admin1, expected);
      assert.equal(found?.country, country);
      assert.equal(found?.kind, "admin1");
      assert.equal(g.admin1(country, text)?.name, expected);
    });
  }

  test("findAdmin1 returns nothing for a town name", () => {
    assert.equal(g.findAdmin1("Maiduguri"), undefined);
  });
});

describe("nearest places", () => {
  test("the nearest place to Al-Mayadeen's coordinates is Al-Mayadeen", () => {
    assert.equal(g.nearest(35.0198, 40.4515)[0]?.name, "Al Mayādīn");
  });

  test("nearest honours the country and the limit", () => {
    const hits = g.nearest(31.28, 34.24, { country: "EG", limit: 3 });
    assert.equal(hits.length, 3);
    assert.ok(hits.every((p) => p.country === "EG"));
  });
});
