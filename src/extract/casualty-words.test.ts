import { test } from "node:test";
import assert from "node:assert/strict";
import { CASUALTY_WORDS, W_ACTIVE, W_ANTECEDENT, W_HINT, W_KIA, W_MONTH, W_NOMINAL, W_NONE, W_PASSIVE, W_SUSTAINED, W_TOTAL, restatementPossible } from "./casualty-words.ts";

test("the casualty words mark a hint word inside a longer word, in any case", () => {
  const w = CASUALTY_WORDS.scan("Gunmen KILLED a skilled mason", []);
  assert.ok(w & W_HINT);
  assert.equal(CASUALTY_WORDS.scan("Gunmen raided a market", []) & W_HINT, 0);
});

test("the casualty words leave KIA and WIA as candidates, not hints", () => {
  const w = CASUALTY_WORDS.scan("2 soldiers KIA", []);
  assert.ok(w & W_KIA);
  assert.equal(w & W_HINT, 0);
});

test("the casualty words mark the words a rule needs: none, they, a month", () => {
  const w = CASUALTY_WORDS.scan("On 3 May no one was hurt; they fled", []);
  assert.ok(w & W_NONE);
  assert.ok(w & W_ANTECEDENT);
  assert.ok(w & W_MONTH);
});

test("a restatement is possible only with one of its phrases or a subject and a verb together", () => {
  assert.ok(restatementPossible(CASUALTY_WORDS.scan("According to ISIS, ten died", [])));
  assert.ok(restatementPossible(CASUALTY_WORDS.scan("The group said it killed ten", [])));
  assert.ok(!restatementPossible(CASUALTY_WORDS.scan("No group claimed the attack", [])));
  assert.ok(!restatementPossible(CASUALTY_WORDS.scan("A cell claimed responsibility for the attack", [])));
  assert.ok(restatementPossible(CASUALTY_WORDS.scan("ISIS claimed responsibility, stating it killed ten", [])));
});

test("the casualty words mark a killing named as a noun and a wound sustained", () => {
  const w = CASUALTY_WORDS.scan("Assassination of a judge; two guards sustained wounds", []);
  assert.ok(w & W_NOMINAL);
  assert.ok(w & W_SUSTAINED);
  assert.equal(CASUALTY_WORDS.scan("The killing field", []) & W_NOMINAL, 0);
});

test("the casualty words mark South Asian verbs, nouns of death and injury, totals and a claimant's statement", () => {
  const w = CASUALTY_WORDS.scan("Gunmen gunned down a guard, martyring him", []);
  assert.ok(w & W_HINT && w & W_ACTIVE && w & W_PASSIVE);
  assert.ok(CASUALTY_WORDS.scan("the death of two men and the injury of one", []) & W_NOMINAL);
  assert.ok(CASUALTY_WORDS.scan("The toll has risen to five", []) & W_HINT);
  assert.ok(CASUALTY_WORDS.scan("bringing to three the number", []) & W_TOTAL);
  assert.ok(restatementPossible(CASUALTY_WORDS.scan("The front, which claimed the raid, said it killed ten", [])));
});
