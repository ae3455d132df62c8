import { test } from "node:test";
import assert from "node:assert/strict";
import { classifyTarget, classifyTargetWords, extractTarget, stateTargetType } from "./target.ts";
import { wordsOf } from "./word-gate.ts";

const table: [string, string, string][] = [
  ["On March 4, 2022, a Popular Mobilization fighter was targeted by machine gun fire near Tuz.", "Popular Mobilization fighter", "militia"],
  ["On March 4, 2022, an IED was activated against an Iraqi army vehicle on the highway.", "Iraqi army vehicle", "military"],
  ["On March 4, 2022, an IED was activated against the car of a judge in the SDF courts.", "car of a judge in the SDF courts", "government"],
  ["On March 4, 2022, militants attacked a police station in Bama.", "police station", "police"],
  ["On March 4, 2022, gunmen fired at a tanker carrying fuel for the regime, south of the town.", "tanker carrying fuel for the regime", "infrastructure"],
  ["On March 4, 2022, an officer of the National Directorate of Security was shot dead in Kabul.", "officer of the National Directorate of Security", "intelligence"],
  ["On March 4, 2022, fighters raided a Taliban checkpoint in the district.", "Taliban checkpoint", "insurgents"],
  ["On March 4, 2022, gunmen attacked worshippers leaving a mosque.", "worshippers leaving a mosque", "civilian"],
];
for (const [text, target, type] of table) {
  test(`extractTarget and classifyTarget read "${text.slice(17, 80)}"`, () => {
    const t = extractTarget(text);
    assert.equal(t, target);
    assert.equal(classifyTarget(t, text, "attack"), type);
  });
}

// Each of these read a date, a place, a channel or nothing as the target before.
const asides: [string, string, string][] = [
  ["On March 4, 2022, a member of the Busayrah Civil Council, Khalid al-Ahmad, was shot dead near his home.", "member of the Busayrah Civil Council", "government"],
  ["On March 4, 2022, a soldier guarding a checkpoint on the main road, about 15 km south of Kirkuk, was killed by a sniper.", "soldier guarding a checkpoint on the main road", "military"],
  ["On March 4, 2022, the chief of the village, who had refused to pay the zakat, was shot dead in his house.", "chief of the village", "government"],
  ["On March 4, 2022, the body of a Syrian woman was found in the camp's second sector.", "Syrian woman", "civilian"],
  ["On March 4, 2022, gunmen kidnapped three laborers repairing a dirt road near the village.", "three laborers repairing a dirt road", "civilian"],
  ["On the 12th, gunmen opened fire on a village councillor in the market.", "village councillor", "government"],
  ["On the second day of Eid al-Fitr, gunmen fired on a group of shepherds near the village.", "group of shepherds", "civilian"],
  ["On the afternoon of March 4, 2022, gunmen fired on a police patrol near the market.", "police patrol", "police"],
  ["On March 4, 2022, a suicide bomber blew himself up at the entrance to the Ministry of Interior in Kabul.", "Ministry of Interior", "government"],
  ["Two herders were captured and beheaded by militants on March 4, 2022, near the river.", "Two herders", "civilian"],
  ["On March 4, 2022, the relay antenna of a mobile operator was destroyed by explosives near the town.", "relay antenna of a mobile operator", "infrastructure"],
];
for (const [text, target, type] of asides) {
  test(`the target is read past asides, dates and agents in "${text.slice(0, 70)}"`, () => {
    const t = extractTarget(text);
    assert.equal(t, target);
    assert.equal(classifyTarget(t, text, "attack"), type);
  });
}

test("relative words lead no target: 'in which five of the gunmen were killed'", () => {
  assert.equal(extractTarget("On March 4, 2022, the army regained the town after clashes with local gunmen, in which five of the gunmen were killed."), "five of the gunmen");
});

test("a relative clause after the target does not type it", () => {
  assert.equal(classifyTarget("surgeon who treated wounded militia fighters", "A surgeon who treated wounded militia fighters was shot dead.", "attack"), "civilian");
});

test("counterterrorism targets are insurgents", () => {
  assert.equal(classifyTarget("three suspects", "Police arrested three suspects.", "counterterrorism"), "insurgents");
});

const typed: [string, string][] = [
  // the victims decide when the phrase names only a place or an object
  ["On March 4, 2022, a car bomb exploded at a roundabout near the courthouse. A traffic policeman and four passers-by were killed.", "police"],
  ["On March 4, 2022, a grenade was thrown into a crowded tea shop, the mayor said.", "civilian"],
  ["On March 4, 2022, a suicide bomber blew himself up among mourners at a funeral, a ministry spokesman said.", "civilian"],
  ["On March 4, 2022, a teacher was shot dead outside his house, local officials said.", "civilian"],
  ["On March 4, 2022, an army sergeant was wounded when militants fired at his position.", "military"],
  // heads and names decide over owners and modifiers
  ["On March 4, 2022, a gas pipeline belonging to the militia was blown up.", "infrastructure"],
  ["On March 4, 2022, gunmen shot dead a member of the Tal Abyad Military Council.", "militia"],
  ["On March 4, 2022, fighters ambushed a convoy of the Civilian Joint Task Force.", "militia"],
  ["On March 4, 2022, jihadists torched grain fields near the village.", "civilian"],
  ["On March 4, 2022, a roadside bomb struck a minibus on the highway.", "civilian"],
  ["On March 4, 2022, the insurgents executed three men accused of smuggling.", "civilian"],
  // what was hit, as other arenas name it
  ["On March 4, 2022, a roadside bomb hit a truck carrying farm labourers outside the village.", "civilian"],
  ["On March 4, 2022, mortar rounds fell on the airstrip of the district town.", "infrastructure"],
  ["On March 4, 2022, a car bomb exploded at the gate of the regional administration in the city.", "government"],
  ["On March 4, 2022, gunmen attacked a Security Belt checkpoint on the coastal road.", "militia"],
  ["On March 4, 2022, gunmen fired on a CAFGU detachment in the hills.", "militia"],
  ["On March 4, 2022, gunmen shot dead a barangay captain outside his home.", "government"],
  ["On March 4, 2022, gunmen stormed the education department in Ghazni and took hostages.", "government"],
  ["On March 4, 2022, a car bomb exploded outside the Indian consulate in the city.", "government"],
  ["On March 4, 2022, fighters ambushed a convoy of trucks carrying food aid; six drivers were killed.", "civilian"],
  ["On March 4, 2022, gunmen opened fire on a convoy of vehicles carrying pilgrims near the town.", "civilian"],
  ["On March 4, 2022, insurgents attacked a convoy transporting food supplies to the camp.", "civilian"],
  ["On March 4, 2022, unidentified gunmen shot dead a former soldier of the national army in the city.", "civilian"],  // the army named first is the target; militias and other forces come along
  ["On March 4, 2022, jihadists overran positions of the Malian army and allied self-defence militias near the river.", "military"],
  ["On March 4, 2022, a bomber blew himself up in a crowd of Iraqi soldiers and Popular Mobilization fighters at the gate.", "military"],
  ["On March 4, 2022, gunmen opened fire at an Asayish checkpoint outside the camp.", "police"],
  ["On March 4, 2022, a suicide bomber blew himself up at a gathering of tribal elders in the district.", "civilian"],
  ["On March 4, 2022, ISIS fighters attacked positions of the Badr Organization north of Samarra.", "militia"],
  ["On March 4, 2022, fighters attacked a post of Sunni tribal fighters west of the town.", "militia"],
  ["On March 4, 2022, gunmen opened fire on a group of truffle gatherers in the desert.", "civilian"],
  ["On March 4, 2022, a roadside bomb hit a pickup of the Union of Sinai Tribes south of the town.", "militia"],
  // what a bomb was placed under or beside, and roads that are only where it happened
  ["On March 4, 2022, a bomb went off under a Hashd pickup on a gravel road east of the lake, wounding two.", "militia"],
  ["On March 4, 2022, a sticky bomb attached to the car of a public prosecutor went off downtown.", "government"],
  ["On March 4, 2022, the group sent five bombers, among them a teenager, against army units advancing on the bridge.", "military"],
];
for (const [text, type] of typed) {
  test(`classifyTarget types "${text.slice(17, 80)}" as ${type}`, () => {
    assert.equal(classifyTarget(extractTarget(text), text, "attack"), type);
  });
}

test("extractTarget skips passive verbs, places and times", () => {
  assert.equal(extractTarget("Four guards were killed and two others were wounded late on Sunday evening."), "Four guards");
  assert.equal(extractTarget("Gunmen on a motorcycle shot dead a customs officer."), "customs officer");
  assert.equal(extractTarget("Raiders stopped a lorry on the road to Gao."), "lorry");
});

test("a passive verb after a run of spaces reads the subject before the whole run", () => {
  assert.equal(extractTarget("An SDF fighter \t  was  targeted by gunmen."), "SDF fighter");
  assert.equal(extractTarget("Two checkpoint guards were  reportedly shot near the gate."), "Two checkpoint guards");
});

test("a target's type is the same with the text's words given", () => {
  for (const [target, text] of [
    ["an oil pipeline", "Militants blew up an oil pipeline belonging to the SDF."],
    ["a bridge used by the army", "Gunmen attacked a bridge used by the army."],
    ["unknown", "Police said two villagers were killed when gunmen attacked."],
    ["unknown", "A police captain and six other people were killed."],
    ["a gathering", "A bomb hit a gathering."],
  ] as const) assert.equal(classifyTargetWords(target, text, "attack", wordsOf(text)), classifyTarget(target, text, "attack"), `${target} / ${text}`);
});

test("religious sites and clerics are civilian targets", () => {
  assert.equal(classifyTarget("Sufi shrine", "A grenade was thrown into a Sufi shrine.", "attack"), "civilian");
  assert.equal(classifyTarget("his madrassa", "Gunmen shot a cleric outside his madrassa.", "attack"), "civilian");
});

test("Taliban targets are the state's forces once the Taliban govern, insurgents before", () => {
  assert.equal(stateTargetType("insurgents", "Taliban outpost", "attack", "2022-03-01"), "military");
  assert.equal(stateTargetType("insurgents", "Taliban outpost", "attack", "2020-03-01"), "insurgents");
  assert.equal(stateTargetType("insurgents", "ISKP hideout", "attack", "2022-03-01"), "insurgents");
});

test("a table row's target stops at its column bar, and 'shooting of X' names X", () => {
  assert.equal(extractTarget("2023-05-02 | Mardan | Raid on army outpost | 3 killed | Unclaimed"), "army outpost");
  assert.equal(extractTarget("2023-05-03 | Swabi | Shooting of a community leader | 1 killed"), "community leader");
  assert.equal(classifyTarget("community leader", "Shooting of a community leader. 1 killed", "attack"), "civilian");
});

test("an ISO date after 'On' is when, not whom", () => {
  assert.equal(extractTarget("On 2023-05-02, Raid on army outpost in Mardan. 3 killed."), "army outpost");
});

test("the British spelling of Popular Mobilisation is a militia", () => {
  assert.equal(classifyTarget("vehicle of the Popular Mobilisation", "A bomb hit a vehicle of the Popular Mobilisation.", "attack"), "militia");
});

test("whoever 'came under attack' is the target", () => {
  assert.equal(extractTarget("Troops of 5 Brigade came under attack by ISWAP fighters while clearing the Gubio road."), "Troops of 5 Brigade");
});
