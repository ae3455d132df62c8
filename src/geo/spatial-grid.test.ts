import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { prng } from "../../bench/generate-corpus.ts";
import { destination, distanceKm } from "./geodesy.ts";
import { SpatialGrid, cellReach } from "./spatial-grid.ts";

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

  test("within a distance gives exactly the unlimited answer cut at that distance", () => {
    const q = prng(13);
    for (let i = 0; i < 300; i++) {
      const lat = 27 + q() * 12;
      const lon = 37 + q() * 13;
      const limit = 1 + Math.floor(q() * 12);
      const km = q() * 60;
      const got = grid.nearest(lat, lon, limit, () => true, 20, km).map((p) => p.id);
      const full = grid.nearest(lat, lon, limit, () => true).filter((p) => distanceKm(lat, lon, p.lat, p.lon) <= km).map((p) => p.id);
      assert.deepEqual(got, full, `at ${lat}, ${lon}, limit ${limit}, within ${km} km`);
    }
  });

  test("finds nothing beyond twenty degrees", () => {
    assert.deepEqual(grid.nearest(-10, 0, 3, () => true), []);
  });
});

describe("cellReach", () => {
  test("covers every point within the distance, in latitude and in longitude", () => {
    const q = prng(5);
    for (let i = 0; i < 2000; i++) {
      const lat = (q() - 0.5) * 150;
      const km = q() * 100;
      const reach = cellReach(lat, km);
      // Points exactly km away in eight directions lie within `reach` quarter-degree cells.
      for (const bearing of [0, 45, 90, 135, 180, 225, 270, 315]) {
        const p = destination(lat, 10, km, bearing);
        const cells = Math.max(Math.abs(Math.floor(p.lat * 4) - Math.floor(lat * 4)), Math.abs(Math.floor(p.lon * 4) - Math.floor(10 * 4)));
        assert.ok(cells <= reach, `${km} km at ${bearing} from ${lat}: ${cells} cells, reach ${reach}`);
      }
    }
  });

  test("is unbounded for an unbounded distance and near the poles", () => {
    assert.equal(cellReach(30, Infinity), Infinity);
    assert.equal(cellReach(89.99, 50), Infinity);
  });
});
