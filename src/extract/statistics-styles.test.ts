// Published figures in the styles bulletins print them: infographic lists with ISIS's own
// province names, "compared to N the week before", bare "Label N" lists, "N of them in X",
// method breakdowns and military briefings. Sentences written for this test.
import { test } from "node:test";
import assert from "node:assert/strict";
import { extractDocument } from "./extract.ts";

function items(paragraph: string): string[] {
  const text = `Weekly Review\nMarch 1-7, 2022\n\nFigures\n\n${paragraph}\n`;
  return extractDocument(text, { document: "t" }).statistics.flatMap((s) => [
    ...s.breakdown.map((b) => `${s.metric}:${s.dimension}:${b.label}=${b.value}`),
    ...(s.total === null ? [] : [`${s.metric}:total=${s.total}`]),
    ...(s.previous_period_total === undefined ? [] : [`${s.metric}:previous=${s.previous_period_total}`]),
  ]);
}

/** What it shows, the paragraph, items that must be there, items that must not. */
const table: [string, string, string[], string[]][] = [
  [
    "a monitor's running toll told actively ('had killed 370 people since they began, among them ...'), its parts by who died",
    "The SOHR said that the Russian airstrikes had killed 280 people since they began, among them 96 civilians, 41 ISIS operatives and 143 fighters of other rebel groups.",
    ["killed:total=280", "killed:target:civilians=96", "killed:target:fighters of other rebel groups=143"],
    [],
  ],
  [
    "an infographic that claims how many of a force were killed in the week, after its attacks by province",
    "According to the infographic, ISIS carried out 41 attacks in Iraq: 20 in Anbar, 12 in Diyala and 9 in Kirkuk. The infographic also claimed that 187 members of the Iraqi army and the militias were killed that week.",
    ["attacks:total=41", "attacks:admin1:Diyala=12", "killed:total=187"],
    [],
  ],
  [
    "a casualty total in the group's words, two of them in quotes",
    "According to the infographic, 930 \"apostates\" and \"Crusaders\" were killed or wounded in the week's attacks.",
    ["casualties:total=930"],
    [],
  ],
  [
    "a year's dead that a monitor says the year 'ended with', by side after a colon, a remark in brackets on one side",
    "According to the SOHR, 2022 ended with 402 people killed in the desert: 251 soldiers and militiamen, 70 civilians (most of them shepherds) and 81 ISIS operatives.",
    ["killed:total=402", "killed:target:civilians=70", "killed:target:ISIS operatives=81"],
    [],
  ],
  [
    "an infographic that 'sums up' the week's attacks, 'most of them' in the arenas listed, its casualties told after",
    "The infographic in Al-Naba' sums up 31 attacks during the week. Most of them were in West Africa (12) and Central Africa (9), followed by Iraq (5), Syria (3) and Mozambique (2). It also claims that 140 people were killed or wounded in these attacks.",
    ["attacks:total=31", "attacks:arena:West Africa=12", "attacks:arena:Mozambique=2", "casualties:total=140"],
    ["casualties:arena:West Africa=12"],
  ],
  [
    "a monitor's month of dead and wounded, the worst-hit governorate first, then those that followed it, each 'with' its dead",
    "According to the UN mission, at least 912 civilians were killed and 1,340 were wounded in violence in June 2016. Baghdad was once again the worst-hit governorate, with 301 killed. It was followed by Nineveh, with 88 killed, and Anbar, with 64 killed.",
    ["killed:total=912", "wounded:total=1340", "killed:admin1:Baghdad=301", "killed:admin1:Nineveh=88", "killed:admin1:Anbar=64"],
    ["killed:total=301"],
  ],
  [
    "a total of the dead with its parts by place in one parenthesis",
    "The spokesman summed up the week: 31 takfiri elements were killed (20 in the Rafah area, 11 in the area of Bir al-Abd), and 40 suspects were arrested.",
    ["killed:total=31", "killed:admin1:Rafah area=20"],
    [],
  ],
  [
    "rows of two figures with dotted leaders under 'gave the following figures', with a Total row",
    "The weekly gave the following figures for the group's attacks (attacks / killed and wounded):\nIraq ..... 5 attacks / 14 killed and wounded\nSyria ..... 3 attacks / 9 killed and wounded\nTotal ..... 8 attacks / 23 killed and wounded",
    ["attacks:total=8", "attacks:arena:Iraq=5", "attacks:arena:Syria=3", "casualties:total=23", "casualties:arena:Iraq=14", "casualties:arena:Syria=9"],
    [],
  ],
  [
    "a breakdown after both counts goes to the one it adds up to",
    "The newsletter said its fighters carried out 22 attacks during the week, in which 87 people were killed or wounded. By province: Iraq 9; Syria 7; West Africa 6.",
    ["attacks:total=22", "attacks:arena:Iraq=9", "attacks:arena:West Africa=6", "casualties:total=87"],
    ["casualties:arena:Iraq=9"],
  ],
  [
    "a source's own figure of the dead, however its victims are named",
    "According to the infographic, 95 members of \"the apostate army\" were killed.",
    ["killed:total=95"],
    [],
  ],
  [
    "a list typed with dotted leaders reads as 'Label: N'",
    "The group's weekly listed its attacks by province:\n  Diyala ........... 11\n  Kirkuk ......... 7\n  Al-Anbar ....... 5\n  Total .......... 23",
    ["attacks:admin1:Diyala=11", "attacks:admin1:Kirkuk=7", "attacks:admin1:Al-Anbar=5", "attacks:total=23"],
    [],
  ],
  [
    "a running total with 'since' before it, and its dead in a list after a colon",
    "Since the launch of the offensive in March, more than 450 fighters of the allied militias have been killed, a medical source said. Since the start of the second phase on 3 March: 12 caves destroyed, 31 militants killed and 9 suspects detained.",
    ["killed:total=450"],
    [],
  ],
  [
    "a campaign's dead by side, summed up since it began, with no total of its own",
    "The commander summarized the results of the campaign since it began on February 20: 64 Boko Haram elements killed, 7 members of the security forces killed, and 300 suspects arrested.",
    ["killed:target:Boko Haram elements=64", "killed:target:security forces=7"],
    ["killed:total=64"],
  ],
  [
    "one side's dead 'have been killed' while the other 'lost' soldiers: parts, not a total",
    "According to the regional ministry, since the start of the operation in January, 210 insurgents have been killed and 30 captured, while Jubaland lost 19 soldiers.",
    ["killed:target:insurgents=210", "killed:target:Jubaland soldiers=19"],
    ["killed:total=210"],
  ],
  [
    "a reference mark in brackets is no part of a breakdown",
    "The militants carried out 31 attacks in Burkina Faso in May, up from 24 in April, according to the monitor's data; 14 of them were in the Centre-Nord region, 10 in the Sahel region and seven in the Boucle du Mouhoun [4].",
    ["attacks:total=31", "attacks:previous=24", "attacks:admin1:Centre-Nord=14", "attacks:admin1:Sahel=10", "attacks:admin1:Boucle du Mouhoun=7"],
    [],
  ],
  [
    "'X led with N attacks' counts attacks, whatever metric word the paragraph holds elsewhere; 'killed or wounded N' is casualties only",
    "According to Al-Naba', ISIS carried out 44 attacks in the week. West Africa led with 19 attacks, followed by Iraq with 11 and Syria with 8. The newsletter said the attacks killed or wounded 176 people.",
    ["attacks:total=44", "attacks:arena:West Africa=19", "attacks:arena:Iraq=11", "attacks:arena:Syria=8", "casualties:total=176"],
    ["casualties:arena:West Africa=19", "wounded:total=176"],
  ],
  [
    "a label after 'the' in a list, and victims named in the group's quotes",
    "Al-Naba' listed 27 attacks: Iraq 9; Syria 8; the Sahel 6; Khorasan 4. It claimed that 305 \"apostates\" were killed or wounded.",
    ["attacks:total=27", "attacks:arena:Sahel=6", "casualties:total=305"],
    [],
  ],
  [
    "a coalition's strikes listed by town after a colon, with no metric word but 'strikes'",
    "Over the week the coalition reported 58 strikes in Syria: 31 near Hajin, 19 near Al-Shafah and 8 in other areas.",
    ["attacks:total=58", "attacks:arena:Hajin=31", "attacks:arena:Al-Shafah=19", "attacks:arena:other areas=8"],
    [],
  ],
  [
    "a campaign summed up with each side's dead is a breakdown by target with no total",
    "At a press conference on March 5, the army summed up its three-month offensive. According to the figures it presented, 612 ISIS operatives were killed and 140 were captured; the army lost 27 soldiers (Iraqi News Agency, March 5, 2022).",
    ["killed:target:ISIS operatives=612", "killed:target:soldiers=27"],
    ["killed:total=612"],
  ],
  [
    "a newsletter's 'weekly summary' opening the paragraph makes it a tally, not an incident",
    "Al-Naba' published its weekly summary of the group's attacks between February 22 and 28, 2022. According to it, its operatives carried out 41 attacks: Iraq (17); Syria (12); West Africa (8) and Sinai (4).",
    ["attacks:total=41", "attacks:arena:Iraq=17", "attacks:arena:Syria=12", "attacks:arena:West Africa=8", "attacks:arena:Sinai Peninsula=4"],
    [],
  ],
  [
    "provinces whose names carry Romance particles",
    "Al-Naba' credited its East Asia province with 5 attacks, 3 of them in Lanao del Sur and 2 in Lanao del Norte.",
    ["attacks:admin1:Lanao del Sur=3", "attacks:admin1:Lanao del Norte=2", "attacks:total=5"],
    [],
  ],
  [
    "wilayat written with a lower-case particle",
    "The weekly claimed 12 attacks in Syria: al-Khayr 7, al-Barakah 4, al-Raqqah 1.",
    ["attacks:admin1:al-Khayr=7", "attacks:admin1:al-Barakah=4", "attacks:total=12"],
    [],
  ],
  [
    "the first of a list that 'topped the list with' its figure",
    "ISIS claimed 40 attacks this week, up from 33. Iraq once again topped the list with 18 attacks, followed by Syria (12) and West Africa (10).",
    ["attacks:arena:Iraq=18", "attacks:arena:Syria=12", "attacks:arena:West Africa=10", "attacks:total=40", "attacks:previous=33"],
    [],
  ],
  [
    "ISIS's Syrian wilayat listed beside a governorate keep their own names",
    "ISIS claimed 8 attacks in Syria: Al-Khayr (5), Al-Barakah (1), Al-Raqqah (2).",
    ["attacks:admin1:Al-Khayr=5", "attacks:admin1:Al-Barakah=1", "attacks:admin1:Al-Raqqah=2", "attacks:total=8"],
    ["attacks:arena:Syria=5", "attacks:arena:Syria=1"],
  ],
  [
    "an Iraqi wilayah named by direction stays a region of the list",
    "ISIS claimed 9 attacks in Iraq: Diyala (4), Kirkuk (2), Northern Baghdad (3).",
    ["attacks:admin1:Diyala=4", "attacks:admin1:Kirkuk=2", "attacks:admin1:Northern Baghdad=3", "attacks:total=9"],
    ["attacks:arena:Iraq=3"],
  ],
  [
    "a semicolon list with two unknown wilayat",
    "Attacks by region in Iraq: Kirkuk (6); Diyala (5); Salah al-Din (3); Northern Baghdad (2); Al-Janub (1).",
    ["attacks:admin1:Northern Baghdad=2", "attacks:admin1:Al-Janub=1", "attacks:admin1:Salah al-Din=3"],
    ["attacks:arena:Iraq=2", "attacks:arena:Iraq=1"],
  ],
  [
    "casualties by province with a cross-border wilayah",
    "Casualties by province: Nineveh (12); Anbar (9); Al-Furat (4).",
    ["casualties:admin1:Nineveh=12", "casualties:admin1:Anbar=9", "casualties:admin1:Al-Furat=4"],
    ["casualties:other:Al-Furat=4"],
  ],
  [
    "'N of them in X' parts naming only wilayat",
    "In Syria the group claimed 6 attacks, 4 of them in Al-Khayr and 2 in Al-Barakah.",
    ["attacks:admin1:Al-Khayr=4", "attacks:admin1:Al-Barakah=2", "attacks:total=6"],
    [],
  ],
  [
    "'compared to N the week before'",
    "Al-Naba' credited the Iraq Province with 14 attacks this week, compared to 11 the week before.",
    ["attacks:total=14", "attacks:previous=11"],
    [],
  ],
  [
    "'compared to N the previous week' without 'in'",
    "ISIS claimed 22 attacks in Iraq, compared to 17 the previous week.",
    ["attacks:total=22", "attacks:previous=17"],
    [],
  ],
  [
    "a total that an infographic 'listed', a percentage left alone, then a province list",
    "The infographic listed 40 attacks worldwide, up 25% on the week before. By province: Iraq (12); West Africa (10); Syria (7); Sinai (5); Central Africa (4); Khorasan (2).",
    ["attacks:total=40", "attacks:arena:Iraq=12", "attacks:arena:West Africa=10", "attacks:arena:Khorasan=2"],
    ["attacks:previous=25"],
  ],
  [
    "casualties 'down from N the previous week'",
    "According to the infographic, 57 people were killed and wounded in ISIS attacks, down from 73 the previous week.",
    ["casualties:total=57", "casualties:previous=73"],
    [],
  ],
  [
    "a running total since the beginning of the year and its leading provinces",
    "Since the beginning of the year ISIS has claimed a total of 612 attacks in Iraq, most of them in Kirkuk (188) and Diyala (151).",
    ["attacks:total=612", "attacks:admin1:Kirkuk=188", "attacks:admin1:Diyala=151"],
    [],
  ],
  [
    "attacks and casualties credited to a wilayah in one sentence",
    "The group published a weekly infographic crediting Wilayat Gharb Ifriqiya with 19 operations and 64 people killed and wounded.",
    ["attacks:total=19", "casualties:total=64"],
    [],
  ],
  [
    "'Label N attacks' items",
    "ISIS's claims for the week: Iraq 10 attacks, Syria 6 attacks, West Africa 5 attacks.",
    ["attacks:arena:Iraq=10", "attacks:arena:Syria=6", "attacks:arena:West Africa=5"],
    [],
  ],
  [
    "'Of the N attacks' as the total of 'N were in X' parts",
    "Of the 31 attacks claimed this week, 13 were in Iraq, 9 in Syria and 9 in West Africa.",
    ["attacks:total=31", "attacks:arena:Iraq=13", "attacks:arena:Syria=9", "attacks:arena:West Africa=9"],
    [],
  ],
  [
    "weekly totals per province with lower-case particles in the names",
    "Attacks per province this week: Deir ez-Zor 7, Al-Hasakah 3, Homs 2 and Raqqa 1.",
    ["attacks:admin1:Deir ez-Zor=7", "attacks:admin1:Al-Hasakah=3", "attacks:admin1:Homs=2", "attacks:admin1:Raqqa=1"],
    [],
  ],
  [
    "regions of the desert and the valley beside a governorate",
    "Attacks claimed in Syria by area: Al-Badia (4), Euphrates Valley (3), Daraa (1).",
    ["attacks:admin1:Al-Badia=4", "attacks:admin1:Euphrates Valley=3", "attacks:admin1:Daraa=1"],
    [],
  ],
  [
    "killed and wounded by state",
    "Killed and wounded by province: Borno (48), Yobe (12), Adamawa (3).",
    ["casualties:admin1:Borno=48", "casualties:admin1:Yobe=12", "casualties:admin1:Adamawa=3"],
    [],
  ],
  [
    "a percentage in parentheses is not a part",
    "ISIS claimed 11 attacks in Nigeria this week (up 20%), all of them in Borno.",
    ["attacks:total=11"],
    ["attacks:admin1:Borno=20", "attacks:arena:Nigeria=20", "attacks:arena:West Africa=20"],
  ],
  [
    "an increase in percent and the previous week's figure",
    "The infographic counted 27 attacks, an increase of 35% compared to 20 in the previous week.",
    ["attacks:total=27", "attacks:previous=20"],
    ["attacks:previous=35"],
  ],
  [
    "'In total, N attacks' against 'N the week before'",
    "In total, 19 attacks were claimed in Syria, against 23 the week before.",
    ["attacks:total=19", "attacks:previous=23"],
    [],
  ],
  [
    "'X accounted for N, Y for M' after a casualty total",
    "Casualties: 88 killed and wounded, compared with 60 in the previous week. Iraq accounted for 30, Syria for 25 and West Africa for 33.",
    ["casualties:total=88", "casualties:previous=60", "casualties:arena:Iraq=30", "casualties:arena:Syria=25", "casualties:arena:West Africa=33"],
    [],
  ],
  [
    "suicide bombings keep their own label, not IEDs",
    "A breakdown by method: IEDs (11), shooting attacks (9), ambushes (4) and suicide bombings (1).",
    ["attacks:method:IEDs=11", "attacks:method:shooting attacks=9", "attacks:method:ambushes=4", "attacks:method:suicide bombings=1"],
    ["attacks:method:IEDs=1"],
  ],
  [
    "a military briefing's weekly count by zone",
    "The army said at a briefing on 2 March that troops had neutralised 84 terrorists across the country during the preceding week: 51 in the North East and 33 in the North West.",
    ["killed:total=84", "killed:admin1:North East=51", "killed:admin1:North West=33"],
    [],
  ],
  [
    "a monitor's figure given as 'put the number ... at N'",
    "The same infographic put the number of people killed or wounded in those attacks at 95: Iraq 40, Syria 30 and West Africa 25.",
    ["casualties:total=95", "casualties:arena:Iraq=40", "casualties:arena:Syria=30", "casualties:arena:West Africa=25"],
    [],
  ],
  [
    "events counted per province, 'X for N'",
    "Monitors recorded 70 political violence events in the region this month, down from 82 in February. Ituri accounted for 38 events, North Kivu for 20 and Cabo Delgado for 12.",
    ["attacks:total=70", "attacks:previous=82", "attacks:admin1:Ituri=38", "attacks:admin1:North Kivu=20", "attacks:admin1:Cabo Delgado=12"],
    [],
  ],
  [
    "'compared with N a week earlier'",
    "Al-Naba' claimed 52 attacks this week, compared with 48 a week earlier.",
    ["attacks:total=52", "attacks:previous=48"],
    [],
  ],
  [
    "'rose from N the previous week to M'",
    "The number of claimed attacks rose from 45 the previous week to 52 this week.",
    ["attacks:total=52", "attacks:previous=45"],
    [],
  ],
  [
    "'Label: N' items inside parentheses after the total",
    "ISIS claimed 30 attacks (Iraq: 12, Syria: 8, West Africa: 10).",
    ["attacks:total=30", "attacks:arena:Iraq=12", "attacks:arena:Syria=8", "attacks:arena:West Africa=10"],
    [],
  ],
  [
    "'Label: N attacks' items separated by semicolons",
    "Iraq: 12 attacks; Syria: 8 attacks; West Africa: 10 attacks.",
    ["attacks:arena:Iraq=12", "attacks:arena:Syria=8", "attacks:arena:West Africa=10"],
    [],
  ],
  [
    "ISIS's own province names keep their spelling beside a known one",
    "Attacks by wilayah: Wilayat al-Iraq 12; Wilayat al-Sham 8; Wilayat Gharb Ifriqiya 10.",
    ["attacks:arena:Iraq=12", "attacks:arena:Wilayat al-Sham=8", "attacks:arena:Wilayat Gharb Ifriqiya=10"],
    [],
  ],
  [
    "casualties put at N with killed and wounded apart",
    "The infographic put casualties at 140 (killed 60, wounded 80).",
    ["casualties:total=140", "killed:total=60", "wounded:total=80"],
    [],
  ],
  [
    "'killed N people and wounded M others'",
    "Its attacks killed 35 people and wounded 52 others, according to the infographic.",
    ["killed:total=35", "wounded:total=52"],
    [],
  ],
  [
    "'claimed responsibility for N attacks in X' is the total, not a part",
    "ISIS claimed responsibility for 17 attacks in Syria, most of them in Deir ez-Zor (11), followed by Al-Hasakah (4) and Homs (2).",
    ["attacks:total=17", "attacks:admin1:Deir ez-Zor=11", "attacks:admin1:Al-Hasakah=4", "attacks:admin1:Homs=2"],
    ["attacks:arena:Syria=17"],
  ],
  [
    "'totaled N' with the metric named before it",
    "Attacks in Iraq in 2021 totaled 1,079, with Kirkuk (292) and Diyala (231) leading.",
    ["attacks:total=1079", "attacks:admin1:Kirkuk=292", "attacks:admin1:Diyala=231"],
    [],
  ],
  [
    "'was N attacks, down from M' with no period named",
    "The group's weekly tally for the Sahel Province was 7 attacks, down from 11.",
    ["attacks:total=7", "attacks:previous=11"],
    [],
  ],
  [
    "'X led with N, followed by Y with M'",
    "Iraq led with 21 attacks, followed by Syria with 9 and West Africa with 6.",
    ["attacks:arena:Iraq=21", "attacks:arena:Syria=9", "attacks:arena:West Africa=6"],
    [],
  ],
  [
    "a metric heading its figure and the previous week in parentheses",
    "Attacks: 48 (previous week: 45).",
    ["attacks:total=48", "attacks:previous=45"],
    [],
  ],
  [
    "'(N the previous week)'",
    "The group claimed 48 attacks (45 the previous week).",
    ["attacks:total=48", "attacks:previous=45"],
    [],
  ],
  [
    "'Label – N' items",
    "Attacks by province: Iraq – 21; Syria – 9; West Africa – 6.",
    ["attacks:arena:Iraq=21", "attacks:arena:Syria=9", "attacks:arena:West Africa=6"],
    [],
  ],
  [
    "'N attacks in X, M in Y' is a list of parts, not a total scoped to X",
    "The infographic showed 21 attacks in Iraq, 9 in Syria and 6 in West Africa.",
    ["attacks:arena:Iraq=21", "attacks:arena:Syria=9", "attacks:arena:West Africa=6"],
    ["attacks:total=21"],
  ],
  [
    "a combined total whose parts add up to it stays the total",
    "Since January the group has claimed 90 attacks in Iraq and Syria combined, of which 60 in Iraq and 30 in Syria.",
    ["attacks:total=90", "attacks:arena:Iraq=60", "attacks:arena:Syria=30"],
    ["attacks:arena:Iraq=90"],
  ],
  [
    "'Metric in X: N (Label N, ...)'",
    "Attacks in Iraq: 21 (Kirkuk 8, Diyala 7, Northern Baghdad 6).",
    ["attacks:total=21", "attacks:admin1:Kirkuk=8", "attacks:admin1:Diyala=7", "attacks:admin1:Northern Baghdad=6"],
    [],
  ],
  [
    "'the casualty figure was N'",
    "The casualty figure for the week was 57, compared to 61 in the previous week.",
    ["casualties:total=57", "casualties:previous=61"],
    [],
  ],
  [
    "a lone unknown name is not guessed into a region",
    "ISIS claimed 5 attacks in Iraq this week, one of them by a cell calling itself Jaish Al-Qadisiyah (1).",
    ["attacks:total=5"],
    ["attacks:admin1:Jaish Al-Qadisiyah=1", "attacks:arena:Iraq=1"],
  ],
  [
    "a ranking told as who led the provinces and who followed with how many, the last with its article",
    "The weekly reported 30 attacks. Iraq led the provinces with 12 attacks; West Africa followed with 9, Syria with 6 and the Sahel with 3.",
    ["attacks:total=30", "attacks:arena:Iraq=12", "attacks:arena:West Africa=9", "attacks:arena:Syria=6", "attacks:arena:Sahel=3"],
    [],
  ],
  [
    "the number of dead and the number of wounded each put at a figure, and the dead a province accounted for",
    "The weekly put the number of people killed in these attacks at 85 and the number of wounded at 37. Iraq alone accounted for 40 of the dead.",
    ["killed:total=85", "wounded:total=37", "killed:arena:Iraq=40"],
    ["attacks:total=85", "attacks:arena:Iraq=40"],
  ],
  [
    "a label's count alone, the killed and wounded that 'numbered', 'N in all' after the dead and the wounded, and 'left N people dead or wounded'",
    "Harvest (9-15 July): 34 operations. The killed and wounded numbered 118. Casualties: 80 killed and 38 wounded, 118 in all. The attacks left 118 people dead or wounded.",
    ["attacks:total=34", "casualties:total=118", "killed:total=80", "wounded:total=38"],
    [],
  ],
  [
    "a count after the province it was in, not the country the sentence opens on; a province named in a country stays the province",
    "The Syrian attacks were concentrated in the Deir ez-Zor Province (6), with another 2 in the Al-Raqqah Province. Of the rest, Al-Hasakah Province in northeastern Syria (3).",
    ["attacks:admin1:Deir ez-Zor=6", "attacks:admin1:Al-Raqqah=2", "attacks:admin1:Al-Hasakah=3"],
    ["attacks:arena:Syria=6"],
  ],
  [
    "the number of killed and wounded 'given as' a figure",
    "Al-Naba' listed 31 attacks in the week. The number of those killed and wounded was given as 104.",
    ["attacks:total=31", "casualties:total=104"],
    [],
  ],
  [
    "the enemy dead split by who killed them, and the dead of the army split by force with their sum 'in all'",
    "Over the month, 300 terrorists were neutralised, 120 of them by the air vectors and 180 by ground units.\n\nThe General Staff bows to the memory of the 30 soldiers and 45 VDP who fell in March, 75 in all.",
    ["killed:total=300", "killed:method:air vectors=120", "killed:method:ground units=180", "killed:total=75", "killed:target:soldiers=30", "killed:target:VDP=45"],
    [],
  ],
];

for (const [what, paragraph, present, absent] of table) {
  test(`published figures: ${what}`, () => {
    const got = items(paragraph);
    for (const e of present) assert.ok(got.includes(e), `missing ${e} in ${JSON.stringify(got)}`);
    for (const e of absent) assert.ok(!got.includes(e), `unexpected ${e} in ${JSON.stringify(got)}`);
  });
}

test("a country-wide weekly count from a briefing is a figure, not an incident", () => {
  const text = "Weekly Review\nMarch 1-7, 2022\n\nNigeria\n\nThe army said at its briefing on 2 March that troops had neutralised 84 terrorists across the country in the preceding week: 51 in the North East and 33 in the North West.\n";
  const out = extractDocument(text, { document: "t" });
  assert.equal(out.incidents.length, 0);
  assert.equal(out.statistics[0]?.total, 84);
});

test("the arena a total names scopes the breakdown's subject", () => {
  const text = "Weekly Review\nMarch 1-7, 2022\n\nFigures\n\nISIS claimed 9 attacks in Iraq: Diyala (4), Kirkuk (2), Northern Baghdad (3).\n";
  const [s] = extractDocument(text, { document: "t" }).statistics;
  assert.match(s?.subject ?? "", /\bin Iraq\b/);
});

test("a table of figures by province gives one statistic per metric column, with its total row", () => {
  const text = [
    "Weekly Review", "March 1-7, 2022", "", "Infographic", "",
    "Province | Attacks | Killed and wounded",
    "Iraq | 12 | 30",
    "Al-Barakah | 3 | 5",
    "West Africa | 10 | 41",
    "Total | 25 | 76",
    "", "Other news follows here.", "",
  ].join("\n");
  const stats = extractDocument(text, { document: "t" }).statistics;
  const attacks = stats.find((s) => s.metric === "attacks");
  const casualties = stats.find((s) => s.metric === "casualties");
  assert.deepEqual(attacks?.breakdown, [{ label: "Iraq", value: 12 }, { label: "Al-Barakah", value: 3 }, { label: "West Africa", value: 10 }]);
  assert.equal(attacks?.total, 25);
  assert.equal(casualties?.total, 76);
  assert.deepEqual(casualties?.breakdown.map((b) => b.value), [30, 5, 41]);
  assert.ok(attacks?.quote.includes("Iraq | 12 | 30"));
});

test("an incident table with a date column gives no figures", () => {
  const text = ["Weekly Review", "March 1-7, 2022", "", "Date | Location | Attacks | Killed", "2022-03-02 | Kirkuk | 1 | 2", ""].join("\n");
  assert.deepEqual(extractDocument(text, { document: "t" }).statistics, []);
});

test("a list that names no metric takes the metric of its heading", () => {
  const text = "Weekly Review\nMarch 1-7, 2022\n\nISIS attacks by province\n\nWeekly totals per province: Deir ez-Zor 7, Al-Hasakah 3, Homs 2 and Raqqa 1.\n";
  const [s] = extractDocument(text, { document: "t" }).statistics;
  assert.equal(s?.metric, "attacks");
  assert.deepEqual(s?.breakdown.map((b) => `${b.label}=${b.value}`), ["Deir ez-Zor=7", "Al-Hasakah=3", "Homs=2", "Raqqa=1"]);
});

test("an outlet named in the prose is the publisher, with the date it was published on", () => {
  const text = "Weekly Review\nMarch 1-7, 2022\n\nFigures\n\nThe group's weekly al-Naba' newsletter, published on March 3, credited it with 21 attacks in Iraq, compared to 18 the previous week.\n";
  const [s] = extractDocument(text, { document: "t" }).statistics;
  assert.equal(s?.publisher, "Al-Naba'");
  assert.equal(s?.published, "2022-03-03");
});

test("a cited platform yields to the outlet the prose names", () => {
  const text = "Weekly Review\nMarch 1-7, 2022\n\nFigures\n\nAccording to an infographic in Al-Naba' (Telegram, March 3, 2022), ISIS carried out 30 attacks in Iraq: Kirkuk (12); Diyala (10); Anbar (8).\n";
  const [s] = extractDocument(text, { document: "t" }).statistics;
  assert.equal(s?.publisher, "Al-Naba'");
  assert.equal(s?.published, "2022-03-03");
});

test("a Markdown table of figures reads like a plain one, its rule line skipped", () => {
  const text = [
    "Weekly Review", "March 1-7, 2022", "", "Claimed figures", "",
    "| Wilayah | Attacks | Casualties |",
    "|:---|---:|---:|",
    "| Kirkuk | 4 | 9 |",
    "| Nineveh | 2 | 3 |",
    "| Total | 6 | 12 |",
    "", "Other news follows here.", "",
  ].join("\n");
  const stats = extractDocument(text, { document: "t" }).statistics;
  const attacks = stats.find((s) => s.metric === "attacks");
  assert.deepEqual(attacks?.breakdown, [{ label: "Kirkuk", value: 4 }, { label: "Nineveh", value: 2 }]);
  assert.equal(attacks?.total, 6);
  assert.equal(stats.find((s) => s.metric === "casualties")?.total, 12);
});

test("an infographic that sums up a province's activity in a month is dated by that month", () => {
  const text = "Weekly Review\nMarch 1-7, 2016\n\nSinai\n\nAn infographic issued by the Sinai Province (Twitter, March 3, 2016) summed up its activity in February 2016. According to the infographic, the province carried out 37 operations: 20 IEDs, 10 sniper attacks and 7 assassinations.\n";
  const [stat] = extractDocument(text, { document: "t" }).statistics;
  assert.deepEqual([stat?.total, stat?.period], [37, { start: "2016-02-01", end: "2016-02-29" }]);
});

test("an arena's own breakdown in the next paragraph adds up to that arena's count, not to the week's total; its leader 'led with eight attacks'", () => {
  const text = "Weekly Review\nMarch 1-7, 2022\n\nFigures\n\nAccording to the infographic, ISIS carried out 40 attacks: 15 in Iraq, 12 in West Africa, 8 in Syria and 5 in Central Africa.\n\nIn Iraq, Diyala Province led with six attacks, followed by Kirkuk (four), Salah al-Din (three) and Nineveh (two).\n";
  const stats = extractDocument(text, { document: "t" }).statistics.map((s) => [s.dimension, s.total, s.breakdown.map((b) => `${b.label}=${b.value}`).join(",")]);
  assert.deepEqual(stats, [["arena", 40, "Iraq=15,West Africa=12,Syria=8,Central Africa=5"], ["admin1", 15, "Kirkuk=4,Salah al-Din=3,Nineveh=2,Diyala=6"]]);
});
