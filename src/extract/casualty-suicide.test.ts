import { test } from "node:test";
import assert from "node:assert/strict";
import { suicideAttackersAmong } from "./casualty-suicide.ts";

test("a suicide attacker included in a count is found only in a text about a suicide attack", () => {
  assert.equal(suicideAttackersAmong(["At least 6 people", "including the bomber"], "A suicide bomber struck."), 1);
  assert.equal(suicideAttackersAmong(["9 people", "including two attackers"], "Two suicide attackers struck."), 2);
  assert.equal(suicideAttackersAmong(["9 people", "including two attackers"], "Gunmen stormed a hotel."), 0);
  assert.equal(suicideAttackersAmong(["9 people", "including two children"], "A suicide bomber struck."), 0);
});
