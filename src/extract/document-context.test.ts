import { test } from "node:test";
import assert from "node:assert/strict";
import { extractDocument } from "./extract.ts";

test("a monitor that never names its country places shared town names by the document's other places", () => {
  const text = [
    "EUPHRATES VALLEY WATCH",
    "Weekly notes, 10 - 16 May 2021",
    "",
    "Shelling hit farms near Markada and a bakery in Hasaka this week, residents said.",
    "",
    "May 12 (Wed)",
    "",
    "A roadside bomb wounded two SDF fighters in Busaira on the river road.",
  ].join("\n");
  const [inc] = extractDocument(text, { document: "t" }).incidents.filter((i) => i.quote.includes("Busaira"));
  assert.equal(inc?.event_date, "2021-05-12");
  assert.equal(inc?.country, "SY");
  assert.equal(inc?.admin1, "Deir ez-Zor");
});

test("a clearance operation that arrests people is an incident", () => {
  const text = ["Monthly notes, March 2021", "", "2. Chronology", "", "2.1 Mar. 6 - Hiiraan: Government troops ran a clearance operation around Bulo Burte, arresting nine suspects."].join("\n");
  const [inc] = extractDocument(text, { document: "t" }).incidents;
  assert.equal(inc?.event_date, "2021-03-06");
  assert.equal(inc?.category, "counterterrorism");
});

test("a town that happens to share a word of the title does not become the place of the whole document", () => {
  const text = ["JAZIRA SECURITY MONITOR", "", "KEY POINTS", "", "On 4 May 2021, gunmen killed a shepherd near Markada."].join("\n");
  const [inc] = extractDocument(text, { document: "t" }).incidents;
  assert.equal(inc?.country, "SY");
});
