import { test } from "node:test";
import assert from "node:assert/strict";
import { extractDocument } from "./extract.ts";

function stats(paragraph: string) {
  const text = `Monthly Review\nMarch 1-31, 2022\n\nFigures\n\n${paragraph}\n`;
  return extractDocument(text, { document: "t" }).statistics;
}

function items(paragraph: string) {
  return stats(paragraph).flatMap((s) => [
    ...s.breakdown.map((b) => `${s.metric}:${s.dimension}:${b.label}=${b.value}`),
    ...(s.total === null ? [] : [`${s.metric}:total=${s.total}`]),
  ]);
}

const table: [string, string, string[]][] = [
  [
    "a paragraph ending 'By perpetrator:' over two-cell rows of a label and a count, with a Total row",
    "The monitor documented 27 civilian deaths in the province in March. By perpetrator:\n\nRegime shelling | 15\nRussian air strikes (including drones) | 8\nUnknown gunmen | 4\nTotal | 27",
    ["killed:total=27", "killed:perpetrator:Regime shelling=15", "killed:perpetrator:Russian air strikes (including drones)=8", "killed:perpetrator:Unknown gunmen=4", "killed:total=27"],
  ],
  [
    "a list of lines under 'By method:' and an inline 'By target:' list, with the week's total in force",
    "The newsletter credits the group with 40 operations this week.\n\nBy method, as the newsletter gives them:\n\n- bombings: 15\n- raids on posts: 20\n- sniping: 5\n\nBy target: soldiers 25, \"collaborators\" 10, militias 5.",
    ["attacks:method:bombings=15", "attacks:method:raids on posts=20", "attacks:method:sniping=5", "attacks:total=40", "attacks:target:soldiers=25", "attacks:target:collaborators=10", "attacks:target:militias=5", "attacks:total=40"],
  ],
  [
    "a toll put at killed and wounded, split into dead and wounded, with one region that 'alone accounts for' part of it",
    "The newsletter puts the toll of the week's attacks at 180 killed and wounded, split into 70 dead and 110 wounded. Syria alone accounts for 90 of those casualties, Iraq for 50.",
    ["casualties:arena:Syria=90", "casualties:arena:Iraq=50", "casualties:total=180", "killed:total=70", "wounded:total=110"],
  ],
  [
    "a monitor's count of civilians killed, and a toll since a date",
    "The monitoring project recorded 842 civilians killed in Niger in the first nine months of the year.\n\nThe regional governor said more than 150 civilians have been killed in Tillaberi alone since January.\n\nThe Monitor documented 41 civilian deaths in the province in March.",
    ["killed:total=842", "killed:total=150", "killed:total=41"],
  ],
  [
    "totals stated before their parts, with the previous week's figure in parentheses, and an item whose count looks like an outlet's number",
    "The infographic lists 44 operations: Iraq (20), Syria (14) and Sinai (10). It says 90 people were killed in these operations (75 in the previous week): Syria (50) and Iraq (40). The number of wounded was 70 (66 in the previous week): Iraq (46) and Khorasan (24).",
    ["attacks:arena:Iraq=20", "attacks:arena:Syria=14", "attacks:arena:Sinai Peninsula=10", "attacks:total=44", "killed:arena:Syria=50", "killed:arena:Iraq=40", "killed:total=90", "wounded:arena:Iraq=46", "wounded:arena:Khorasan=24", "wounded:total=70"],
  ],
  [
    "breakdowns in parentheses after a stated total",
    "The group's infographic said it carried out 240 attacks in Iraq in February. By province: Kirkuk (80); Diyala (70); Nineveh (50) and Anbar (40).",
    ["attacks:admin1:Kirkuk=80", "attacks:admin1:Diyala=70", "attacks:admin1:Nineveh=50", "attacks:admin1:Anbar=40", "attacks:total=240"],
  ],
  [
    "labels followed by bare numbers in a list",
    "It claimed 31 attacks across its provinces: Iraq 12, Syria 9, West Africa 7 and Khorasan 3.",
    ["attacks:arena:Iraq=12", "attacks:arena:Syria=9", "attacks:arena:West Africa=7", "attacks:arena:Khorasan=3", "attacks:total=31"],
  ],
  [
    "casualty totals with the previous period",
    "A total of 95 people were killed and wounded in those attacks, compared to 120 in the previous week. The largest number was in Syria (40), followed by Iraq (35) and Sinai Peninsula (20).",
    ["casualties:arena:Syria=40", "casualties:arena:Iraq=35", "casualties:arena:Sinai Peninsula=20", "casualties:total=95"],
  ],
  [
    "methods listed after \"by method:\", each label as the list writes it",
    "The same figures break the attacks down by method: IEDs (30); sniper fire (12); raids on outposts (8); other (4).",
    ["attacks:method:IEDs=30", "attacks:method:sniper fire=12", "attacks:method:raids on outposts=8", "attacks:method:other=4"],
  ],
  [
    "'N in X' parts and 'X for N' parts",
    "Monitors recorded 90 fatalities in March: 50 in Borno, 25 in Yobe and 15 in Adamawa.",
    ["killed:admin1:Borno=50", "killed:admin1:Yobe=25", "killed:admin1:Adamawa=15", "killed:total=90"],
  ],
  [
    "country labels as arenas",
    "Analysts counted 300 fatalities in the Sahel in March: Mali (120); Burkina Faso (110); Niger (70).",
    ["killed:arena:Mali=120", "killed:arena:Burkina Faso=110", "killed:arena:Niger=70", "killed:total=300"],
  ],
  [
    "a part given in words after parts in digits",
    "The monitor recorded 40 fatalities in March, 31 of them in Borno, six in Yobe and three in Adamawa.",
    ["killed:admin1:Borno=31", "killed:admin1:Yobe=6", "killed:admin1:Adamawa=3"],
  ],
  [
    "a total whose parts follow 'of which'",
    "The weekly summary for 5-11 March: 29 operations, of which Iraq 11, West Africa 10 and Syria 8.",
    ["attacks:arena:Iraq=11", "attacks:arena:West Africa=10", "attacks:arena:Syria=8", "attacks:total=29"],
  ],
  [
    "'killed and wounded N' is a count of casualties, not of the wounded",
    "The organization carried out 20 attacks. The attacks killed and wounded 64 people.",
    ["attacks:total=20", "casualties:total=64"],
  ],
];

test("statistics: the previous period's figure belongs to the metric its sentence states", () => {
  const got = stats("The organization carried out 31 attacks, compared to 24 attacks in the previous week. The attacks killed and wounded 87 people.");
  assert.equal(got.find((s) => s.metric === "attacks")?.previous_period_total, 24);
  assert.equal(got.find((s) => s.metric === "casualties")?.previous_period_total, undefined);
  assert.ok(!got.some((s) => s.metric === "wounded"));
});

for (const [what, paragraph, expected] of table) {
  test(`statistics: ${what}`, () => {
    const got = items(paragraph);
    for (const e of expected) assert.ok(got.includes(e), `missing ${e} in ${JSON.stringify(got)}`);
  });
}

test("a compared figure is kept as the previous period's total", () => {
  const [s] = stats("During the week the group carried out 52 attacks, compared to 47 in the previous week.");
  assert.equal(s?.total, 52);
  assert.equal(s?.previous_period_total, 47);
});

test("an incident paragraph gives no statistic", () => {
  assert.deepEqual(stats("► On March 3, 2022, militants attacked a checkpoint near Kirkuk. Three soldiers (two officers) were killed."), []);
});

test("a week's total with parts in digits and words, 'one' among them, and its killed split by who died", () => {
  const got = items("The period saw 23 attacks across the country, 15 of them in Sindh, seven in Balochistan and one in Punjab, in which 31 people were killed: 20 policemen and 11 civilians.");
  for (const e of ["attacks:total=23", "attacks:admin1:Sindh=15", "attacks:admin1:Balochistan=7", "attacks:admin1:Punjab=1", "killed:total=31", "killed:target:policemen=20", "killed:target:civilians=11"]) {
    assert.ok(got.includes(e), `missing ${e} in ${JSON.stringify(got)}`);
  }
});

test("a monitor's cumulative toll is a published figure with the groups it names", () => {
  const got = items("The number of civilians killed by landmines in the province has risen to 52 since the start of the year, including eight children and 11 women, according to the monitor's figures.");
  assert.deepEqual(got, ["killed:target:children=8", "killed:target:women=11", "killed:total=52"]);
});

test("operations and arrests by security forces are no attacks", () => {
  assert.deepEqual(stats("Separately, the army said it had conducted 230 search operations in the district since March, detaining 95 suspects."), []);
  assert.deepEqual(stats("Police figures show the counter-terrorism department carried out 140 operations this year."), []);
  assert.ok(items("The group carried out 40 operations in the province this month.").includes("attacks:total=40"));
});

test("a passive count of incidents is a total, and a region that 'accounted for' its share is a part", () => {
  const got = items("According to the monitor, 640 security incidents were recorded in Mali between January and May. The Mopti region accounted for 250 of them, Gao for 140 and Timbuktu for 120.");
  for (const e of ["attacks:total=640", "attacks:admin1:Mopti=250", "attacks:admin1:Gao=140", "attacks:admin1:Timbuktu=120"]) assert.ok(got.includes(e), `missing ${e} in ${JSON.stringify(got)}`);
});

test("a list of incidents by territory is a breakdown of attacks", () => {
  assert.deepEqual(items("Incidents by territory: Masisi 6, Rutshuru 4, Walikale 2."), ["attacks:admin1:Masisi=6", "attacks:admin1:Rutshuru=4", "attacks:admin1:Walikale=2"]);
});

test("incidents befalling aid workers are not attacks", () => {
  assert.deepEqual(stats("Since January, aid agencies have reported 22 incidents affecting their staff, in a region where attacks on convoys are frequent."), []);
});

test("counts a briefing gives region by region, each led by its place, are a breakdown without a total", () => {
  const got = items("According to the briefing, over the past week troops of Operation Safe Haven in the North-Central neutralised 19 terrorists and rescued 12 hostages. Over the same week troops of Operation Whirl Stroke in the North-East neutralised 33 insurgents.");
  assert.deepEqual(got.sort(), ["killed:admin1:North-Central=19", "killed:admin1:North-East=33"]);
});

test("a total stated alone and the parts the next paragraph lists are one published figure", () => {
  const got = stats("The monitor recorded 20 security incidents in the two provinces this week, against 17 the week before.\n\nIncidents by territory: Masisi 11, Rutshuru 6, Walikale 3.");
  assert.equal(got.length, 1);
  assert.equal(got[0]?.total, 20);
  assert.equal(got[0]?.previous_period_total, 17);
  assert.deepEqual(got[0]?.breakdown.map((b) => b.value), [11, 6, 3]);
});

test("people killed or wounded 'in these operations' are counted as killed or wounded, not as operations", () => {
  const got = items("The group said 84 people were killed in these attacks: Syria (40), Iraq (30) and Sinai (14). Another 50 were wounded in these operations: Iraq (30) and Syria (20).");
  assert.ok(got.includes("killed:arena:Syria=40") && got.includes("killed:arena:Iraq=30"), got.join("; "));
  assert.ok(!got.some((g) => g.startsWith("attacks:")), got.join("; "));
});

test("a count ending on a colon opens a list of 'Province: N' lines below it, and those lines are no section headings", () => {
  const text = [
    "Weekly Review",
    "March 1-7, 2022",
    "",
    "Al-Naba' figures",
    "",
    "According to the infographic in Al-Naba' (March 3, 2022), ISIS's provinces carried out 30 attacks between February 24 and March 2, 2022, compared to 26 the week before:",
    "",
    "Iraq: 12",
    "Syria: 10",
    "West Africa: 8",
    "",
    "On March 2, 2022, ISIS operatives killed two shepherds near Rutba.",
  ].join("\n");
  const r = extractDocument(text, { document: "t" });
  const s = r.statistics.find((x) => x.metric === "attacks");
  assert.deepEqual([s?.total, s?.previous_period_total, s?.breakdown.map((b) => `${b.label}=${b.value}`)], [30, 26, ["Iraq=12", "Syria=10", "West Africa=8"]]);
  assert.equal(r.incidents[0]?.country, "IQ");
});

test("lines of 'Province – N attacks, M killed and wounded' under 'The breakdown by province:' give two breakdowns", () => {
  const text = [
    "Weekly Review",
    "March 1-7, 2022",
    "",
    "► Al-Naba' (No. 330, March 3, 2022) reported 40 attacks between February 24 and March 2, 2022, which killed or wounded 101 people. The breakdown by province:",
    "",
    "◆ Iraq – 22 attacks, 41 killed and wounded",
    "◆ Syria – 11 attacks, 35 killed and wounded",
    "◆ West Africa – 7 attacks, 25 killed and wounded",
  ].join("\n");
  const got = extractDocument(text, { document: "t" }).statistics.map((s) => `${s.metric} ${s.total}: ${s.breakdown.map((b) => `${b.label}=${b.value}`).join(", ")}`);
  assert.deepEqual(got, ["attacks 40: Iraq=22, Syria=11, West Africa=7", "casualties 101: Iraq=41, Syria=35, West Africa=25"]);
});
