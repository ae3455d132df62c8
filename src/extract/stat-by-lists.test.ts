import { test } from "node:test";
import assert from "node:assert/strict";
import { byList, byWhomList } from "./stat-by-lists.ts";
import { extractDocument } from "./extract.ts";

// Breakdowns a sentence announces by what they are by, each part its label then its count.
// Sentences written for these tests.

test("'By type:' announces labels in any words, each before its count, a bracketed remark inside a label included", () => {
  assert.deepEqual(byList("By type: roadside bomb 11, raid on a base 7, kidnapping 4, other (looting, threats) 3."), {
    dimension: "method",
    metric: null,
    total: null,
    items: [{ label: "roadside bomb", value: 11 }, { label: "raid on a base", value: 7 }, { label: "kidnapping", value: 4 }, { label: "other (looting, threats)", value: 3 }],
  });
});

test("the words before 'by month:' or the first part's noun say what the months count; one part, or a part without a count, is no list", () => {
  assert.deepEqual(byList("People wounded by month: April 12, May 30 and June 9."), { dimension: "month", metric: "wounded", total: null, items: [{ label: "April", value: 12 }, { label: "May", value: 30 }, { label: "June", value: 9 }] });
  assert.deepEqual(byList("By month: April 5 incidents, May 8, June 2.")?.metric, "attacks");
  assert.equal(byList("By type: mostly roadside bombs."), null);
  assert.equal(byList("By country: Chad 4."), null);
});

test("'By type, the 30 incidents were 12 raids, ...' gives counts before their labels, the preamble's count their total when they add up to it", () => {
  assert.deepEqual(byList("By type, the 30 incidents were 12 raids on villages, 9 roadside bombs, 5 thefts of vehicles and 4 others (threats and arrests)."), {
    dimension: "method",
    metric: "attacks",
    total: 30,
    items: [{ label: "raids on villages", value: 12 }, { label: "roadside bombs", value: 9 }, { label: "thefts of vehicles", value: 5 }, { label: "others", value: 4 }],
  });
  assert.equal(byList("By type, the 31 incidents were 12 raids and 9 roadside bombs.")?.total, null);
});

test("a paragraph of such lists gives breakdowns by method and by month, the 'total' a list ends with being its total, not a part", () => {
  const text = [
    "Lake Chad Safety Forum - Monthly Report", "Third quarter of 2023", "", "FIGURES", "",
    "The Forum recorded 24 incidents in the quarter. By type: roadside bomb 11, raid on a base 7, kidnapping 4, other (looting, threats) 2.",
    "",
    "By region: Borno 15, Yobe 6, Adamawa 3; total 24.",
    "",
  ].join("\n");
  const stats = extractDocument(text, { document: "t" }).statistics.map((s) => [s.metric, s.dimension, s.total, s.breakdown.map((b) => [b.label, b.value])]);
  assert.deepEqual(stats, [
    ["attacks", "method", 24, [["roadside bomb", 11], ["raid on a base", 7], ["kidnapping", 4], ["other", 2]]],
    ["attacks", "admin1", 24, [["Borno", 15], ["Yobe", 6], ["Adamawa", 3]]],
  ]);
});

test("the dead split by who killed them ('Of these, 21 were killed by ISWAP, 9 by bandits and 4 by the army') are parts by perpetrator; a lone agent is no list", () => {
  assert.deepEqual(byWhomList("Of these, 21 were killed by ISWAP, 9 by bandits and 4 by the army."), { metric: "killed", items: [{ label: "ISWAP", value: 21 }, { label: "bandits", value: 9 }, { label: "army", value: 4 }] });
  assert.deepEqual(byWhomList("Of the injured, 30 were wounded by mortar fire and 12 by sniper fire.")?.metric, "wounded");
  assert.equal(byWhomList("Of these, 21 were killed by ISWAP in Borno."), null);
  const text = "Monitor Report\nJanuary-June 2023\n\nThe monitor documented 34 civilians killed in the period. Of these, 21 were killed by ISWAP, 9 by bandits and 4 by the army.\n";
  const stats = extractDocument(text, { document: "t" }).statistics.map((s) => [s.metric, s.dimension, s.total, s.breakdown.map((b) => [b.label, b.value])]);
  assert.deepEqual(stats, [["killed", "perpetrator", 34, [["ISWAP", 21], ["bandits", 9], ["army", 4]]]]);
});
