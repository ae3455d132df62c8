import { test } from "node:test";
import assert from "node:assert/strict";
import { loosened, ruleStems } from "./rule-stems.ts";

test("stems are read from each alternative; rules without one are always tried", () => {
  assert.deepEqual(ruleStems(/\bambush(?:ed|es)?\b/i), [{ text: "ambush", atWordStart: true }]);
  assert.deepEqual(ruleStems(/\brockets?\b|improvised explosive/i), [{ text: "rocket", atWordStart: true }, { text: "improvised", atWordStart: false }]);
  assert.deepEqual(ruleStems(/\b(?:ISIS|Daesh)\b/), [{ text: "ISIS", atWordStart: true }, { text: "Daesh", atWordStart: true }]);
  assert.equal(ruleStems(/\s+was/), null);
  assert.equal(ruleStems(/\b(?:the )?bomb/), null);
  assert.equal(ruleStems(/\bgrenade/iu), null);
});

test("a loosened gate pattern replaces one piece of the rule and keeps its flags", () => {
  const re = /\b(?:an?|the) bomb\b|\bIEDs?\b/gi;
  const loose = loosened(re, "\\b(?:an?|the) bomb", "\\bbomb");
  assert.equal(loose.source, "\\bbomb\\b|\\bIEDs?\\b");
  assert.equal(loose.flags, "gi");
  assert.throws(() => loosened(re, "grenade", "x"));
});
