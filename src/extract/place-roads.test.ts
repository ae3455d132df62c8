import { test } from "node:test";
import assert from "node:assert/strict";
import { locate, type GeoContext } from "./places.ts";
import { loadGazetteer } from "../geo/gazetteer.ts";
import { distanceKm } from "../geo/geodesy.ts";

const ctx = (countries: string[]): GeoContext => ({ countries, primary: countries[0] ?? null, region: null });
const at = (name: string, country: string) => loadGazetteer().lookup(name, { countries: [country] })[0]!;
const midpoint = (a: string, b: string, country: string) => ({ lat: (at(a, country).lat + at(b, country).lat) / 2, lon: (at(a, country).lon + at(b, country).lon) / 2 });

test("a road named by its two ends is the location, placed halfway between them", () => {
  const r = locate("A mine went off under a police pickup on the Dikwa-Marte road.", ctx(["NG"]));
  assert.equal(r.location, "Dikwa-Marte road");
  assert.equal(r.geo_precision, 2);
  const mid = midpoint("Dikwa", "Marte", "NG");
  assert.ok(distanceKm(r.latitude!, r.longitude!, mid.lat, mid.lon) < 1);
  assert.ok(distanceKm(r.latitude!, r.longitude!, at("Dikwa", "NG").lat, at("Dikwa", "NG").lon) > 10);
});

test("'the road between A and B', with a spaced dash or an en dash, is the same road", () => {
  for (const text of [
    "Gunmen stopped a minibus on the road between Jalawla and Khanaqin and took two passengers.",
    "Gunmen stopped a minibus on the Jalawla – Khanaqin road and took two passengers.",
    "Gunmen stopped a minibus on the Jalawla–Khanaqin highway and took two passengers.",
  ]) {
    const r = locate(text, ctx(["IQ"]));
    const mid = midpoint("Jalawla", "Khanaqin", "IQ");
    assert.ok(distanceKm(r.latitude!, r.longitude!, mid.lat, mid.lon) < 1, text);
    assert.equal(r.admin1, "Diyala", text);
  }
});

test("a road's admin1 is that of the end it is named from, wherever its midpoint falls", () => {
  const r = locate("A bomb hidden in a cart exploded on the road between Daquq and Tuz Khurmatu.", ctx(["IQ"]));
  assert.equal(r.admin1, at("Daquq", "IQ").admin1);
});

test("a settlement named on the road places the item there, not the road's midpoint", () => {
  const r = locate("Fighters raided the town of Konduga on the Maiduguri-Bama road.", ctx(["NG"]));
  assert.equal(r.location, "Konduga");
});

test("a road from one town to another, or too long for its midpoint to mean much, is placed at its first end", () => {
  const from = locate("A convoy was ambushed on the road from Damboa to Maiduguri.", ctx(["NG"]));
  assert.ok(distanceKm(from.latitude!, from.longitude!, at("Damboa", "NG").lat, at("Damboa", "NG").lon) < 5);
  const long = locate("A convoy was ambushed on the road between Baghdad and Basra.", ctx(["IQ"]));
  assert.ok(distanceKm(long.latitude!, long.longitude!, at("Baghdad", "IQ").lat, at("Baghdad", "IQ").lon) < 15);
});

test("an offset along a two-ended road gives the point, and the road stays the location", () => {
  const r = locate("ISWAP set up a checkpoint on the Maiduguri-Damboa road, about 25 km south of Maiduguri.", ctx(["NG"]));
  assert.equal(r.location, "Maiduguri-Damboa road");
  assert.deepEqual(r.offset, { anchor: "Maiduguri", km: 25, bearing: "S" });
});
