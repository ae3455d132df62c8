import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, test } from "node:test";
import type { MultiPolygon, Polygon } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import { allRegions, parseRegions, regionCountries, regionsOf } from "./admin1-polygons.ts";

describe("admin-1 polygons", () => {
  test("give the rings topojson-client's feature gives, point for point, for every region", () => {
    const text = readFileSync(new URL("./data/admin1.topo.json", import.meta.url), "utf8");
    const topo = JSON.parse(text) as Topology<{ admin1: GeometryCollection<{ country: string; admin1: string }> }>;
    const features = feature(topo, topo.objects.admin1).features.filter((f) => f.geometry !== null);
    const regions = allRegions();
    assert.equal(regions.length, features.length);
    features.forEach((f, k) => {
      const r = regions[k]!;
      assert.equal(r.country, f.properties.country);
      assert.equal(r.admin1, f.properties.admin1);
      const g = f.geometry as Polygon | MultiPolygon;
      const rings = (g.type === "Polygon" ? [g.coordinates] : g.coordinates).flat();
      assert.equal(r.rings.length, rings.length);
      rings.forEach((ring, i) => assert.deepEqual(Array.from(r.rings[i]!), ring.flatMap((p) => [p[0], p[1]]), `${r.admin1} ring ${i}`));
    });
  });

  test("of one country are that country's regions of the whole file, in order", () => {
    for (const country of regionCountries()) {
      assert.deepEqual(regionsOf(country), allRegions().filter((r) => r.country === country), country);
    }
    assert.deepEqual(regionsOf("XX"), []);
  });

  test("stitch reversed arcs and pad rings shorter than four points", () => {
    const topo = {
      arcs: [[[0, 0], [1, 0], [1, 1]], [[1, 1], [0, 0]], [[5, 5], [6, 6]]],
      objects: { admin1: { geometries: [
        { type: "Polygon", arcs: [[0, 1]], properties: { country: "XX", admin1: "A" } },
        { type: "Polygon", arcs: [[~1, ~0]], properties: { country: "XX", admin1: "B" } },
        { type: "Polygon", arcs: [[2]], properties: { country: "XX", admin1: "C" } },
      ] } },
    };
    const [a, b, c] = parseRegions(topo);
    assert.deepEqual(Array.from(a!.rings[0]!), [0, 0, 1, 0, 1, 1, 0, 0]);
    assert.deepEqual(Array.from(b!.rings[0]!), [0, 0, 1, 1, 1, 0, 0, 0]);
    assert.deepEqual(Array.from(c!.rings[0]!), [5, 5, 6, 6, 5, 5, 5, 5]);
  });
});
