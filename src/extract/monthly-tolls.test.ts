import { test } from "node:test";
import assert from "node:assert/strict";
import { extractDocument } from "./extract.ts";

// A monitor's monthly toll for a country ("at least 849 Iraqis were killed ... in January 2016, of whom
// ..."): a statistic with its parts and its wounded, not an incident, in the wordings analysts use.

const doc = (paragraph: string): string => ["Weekly, March 1-7, 2016", "", "Iraq", "", paragraph, ""].join("\n");
const figures = (paragraph: string) =>
  extractDocument(doc(paragraph), { document: "t" }).statistics.map((s) => ({ metric: s.metric, total: s.total, parts: s.breakdown.map((b) => [b.label, b.value]) }));

test("a month's dead with 'of whom' parts and 'Another N were wounded' are two statistics, not an attack", () => {
  const out = extractDocument(doc("► According to figures the UN mission published on March 1, 2016, at least 912 Iraqis were killed in acts of terrorism and violence in February 2016, of whom 640 were civilians and 272 were members of the security forces. Another 1,510 were wounded."), { document: "t" });
  assert.equal(out.incidents.length, 0);
  const [killed, wounded] = out.statistics;
  assert.deepEqual([killed?.metric, killed?.total, killed?.breakdown.map((b) => b.value)], ["killed", 912, [640, 272]]);
  assert.deepEqual([wounded?.metric, wounded?.total], ["wounded", 1510]);
});

test("parts in brackets after a month's dead, and 'and N others were wounded', are read too", () => {
  assert.deepEqual(figures("Background: According to UNAMI, at least 760 Iraqis were killed in February 2016 (510 civilians and 250 members of the security forces), and 1,390 others were wounded."), [
    { metric: "killed", total: 760, parts: [["civilians", 510], ["members of the security forces", 250]] },
    { metric: "wounded", total: 1390, parts: [] },
  ]);
  assert.deepEqual(figures("The UN mission in Iraq (UNAMI) reported that at least 688 Iraqis had been killed in acts of terrorism in January 2016. Of those, 470 were civilians and 218 were members of the security forces."), [
    { metric: "killed", total: 688, parts: [["civilians", 470], ["members of the security forces", 218]] },
  ]);
});
