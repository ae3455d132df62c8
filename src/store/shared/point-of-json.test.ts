import assert from "node:assert/strict";
import { test } from "node:test";
import { pointOfJson } from "./point-of-json.ts";

test("the coordinates are read from an incident's JSON as JSON.parse reads them", () => {
  const incident = { id: "a", latitude: -12.345678, longitude: 40.5, geo_precision: 2, admin1: "Cabo Delgado", quote: 'he said "latitude": 99,' };
  assert.deepEqual(pointOfJson(JSON.stringify(incident), "Cabo Delgado"), { latitude: -12.345678, longitude: 40.5, geo_precision: 2, admin1: "Cabo Delgado" });
});

test("unknown coordinates are read as null", () => {
  assert.deepEqual(pointOfJson(JSON.stringify({ latitude: null, longitude: null, geo_precision: 3 }), ""), { latitude: null, longitude: null, geo_precision: 3, admin1: "" });
});

test("a nested object with the same key makes the text unreadable, never misread", () => {
  const text = JSON.stringify({ extra: { latitude: 1 }, latitude: 2, longitude: 3, geo_precision: 1 });
  assert.equal(pointOfJson(text, ""), null);
});

test("a value that is not a plain number is not read", () => {
  assert.equal(pointOfJson(JSON.stringify({ latitude: "12", longitude: 3, geo_precision: 1 }), ""), null);
  assert.equal(pointOfJson(JSON.stringify({ latitude: 1, longitude: 3, geo_precision: 4 }), ""), null);
  assert.equal(pointOfJson(JSON.stringify({ latitude: 1, longitude: 3 }), ""), null);
});
