// Totals whose parts follow a colon. Sentences written for this test.
import { test } from "node:test";
import assert from "node:assert/strict";
import { colonBreakdowns } from "./stat-colon-lists.ts";

const parts = (s: string) => colonBreakdowns(s, null).map((b) => [b.metric, b.total, b.items.map((i) => `${i.label}:${i.value}`).join(", ")]);

test("strikes near towns after a colon are a breakdown of the attacks count when they add up", () => {
  assert.deepEqual(parts("The coalition said it had flown 64 strikes in Syria: 40 near Hajin, 15 near Al-Bukamal and 9 in other areas."), [["attacks", 64, "Hajin:40, Al-Bukamal:15, other areas:9"]]);
});

test("parts that do not add up to a count before the colon are nothing", () => {
  assert.deepEqual(parts("The coalition said it had flown 64 strikes in Syria: 40 near Hajin, 15 near Al-Bukamal and 7 in other areas."), []);
});

test("the words between the count and the colon give the metric, not an earlier metric word", () => {
  assert.deepEqual(parts("Those attacks caused 96 reported fatalities in March: 60 in Borno, 30 in Yobe and 6 in Adamawa."), [["killed", 96, "Borno:60, Yobe:30, Adamawa:6"]]);
});

test("groups of people are parts by target, a clause after a part is not its label", () => {
  assert.deepEqual(parts("The siege has killed 310 people since March: 205 militants, 71 soldiers and police, and 34 civilians shot by snipers."), [["killed", 310, "militants:205, soldiers and police:71, civilians:34"]]);
});

test("axes of a front are parts of it", () => {
  assert.deepEqual(parts("Amaq counted 52 suicide operations since the offensive began on June 2: 30 on the western axis and 22 on the northern axis."), [["attacks", 52, "western axis:30, northern axis:22"]]);
});

test("a remark on a part ('most of them shepherds') is skipped, and a label's small words do not make it a clause", () => {
  assert.deepEqual(parts("The cells had killed 40 people: 22 soldiers of the army and members of the allied militias, 11 civilians, most of them shepherds, and 7 policemen."), [["killed", 40, "soldiers of the army and members of the allied militias:22, civilians:11, policemen:7"]]);
});

test("people by nationality are parts by target, and parts may be counted in words", () => {
  assert.deepEqual(parts("Monitors say 33 residents have been murdered since January: 19 Iraqis, eleven Syrians and three guards."), [["killed", 33, "Iraqis:19, Syrians:11, guards:3"]]);
});

test("a thousands comma parts nothing, and a name's initials in brackets do not end the list", () => {
  assert.deepEqual(parts("The group said it had killed or wounded 1,650 soldiers: 1,100 from the Special Forces (SF), 400 from the police and 150 from the militias."), [["casualties", 1650, "Special Forces:1100, police:400, militias:150"]]);
});

test("the group's own words for a part, in brackets, do not end the list", () => {
  assert.deepEqual(parts('It claimed 30 operations: 12 suicide bombings ("martyrdom-seeking operations"), 10 IEDs and 8 sniper attacks.'), [["attacks", 30, "suicide bombings:12, IEDs:10, sniper attacks:8"]]);
});

test("a part's bracket naming the places its area holds does not end the list", () => {
  assert.deepEqual(parts("The group said it had carried out 40 suicide attacks around the city: 22 on the eastern front (Bashiqa and Bartella), 11 on the southern front (Hammam al-Alil) and 7 on the western front, near Tal Afar."), [["attacks", 40, "eastern front:22, southern front:11, western front:7"]]);
});
