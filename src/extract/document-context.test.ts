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
  const text = ["JAZIRA SECURITY MONITOR", "", "INCIDENTS", "", "On 4 May 2021, gunmen killed a shepherd near Markada."].join("\n");
  const [inc] = extractDocument(text, { document: "t" }).incidents;
  assert.equal(inc?.country, "SY");
});

test("an item of several sentences dated only in parentheses at its end takes that date", () => {
  const text = [
    "CENTRAL SAHEL WEEKLY",
    "6 - 12 March 2023",
    "",
    "- Mali: Militants mined the road north of Douentza and a supply lorry hit the charge. Three drivers died at the scene (8 Mar)",
    "- Mali: A patrol was ambushed near Hombori; one soldier was wounded. The army said it pursued the attackers (10 Mar.)",
  ].join("\n");
  const dates = extractDocument(text, { document: "t" }).incidents.map((i) => i.event_date);
  assert.deepEqual(dates, ["2023-03-08", "2023-03-10"]);
});

test("a closing parenthesis that names a source does not date the item", () => {
  const text = ["CENTRAL SAHEL WEEKLY", "6 - 12 March 2023", "", "- Mali: Gunmen burned a school near Douentza. Nobody was hurt (local radio)"].join("\n");
  const [inc] = extractDocument(text, { document: "t" }).incidents;
  assert.notEqual(inc?.event_date, "2023-03-08");
});

test("men arrested for planning attacks are one arrest, not a tally of attacks", () => {
  const text = ["HORN WIRE, 11 March 2022", "", "NAIROBI (AFP) - Kenyan police arrested three men accused of plotting grenade attacks on churches in Garissa on 9 March 2022, officials said."].join("\n");
  const [inc] = extractDocument(text, { document: "t" }).incidents;
  assert.equal(inc?.event_date, "2022-03-09");
  assert.equal(inc?.location, "Garissa");
});

test("a title dated to the day dates the report, it does not make the whole month its period", () => {
  const text = ["SAHEL WIRE, 4 February 2023", "", "BAMAKO (AFP) - Gunmen killed two traders near Douentza on Thursday, a local official said."].join("\n");
  const out = extractDocument(text, { document: "t" });
  assert.equal(out.period, null);
  assert.equal(out.published, "2023-02-04");
  assert.equal(out.incidents[0]?.event_date, "2023-02-02");
});

test("a title naming only a month makes that month the period", () => {
  const out = extractDocument(["Roundup, July 2019", "", "On July 3, gunmen killed a farmer near Maiduguri."].join("\n"), { document: "t" });
  assert.deepEqual(out.period, { start: "2019-07-01", end: "2019-07-31" });
});

test("the line stating the period is no day header for the items below it", () => {
  const text = ["Regional Overview", "12 - 18 March 2023", "", "In Niger, gunmen attacked a market in Tera, Tillaberi region, on 15 March, killing four traders."].join("\n");
  const [inc] = extractDocument(text, { document: "t" }).incidents;
  assert.equal(inc?.event_date, "2023-03-15");
});

test("a short line naming the month under the title makes that month the period", () => {
  const text = ["REGIONAL OVERVIEW: EASTERN CONGO", "Reporting month: April 2022", "", "On 9 April, ADF fighters attacked a village near Oicha, killing seven civilians."].join("\n");
  const out = extractDocument(text, { document: "t" });
  assert.deepEqual(out.period, { start: "2022-04-01", end: "2022-04-30" });
  assert.equal(out.incidents[0]?.event_date, "2022-04-09");
});

test("a 'Published <date>' line under the title gives the publication date", () => {
  const out = extractDocument(["CONFLICT TRACKER", "March 2023 | Sahel", "Published 6 April 2023", "", "Militants 4 Mar ambushed an army convoy near Douentza, killing five soldiers."].join("\n"), { document: "t" });
  assert.equal(out.published, "2023-04-06");
  assert.deepEqual(out.period, { start: "2023-03-01", end: "2023-03-31" });
});

test("'yesterday' in a wire item counts back from its dateline", () => {
  const text = ["HORN WIRE DIGEST", "", "BAIDOA, Somalia, March 9 (Reuters) - Al Shabaab fighters attacked an army base outside Baidoa yesterday, killing four soldiers, officials said."].join("\n");
  const [inc] = extractDocument(text, { document: "t", published: "2022-03-10" }).incidents;
  assert.equal(inc?.event_date, "2022-03-08");
});

test("a news story's headline and byline are its title and date, not an incident, and 'last Saturday' on a Saturday is the week before", () => {
  const text = [
    "Militants Step Up Attacks Across Northern Burkina Faso",
    "By our correspondent | June 18, 2022",
    "",
    "On Tuesday, militants attacked a gendarmerie post near Djibo, killing three gendarmes.",
    "",
    "The raid came days after a roadside bomb killed two soldiers near Kaya last Saturday.",
  ].join("\n");
  const out = extractDocument(text, { document: "t" });
  assert.equal(out.title, "Militants Step Up Attacks Across Northern Burkina Faso");
  assert.equal(out.published, "2022-06-18");
  assert.deepEqual(out.incidents.map((i) => i.event_date), ["2022-06-14", "2022-06-11"]);
});

test("a period line already in parentheses is added to the title once bracketed", () => {
  const out = extractDocument(["Weekly Notes", "(October 7-13, 2021)", "", "On October 8, 2021, gunmen killed two guards near Kunduz."].join("\n"), { document: "t" });
  assert.equal(out.title, "Weekly Notes (October 7-13, 2021)");
});

test("a 'Posted on' line dates a blog-style log; '5th of March', 'burnt' and a night written '6/7 March' are read", () => {
  const text = [
    "Incident notes - North-East Nigeria",
    "Posted on March 9, 2022 by the desk",
    "",
    "On the 5th of March, suspected Boko Haram fighters burnt 20 houses in a village near Madagali, Adamawa.",
    "",
    "On the night of 6/7 March, insurgents looted shops in Monguno; 2 civilians were killed.",
  ].join("\n");
  const out = extractDocument(text, { document: "t" });
  assert.equal(out.published, "2022-03-09");
  assert.deepEqual(out.incidents.map((i) => [i.event_date, i.time_precision, i.location]), [
    ["2022-03-05", 1, "Madagali"],
    ["2022-03-06", 1, "Monguno"],
  ]);
});

test("a date or a 'published' note in one part of a line cut by bars under the title dates the report", () => {
  const daily = extractDocument(["Conflict Monitor of the North", "Morning summary | April 3, 2024", "", "Gunmen shot dead two shepherds near Tal Afar yesterday evening."].join("\n"), { document: "t" });
  assert.equal(daily.published, "2024-04-03");
  const weekly = extractDocument(["SECURITY WEEKLY", "Week 14: 1-7 April 2024", "Issue published 9 April 2024 | Compiled from press reports", "", "On 2 April, gunmen shot dead two shepherds near Tal Afar."].join("\n"), { document: "t" });
  assert.equal(weekly.published, "2024-04-09");
});

test("'yesterday', 'this afternoon' and 'today' in a daily report count from its date", () => {
  const text = ["Conflict Monitor of the North", "Morning summary | April 3, 2024", "", "Gunmen shot dead two shepherds near Tal Afar yesterday evening.", "", "This afternoon, a roadside bomb wounded three soldiers near Sinjar.", "", "An explosive device went off at dawn today in a market in Baiji, wounding a vendor."].join("\n\n");
  const out = extractDocument(text, { document: "t" }).incidents.map((i) => [i.event_date, i.location]);
  assert.deepEqual(out, [
    ["2024-04-02", "Tal Afar"],
    ["2024-04-03", "Sinjar"],
    ["2024-04-03", "Baiji"],
  ]);
});

test("a monitor's note that the items are its own documentation makes it the source of every item", () => {
  const text = ["Conflict Monitor of the North", "Morning summary | April 3, 2024", "", "The following are the incidents documented by Rudaw across the north over the past day.", "", "Gunmen shot dead two shepherds near Tal Afar yesterday evening.", "", "Troops arrested four suspects in a raid near Sinjar yesterday."].join("\n\n");
  const out = extractDocument(text, { document: "t" }).incidents.map((i) => i.sources.map((s) => s.name));
  assert.deepEqual(out, [["Rudaw"], ["Rudaw"]]);
});

test("paragraphs under a heading that sums up or looks ahead give no incidents, but their figures are still read", () => {
  const text = ["NORTH-WEST MONITOR", "Week of 1-7 May 2023", "", "KEY POINTS", "", "On 3 May, militants killed nine soldiers at a checkpoint near Miran Shah.", "", "INCIDENTS", "", "On 3 May, militants attacked a checkpoint near Miran Shah, killing nine soldiers.", "", "OUTLOOK", "", "On 9 May, when the new curfew starts, attacks on checkpoints near Miran Shah are likely to go on."].join("\n");
  const out = extractDocument(text, { document: "t" });
  assert.deepEqual(out.incidents.map((i) => i.quote.slice(0, 30)), ["On 3 May, militants attacked a"]);
});

test("an 'As of <date>' line under a title is the publication date and no part of the title's paragraph", () => {
  const text = ["MALI", "Situation report No. 7: Attacks and displacement in the Mopti and Segou regions", "As of 12 May 2023", "", "On 9 May, gunmen killed four villagers near Bandiagara."].join("\n");
  const out = extractDocument(text, { document: "t" });
  assert.equal(out.published, "2023-05-12");
  assert.deepEqual(out.incidents.map((i) => i.location), ["Bandiagara"]);
});

test("the line of a block that states the period joins the title, not the note below it", () => {
  const text = ["SAHEL LOG", "Issue 4 | covering 1-7 May 2023", "Compiled by the field team from local radio; spellings follow local usage.", "", "On 3 May, gunmen killed four villagers near Bandiagara."].join("\n");
  assert.equal(extractDocument(text, { document: "t" }).title, "SAHEL LOG (Issue 4 | covering 1-7 May 2023)");
});

test("bodies of victims found are an incident; a curfew lifted after attacks is not", () => {
  const text = ["EAST MONITOR", "Week of 7-13 June 2021", "", "On 10 June, the bodies of four herders were found near Beni; they had been shot.", "", "In Beni, the mayor on 11 June lifted the curfew imposed after the May attacks."].join("\n");
  const out = extractDocument(text, { document: "t" }).incidents.map((i) => [i.event_date, i.killed.low]);
  assert.deepEqual(out, [["2021-06-10", 4]]);
});

test("channel posts: a flag opens the post's country, hashtags are words, a repost or an update is no incident", () => {
  const text = [
    "SAHEL WATCH — channel posts",
    "Week 27: 3-9 July 2023",
    "",
    "🇧🇫 #BurkinaFaso | 05/07 06:10 — VDP post at #Djibo overrun at dawn, ISSP claimed via Amaq.",
    "",
    "🔁 Repost from @SahelObs: \"Gunfire heard at Djibo this morning\" (see our 06:10 post)",
    "",
    "🇧🇫 #BurkinaFaso | 06/07 09:00 — UPDATE Djibo: toll now 12 VDP KIA per local sources.",
    "",
    "🇨🇲 #Cameroon | 08/07 16:45 — JAS raid on a village near #Mora (Far North), cattle looted.",
  ].join("\n");
  const out = extractDocument(text, { document: "t" }).incidents.map((i) => [i.event_date, i.country, i.location, i.perpetrator]);
  assert.deepEqual(out, [
    ["2023-07-05", "BF", "Djibo", "ISIS"],
    ["2023-07-08", "CM", "Mora", "Boko Haram"],
  ]);
});

test("a months range under the title is the period, and a 'Prepared <date>' line dates the report", () => {
  const text = ["Incident summaries - second quarter", "Iraq and Syria | April-June 2019", "Prepared 14 August 2019 for the quarterly review. Internal file.", "", "05/06/2019: Assailants detonated an explosive device near Baiji city, Saladin province, Iraq. Two soldiers were killed."].join("\n");
  const out = extractDocument(text, { document: "t" });
  assert.deepEqual(out.period, { start: "2019-04-01", end: "2019-06-30" });
  assert.equal(out.published, "2019-08-14");
  assert.deepEqual(out.incidents.map((i) => i.event_date), ["2019-05-06"]);
});

test("a state heading that shares a country's name is the state in a roundup on the other country", () => {
  const text = ["NORTH-WEST NIGERIA ROUNDUP", "Week 24, 13-19 June 2022", "", "KADUNA", "", "Bandits on Sunday attacked Kufana village in Kajuru, Kaduna State, killing two farmers (Daily Trust, 20 June).", "", "NIGER", "", "Bandits on Thursday killed nine vigilantes in an ambush near Kagara (Daily Trust, 18 June)."].join("\n");
  const out = extractDocument(text, { document: "t" }).incidents.map((i) => [i.country, i.admin1]);
  assert.deepEqual(out, [["NG", "Kaduna"], ["NG", "Niger State"]]);
});

test("a heading for a Niger State command is Nigeria's state, not the country Niger, in a compilation that names no country", () => {
  const text = ["STATE POLICE COMMANDS: PRESS STATEMENTS, MARCH 2022", "", "=== KATSINA STATE POLICE COMMAND ===", "", "On 03/03/2022 at about 2200hrs, bandits attacked a village near Danmusa and killed three residents.", "", "=== NIGER STATE POLICE COMMAND ===", "", "On 09/03/2022 at about 0500hrs, gunmen attacked a police post near Kagara, Rafi LGA, and killed two constables."].join("\n");
  const out = extractDocument(text, { document: "t" }).incidents.map((i) => [i.country, i.admin1, i.location]);
  assert.deepEqual(out, [["NG", "Katsina", "Danmusa"], ["NG", "Niger State", "Kagara"]]);
});

test("a news headline over its one-line paragraph is no part of it; reactions, reports released and review notes give no incident", () => {
  const text = [
    "NIGERIA PRESS ROUNDUP",
    "Week 24, 13-19 June 2022",
    "",
    "Eleven soldiers killed as gunmen ambush patrol in Shiroro",
    "Gunmen in the early hours of Thursday ambushed a patrol near Kuta, Shiroro, killing seven soldiers and four policemen; sources attributed the attack to Ansaru (Punch, 17 June).",
    "",
    "The commissioner on Tuesday released the state's security report for the quarter, which recorded 317 people killed by armed groups.",
    "",
    "Excluded after review: a 06/14/2022 entry on a killing in Kano (criminal, no group).",
    "",
    "REACTIONS",
    "The Senate on Wednesday urged the government to act after the killing of eleven soldiers in Shiroro.",
  ].join("\n");
  const out = extractDocument(text, { document: "t" }).incidents.map((i) => [i.event_date, i.killed.low, i.perpetrator, i.claim]);
  assert.deepEqual(out, [["2022-06-16", 11, "Ansaru", "suspected"]]);
});

test("running totals, ongoing campaigns, indictments and a 'Main trends' summary give no incidents", () => {
  const text = [
    "Weekly review",
    "June 7-13, 2018",
    "",
    "Main trends",
    "",
    "► On June 9, 2018, ISIS operatives ambushed an army convoy near Palmyra, killing four soldiers.",
    "",
    "Syria",
    "",
    "► On June 9, 2018, ISIS operatives ambushed an army convoy near Palmyra, killing four soldiers.",
    "► The offensive, which the army launched on May 2, 2018, is focused on the desert south of Palmyra. Dozens of operatives were reportedly killed.",
    "► The spokesman said that since the start of the operation on May 2, 2018, 120 operatives have been killed.",
    "► On June 12, 2018, a court in Hamburg indicted a man, detained in March, for membership in ISIS.",
  ].join("\n");
  const out = extractDocument(text, { document: "t" }).incidents.map((i) => [i.event_date, i.killed.low]);
  assert.deepEqual(out, [["2018-06-09", 4]]);
});

test("a claims weekly: the method note sources its items, the claim's own sentence stays with its attack, brackets name local outlets", () => {
  const text = [
    "CLAIMS WEEKLY",
    "Week 48: 22-28 November 2019",
    "",
    "How we count. Our log records every claim issued through Amaq and the provincial offices on Telegram, one line per operation.",
    "",
    "Sun 24 Nov - Borno, Nigeria. ISWAP fighters ambushed an army convoy near Gubio. The claim, carried by Amaq on 25 November, said 12 soldiers were killed and 3 vehicles burned. [Radio Ndarason: 4 soldiers killed.]",
  ].join("\n");
  const out = extractDocument(text, { document: "t" }).incidents.map((i) => [i.event_date, i.claim, i.sources.map((s) => s.name).sort()]);
  assert.deepEqual(out, [["2019-11-24", "claimed", ["Amaq", "Radio Ndarason", "Telegram"]]]);
});

test("a killing told as gunning down is an incident", () => {
  const text = ["Weekly notes, 2-8 March 2022", "", "On March 4, 2022, gunmen gunned down a district official outside his home in Damboa."].join("\n");
  const [inc] = extractDocument(text, { document: "t" }).incidents;
  assert.equal(inc?.event_date, "2022-03-04");
  assert.deepEqual(inc?.killed, { low: 1, high: 1 });
  assert.deepEqual(inc?.methods, ["shooting"]);
});

test("a footnote saying a section's items are a group's claims makes that group their perpetrator, whatever the heading names", () => {
  const text = [
    "Weekly Jihad Review, March 4-10, 2019",
    "",
    "The Sahel²",
    "",
    "► On March 5, 2019, an IED was detonated against a gendarmerie pickup near Ménaka. Two gendarmes were wounded.",
    "",
    "² According to ISIS's claims of responsibility posted by Amaq",
  ].join("\n");
  const [i] = extractDocument(text, { document: "t" }).incidents;
  assert.equal(i?.claim, "claimed");
  assert.equal(i?.perpetrator, "ISIS");
});

test("the dated bullets under 'Main points' or 'Main events of the week' restate the incidents told below and give none of their own", () => {
  for (const heading of ["Main points", "Main events of the week"]) {
    const text = [
      "Weekly Jihad Review, March 4-10, 2019",
      "",
      heading,
      "",
      "► On March 5, 2019, ISIS operatives stormed a prison near Tal Tamr, freeing dozens of inmates.",
      "",
      "The Syrian arena",
      "",
      "► On March 5, 2019, a car bomb exploded at the gate of the prison near Tal Tamr, and ISIS operatives stormed it. Four guards were killed.",
    ].join("\n");
    const out = extractDocument(text, { document: "t" }).incidents;
    assert.deepEqual(out.map((i) => i.killed.low), [4], heading);
  }
});

test("'Main events' under a country's heading heads that arena's own incidents, not the document's summary", () => {
  const text = [
    "Weekly Jihad Review, March 4-10, 2019",
    "",
    "Iraq",
    "",
    "Main events",
    "",
    "► The Baiji front: On March 5, 2019, three suicide bombers attacked PMF positions near the Baiji refinery. Eleven fighters were killed.",
    "",
    "► The Ramadi front: On March 6, 2019, the Iraqi army resumed its advance towards the center of Ramadi. The army said that 23 ISIS operatives had been killed.",
  ].join("\n");
  const [baiji, ramadi] = extractDocument(text, { document: "t" }).incidents;
  assert.equal(baiji?.killed.low, 11);
  assert.equal(ramadi?.category, "counterterrorism");
});

test("a court appearance and a commander summing up a campaign's figures are not incidents", () => {
  const text = [
    "Weekly Jihad Review, March 4-10, 2019",
    "",
    "► On March 6, 2019, a 22-year-old man from Leeds appeared before a magistrates' court in London, charged with planning a bombing on behalf of ISIS.",
    "",
    "► On March 7, 2019, at a press conference in Qamishli, the coalition's commander summed up the offensive, which began in January: 900 ISIS operatives were killed and 40 SDF fighters lost their lives.",
  ].join("\n");
  assert.equal(extractDocument(text, { document: "t" }).incidents.length, 0);
});

test("a note on a country's heading ends where the next country's heading begins; a note on a heading with no place runs on", () => {
  const text = (heading: string) =>
    [
      "Weekly Jihad Review, March 4-10, 2019",
      "",
      heading,
      "",
      "► On March 5, 2019, an IED was activated against an army vehicle near Tuz Khurmatu.",
      "",
      "¹ According to ISIS's claims of responsibility posted on Telegram",
      "",
      "Libya",
      "",
      "► On March 6, 2019, gunmen attacked a checkpoint near Sabha, killing two guards.",
    ].join("\n");
  const bound = extractDocument(text("ISIS's activity in Iraq¹"), { document: "t" }).incidents;
  assert.deepEqual(bound.map((i) => i.claim), ["claimed", "unattributed"]);
  const global = extractDocument(text("ISIS's activity around the globe¹"), { document: "t" }).incidents;
  assert.deepEqual(global.map((i) => i.claim), ["claimed", "claimed"]);
});

test("a note on an arena of several countries runs on through the headings of its countries", () => {
  const text = [
    "Weekly Jihad Review, March 4-10, 2019",
    "",
    "ISIS in West Africa¹",
    "",
    "► On March 5, 2019, ISIS operatives attacked an army post near Monguno, killing three soldiers.",
    "",
    "Cameroon",
    "",
    "► On March 6, 2019, ISIS operatives raided a village near Kolofata, killing two residents.",
    "",
    "¹ According to ISIS's claims of responsibility posted on Telegram",
  ].join("\n");
  const out = extractDocument(text, { document: "t" }).incidents;
  assert.deepEqual(out.map((i) => [i.country, i.claim, i.sources.map((s) => s.name).join(",")]), [["NG", "claimed", "Telegram"], ["CM", "claimed", "Telegram"]]);
});

test("supporters circulating a poster that calls for attacks on a coming date is propaganda, not an incident", () => {
  const text = ["Weekly Jihad Review, March 4-10, 2019", "", "► Supporters of ISIS on Telegram circulated a poster calling for attacks on churches during Easter, which falls on April 21, 2019."].join("\n");
  assert.equal(extractDocument(text, { document: "t" }).incidents.length, 0);
});

test("an item whose text names another country than its section's is placed there when its places are", () => {
  const text = [
    "Weekly Jihad Review, March 4-10, 2019",
    "",
    "ISIS in the West",
    "",
    "► On March 5, 2019, a man stabbed a passer-by in Lyon.",
    "",
    "Counterterrorism activity",
    "",
    "► On March 6, 2019, Iraqi security forces arrested five ISIS operatives in Fallujah.",
  ].join("\n");
  const out = extractDocument(text, { document: "t" }).incidents;
  assert.deepEqual(out.map((i) => [i.country, i.admin1]), [["FR", "Auvergne-Rhône-Alpes"], ["IQ", "Anbar"]]);
});

test("a note on a heading that names no country, under a country's heading, ends at the next country's heading", () => {
  const text = [
    "Weekly Jihad Review, March 4-10, 2019",
    "",
    "Iraq",
    "",
    "ISIS's activity¹",
    "",
    "► On March 5, 2019, an IED was activated against an army vehicle near Tuz Khurmatu.",
    "",
    "¹ Unless stated otherwise, the items below are based on ISIS's claims of responsibility posted on Telegram.",
    "",
    "Libya",
    "",
    "Counterterrorism activity",
    "",
    "► On March 6, 2019, army units raided a camp near Sabha and killed two militants.",
    "",
    "► On March 7, 2019, gunmen attacked a checkpoint near Ubari, killing a guard.",
  ].join("\n");
  const out = extractDocument(text, { document: "t" }).incidents;
  assert.deepEqual(out.map((i) => [i.country, i.category, i.claim]), [["IQ", "attack", "claimed"], ["LY", "counterterrorism", null], ["LY", "attack", "unattributed"]]);
});

test("a note saying where claims are posted is no claims note; one placing the area in a province makes its insurgents the group's", () => {
  const text = [
    "Weekly Jihad Review, March 4-10, 2019",
    "",
    "Mozambique (Cabo Delgado)¹",
    "",
    "March 5: Insurgents burned houses in a village west of Macomia.",
    "",
    "¹ Cabo Delgado is counted in the Central Africa Province. Claims relating to Mozambique are posted by Amaq.",
  ].join("\n");
  const [incident] = extractDocument(text, { document: "t" }).incidents;
  assert.equal(incident?.perpetrator, "ISIS");
  assert.equal(incident?.claim, "suspected");
  assert.deepEqual(incident?.sources, []);
});

test("a note on an arena ends at a heading on a country outside it; the West Africa arena takes in the Sahel branch", () => {
  const text = [
    "Weekly Jihad Review, March 4-10, 2019",
    "",
    "3. THE SAHEL¹",
    "",
    "► On March 5, 2019, ISIS operatives ambushed a Malian army patrol near Menaka, killing four soldiers.",
    "",
    "¹ The items in this section are based on ISIS's claims of responsibility posted on Telegram.",
    "",
    "4. SOMALIA",
    "",
    "► On March 6, 2019, a roadside bomb hit a police vehicle near Bosaso, killing two policemen.",
  ].join("\n");
  const out = extractDocument(text, { document: "t" }).incidents;
  assert.deepEqual(out.map((i) => [i.country, i.claim]), [["ML", "claimed"], ["SO", "unattributed"]]);
});

test("a region heading after a sub-heading on another country, inside an arena, is looked for in the arena's country", () => {
  const text = [
    "Weekly Jihad Review, July 23-29, 2015",
    "",
    "The Syrian arena",
    "",
    "Turkey joins the fight",
    "",
    "► On July 24, 2015, gunmen fired across the border at a Turkish post near Elbeyli, in Kilis Province, killing a soldier.",
    "",
    "Al-Hasakah Province",
    "",
    "► On July 25, 2015, a car bomb exploded at a checkpoint in the Ghuwayran neighborhood, killing five fighters.",
  ].join("\n");
  const out = extractDocument(text, { document: "t" }).incidents;
  assert.deepEqual(out.map((i) => [i.country, i.admin1]), [["TR", "Kilis"], ["SY", "Al-Hasakah"]]);
});
