import { test } from "node:test";
import assert from "node:assert/strict";
import { extractDocument } from "./extract.ts";
import { extractCasualties } from "./casualties.ts";

// A digest of local networks' posts ("[DD/MM HH:MM] Network: text"), and military press releases
// written in their abbreviations and addresses.

const digest = [
  "LOCAL NETWORKS DIGEST - Raqqa province | Week of 6-12 March 2023",
  "Compiled 13 March 2023 from local channels.",
  "",
  "== Monday 6 March ==",
  "",
  "[06/03 09:40] Raqqa Now 7: Gunmen on a motorcycle shot dead an SDF fighter at a checkpoint in Al-Karamah. The attackers fled.",
  "",
  "[07/03 00:20] Furat Voice: Late last night gunmen attacked an SDF post near Al-Tabqah with machine guns. Two SDF members were killed.",
  "",
  "[07/03 08:05] Raqqa Now 7: Three SDF fighters killed in last night's attack on the post near Al-Tabqah, a relative said.",
  "",
  "[07/03 11:00] Furat Voice: Demonstrators burned tyres on the Al-Karamah road over bread prices.",
  "",
  "[08/03 16:30] Raqqa Now 7: Unknown gunmen killed a teacher in the Al-Mashlab district of Raqqa. His body was found beside his motorcycle.",
].join("\n");

test("a post's channel is its source and its stamp dates it, with no count or place of its own", () => {
  const out = extractDocument(digest, { document: "d" });
  const first = out.incidents.find((i) => /Al-Karamah\. The attackers/.test(i.quote));
  assert.ok(first, JSON.stringify(out.incidents.map((i) => i.quote.slice(0, 50))));
  assert.equal(first.event_date, "2023-03-06");
  assert.equal(first.killed.low, 1);
  assert.deepEqual(first.sources.map((s) => s.name), ["Raqqa Now 7"]);
  assert.notEqual(first.location, "Raqqa");
});

test("another channel's later toll of last night's attack bounds the first, in one incident", () => {
  const out = extractDocument(digest, { document: "d" });
  const tabqa = out.incidents.filter((i) => /Tabqah/.test(i.quote));
  assert.equal(tabqa.length, 1);
  assert.deepEqual(tabqa[0]!.killed, { low: 2, high: 3 });
  assert.deepEqual(tabqa[0]!.sources.map((s) => s.name).sort(), ["Furat Voice", "Raqqa Now 7"]);
});

test("a protest with burning tyres is no incident, and 'his body was found' is the one already killed", () => {
  const out = extractDocument(digest, { document: "d" });
  assert.equal(out.incidents.filter((i) => /Demonstrators/.test(i.quote)).length, 0);
  assert.equal(out.incidents.find((i) => /teacher/.test(i.quote))?.killed.low, 1);
});

const releases = [
  "WESTERN COMMAND - PRESS RELEASES, MARCH 2020",
  "",
  "PRESS RELEASE No. 031-2020",
  "March 9, 2020",
  "",
  "Troops of the 41st Infantry Battalion encountered around 15 ASG members at Sitio Lubuk, Barangay Tanum, Patikul, Sulu on March 8. Two ASG members were killed while one soldier was KIA and three others were WIA. The wounded were flown to the hospital in Zamboanga City.",
  "",
  "PRESS RELEASE No. 033-2020",
  "March 12, 2020",
  "",
  "Police and Marines arrested an ASG sub-leader in Barangay Tulay, Jolo, Sulu on March 11. He faces charges in connection with the 2017 kidnapping of traders off Pangutaran.",
].join("\n");

test("a release's encounter is counterterrorism counted in KIA and WIA, placed at the known part of its address", () => {
  const out = extractDocument(releases, { document: "r" });
  const clash = out.incidents.find((i) => /Sitio Lubuk/.test(i.quote));
  assert.ok(clash);
  assert.equal(clash.category, "counterterrorism");
  assert.equal(clash.killed.low, 3);
  assert.equal(clash.wounded.low, 3);
  assert.equal(clash.location, "Patikul");
});

test("a place 'in connection with' an older case is not where the arrest was", () => {
  const out = extractDocument(releases, { document: "r" });
  const arrest = out.incidents.find((i) => /Tulay/.test(i.quote));
  assert.ok(arrest);
  assert.equal(arrest.location, "Jolo");
});

test("'killed or wounded, of whom three died' splits the dead from the wounded", () => {
  const c = extractCasualties("Nine policemen were killed or wounded, of whom two died on their way to the hospital.");
  assert.deepEqual([c.killed.low, c.wounded.low, c.casualties.low], [2, 7, 9]);
});
