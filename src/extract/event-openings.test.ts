import { test } from "node:test";
import assert from "node:assert/strict";
import { extractDocument } from "./extract.ts";

const weekly = (...items: string[]) =>
  extractDocument(["Weekly Jihad Monitor", "", "April 2-8, 2019", "", "Syria", "", ...items.flatMap((i) => [i, ""])].join("\n"), { document: "openings.txt" });

test("an item opening on a launched attack is an incident of its own, even when a later sentence updates its toll", () => {
  const r = weekly(
    "► On April 4, 2019, ISIS operatives launched a night assault on army posts near al-Shola, south of Deir ez-Zor. A monitoring group first counted nine soldiers killed. The next day it updated the toll to 17 soldiers killed.",
  );
  assert.equal(r.incidents.length, 1);
  assert.equal(r.incidents[0]!.event_date, "2019-04-04");
  assert.equal(r.incidents[0]!.killed.low, 17);
});

test("a convoy that came under attack, or a bomber who rammed a gate, opens an incident though a toll update follows", () => {
  const r = weekly(
    "► On April 5, 2019, a Syrian army convoy came under fire on the road to al-Sukhnah. Local sources later updated the toll to six soldiers killed.",
    "► On April 6, 2019, a suicide bomber rammed the gate of an SDF base in al-Shaddadi. The SDF later updated the toll to three fighters killed.",
  );
  assert.deepEqual(r.incidents.map((i) => [i.event_date, i.killed.low]), [["2019-04-05", 6], ["2019-04-06", 3]]);
});

test("an attack a cell had carried out before is background, not an event the paragraph opens", () => {
  const r = weekly(
    "► On April 7, 2019, police in Idlib arrested two men. Investigators said the cell that had carried out the bombings in March had planned more. The prosecutor later updated the count to four suspects.",
  );
  assert.ok(r.incidents.every((i) => i.category !== "attack"));
});

test("the release of captives a group had abducted before ends that abduction; it opens no attack", () => {
  const r = weekly(
    "► On April 6, 2019, the militants drove into the village and released 23 of the 40 pupils they had abducted from its school in March. Three of the pupils had died in captivity, their parents said.",
    "► On April 7, 2019, gunmen abducted nine farmers near Tabqa.",
  );
  assert.deepEqual(r.incidents.map((i) => i.event_date), ["2019-04-07"]);
});

test("an item that tells an event 'during the week' is dated by the bulletin's week, with a week's precision", () => {
  const r = weekly("► During the week, Syrian army artillery shelled ISIS positions in the desert east of Palmyra. No casualties were reported.");
  assert.equal(r.incidents.length, 1);
  assert.equal(r.incidents[0]!.event_date, "2019-04-02");
  assert.equal(r.incidents[0]!.time_precision, 2);
});

test("'the figure was raised to' in a later sentence revises the item's toll; it opens no incident of its own", () => {
  const r = weekly(
    "► On April 4, 2019, gunmen attacked a bus near Tabqa. Officials first spoke of six dead. On April 5 the figure was raised to 11 passengers killed.",
  );
  assert.equal(r.incidents.length, 1);
  assert.equal(r.incidents[0]!.event_date, "2019-04-04");
  assert.equal(r.incidents[0]!.killed.low, 11);
});

test("a day's two attacks told together near one town are one item, and resumed strikes open an event", () => {
  const r = weekly(
    "► On April 6, 2019, two attacks were carried out near the town of Tabqa. In the first, a mine hit a truck; in the second, gunmen fired on a checkpoint. Seven people were killed.",
    "► On April 7, 2019, after a lull, army aircraft resumed heavy strikes on Saraqib. At least nine civilians were killed; the figure was later raised to 12.",
  );
  assert.deepEqual(r.incidents.map((i) => [i.event_date, i.killed.low]), [["2019-04-06", 7], ["2019-04-07", 12]]);
});

test("staff taken from a bus at a roadblock, and a car driven off at gunpoint, are incidents", () => {
  const r = weekly(
    "► On April 3, 2019, two nurses were taken from a minibus at a roadblock north of Tabqa. No demand has been received.",
    "► On April 4, 2019, armed men stopped an aid agency's car outside Raqqa, forced the driver out and drove off with the vehicle. Neither the driver nor his passenger was hurt.",
  );
  assert.deepEqual(r.incidents.map((i) => i.event_date), ["2019-04-03", "2019-04-04"]);
  assert.ok(r.incidents[0]!.methods.includes("kidnapping"));
  assert.equal(r.incidents[1]!.wounded.high, 0);
});

test("a bomber who drove a vehicle into a position opens an event, though a later sentence raises the toll", () => {
  const r = weekly("► April 5, 2019: A suicide bomber drove an explosives-laden truck into an SDF position near Hajin. Monitors first counted three dead; the next day they raised the toll to six fighters killed.");
  assert.equal(r.incidents.length, 1);
  assert.equal(r.incidents[0]!.killed.low, 6);
});

test("photographs of an execution the group published tell the execution", () => {
  const r = weekly("► On April 5, 2019, ISIS published photos of the execution of three men near Hajin whom it accused of spying for the SDF.");
  assert.equal(r.incidents.length, 1);
  assert.equal(r.incidents[0]!.killed.low, 3);
});
