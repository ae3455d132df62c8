import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { admin1At } from "./admin1-at.ts";
import { loadGazetteer } from "./gazetteer.ts";

describe("admin1 for a point", () => {
  const POINTS: ReadonlyArray<readonly [string, number, number, string | undefined, string, string]> = [
    ["the Al-Mayadeen area", 35.02, 40.45, "SY", "SY", "Deir ez-Zor"],
    ["30 km north of Baghdad", 33.61, 44.4, "IQ", "IQ", "Baghdad"],
    ["Egyptian Rafah with country EG", 31.282, 34.239, "EG", "EG", "North Sinai"],
    ["Egyptian Rafah without a country", 31.282, 34.239, undefined, "PS", "Gaza Strip"],
    ["Beni", 0.49113, 29.47306, "CD", "CD", "North Kivu"],
    ["Bunia (a dated Natural Earth province)", 1.5594, 30.2522, "CD", "CD", "Ituri"],
    ["Jalalabad", 34.42647, 70.45153, "AF", "AF", "Nangarhar"],
    ["Maiduguri", 11.84692, 13.15712, "NG", "NG", "Borno"],
    ["Damaturu", 11.74697, 11.96083, "NG", "NG", "Yobe"],
    ["Al-Rutba", 33.03718, 40.28586, "IQ", "IQ", "Anbar"],
    ["Samarra", 34.1959, 43.88568, "IQ", "IQ", "Salah al-Din"],
    ["Baqubah", 33.75403, 44.60518, "IQ", "IQ", "Diyala"],
    ["Menaka", 15.9182, 2.4022, "ML", "ML", "Menaka"],
    ["Mocimboa da Praia", -11.35172, 40.35158, "MZ", "MZ", "Cabo Delgado"],
  ];
  for (const [label, lat, lon, country, expectedCountry, expected] of POINTS) {
    test(`${label} (${lat}, ${lon}) lies in ${expected}`, () => {
      assert.deepEqual(admin1At(lat, lon, country), { country: expectedCountry, admin1: expected });
    });
  }

  test("a point at sea just off the coast gets the nearest admin1 of the country", () => {
    assert.deepEqual(admin1At(31.2, 33.85, "EG"), { country: "EG", admin1: "North Sinai" });
  });

  test("a point far from the country gives null", () => {
    assert.equal(admin1At(0, 0, "SY"), null);
  });

  test("admin1 names from points and from gazetteer rows agree for focus-country cities", () => {
    const g = loadGazetteer();
    for (const [name, country] of [["Maiduguri", "NG"], ["Jalalabad", "AF"], ["Samarra", "IQ"], ["Al-Mayadeen", "SY"], ["Arish", "EG"]] as const) {
      const p = g.lookup(name, { countries: [country] })[0];
      assert.ok(p);
      assert.equal(admin1At(p.lat, p.lon, country)?.admin1, p.admin1, name);
    }
  });
});
