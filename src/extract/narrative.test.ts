import { test } from "node:test";
import assert from "node:assert/strict";
import { extractDocument } from "./extract.ts";

// Articles tell incidents in running prose: days counted from the incident told before, days of the
// week, and summaries of a newspaper's figures that are no incident.

test("a paragraph opening 'Two days later' is dated from the incident of the paragraph before", () => {
  const text = [
    "Burkina Faso: the roads north of Kaya",
    "Published November 17, 2022",
    "",
    "On Nov. 2, gunmen ambushed a fuel convoy near Barsalogho, killing four drivers.",
    "",
    "Two days later, the air force said its aircraft had struck a camp of the attackers near Pensa, killing 15 fighters.",
  ].join("\n");
  const dates = extractDocument(text, { document: "t" }).incidents.map((i) => i.event_date);
  assert.deepEqual(dates, ["2022-11-02", "2022-11-04"]);
});

test("a sentence opening 'And last Saturday' starts an incident of its own within the paragraph", () => {
  const text = [
    "Sahel notebook",
    "Published Thursday, November 17, 2022",
    "",
    "On Nov. 8, militants burned a school in Gorom-Gorom, local media reported. Nobody was hurt. And last Saturday, a bus struck a mine south of Dori, killing six passengers.",
  ].join("\n");
  const incidents = extractDocument(text, { document: "t" }).incidents;
  assert.equal(incidents.length, 2);
  assert.equal(incidents[1]?.event_date, "2022-11-12");
  assert.deepEqual(incidents[1]?.killed, { low: 6, high: 6 });
  assert.deepEqual(incidents[0]?.killed, { low: 0, high: 0 });
});

test("a bullet summing up a newspaper's weekly figures gives statistics and no incident", () => {
  const text = [
    "Weekly review, March 2-8, 2023",
    "",
    "Statistics",
    "",
    "► The group's weekly newsletter (issue 380, March 9, 2023) summed up its activity for March 2-8, 2023. It claimed 31 attacks, in which 120 people were killed and wounded. The attacks were divided among the provinces as follows: Iraq (10), Syria (8), West Africa (13).",
  ].join("\n");
  const out = extractDocument(text, { document: "t" });
  assert.equal(out.incidents.length, 0);
  const attacks = out.statistics.find((s) => s.metric === "attacks");
  assert.equal(attacks?.total, 31);
  assert.deepEqual(attacks?.breakdown.map((b) => b.value), [10, 8, 13]);
});

test("an analytic paragraph gives each event it dates after its verb as an incident of its own", () => {
  const text = [
    "Insurgency weekly, June 8, 2023",
    "",
    "Iraq",
    "",
    "Assessment: the group's cells are weaker than a year ago but keep probing the seams between the army and the Peshmerga. Militants attacked an army post near Jalawla on June 5, killing two soldiers.[1] The post lies in the disputed belt, which neither force patrols. The army's grenade attack on a hideout near Kifri on June 6, which killed three militants, was its first in the area this year.[2] A coalition airstrike on June 7 killed four fighters in the Hamrin mountains.",
    "",
    "Notes",
    "",
    "[1] Rudaw, June 5, 2023.",
    "[2] Security Media Cell, June 6, 2023.",
  ].join("\n");
  const incidents = extractDocument(text, { document: "t" }).incidents;
  assert.deepEqual(incidents.map((i) => [i.event_date, i.killed.low]), [["2023-06-05", 2], ["2023-06-06", 3], ["2023-06-07", 4]]);
});

test("an incident's endnote marks give it the sources the notes at the end of the document cite", () => {
  const text = [
    "Insurgency weekly, June 8, 2023",
    "",
    "Militants attacked an army post near Jalawla on June 5, killing two soldiers.[1] Gunmen shot dead a mukhtar in Hawija on June 6.[2][3]",
    "",
    "Notes",
    "",
    "[1] Rudaw, June 5, 2023.",
    "[2] Islamic State, claim of responsibility, Telegram, June 6, 2023.",
    "[3] al-Sumaria, June 7, 2023; Kirkuk police, statement, June 7, 2023.",
  ].join("\n");
  const incidents = extractDocument(text, { document: "t" }).incidents;
  assert.deepEqual(incidents.map((i) => i.sources.map((s) => `${s.name} ${s.date}`)), [
    ["Rudaw 2023-06-05"],
    ["Islamic State 2023-06-06", "Telegram 2023-06-06", "Al-Sumaria 2023-06-07", "Kirkuk police 2023-06-07"],
  ]);
});

test("a district narrative splits 'that weekend' and 'told a newspaper that on 8 July' into incidents of their own, without the writer's comments", () => {
  const text = [
    "Cabo Delgado weekly, 5-11 July 2021",
    "",
    "On 6 July, insurgents ambushed a patrol on the Macomia-Mucojo road, killing three soldiers. It was the third ambush on the road this month, and it will make supplying Mucojo harder. Then, that weekend, insurgents in a boat seized four fishermen off Pangane. A trader told Pinnacle News that on 9 July insurgents beheaded two men in Mocimboa da Praia.",
  ].join("\n");
  const incidents = extractDocument(text, { document: "t" }).incidents;
  assert.deepEqual(incidents.map((i) => i.event_date), ["2021-07-06", "2021-07-10", "2021-07-09"]);
  assert.ok(incidents[0]!.quote.endsWith("killing three soldiers."), incidents[0]!.quote);
});

test("Cabo Delgado's insurgents, called al-Shabaab locally, are the Islamic State's", () => {
  const text = ["Mozambique notes, July 2021", "", "On 5 July, al-Shabaab fighters burned houses in a village near Macomia."].join("\n");
  const [inc] = extractDocument(text, { document: "t" }).incidents;
  assert.equal(inc?.country, "MZ");
  assert.equal(inc?.perpetrator, "ISIS");
});

test("a section on attacks in Europe places its towns in Europe, not in the theatre of the section before", () => {
  const text = [
    "Weekly review, October 1-7, 2023",
    "",
    "Afghanistan",
    "",
    "► On October 2, 2023, a bomb exploded in a mosque in Kunduz, killing seven worshippers.",
    "",
    "Attacks and plots in Europe",
    "",
    "► On October 4, 2023, police arrested a 20-year-old man in Essen on suspicion of planning an attack on a synagogue.",
  ].join("\n");
  const incidents = extractDocument(text, { document: "t" }).incidents;
  assert.equal(incidents[1]?.country, "DE");
  assert.equal(incidents[1]?.location, "Essen");
});

test("a monthly report's 'On the 9th' and 'Mid-month' are days of its month; a regime or Russian strike in Idlib is a clash, an HTS raid on ISIS counterterrorism", () => {
  const text = [
    "North-west Syria: monthly report, October 2021",
    "",
    "On the 9th, regime artillery shelled Kafr Nabl, wounding three civilians.",
    "",
    "Mid-month, Russian jets carried out several strikes on the outskirts of Ariha; a farmer was killed.",
    "",
    "Late on the 22nd, an HTS raid on a suspected ISIS hideout near Harim ended with two ISIS members killed.",
  ].join("\n");
  const incidents = extractDocument(text, { document: "t" }).incidents;
  assert.deepEqual(incidents.map((i) => [i.event_date, i.time_precision, i.category]), [
    ["2021-10-09", 1, "clash"],
    ["2021-10-15", 2, "clash"],
    ["2021-10-22", 1, "counterterrorism"],
  ]);
  assert.equal(incidents[2]?.perpetrator, "HTS");
});

test("running totals, monthly counts, denials and old mass graves give no incident; a bombing the group then publishes photos of does", () => {
  const text = [
    "Weekly digest, May 25-31, 2017",
    "",
    "- Since the start of the operation on 1 February, the forces have killed 290 takfiris and arrested 400 suspects.",
    "- The command said that security forces killed 515 terrorists in May: 400 in Nineveh and 115 in Anbar.",
    "- The police denied reports of an attack on a checkpoint in Kirkuk.",
    "- On May 28, 2017, police said they had found a mass grave near Badush with the remains of 40 people executed in 2015.",
    "- On May 29, 2017, ISIS sent a suicide car bomb against militia fighters near Tal Afar, killing four, and Amaq published photographs of the blast. Late the same night a rocket hit a police post in Zummar, wounding two policemen.",
  ].join("\n");
  const incidents = extractDocument(text, { document: "t" }).incidents;
  assert.deepEqual(incidents.map((i) => [i.event_date, i.killed.low, i.wounded.low]), [["2017-05-29", 4, 0], ["2017-05-29", 0, 2]]);
});

test("a quarterly with French dates under banner headings: the quarter is the period, '- Jeudi 5 mai:' a day, 'MAI / MAY' no place, a National Guard sweep counterterrorism", () => {
  const text = [
    "Revue trimestrielle / Quarterly roundup",
    "Maghreb jihadist activity, Q2 2016 (April-June)",
    "Distribution: clients | Date de publication: 8 July 2016",
    "",
    "SUMMARY",
    "The quarter saw the Sirte offensive begin and Tunisia's mountain campaign go on.",
    "",
    "==================== MAI / MAY ====================",
    "",
    "- Jeudi 5 mai: a Garde nationale unit killed two members of the Okba Ibn Nafaa Brigade during a sweep on Mont Chaambi, near Kasserine.",
    "- Samedi 28 mai: Bunyan al-Marsous forces stormed ISIS positions west of Sirte.",
  ].join("\n");
  const out = extractDocument(text, { document: "t" });
  assert.deepEqual(out.period, { start: "2016-04-01", end: "2016-06-30" });
  assert.deepEqual(out.incidents.map((i) => [i.event_date, i.category, i.country]), [
    ["2016-05-05", "counterterrorism", "TN"],
    ["2016-05-28", "counterterrorism", "LY"],
  ]);
});

test("a dated label before the event ('24/07/2020 - Damboa (Borno).') leaves the next sentence's troops as the actor, and a day's number is no count of operations", () => {
  const text = [
    "Borno weekly, 20-26 July 2020",
    "",
    "24/07/2020 - Damboa (Borno). Troops conducting clearance operations on the outskirts of Damboa killed 5 JAS fighters.",
    "",
    "On 25 July troops conducting clearance operations near Bama arrested two suspects.",
  ].join("\n");
  const incidents = extractDocument(text, { document: "t" }).incidents;
  assert.deepEqual(incidents.map((i) => [i.event_date, i.category]), [["2020-07-24", "counterterrorism"], ["2020-07-25", "counterterrorism"]]);
});

test("a claim of both attacks closing a two-event bullet makes both claimed, and is quoted in neither but the last", () => {
  const text = [
    "Weekly notes on Afghanistan",
    "March 1-7, 2023",
    "",
    "► On March 4, 2023, a Taliban commander was shot dead in the Sarai Shamali area of Kabul, and on the same day a sticky bomb went off under a Taliban pick-up in Jalalabad. Three Taliban were wounded in the second attack. ISIS claimed both attacks (Telegram, March 5, 2023).",
  ].join("\n");
  const got = extractDocument(text, { document: "t" }).incidents.map((i) => [i.perpetrator, i.claim, /claimed both/.test(i.quote)]);
  assert.deepEqual(got, [["ISIS", "claimed", false], ["ISIS", "claimed", true]]);
});

test("a paragraph opening 'The following week' is dated to the Monday after the incident before it, 'A week later' to seven days after", () => {
  const text = [
    "Notes on Kunar",
    "Published October 3, 2022",
    "",
    "On Wednesday, September 14, 2022, Taliban intelligence raided an ISKP safe house in Asadabad and detained two men.",
    "",
    "The following week, its units searched villages near Asadabad and arrested five suspected ISKP members.",
    "",
    "A week later, gunmen shot dead a Taliban commander in Asadabad.",
  ].join("\n");
  const dates = extractDocument(text, { document: "t" }).incidents.map((i) => i.event_date);
  assert.deepEqual(dates, ["2022-09-14", "2022-09-19", "2022-09-26"]);
});

test("three suicide bombings of one morning at named churches are one coordinated attack, not a tally", () => {
  const text = [
    "Weekly notes",
    "March 1-7, 2023",
    "",
    "► On Sunday morning, March 5, 2023, three suicide bombings were carried out within minutes of one another at three churches in Kaduna. The blasts claimed the lives of 9 worshippers, and 30 others were injured (Daily Trust, March 6, 2023).",
    "",
    "► In February, ISIS carried out 25 bombings in Borno and Yobe.",
  ].join("\n");
  const got = extractDocument(text, { document: "t" }).incidents.map((i) => [i.event_date, i.methods.join(","), i.killed.low, i.wounded.low]);
  assert.deepEqual(got, [["2023-03-05", "suicide_bombing", 9, 30]]);
});

test("a vote that 'went off without any major attack' is no incident, a bomb that went off is", () => {
  const text = [
    "Weekly notes",
    "March 1-7, 2023",
    "",
    "► The provincial elections held on March 4, 2023 went off without any major attack. Police said they had foiled two attempts to attack polling stations.",
    "",
    "► On March 5, 2023, a bomb went off at a bus stop in Kirkuk, wounding three.",
  ].join("\n");
  const dates = extractDocument(text, { document: "t" }).incidents.map((i) => i.event_date);
  assert.deepEqual(dates, ["2023-03-05"]);
});

test("'The next day, the province claimed responsibility, stating that ...' is the claim of the bombing before it, not an incident", () => {
  const text = [
    "Weekly notes",
    "March 1-7, 2023",
    "",
    "► On March 3, 2023, a bomb went off at a chapel in Jolo during a mass, killing three worshippers. The next day, ISIS's East Asia Province claimed responsibility, stating that its operatives had detonated an IED among the Christians (Amaq, March 4, 2023).",
  ].join("\n");
  const got = extractDocument(text, { document: "t" }).incidents.map((i) => [i.event_date, i.claim, i.killed.low]);
  assert.deepEqual(got, [["2023-03-03", "claimed", 3]]);
});

test("an analyst's monthly count inside a paragraph of incidents is a figure, and title-first references name their outlets", () => {
  const text = [
    "Sahel File, May 9, 2024",
    "",
    "JNIM keeps pressing the garrisons of the north. The group carried out 44 attacks in Mali in April, down from 51 in March, according to the monitor's data; 19 of them were in the Mopti region and 12 in the Segou region [1]. Fighters attacked an army camp at Boni on May 3, killing six soldiers [2]. A bomb struck a bus near Douentza on May 5, killing four passengers [3].",
    "",
    "References",
    "",
    "[1] Sahel Monitor, monthly data, accessed May 8, 2024, https://example.org/sahel-monitor",
    "[2] \"Six soldiers killed in attack on Boni camp, army says,\" Studio Kalangou, May 4, 2024, https://example.org/boni",
    "[3] Mali Watch, \"Bus hits a mine near Douentza,\" May 6, 2024.",
  ].join("\n");
  const out = extractDocument(text, { document: "t" });
  assert.deepEqual(out.incidents.map((i) => i.sources.map((s) => s.name)), [["Studio Kalangou"], ["Mali Watch"]]);
  const attacks = out.statistics.find((s) => s.metric === "attacks");
  assert.equal(attacks?.total, 44);
  assert.equal(attacks?.previous_period_total, 51);
  assert.deepEqual(attacks?.breakdown.map((b) => [b.label, b.value]), [["Mopti", 19], ["Segou", 12]]);
});

test("a 'Southeast Asia' heading moves the section to the Philippines", () => {
  const text = [
    "Weekly review, March 4-10, 2019",
    "",
    "Egypt",
    "",
    "► On March 5, 2019, an IED hit an army vehicle near Rafah.",
    "",
    "Southeast Asia",
    "",
    "► On March 6, 2019, a bomb exploded near a market in Datu Piang, wounding five civilians.",
  ].join("\n");
  const out = extractDocument(text, { document: "t" }).incidents;
  assert.deepEqual(out.map((i) => i.country), ["EG", "PH"]);
});

test("a dated sentence praising the attackers as 'soldiers of the Caliphate' is the claim of the attack before, not an incident", () => {
  const text = [
    "Weekly review, June 3-9, 2017",
    "",
    "► On June 3, 2017, three men drove a van into pedestrians on a bridge in London and then stabbed people in nearby bars, killing eight. On June 4, the group's Amaq agency described the attackers as \"soldiers of the Caliphate\" (BBC, June 4, 2017).",
  ].join("\n");
  const out = extractDocument(text, { document: "t" }).incidents;
  assert.equal(out.length, 1);
  assert.equal(out[0]?.claim, "claimed");
});

test("a country's heading with its region after a colon places items the gazetteer cannot", () => {
  const text = ["Weekly review, June 3-9, 2017", "", "SYRIA: THE EUPHRATES VALLEY", "", "► On June 5, 2017, ISIS operatives attacked SDF positions on a desert track east of the river, killing three fighters."].join("\n");
  const [incident] = extractDocument(text, { document: "t" }).incidents;
  assert.equal(incident?.admin1, "Deir ez-Zor");
});

test("'About an hour later' under a sub-heading, and a day's label inside a paragraph, open incidents of their own days", () => {
  const text = [
    "Weekly review, June 3-9, 2017",
    "",
    "► On June 4, 2017, a car bomb exploded at a checkpoint near Baiji, killing three soldiers.",
    "",
    "The second blast",
    "",
    "About two hours later, a suicide bomber blew himself up among the soldiers who had come to help, killing four more.",
    "",
    "The camp",
    "",
    "June 5 (Monday): a guard was shot dead at the camp's gate. June 7 (Wednesday): a woman was stabbed to death in her tent. The camp's police attribute both murders to ISIS operatives.",
  ].join("\n");
  const out = extractDocument(text, { document: "t" }).incidents;
  assert.deepEqual(out.map((i) => i.event_date), ["2017-06-04", "2017-06-04", "2017-06-05", "2017-06-07"]);
  assert.deepEqual(out.slice(2).map((i) => [i.perpetrator, i.claim]), [["ISIS", "suspected"], ["ISIS", "suspected"]]);
});

test("a day before the period given only in a clause of time is background, and so is a town 'still dealing with the aftermath'", () => {
  const text = [
    "Weekly review, June 3-9, 2017",
    "",
    "► Investigators believe the cell moved its plans forward after its leader was arrested in Antwerp on May 30.",
    "",
    "► The town is still dealing with the aftermath of the raid on May 12, in which dozens of militants stormed the police station.",
  ].join("\n");
  assert.equal(extractDocument(text, { document: "t" }).incidents.length, 0);
});

test("a running toll 'since' a day with its parts after a colon is a statistic, not an incident", () => {
  const text = [
    "Weekly review, June 3-9, 2017",
    "",
    "► According to the army, the fighting in the city had killed 412 people since May 2: 301 militants, 80 soldiers and 31 civilians.",
  ].join("\n");
  const out = extractDocument(text, { document: "t" });
  assert.equal(out.incidents.length, 0);
  const killed = out.statistics.find((s) => s.metric === "killed");
  assert.equal(killed?.total, 412);
});

test("a long report dates an event by its month, or by a part of the month, and a continent's section leaves the country before it", () => {
  const text = [
    "Monitoring report",
    "",
    "The report covers developments between January 2022 and June 2022.",
    "",
    "A. Iraq",
    "",
    "12. The group stayed on the defensive. In February 2022, Iraqi forces raided hideouts in the Hamrin mountains and killed nine militants.",
    "",
    "B. Asia",
    "",
    "20. In early May 2022, a bomb exploded at a mosque in Peshawar, killing 11 worshippers.",
  ].join("\n");
  const out = extractDocument(text, { document: "t" }).incidents;
  assert.deepEqual(out.map((i) => [i.event_date, i.time_precision, i.country]), [["2022-02-01", 3, "IQ"], ["2022-05-01", 2, "PK"]]);
});

test("a weekly that says 'In March' tells background, not an event of its week", () => {
  const text = ["Weekly review, June 3-9, 2017", "", "► In March 2017, militants attacked the same checkpoint and killed two soldiers."].join("\n");
  assert.equal(extractDocument(text, { document: "t" }).incidents.length, 0);
});
