import { test } from "node:test";
import assert from "node:assert/strict";
import { methodCounts } from "./stat-method-counts.ts";
import { extractDocument } from "./extract.ts";

// A total broken down by how the attacks were made, the counts before the kinds' names; and the
// dead by what killed them. Sentences written for these tests.

const stats = (text: string) => extractDocument(text, { document: "t" }).statistics.map((s) => [s.metric, s.dimension, s.total, s.breakdown.map((b) => [b.label, b.value])]);

test("counts before their kinds, joined by commas and 'and', are a breakdown by method", () => {
  assert.deepEqual(methodCounts("By kind, there were 21 IED attacks, 17 clashes, 9 sniper attacks and 4 suicide bombings."), [
    { metric: "attacks", total: null, items: [{ label: "IED attacks", value: 21 }, { label: "clashes", value: 17 }, { label: "sniper attacks", value: 9 }, { label: "suicide bombings", value: 4 }] },
  ]);
});

test("'of which 12 were IED attacks, ...' adds up to the count before it, a kind may hold 'and', and the last kind ends at its clause", () => {
  assert.deepEqual(methodCounts("The province claimed 30 operations, of which 12 were IED attacks, 9 were sniper and shooting attacks, 6 attacks with mortars and rockets and 3 assassinations (Telegram, May 2, 2019)."), [
    { metric: "attacks", total: 30, items: [{ label: "IED attacks", value: 12 }, { label: "sniper and shooting attacks", value: 9 }, { label: "attacks with mortars and rockets", value: 6 }, { label: "assassinations", value: 3 }] },
  ]);
});

test("the dead split by the means that killed them count the dead, and two parts are enough when they add up to the total", () => {
  assert.deepEqual(methodCounts("It put the losses of the militias at 140 fighters killed, 80 of them by IEDs, 35 by sniper fire and 25 in ambushes."), [
    { metric: "killed", total: 140, items: [{ label: "IEDs", value: 80 }, { label: "sniper fire", value: 35 }, { label: "ambushes", value: 25 }] },
  ]);
  assert.deepEqual(methodCounts("The group said it had staged 40 suicide attacks on the city's fronts, 31 of them with car bombs and 9 by suicide bombers on foot."), [
    { metric: "attacks", total: 40, items: [{ label: "car bombs", value: 31 }, { label: "suicide bombers on foot", value: 9 }] },
  ]);
});

test("counts of people, places or dates are no methods, and two parts that add up to nothing stated are too few", () => {
  assert.deepEqual(methodCounts("The attack killed 3 soldiers and 2 civilians, and wounded 7 policemen."), []);
  assert.deepEqual(methodCounts("Of the 30 attacks, 12 were in Diyala, 9 in Kirkuk and 9 in Salah al-Din."), []);
  assert.deepEqual(methodCounts("Two IED attacks and 3 sniper attacks were reported on May 4 and 5, 2019."), []);
  assert.deepEqual(methodCounts("There were 5 IED attacks and 2 clashes."), []);
});

test("a weekly's breakdown by kind in the next paragraph takes the week's total, not its own first count", () => {
  const text = "Weekly, May 9-15, 2019\n\n► The infographic in Al-Naba' summed up 45 attacks carried out between May 2 and 8, 2019: 20 in Iraq, 15 in West Africa and 10 in Syria.\n\n► By type of attack, the infographic lists 24 shooting attacks, 14 IED attacks, 4 raids on bases and 3 ambushes (Al-Naba', May 9, 2019).\n";
  assert.deepEqual(stats(text), [
    ["attacks", "arena", 45, [["Iraq", 20], ["West Africa", 15], ["Syria", 10]]],
    ["attacks", "method", 45, [["shooting attacks", 24], ["IED attacks", 14], ["raids on bases", 4], ["ambushes", 3]]],
  ]);
});

test("a kind followed by whom it hit ('raids on army bases', 'shooting attacks on soldiers and ...') is still a kind, and counts in words are read", () => {
  assert.deepEqual(methodCounts("The weekly broke down the 12 operations in the province as follows: six raids on army bases and positions, four IED attacks and two shooting attacks on soldiers and members of the local vigilante militia."), [
    { metric: "attacks", total: 12, items: [{ label: "raids on army bases and positions", value: 6 }, { label: "IED attacks", value: 4 }, { label: "shooting attacks", value: 2 }] },
  ]);
});

test("the dead and the hurt split by what hurt them, in a clause or in brackets after the toll, count the dead and the hurt", () => {
  assert.deepEqual(methodCounts("In all, 5 inmates were killed, 3 of them by gunshot and 2 by strangulation; 4 were injured (1 by stabbing, 3 by burns)."), [
    { metric: "killed", total: 5, items: [{ label: "gunshot", value: 3 }, { label: "strangulation", value: 2 }] },
    { metric: "wounded", total: 4, items: [{ label: "stabbing", value: 1 }, { label: "burns", value: 3 }] },
  ]);
});
