import { test } from "node:test";
import assert from "node:assert/strict";
import { findCitations, findNamedSources, namedSourcesOf, parseCitation } from "./sources.ts";
import { wordsOf } from "./word-gate.ts";
import { extractDocument } from "./extract.ts";

const ctx = { period: { start: "2022-03-03", end: "2022-03-09" } };

const table: [string, { name: string; date: string | null }[] | null][] = [
  ["Halab Today, March 4, 2022; SANA, March 5, 2022", [
    { name: "Halab Today", date: "2022-03-04" },
    { name: "SANA", date: "2022-03-05" },
  ]],
  ["Telegram, Amaq, March 6, 2022", [
    { name: "Telegram", date: "2022-03-06" },
    { name: "Amaq", date: "2022-03-06" },
  ]],
  ["Syrian Observatory for Human Rights; Baladi News, March 6, 2022", [
    { name: "Syrian Observatory for Human Rights", date: null },
    { name: "Baladi News", date: "2022-03-06" },
  ]],
  ["@DeirEzzor24 Twitter account, March 7, 2022", [{ name: "@DeirEzzor24 Twitter account", date: "2022-03-07" }]],
  ["Reuters", [{ name: "Reuters", date: null }]],
  ["Raqqa Is Being Slaughtered Silently, March 8, 2022", [{ name: "Raqqa Is Being Slaughtered Silently", date: "2022-03-08" }]],
  ["Rudaw, 7-8 March 2022", [{ name: "Rudaw", date: "2022-03-08" }]],
  ["Deir ez-Zor 24, March 7 and 8, 2022", [{ name: "Deir ez-Zor 24", date: "2022-03-08" }]],
  ["Dawn, March 7 and 8, 2022", [{ name: "Dawn", date: "2022-03-08" }]],
  ["Al-Naba' No. 329, March 3, 2022", [{ name: "Al-Naba'", date: "2022-03-03" }]],
  ["Channel 4, March 3, 2022", [{ name: "Channel 4", date: "2022-03-03" }]],
  ["northeast of Hama", null],
  ["about 40 km south of Kirkuk", null],
  ["implicitly, ISIS operatives", null],
  ["Note: on February 2, 2022, ISIS fired two rockets at the same base", null],
  ["Borno and Yobe", null],
  ["312", null],
];

for (const [inside, expected] of table) {
  test(`parseCitation reads "(${inside})" as ${expected ? expected.map((s) => s.name).join(" + ") : "no citation"}`, () => {
    assert.deepEqual(parseCitation(inside, ctx), expected);
  });
}

test("findCitations returns spans that include the parentheses", () => {
  const text = "A soldier was killed (Shafaq News, March 4, 2022). Another (north of Kirkuk) was hurt.";
  const found = findCitations(text, ctx);
  assert.equal(found.length, 1);
  assert.equal(text.slice(found[0]!.start, found[0]!.end), "(Shafaq News, March 4, 2022)");
});

test("findNamedSources finds an outlet named with 'according to'", () => {
  assert.deepEqual(findNamedSources("Five were killed, according to the Syrian Observatory for Human Rights."), [
    { name: "Syrian Observatory for Human Rights", date: null },
  ]);
});

const running: [string, string[]][] = [
  ["Jihadists shelled the barracks. The group claimed the shelling through Amaq.", ["Amaq"]],
  ["The bombing was claimed by the militants on Telegram two days later.", ["Telegram"]],
  ["Al-Shabaab claimed it in a broadcast on its Andalus radio station.", ["Radio Andalus"]],
  ["Al-Shabaab's Shahada News Agency claimed the ambush.", ["Shahada News Agency"]],
  ["The group boasted of the raid in its weekly al-Naba.", ["Al-Naba'"]],
  ["Amaq later claimed the assassination.", ["Amaq"]],
  ["The state-run Iraqi News Agency reported that two officers were hurt.", ["Iraqi News Agency"]],
  ["Three suspects were held, the Joint Operations Command said.", ["Joint Operations Command"]],
  ["A bomb maker was killed in the strike, the coalition said.", ["International Coalition"]],
  ["Four insurgents were killed, CENTCOM said.", ["CENTCOM"]],
  ["Two shepherds were shot, local police said.", []],
  ["A cell leader was detained, according to the Jordanian Interior Ministry.", ["Jordanian Interior Ministry"]],
  ["Two raiders were killed, according to the YPG media center.", ["YPG media center"]],
  ["Nine civilians died in the shelling, according to SOHR.", ["Syrian Observatory for Human Rights"]],
  ["Officials said the attack was carried out by ISIS.", []],
  ["The army counted 5 dead; Human Rights Watch, citing survivors, said 11 herders were killed.", ["Human Rights Watch"]],
  ["Eight patients were evacuated to Bunia, according to MSF.", ["MSF"]],
  // the group that claimed stands between the verb and the channel
  ["Two guards were killed. The raid was claimed by ISIS on Telegram.", ["Telegram"]],
  ["A farmer was killed; the attack was claimed by ISWAP through Amaq.", ["Amaq"]],
  ["According to ISIS's claim on Telegram, four soldiers were killed.", ["Telegram"]],
  ["Pictures of the killing were posted on ISIS-affiliated Twitter accounts.", ["Twitter"]],
  ["Amaq carried the group's claim for the ambush.", ["Amaq"]],
  ["The group's Telegram channels said its men had burned a truck.", ["Telegram"]],
  ["The deputy spokesman wrote on Twitter that six militants were killed.", ["Twitter"]],
  ["In the 412th issue of Al-Naba', the group claimed 30 attacks in Nigeria.", ["Al-Naba'"]],
];
for (const [text, expected] of running) {
  test(`findNamedSources finds ${expected.join(" + ") || "nothing"} in "${text.slice(0, 60)}"`, () => {
    assert.deepEqual(findNamedSources(text).map((s) => s.name), expected);
  });
}

test("parseCitation names the outlet, not the kind of document", () => {
  assert.deepEqual(parseCitation("Army press release, March 5, 2022", ctx), [{ name: "Army", date: "2022-03-05" }]);
});

test("named sources read with the text's words are the same as without them", () => {
  for (const text of [
    "According to the Syrian Observatory for Human Rights, ISIS killed two shepherds.",
    "ISIS claimed the attack through Amaq. The Security Media Cell said a soldier was wounded.",
    "Gunmen killed two farmers near the village.",
  ]) assert.deepEqual(namedSourcesOf(text, wordsOf(text)), findNamedSources(text), text);
  assert.deepEqual(namedSourcesOf("Gunmen killed two farmers.", wordsOf("Gunmen killed two farmers.")), []);
});

test("a weekday in a dated parenthesis is no outlet, and 'per X' cites X", () => {
  assert.equal(parseCitation("Tuesday, 7 Mar", ctx), null);
  assert.deepEqual(parseCitation("per SOHR", ctx), [{ name: "Syrian Observatory for Human Rights", date: null }]);
  assert.deepEqual(parseCitation("per Reuters", ctx), [{ name: "Reuters", date: null }]);
});

test("named sources reach past a weekday, an apposition and a descriptor to the outlet", () => {
  const names = (t: string): string[] => findNamedSources(t).map((s) => s.name);
  assert.deepEqual(names("The group claimed the ambush on Friday via its Amaq news agency."), ["Amaq"]);
  assert.deepEqual(names("Kivu Security Tracker, a research project, said gunmen killed five farmers."), ["Kivu Security Tracker"]);
  assert.deepEqual(names("Jets struck a camp, killing 30 fighters, according to state broadcaster ORTN."), ["ORTN"]);
});

test("an outlet's activists or sources who documented an event name it as the source", () => {
  assert.deepEqual(findNamedSources("SOHR activists have documented the death of a shepherd near Palmyra.").map((s) => s.name), ["Syrian Observatory for Human Rights"]);
  assert.deepEqual(findNamedSources("Three men were killed, as documented by SOHR.").map((s) => s.name), ["Syrian Observatory for Human Rights"]);
});

test("'according to a' force's statement and a French outlet name are read as sources", () => {
  assert.deepEqual(findNamedSources("Four soldiers were wounded, according to a FARDC statement.").map((s) => s.name), ["FARDC"]);
  assert.deepEqual(findNamedSources("Some twenty fighters were killed, according to the Agence d'Information du Burkina (AIB).").map((s) => s.name), ["Agence d'Information du Burkina"]);
});

test("a source named in full once and later by one of its words is the same outlet (the short name stays)", () => {
  const text = [
    "Iraq digest, June 1-7, 2017",
    "",
    "- The Security Media Cell announced that on June 2 helicopters killed four terrorists near Tarmiyah.",
    "- The Cell said that on June 4 police arrested two suspects in Baqubah.",
  ].join("\n");
  const [, second] = extractDocument(text, { document: "t" }).incidents;
  assert.deepEqual(second?.sources.map((s) => s.name).sort(), ["Cell", "Security Media Cell"]);
});

test("a log line's 'Src:' field names its outlet, and generic sources name none", () => {
  assert.deepEqual(findNamedSources("9 FDS KIA. JNIM claimed. Src: az-Zallaqa 16/08.").map((s) => s.name), ["az-Zallaqa"]);
  assert.deepEqual(findNamedSources("4 civilians KIA. Src: Burkina army communique.").map((s) => s.name), ["Burkina army communique"]);
  assert.deepEqual(findNamedSources("No claim. Src: local sources.").map((s) => s.name), []);
});

test("an issue number in brackets after an outlet is that outlet's issue, and the month a range starts in is no outlet", () => {
  assert.deepEqual(findCitations("The weekly Al-Naba' (Issue 213, December 19, 2019) published its infographic.").map((c) => c.sources), [[{ name: "Al-Naba'", date: "2019-12-19" }]]);
  assert.deepEqual(findCitations("An infographic summed up its operations during Ramadan (June 18-July 17, 2015)."), []);
});

test("a parenthesis comparing two counts ('21 against 24') is no citation, while an outlet whose name ends in 24 still is", () => {
  assert.deepEqual(findCitations("The gap was widest in Diyala (21 against 24) and in Kirkuk."), []);
  assert.deepEqual(findCitations("Two soldiers were killed (Kurdistan 24, March 3, 2022).", ctx).map((c) => c.sources), [[{ name: "Kurdistan 24", date: "2022-03-03" }]]);
});

test("a closing 'Sources:' field lists its outlets, each dated by its brackets, with the body one relayed; a field of anything else is no citation", () => {
  const text = "Gunmen killed two herders near Gao. Sources: Studio Tamani (4 March); al-Naba' (5 March); MSA press briefing (6 March), reported by Kibaru.";
  assert.deepEqual(findCitations(text, ctx).map((c) => c.sources), [[
    { name: "Studio Tamani", date: "2022-03-04" },
    { name: "Al-Naba'", date: "2022-03-05" },
    { name: "MSA", date: "2022-03-06" },
    { name: "Kibaru", date: null },
  ]]);
  assert.deepEqual(findCitations("Gunmen killed two herders near Gao. Sources: local residents, by phone.", ctx), []);
});
