import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { RAD, bearingToCompass, destination, distanceKm, haversineKm, initialBearing } from "./geodesy.ts";

function near(actual: number, expected: number, tolerance: number, what: string): void {
  assert.ok(Math.abs(actual - expected) <= tolerance, `${what}: ${actual} vs ${expected}`);
}

describe("destination", () => {
  // Hand-computed on a sphere of radius 6371.0088 km: 1 degree of arc = 111.195 km.
  test("111.195 km due north moves one degree of latitude and no longitude", () => {
    const p = destination(33.0, 44.0, 111.195, "N");
    near(p.lat, 34.0, 1e-4, "lat");
    near(p.lon, 44.0, 1e-9, "lon");
  });

  test("30 km north of Baghdad (33.31, 44.36) is about 33.58 N", () => {
    const p = destination(33.31, 44.36, 30, "N");
    near(p.lat, 33.31 + 30 / 111.195, 1e-4, "lat");
  });

  test("111.195 km due east on the equator moves one degree of longitude", () => {
    const p = destination(0, 10, 111.195, "E");
    near(p.lat, 0, 1e-9, "lat");
    near(p.lon, 11, 1e-4, "lon");
  });

  test("going south-west by 100 km changes both coordinates by about 0.636 degrees of arc", () => {
    // 100 km = 0.8993 deg of arc; each component 0.6359 deg; longitude is stretched by 1/cos(35 deg).
    const p = destination(35, 40, 100, "SW");
    near(p.lat, 35 - 0.6359, 0.01, "lat");
    near(p.lon, 40 - 0.6359 / Math.cos((35 * Math.PI) / 180), 0.01, "lon");
  });

  test("a numeric bearing of 90 equals the compass point E", () => {
    assert.deepEqual(destination(12, 13, 50, 90), destination(12, 13, 50, "E"));
  });

  test("distance back to the origin equals the distance travelled", () => {
    const p = destination(11.85, 13.16, 42, "NE");
    near(distanceKm(11.85, 13.16, p.lat, p.lon), 42, 1e-6, "km");
  });
});

describe("distance and bearing", () => {
  test("Baghdad to Baqubah is about 50 km", () => {
    near(distanceKm(33.34058, 44.40088, 33.75403, 44.60518), 49.9, 0.5, "km");
  });

  test("the initial bearing due north is 0 and due east on the equator is 90", () => {
    near(initialBearing(10, 10, 11, 10), 0, 1e-9, "north");
    near(initialBearing(0, 10, 0, 11), 90, 1e-9, "east");
  });

  test("bearings map to the nearest of eight compass points", () => {
    const cases: ReadonlyArray<readonly [number, string]> = [[0, "N"], [22, "N"], [23, "NE"], [90, "E"], [200, "S"], [250, "W"], [300, "NW"], [359, "N"], [-45, "NW"]];
    for (const [deg, point] of cases) assert.equal(bearingToCompass(deg), point, String(deg));
  });
});

describe("haversineKm", () => {
  test("gives bit for bit the distance distanceKm gives", () => {
    let seed = 1;
    const rnd = (): number => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    for (let i = 0; i < 5000; i++) {
      const lat1 = (rnd() - 0.5) * 170, lon1 = (rnd() - 0.5) * 360, lat2 = lat1 + (rnd() - 0.5) * 4, lon2 = lon1 + (rnd() - 0.5) * 4;
      assert.equal(haversineKm(lat1, lon1, Math.cos(lat1 * RAD), lat2, lon2, Math.cos(lat2 * RAD)), distanceKm(lat1, lon1, lat2, lon2));
    }
  });
});
