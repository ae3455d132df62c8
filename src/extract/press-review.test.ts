import { test } from "node:test";
import assert from "node:assert/strict";
import { extractDocument } from "./extract.ts";
import { findNamedSources } from "./sources.ts";
import { extractCasualties } from "./casualties.ts";

// A press review in translated French usage: numbered items opened by an area label, outlets that
// "report" and "write", the day of the edition before the day of the event, and French tolls.

const review = [
  "SAHEL PRESS REVIEW - NIGER / MALI",
  "Monthly review, March 2023 (1st to 31st March)",
  "Prepared by the Niamey office - 3 April 2023",
  "",
  "I. NIGER",
  "",
  "1. Tillabéri region. Radio Sahara Libre reports on Thursday 9 March that unidentified armed men entered the village of Tamou on Wednesday 8 March at dusk and killed about fifteen villagers before burning the shops.",
  "",
  "2. Tahoua region (Tillia). In its edition of Monday 13 March, Le Courrier Nigérien writes that on Sunday a patrol of the FDS struck a mine about 30 km north of Tillia. Three soldiers were killed.",
  "",
  "Political news. On Tuesday 14 March the government announced officially the end of operation Almahaou in the three borders zone; the case of the 12 soldiers detained since January is still open.",
  "",
  "3. Dosso region. The communiqué of the general staff, read on RTN in the evening of Saturday 18 March, indicates that the FDS conducted on Friday 17 March an offensive operation near Dogondoutchi, during which about twenty terrorists were \"neutralisés\".",
  "",
  "4. Tillabéri region (Ayorou). Le Sahélien relates that on Monday 20 March gunmen attacked a post of the self-defence group of Ayorou. The group speaks of about twelve dead in its ranks, and two of its members fell in the combat the next day.",
].join("\n");

test("an item opened by an area label is read from the sentence after it", () => {
  const out = extractDocument(review, { document: "r" });
  const tamou = out.incidents.find((i) => i.location === "Tamou");
  assert.ok(tamou, JSON.stringify(out.incidents.map((i) => i.quote.slice(0, 40))));
  assert.equal(tamou.event_date, "2023-03-08");
  assert.equal(tamou.killed.low, 15);
  assert.deepEqual(tamou.sources.map((s) => s.name), ["Radio Sahara Libre"]);
});

test("the day of an edition dates the weekday the article gives", () => {
  const out = extractDocument(review, { document: "r" });
  const mine = out.incidents.find((i) => /Courrier/.test(i.quote));
  assert.ok(mine);
  assert.equal(mine.event_date, "2023-03-12");
  assert.ok(mine.sources.some((s) => s.name === "Le Courrier Nigérien"));
});

test("a communiqué read on one day dates the operation it reports on the day it names", () => {
  const out = extractDocument(review, { document: "r" });
  const op = out.incidents.find((i) => /Dogondoutchi/.test(i.quote));
  assert.ok(op);
  assert.equal(op.event_date, "2023-03-17");
  assert.equal(op.category, "counterterrorism");
  assert.equal(op.killed.low, 20);
});

test("the announced end of an operation is political news, not an incident", () => {
  const out = extractDocument(review, { document: "r" });
  assert.equal(out.incidents.filter((i) => /Almahaou/.test(i.quote)).length, 0);
});

test("an outlet that reports, writes or relates is a source, known or not", () => {
  assert.deepEqual(findNamedSources("Le Sahélien relates that on Monday gunmen attacked a post.").map((s) => s.name), ["Le Sahélien"]);
  assert.deepEqual(findNamedSources("Journal de Niamey informs that the convoy was ambushed.").map((s) => s.name), ["Journal de Niamey"]);
  assert.deepEqual(findNamedSources("Actuniger.com reports that a mine exploded.").map((s) => s.name), ["Actuniger.com"]);
  // a pronoun or a generic body is no outlet
  assert.deepEqual(findNamedSources("He writes that the army was hit.").map((s) => s.name), []);
  assert.deepEqual(findNamedSources("The police reports that two men were held.").map((s) => s.name), []);
});

const tolls: [string, number][] = [
  ['About thirty assailants were "neutralisés" near the river.', 30],
  ["About thirty assailants were neutralisées near the river.", 30],
  ["The self-defence group speaks of about twelve dead in its ranks.", 12],
  ["Two of its members fell as martyrs in the clash.", 2],
  ["The army eliminated nine (9) takfiri elements in the valley.", 9],
  ["The general staff reported a raid near the river, during which about forty terrorist elements were eliminated.", 40],
  ["The sweep resulted in the elimination of 6 terrorists hiding in the caves.", 6],
];
for (const [text, killed] of tolls) {
  test(`extractCasualties counts ${killed} killed in "${text.slice(0, 50)}"`, () => {
    assert.equal(extractCasualties(text).killed.low, killed);
  });
}
