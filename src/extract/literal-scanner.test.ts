import { test } from "node:test";
import assert from "node:assert/strict";
import { LiteralScanner, masksIn } from "./literal-scanner.ts";

const scanner = new LiteralScanner([
  ["kill", 1],
  ["skill", 2],
  ["lost ", 4],
  ["he", 8],
  ["she", 8],
]);

test("LiteralScanner finds every word, inside other words and in either case", () => {
  const hits: number[] = [];
  assert.equal(scanner.scan("A SKILLED shepherd", hits), 1 | 2 | 8);
  assert.deepEqual(hits, [7, 3, 13, 8, 16, 8]);
});

test("LiteralScanner matches a space only to a space and never folds other letters", () => {
  assert.equal(scanner.scan("they lost\ttwo", []), 8);
  assert.equal(scanner.scan("they lost two", []), 8 | 4);
  assert.equal(scanner.scan("K\u0130LL", []), 0);
});

test("LiteralScanner refuses a word with a character it cannot match", () => {
  assert.throws(() => new LiteralScanner([["no-one", 1]]));
});

test("masksIn keeps the hits that end inside a stretch", () => {
  const hits: number[] = [];
  scanner.scan("killed; skilled", hits);
  assert.equal(masksIn(hits, 0, 7), 1);
  assert.equal(masksIn(hits, 8, 15), 1 | 2);
  assert.equal(masksIn(hits, 8, 12), 0);
});

test("LiteralScanner keeps masks of more than 16 bits whole", () => {
  const wide = new LiteralScanner([["dead", 1 << 20], ["dea", 1 << 3]]);
  const hits: number[] = [];
  assert.equal(wide.scan("dead", hits), (1 << 20) | (1 << 3));
  assert.deepEqual(hits, [3, 1 << 3, 4, 1 << 20]);
  assert.throws(() => new LiteralScanner([["x", -1]]));
});
