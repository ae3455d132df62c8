import { test } from "node:test";
import assert from "node:assert/strict";
import { extractDocument } from "./extract.ts";
import { extractCasualties } from "./casualties.ts";
import { locate } from "./places.ts";
import { warmUp } from "./extract.ts";

// A digest of translated local news items under "[Outlet | Fri 02/10/2020 22:15]" stamps with
// follow-ups, and an army general staff's numbered communiqués: styles of heldout26.

const digest = [
  "IRAQ PRESS DIGEST - SECURITY, MARCH 2021",
  "Compiled 1 April 2021.",
  "",
  "[Rudaw Arabic | Fri 05/03/2021 21:10]",
  "Diyala: two soldiers killed in blast near Jalawla",
  "A security source said on Friday evening that two soldiers were killed and four others wounded when an explosive device went off under their vehicle near the village of Qara Tapa, north of Jalawla.",
  "",
  "[Alsumaria News | Sat 06/03/2021 08:40] FOLLOW-UP",
  "Toll of Qara Tapa blast rises to three",
  "A source in the Diyala police said that one of the soldiers wounded in last night's explosion near Qara Tapa died of his injuries, bringing the number of dead to three.",
  "",
  "[Baghdad Today | Mon 08/03/2021 13:05]",
  "Kirkuk: attack on a police post in Daquq",
  "ISIS remnants attacked a police post in the village of Zanqar, in the Daquq district, shortly after midnight on Monday, a security source told Baghdad Today. The source said a policeman was killed and another wounded.",
  "",
  "[Shafaq News | Tue 09/03/2021 10:40] FOLLOW-UP",
  "Police: no deaths in Zanqar attack",
  "The Kirkuk police denied that any of its members had been killed in Monday's attack on the Zanqar post, and said two policemen were wounded.",
  "",
].join("\n");

test("a digest item's stamp gives its day and outlet, its headline is no incident, and a follow-up revises the item it names", () => {
  const out = extractDocument(digest, { document: "t" }).incidents;
  assert.equal(out.length, 2, JSON.stringify(out.map((i) => i.quote.slice(0, 40))));
  const [blast, post] = out;
  assert.equal(blast!.event_date, "2021-03-05");
  assert.deepEqual([blast!.killed.low, blast!.wounded.low], [3, 3]);
  assert.deepEqual(blast!.sources.map((s) => s.name).slice(0, 2), ["Rudaw Arabic", "Alsumaria News"]);
  assert.equal(post!.event_date, "2021-03-08");
  assert.deepEqual([post!.killed.low, post!.wounded.low], [0, 2]);
  assert.ok(post!.sources.some((s) => s.name === "Shafaq News"));
});

const communiques = [
  "GENERAL STAFF OF THE ARMED FORCES (EMGA)",
  "Communiqués of the General Staff, March 2022",
  "",
  "COMMUNIQUÉ No. 031/EMGA",
  "Bamako, 4 March 2022",
  "",
  "On Thursday 3 March 2022, the FAMa post of Niono, in the Ségou region, was the target of an attack by armed terrorist groups.",
  "",
  "The vigorous reaction of the units made it possible to repel the assailants. Provisional toll: on the friendly side, 1 dead and 4 wounded; on the enemy side, 8 terrorists neutralised.",
  "",
  "COMMUNIQUÉ No. 034/EMGA",
  "Bamako, 9 March 2022",
  "",
  "Update of communiqué No. 031: one of the soldiers wounded at Niono succumbed to his injuries on 8 March, bringing the toll on the friendly side to 2 dead and 3 wounded.",
  "",
].join("\n");

test("a communiqué's toll paragraph and its later update revise its attack, the number line naming the issuer", () => {
  const out = extractDocument(communiques, { document: "t" }).incidents;
  assert.equal(out.length, 1, JSON.stringify(out.map((i) => i.quote.slice(0, 40))));
  const [niono] = out;
  assert.equal(niono!.location, "Niono");
  // One soldier and eight assailants, then a second soldier who died of his wounds.
  assert.deepEqual([niono!.killed.low, niono!.wounded.low], [10, 3]);
  assert.ok(niono!.sources.some((s) => s.name === "EMGA"));
});

test("assailants 'neutralised' without an auxiliary are dead, and a site's town is where it is", () => {
  assert.equal(extractCasualties("The operation resulted in 9 terrorists neutralised and 5 captured.").killed.low, 9);
  warmUp();
  const at = locate("The FAMa camp of Tessit, in the Gao region, was shelled.", { countries: ["ML"], primary: "ML", region: null });
  assert.equal(at.location, "Tessit");
});
