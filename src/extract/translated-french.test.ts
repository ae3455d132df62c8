import { test } from "node:test";
import assert from "node:assert/strict";
import { extractCasualties } from "./casualties.ts";
import { attribute } from "./attribution.ts";
import { locate } from "./places.ts";
import { extractMethods } from "./methods.ts";

// Notes translated from French keep its acronyms and its military usage.
const none = { claimedBySection: false, groupOfSection: null };

test("a toll lists its counts; 'neutralised' people are killed, a neutralised bomb is not", () => {
  assert.deepEqual(extractCasualties("On 2 May, armed men raided a VDP post. The toll is 3 VDP killed and 6 wounded.").killed, { low: 3, high: 3 });
  assert.deepEqual(extractCasualties("Gunmen fired on the bus passengers, a toll of 9 dead.").killed, { low: 9, high: 9 });
  const c = extractCasualties("The provisional toll is 2 gendarmes killed and 4 wounded, and 8 terrorists neutralised.");
  assert.deepEqual([c.killed.low, c.wounded.low], [10, 4]);
  assert.deepEqual(extractCasualties("The counter-attack of the army neutralised around thirty assailants.").killed, { low: 30, high: 30 });
  assert.deepEqual(extractCasualties("Engineers neutralised an explosive device on the road.").killed, { low: 0, high: 0 });
});

test("French acronyms: HANI are unknown gunmen, EIGS is ISIS, GSIM is JNIM, FDS are state forces", () => {
  assert.equal(attribute("On 4 May, HANI attacked a convoy near Kaya.", none).perpetrator, "unknown");
  const e = attribute("On 4 May, HANI presumed to belong to the EIGS raided a village near Dori.", none);
  assert.deepEqual([e.perpetrator, e.claim], ["ISIS", "suspected"]);
  assert.equal(attribute("On 5 May, the GSIM claimed the ambush on its channel.", none).perpetrator, "JNIM");
  const ct = attribute("On 6 May, the FDS conducted a search operation near Kaya which led to the arrest of 5 suspects.", none);
  assert.equal(ct.category, "counterterrorism");
  const air = attribute("On 7 May, the air component of the Burkinabè Armed Forces struck a column of terrorists near Pama.", none);
  assert.deepEqual([air.category, air.perpetrator], ["counterterrorism", "Burkinabe armed forces"]);
  assert.ok(extractMethods("On 7 May, the air component of the army struck a column of terrorists near Pama.", "counterterrorism").includes("airstrike"));
});

test("'the entrance of', 'the market of', 'the sector of' a town place it", () => {
  const ctx = { countries: ["BF"], primary: "BF", region: null };
  assert.equal(locate("Armed men attacked a post at the entrance of Kaya.", ctx).location, "Kaya");
  assert.equal(locate("Armed men set fire to the market of Pama.", ctx).location, "Pama");
  assert.equal(locate("Soldiers searched the sector of Titao.", ctx).location, "Titao");
});

test("a sentence opening 'According to the Ministry of Defence' cites it", async () => {
  const { findNamedSources } = await import("./sources.ts");
  assert.deepEqual(findNamedSources("According to the Ministry of Security, the attackers fled towards Mali.").map((s) => s.name), ["Ministry of Security"]);
});

test("armed men who attacked a market made an armed assault; a planned attack on a market is none", () => {
  assert.ok(extractMethods("On 3 May, HANI on motorcycles attacked the livestock market of Gayéri.", "attack").includes("armed_assault"));
  assert.ok(!extractMethods("On 3 May, troops arrested two men who were planning an attack on a market.", "counterterrorism").includes("armed_assault"));
});
