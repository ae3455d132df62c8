import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { prng } from "../../bench/generate-corpus.ts";
import { DisjointFirstMatches, leadingLiteral } from "./disjoint-matches.ts";
import { alternatives } from "./rule-stems.ts";

const RULES = [
  /\bWest Africa(?:n)?\b|\bISWAP\b|\bLake Chad\b/i,
  /\bSyria(?:n)?\b|\bIdlib\b|\bal-Sham\b/i,
  /\bPhilippines?\b|\bFilipino\b/i,
  /\bSomali(?:a|land)?\b|\bal-Shabaab\b/i,
];

describe("DisjointFirstMatches", () => {
  const matches = new DisjointFirstMatches(RULES);

  test("gives each rule's first match index, as exec does", () => {
    const text = "SYRIAN forces in idlib; al-Shabaab; the Philippine army; iswap; West Africans";
    assert.deepEqual(matches.indexes(text), RULES.map((r) => r.exec(text)?.index ?? -1));
  });

  test("agrees with exec on random texts", () => {
    const rng = prng(9);
    const pieces = ["Syria", "syrian", "n", "Idlib", "al-Sham", "AL-SHABAAB", "West", " ", "Africa", "ISWAP", "Lake Chad", "Philippine", "s", "Filipino", "Somali", "land", "x", "-", "é"];
    for (let i = 0; i < 5000; i++) {
      let text = "";
      const n = 1 + Math.floor(rng() * 10);
      for (let k = 0; k < n; k++) text += pieces[Math.floor(rng() * pieces.length)];
      assert.deepEqual(matches.indexes(text), RULES.map((r) => r.exec(text)?.index ?? -1), JSON.stringify(text));
    }
  });

  test("refuses rules that could match at one place, or that it cannot check", () => {
    assert.throws(() => new DisjointFirstMatches([/\bal-Sha\b/i, /\bal-Shabaab\b/i]));
    assert.throws(() => new DisjointFirstMatches([/\b(Syria)\b/i]));
    assert.throws(() => new DisjointFirstMatches([/\b[A-Z]+\b/i]));
    assert.throws(() => new DisjointFirstMatches([/\bSyria\b/]));
  });
});

describe("leadingLiteral and alternatives", () => {
  test("read the literal each top-level alternative starts with", () => {
    assert.deepEqual(alternatives("\\bA(?:b|c)\\b|\\bD[|]e|f").map(leadingLiteral), ["a", "d", "f"]);
    assert.equal(leadingLiteral("\\bPhilippines?\\b"), "philippine");
    assert.equal(leadingLiteral("\\bMozambi(?:que|can)\\b"), "mozambi");
  });
});
