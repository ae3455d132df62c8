import { test } from "node:test";
import assert from "node:assert/strict";
import { GroupAliases } from "./group-aliases.ts";
import { extractDocument } from "./extract.ts";

test("an abbreviation defined after a group's name, or in a legend, stands for the group", () => {
  const aliases = new GroupAliases();
  aliases.learn("Harakat al-Shabaab al-Mujahideen, or al-Shabaab (AS), kept up its attacks.");
  aliases.learn("Key: JAS = Boko Haram; SNA = Somali National Army.");
  assert.equal(aliases.apply("Police blamed AS for the blast."), "Police blamed al-Shabaab for the blast.");
  assert.equal(aliases.apply("Suspected AS."), "Suspected al-Shabaab.");
});

test("a parenthesis that is not the group's initials, a state body and a line in capitals define nothing", () => {
  const aliases = new GroupAliases();
  aliases.learn("ISIS's Central Africa Province (DRC) claimed two raids; the Somali National Army (SNA) held Bariire.");
  assert.equal(aliases.apply("Attacks in the DRC rose; the SNA withdrew."), "Attacks in the DRC rose; the SNA withdrew.");
  aliases.learn("Al-Shabaab (AS) remained active.");
  assert.equal(aliases.apply("REPORTED AS FOLLOWS"), "REPORTED AS FOLLOWS");
});

test("a report that defines AS in a table's legend gives AS's attacks to al-Shabaab", () => {
  const text = [
    "SOMALIA NGO SECURITY REPORT - MARCH 2023",
    "",
    "Columns: date | district | type | description | source. AS = al-Shabaab; SNA = Somali National Army.",
    "",
    "04/03/2023 | Afgooye | IED | A roadside bomb hit an SNA pickup north of Afgoye, wounding three soldiers. Suspected AS. | SNA",
    "11/03/2023 | Balcad | Abduction | Two water-truck drivers were abducted by AS near Balcad; they were freed two days later. | Local media",
  ].join("\n");
  const out = extractDocument(text, { document: "t" }).incidents.map((i) => [i.perpetrator, i.claim]);
  assert.deepEqual(out, [["al-Shabaab", "suspected"], ["al-Shabaab", "suspected"]]);
});

test("a group the document says now calls itself one of ISIS's provinces, operates as one, or whose allegiance ISIS accepted, is ISIS's from there on", () => {
  const aliases = new GroupAliases();
  aliases.learn("In Nigeria, Boko Haram, which swore allegiance to ISIS last spring and now calls itself ISIS's West Africa Province, raided two villages.");
  assert.equal(aliases.apply("Boko Haram operatives burned the market."), "ISIS operatives burned the market.");
  const other = new GroupAliases();
  other.learn("Boko Haram (which styles itself the Islamic State's \"West Africa Province\") struck again.");
  assert.equal(other.apply("Residents blamed Boko Haram."), "Residents blamed ISIS.");
  const accepted = new GroupAliases();
  accepted.learn("Boko Haram, whose oath of allegiance to ISIS was accepted in March, lost several towns.");
  assert.equal(accepted.apply("Boko Haram fighters fled."), "ISIS fighters fled.");
  // "ADF operatives, who operate as ISIS's Central Africa Province": the group its men are named by.
  const operating = new GroupAliases();
  operating.learn("ADF fighters, who operate as ISIS's Central Africa Province, raided a village near Beni.");
  assert.equal(operating.apply("ADF fighters ambushed a convoy."), "ISIS fighters ambushed a convoy.");
});

test("a pledge to a man, or a name that is not ISIS's, makes no alias", () => {
  const aliases = new GroupAliases();
  aliases.learn("Boko Haram, whose pledge of allegiance to Abu Bakr al-Baghdadi was announced on Saturday, kept up its raids.");
  aliases.learn("Al-Shabaab, which calls itself Harakat al-Shabaab al-Mujahideen, shelled the base.");
  assert.equal(aliases.apply("Boko Haram fighters fled; al-Shabaab fighters stayed."), "Boko Haram fighters fled; al-Shabaab fighters stayed.");
});

test("a group named in brackets after one of ISIS's provinces ('ISIS's West Africa Province (Boko Haram)') is that province", () => {
  const aliases = new GroupAliases();
  aliases.learn("On June 3, operatives of ISIS's West Africa Province (Boko Haram) raided the base in Bosso.");
  assert.equal(aliases.apply("Boko Haram fighters burned the market."), "ISIS fighters burned the market.");
  const other = new GroupAliases();
  other.learn("The Somali army (backed by AMISOM) retook the town from al-Shabaab (AS).");
  assert.equal(other.apply("Boko Haram fighters burned the market."), "Boko Haram fighters burned the market.");
});
