import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { prng } from "../../bench/generate-corpus.ts";
import { distanceKm } from "./geodesy.ts";
import { SpatialGrid } from "./spatial-grid.ts";

interface Point {
  id: number;
  lat: number;
  lon: number;
  country: string;
}

/** The answer by brute force: every point within reach, by distance, ties in the order given. */
function bruteNearest(points: readonly Point[], lat: number, lon: number, limit: number, accept: (p: Point) => boolean): number[] {
  return points
    .filter((p) => accept(p) && Math.abs(Math.floor(p.lat) - Math.floor(lat)) <= 20 && Math.abs(Math.floor(p.lon) - Math.floor(lon)) <= 20)
    .map((p) => ({ id: p.id, km: distanceKm(lat, lon, p.lat, p.lon) }))
    .sort((a, b) => a.km - b.km || a.id - b.id)
    .slice(0, limit)
    .map((x) => x.id);
}

describe("SpatialGrid.nearest", () => {
  const rng = prng(7);
  const points: Point[] = [];
  // A dense cluster (a city), a sparse spread (a country), and places sharing one point.
  for (let i = 0; i < 400; i++) points.push({ id: points.length, lat: 33.3 + (rng() - 0.5) * 0.4, lon: 44.4 + (rng() - 0.5) * 0.4, country: "IQ" });
  for (let i = 0; i < 600; i++) points.push({ id: points.length, lat: 29 + rng() * 8, lon: 39 + rng() * 9, country: rng() < 0.5 ? "IQ" : "SY" });
  for (let i = 0; i < 5; i++) points.push({ id: points.length, lat: 34.1, lon: 42.5, country: "IQ" });
  const grid = new SpatialGrid(points);

  test("gives the same places as a brute-force search, nearest first, for points in and around the data", () => {
    const q = prng(11);
    for (let i = 0; i < 300; i++) {
      const lat = 27 + q() * 12;
      const lon = 37 + q() * 13;
      const limit = 1 + Math.floor(q() * 12);
      const got = grid.nearest(lat, lon, limit, () => true).map((p) => p.id);
      assert.deepEqual(got, bruteNearest(points, lat, lon, limit, () => true), `at ${lat}, ${lon}, limit ${limit}`);
    }
  });

  test("applies the filter before counting the limit", () => {
    const only = (p: Point): boolean => p.country === "SY";
    const got = grid.nearest(33.3, 44.4, 5, only).map((p) => p.id);
    assert.deepEqual(got, bruteNearest(points, 33.3, 44.4, 5, only));
    assert.ok(got.every((id) => points[id]!.country === "SY"));
  });

  test("keeps places at the same point in the order they were given", () => {
    const got = grid.nearest(34.1, 42.5, 3, () => true).map((p) => p.id);
    assert.deepEqual(got, [1000, 1001, 1002]);
  });

  test("finds nothing beyond twenty degrees", () => {
    assert.deepEqual(grid.nearest(-10, 0, 3, () => true), []);
  });
});
