import { test } from "node:test";
import assert from "node:assert/strict";
import { extractDocument } from "./extract.ts";
import { extractMethods } from "./methods.ts";

const log = (...lines: string[]) =>
  extractDocument(
    ["NORTH-EAST SYRIA FIELD OFFICE - SAFETY UNIT", "AL-HOL CAMP: DAILY INCIDENT LOG", "", "Period covered: 01-07 June 2022", "", ...lines].join("\n"),
    { document: "log.txt" },
  );

test("a log's lines that give only the time take the day of the header above them", () => {
  const r = log(
    "WED 01/06/2022",
    "0915 | Sec.2 | Guards found a resident shot dead behind the clinic tents.",
    "1600 | Admin | Food distribution moved to the afternoon.",
    "",
    "THU 02/06/2022",
    "2230-2300 | Sec.5 | Two masked men stabbed a cleaner near the water tanks; he was taken to hospital with wounds to the arm.",
  );
  assert.deepEqual(r.incidents.map((i) => i.event_date), ["2022-06-01", "2022-06-02"]);
});

test("the camp a log's title names places the lines that name no other place", () => {
  const r = log("WED 01/06/2022", "0915 | Sec.2 | Guards found a resident shot dead behind the clinic tents.");
  assert.equal(r.incidents[0]!.country, "SY");
  assert.equal(r.incidents[0]!.admin1, "Al-Hasakah");
});

test("a body found with marks of strangling is a killing, and strangling an execution", () => {
  const r = log("FRI 03/06/2022", "0700 | Sec.1 | Body of a young woman found near the latrines, with marks of strangulation.");
  assert.equal(r.incidents.length, 1);
  assert.equal(r.incidents[0]!.killed.low, 1);
  assert.deepEqual(extractMethods("The woman had been strangled in her tent.", "attack"), ["execution"]);
});

test("a log's weekly summary is figures, not an incident", () => {
  const r = log(
    "WED 01/06/2022",
    "0915 | Sec.2 | Guards found a resident shot dead behind the clinic tents.",
    "",
    "WEEKLY SUMMARY (01-07 June): 1 resident killed by gunshot; 1 injured by stabbing.",
  );
  assert.equal(r.incidents.length, 1);
});

test("a cell saying only 'Road' is no place", () => {
  const r = log("SAT 04/06/2022", "1750 | Road | A roadside bomb went off under an Asayish pick-up on the road to the camp, wounding two guards.");
  assert.equal(r.incidents.length, 1);
  assert.equal(r.incidents[0]!.country, "SY");
});
