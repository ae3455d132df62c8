import { test } from "node:test";
import assert from "node:assert/strict";
import { extractDocument } from "./extract.ts";
import { extractCasualties } from "./casualties.ts";

// Tolls told in steps across a bullet (a first figure, a correction "lowered it to", a count that
// "had reached" or "was" a number) and killings told with the victims as a pronoun's companions.

const killed = (text: string): number => extractCasualties(text).killed.low;

test("a toll's last account stands, whether it 'had reached' a number, 'was' one, or the figure 'had passed' one", () => {
  assert.equal(killed("The first figure given by the state media was 61 dead. On May 2 the minister lowered it to 48; by May 5 the number of dead had reached 52."), 52);
  assert.equal(killed("The ministry said that the number of dead was about 140, not 210 as reported earlier."), 140);
  assert.equal(killed("On the morning of May 4 the hospital reported 31 dead; by nightfall the figure had passed 60. On May 6 the governor said that 97 people had been killed."), 97);
});

test("the victims of a pronoun's killing count with it, and bombers killing themselves with others are not among the dead", () => {
  assert.equal(killed("Gunmen broke into the house of a village elder and shot him and his brother to death."), 2);
  assert.equal(killed("Two suspects set off their explosive belts in the hideout, killing themselves together with four women and a child."), 5);
});

test("a dated correction of a toll stays in the attack it corrects, and the wounded told after it count", () => {
  const doc = [
    "Weekly, March 7-13, 2024",
    "",
    "► On March 7, 2024, a suicide bomber blew himself up at a crowded bus station in Quetta. The first figure released by the provincial government was 40 dead. On March 8, the provincial health minister lowered it to 33; by March 11 the number of dead had reached 36. About 90 people were wounded.",
    "",
  ].join("\n");
  const out = extractDocument(doc, { document: "t" }).incidents;
  assert.equal(out.length, 1, JSON.stringify(out.map((i) => i.quote.slice(0, 50))));
  assert.equal(out[0]!.killed.low, 36);
  assert.equal(out[0]!.wounded.low, 90);
  assert.match(out[0]!.quote, /About 90 people were wounded\.$/);
});

test("a first report with nothing after it is the toll, and a toll raised in steps ends at its last step, whatever the step's day and reason", () => {
  assert.equal(killed("The Observatory first spoke of 18 villagers killed."), 18);
  assert.equal(killed("The monitor first spoke of 12 civilians killed; on May 3 it raised the toll to 40, and on May 5, after more bodies were pulled from the rubble, to at least 71 civilians killed."), 71);
});

test("an attack told without a verb of attack in its first sentence ('entered the town after detonating car bombs') is an incident, though its toll is revised later", () => {
  const doc = [
    "Weekly, May 2-8, 2019",
    "",
    "► At dawn on May 2, 2019, ISIS operatives entered the town of Tal Abyad after detonating two car bombs at its southern gate. A local monitor said that 9 civilians were killed; on May 3 it raised the toll to 15.",
    "",
  ].join("\n");
  const out = extractDocument(doc, { document: "t" }).incidents;
  assert.equal(out.length, 1, JSON.stringify(out.map((i) => i.quote.slice(0, 50))));
  assert.equal(out[0]!.event_date, "2019-05-02");
  assert.equal(out[0]!.killed.low, 15);
});
