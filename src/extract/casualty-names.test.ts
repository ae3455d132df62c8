import { test } from "node:test";
import assert from "node:assert/strict";
import { isPersonName } from "./casualty-names.ts";

test("a personal name, with a rank or an Arabic particle, is a name", () => {
  assert.ok(isPersonName("Sepoy Imtiaz Khan"));
  assert.ok(isPersonName("Abu Bakr al-Baghdadi"));
  assert.ok(isPersonName("Ghulam ud Din"));
  assert.ok(isPersonName("Major Karim al-Hadi"));
});

test("a common noun phrase, an acronym or a title-case count is no name", () => {
  assert.ok(!isPersonName("The Guard"));
  assert.ok(!isPersonName("ISIS"));
  assert.ok(!isPersonName("Police Officers"));
  assert.ok(!isPersonName("Two Soldiers"));
  assert.ok(!isPersonName("the driver"));
  assert.ok(!isPersonName(""));
  assert.ok(!isPersonName("Monday"));
  assert.ok(!isPersonName("Major"));
});
