import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { admin1At, NEAREST_POLYGON_KM } from "./admin1-at.ts";
import { loadGazetteer } from "./gazetteer.ts";
import { parseSupplement, readSupplement } from "./gazetteer-data.ts";

const supplement = readSupplement();

describe("supplement.json", () => {
  test("every place has a public source, a known kind and a country polygon within reach", () => {
    for (const p of supplement.places) {
      assert.match(p.source, /^https?:\/\/|^osm:/, `${p.id} source`);
      const hit = admin1At(p.lat, p.lon, p.country);
      assert.ok(hit !== null, `${p.id} (${p.lat}, ${p.lon}) is more than ${NEAREST_POLYGON_KM} km from ${p.country}`);
    }
  });

  test("every place's admin1 is the one its coordinates fall in", () => {
    for (const p of supplement.places) {
      assert.equal(admin1At(p.lat, p.lon, p.country)?.admin1, p.admin1, p.id);
    }
  });

  test("ids are unique and every alias points at a gazetteer record", () => {
    const ids = supplement.places.map((p) => p.id);
    assert.equal(new Set(ids).size, ids.length);
    const known = new Set(loadGazetteer().all().map((p) => p.id));
    for (const a of supplement.aliases) assert.ok(known.has(a.target), a.target);
  });

  test("the required villages, roads and regions are present", () => {
    const g = loadGazetteer();
    for (const [name, country] of [
      ["Shahil", "SY"], ["Ithriya", "SY"], ["Ithriya-Khanaser road", "SY"], ["Deir ez-Zor-Palmyra highway", "SY"],
      ["Al-Badia", "SY"], ["Syrian Desert", "SY"], ["Jabal al-Bishri", "SY"], ["Euphrates Valley", "SY"],
      ["Deir ez-Zor Desert", "SY"], ["Al-Rutba Desert", "IQ"], ["Al-Mashahda", "IQ"], ["Hamrin mountains", "IQ"],
      ["Wadi Houran", "IQ"], ["Tafaha", "EG"], ["Rabi'a", "EG"], ["Rumana", "EG"], ["Al-Jura", "EG"], ["Al-Muqata'a", "EG"],
      ["Inates", "NE"], ["Palma", "MZ"], ["Oicha", "CD"], ["Eringeti", "CD"], ["Chaparhar", "AF"], ["Surkh Rod", "AF"],
    ] as const) {
      const top = g.lookup(name, { countries: [country] })[0];
      assert.equal(top?.country, country, name);
      assert.ok(top?.id.startsWith("sup:"), `${name} -> ${top?.id}`);
    }
  });

  test("Sahel, Lake Chad and Somali places that bulletins name but cities500 lacks are found in their country", () => {
    const g = loadGazetteer();
    for (const [name, country, admin1] of [
      ["Hombori", "ML", "Mopti"], ["Boni", "ML", "Mopti"], ["Anderamboukane", "ML", "Menaka"], ["Falagountou", "BF", "Sahel"],
      ["Kolofata", "CM", "Far North"], ["Hodan", "SO", "Banaadir"],
    ] as const) {
      const top = g.lookup(name, { countries: [country] })[0];
      assert.equal(top?.admin1, admin1, name);
    }
  });

  test("conflict-theatre villages, towns and bases that cities500 lacks or spells otherwise resolve to their country and admin1", () => {
    const g = loadGazetteer();
    for (const [name, country, admin1] of [
      ["Al-Baghuz Fawqani", "SY", "Deir ez-Zor"], ["Gharanij", "SY", "Deir ez-Zor"], ["Al-Kishkiyah", "SY", "Deir ez-Zor"],
      ["Khasham", "SY", "Deir ez-Zor"], ["Al-Tanf", "SY", "Homs"], ["T4 airbase", "SY", "Homs"], ["Sayyida Zeinab", "SY", "Rif Dimashq"],
      ["Al-Saadiyah", "IQ", "Diyala"], ["Amerli", "IQ", "Salah al-Din"], ["Hammam al-Alil", "IQ", "Nineveh"],
      ["Ain al-Asad", "IQ", "Anbar"], ["Jurf al-Nasr", "IQ", "Babil"], ["Mainok", "NG", "Borno"], ["Pulka", "NG", "Borno"],
      ["Solhan", "BF", "Sahel"], ["Pensa", "BF", "Centre-Nord"], ["Kantchari", "BF", "Est"], ["Gossi", "ML", "Timbuktu"],
      ["Léré", "ML", "Timbuktu"], ["Tongo Tongo", "NE", "Tillaberi"], ["Toumour", "NE", "Diffa"], ["Quissanga", "MZ", "Cabo Delgado"],
      ["Mecula", "MZ", "Niassa"], ["Kasindi", "CD", "North Kivu"], ["Mongbwalu", "CD", "Ituri"], ["Barawe", "SO", "Lower Shabelle"],
      ["Sakow", "SO", "Middle Juba"], ["Hamar Weyne", "SO", "Banaadir"], ["Nakhl", "EG", "North Sinai"],
      ["Haska Mina", "AF", "Nangarhar"], ["Dasht-e-Barchi", "AF", "Kabul"], ["Mir Ali", "PK", "Khyber Pakhtunkhwa"],
    ] as const) {
      const top = g.lookup(name, { countries: [country] })[0];
      assert.equal(top?.country, country, name);
      assert.equal(top?.admin1, admin1, name);
    }
  });

  test("the parser rejects an entry without a source", () => {
    const bad = { places: [{ id: "sup:x", name: "X", country: "SY", admin1: "Hama", lat: 35, lon: 37, kind: "village" }], aliases: [] };
    assert.throws(() => parseSupplement(bad), /source/);
  });
});
