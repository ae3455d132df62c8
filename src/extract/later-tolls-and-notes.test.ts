import { test } from "node:test";
import assert from "node:assert/strict";
import { extractDocument } from "./extract.ts";
import { extractCasualties } from "./casualties.ts";
import { attribute } from "./attribution.ts";

// Wordings of heldout27's weeklies: claims notes that end in a colon, a claim told by its statement,
// a toll raised later in the same bullet, running totals and counts in other words.

test("a claims note ending in a colon covers the list under it, set as a heading or in the passive, and a statement claiming the attack claims it", () => {
  const doc = [
    "Weekly, October 29 - November 4, 2020",
    "",
    "The Euphrates Valley",
    "",
    "According to ISIS's claims of responsibility posted on Telegram:",
    "",
    "◆ On October 30, 2020, an SDF fighter was shot dead in the town of Hajin.",
    "",
    "The Sinai Peninsula",
    "",
    "According to ISIS's claims of responsibility, the following attacks were carried out by the Sinai Province this week:",
    "",
    "◆ On November 1, 2020, an IED was detonated against an army vehicle south of Rafah.",
    "",
    "Egypt",
    "",
    "◆ On November 2, 2020, a suicide bomber blew himself up at a church in Tanta, killing four worshippers.",
    "",
    "◆ On November 3, 2020, ISIS issued a statement claiming responsibility for the attack, posted on its Telegram channels. The statement named the bomber.",
    "",
  ].join("\n");
  const out = extractDocument(doc, { document: "t" }).incidents;
  assert.equal(out.length, 3, JSON.stringify(out.map((i) => i.quote.slice(0, 40))));
  const [hajin, rafah, tanta] = out;
  assert.equal(hajin!.claim, "claimed");
  assert.equal(rafah!.claim, "claimed");
  assert.equal(tanta!.claim, "claimed");
});

test("a toll raised later in the same text is the new whole", () => {
  const raised = extractCasualties("A suicide bomber struck a gathering of soldiers. Five soldiers were killed and eight were wounded. The toll was later raised: on April 5, an officer said that seven soldiers had died.");
  assert.deepEqual([raised.killed.low, raised.wounded.low], [7, 8]);
  assert.equal(extractCasualties("At least 30 civilians were killed that day; the figure was later raised to 38.").killed.low, 38);
  assert.equal(extractCasualties("Six herders were killed on the spot. On the following day the monitor raised the toll to 9 killed, after three bodies were found nearby.").killed.low, 9);
});

test("running totals, counts in other words and blame for an attack 'behind it'", () => {
  assert.equal(extractCasualties("ISIS executed two men in Sirte. Since ISIS took over the city in 2015, dozens of residents have been executed there.").killed.low, 2);
  assert.equal(extractCasualties("The group said that all of the soldiers in the truck, four in number, were killed.").killed.low, 4);
  assert.equal(extractCasualties("The Security Media Cell said the strike had killed six of the organization's operatives.").killed.low, 6);
  assert.equal(extractCasualties("Three herders were captured and beheaded near the river.").killed.low, 3);
  assert.equal(extractCasualties("The police spokesman spoke of four civilians killed.").killed.low, 4);
  const disputed = extractCasualties("ISWAP claimed to have killed seven soldiers. Military sources, quoted by a local daily, confirmed two dead.");
  assert.deepEqual([disputed.killed.low, disputed.killed.high], [2, 7]);
  const behind = attribute("An IED went off in a market in Tarmiyah, killing three. No organization claimed responsibility, but the police believe that an ISIS cell operating in the orchards around the town was behind it.", { claimedBySection: false, groupOfSection: null });
  assert.deepEqual([behind.perpetrator, behind.claim], ["ISIS", "suspected"]);
});

test("a police statement's dead 'confirmed dead', injuries of 'various degrees', and a clock time that is no target", async () => {
  const c = extractCasualties("Two passengers were confirmed dead on the spot while five others sustained various degrees of injury.");
  assert.deepEqual([c.killed.low, c.wounded.low], [2, 5]);
  const { extractTarget } = await import("./target.ts");
  assert.equal(extractTarget("The Command wishes to inform the public that on 03/09/2021 at about 0230hrs, terrorists attacked the Divisional Police Headquarters."), "Divisional Police Headquarters");
});

test("a police statement's 'the 19th day of September 2021' is that day", async () => {
  const { findDates } = await import("./dates.ts");
  assert.deepEqual(findDates("The Command confirms that on the 19th day of September 2021, terrorists attacked farmers.", { period: null, reference: "2021-09-30" }).map((d) => [d.date, d.precision]), [["2021-09-19", 1]]);
});

test("an UPDATE paragraph that names only 'the attack' or 'the abducted' revises the incident just told, to the number of those killed it gives", () => {
  const doc = [
    "STATE COMMAND PRESS STATEMENTS, MAY 2022",
    "",
    "PRESS RELEASE - 12/05/2022",
    "On 11/05/2022 at about 1500hrs, gunmen attacked fishermen at a landing site near Baga, killing three and abducting six others.",
    "UPDATE - 14/05/2022: The bodies of two of the abducted fishermen were recovered from the lake, bringing the number of those killed in the attack to five.",
  ].join("\n");
  const out = extractDocument(doc, { document: "t" }).incidents.map((i) => [i.event_date, i.killed.low]);
  assert.deepEqual(out, [["2022-05-11", 5]]);
  assert.deepEqual([extractCasualties("Two more bodies were found, bringing the number of those killed to seven.").killed.low], [7]);
});

test("a bracketed compiler's note after a remark on the visit claims the attack told before it", () => {
  const doc = [
    "STATE COMMAND PRESS STATEMENTS, MAY 2022",
    "",
    "PRESS RELEASE - 20/05/2022",
    "On 19/05/2022 at about 0200hrs, terrorists attacked a Police divisional headquarters in Geidam LGA. One Inspector paid the supreme price. The Commissioner of Police has visited the division. [Compiler's note: ISWAP claimed the Geidam attack in a statement carried by Amaq on 20 May 2022, saying it had killed four policemen.]",
  ].join("\n");
  const out = extractDocument(doc, { document: "t" }).incidents.map((i) => [i.event_date, i.perpetrator, i.claim, i.killed.low, i.killed.high, i.sources.map((s) => s.name)]);
  assert.deepEqual(out, [["2022-05-19", "ISIS", "claimed", 1, 4, ["Amaq"]]]);
});

test("a claims note set as a heading, 'X claimed the following attacks on its Telegram channels:', claims the list under it; army helicopters that 'had attacked' the group act for the state", () => {
  const doc = [
    "Weekly, July 21-27, 2016",
    "",
    "Egypt (Sinai Peninsula)",
    "",
    "The Sinai Province claimed the following attacks on its Telegram channels:",
    "",
    "◆ July 22, 2016: A roadside bomb hit an army vehicle south of Sheikh Zuweid; two soldiers died.",
    "",
    "► On July 25, 2016, the army spokesman announced that army helicopters had attacked gatherings of takfiri operatives south of Rafah, killing nine of them.",
  ].join("\n");
  const out = extractDocument(doc, { document: "t" }).incidents.map((i) => [i.event_date, i.category, i.perpetrator, i.claim, i.sources.map((s) => s.name).join()]);
  assert.deepEqual(out.map((o) => o.slice(0, 4)), [
    ["2016-07-22", "attack", "ISIS", "claimed"],
    ["2016-07-25", "counterterrorism", "army", null],
  ]);
  assert.equal(out[0]![4], "Telegram");
});

