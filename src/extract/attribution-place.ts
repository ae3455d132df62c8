// Attribution that depends on where the incident fell: a group's local name in one country, and
// the sides of a front where the contract codes state strikes as clashes.

import type { Attribution } from "./attribution.ts";
import { ISIS_NAMED_RE } from "./attribution-front.ts";

/**
 * Residents and the local press call Cabo Delgado's insurgents "al-Shabaab", but they are the
 * Islamic State's (its Central Africa, later Mozambique, Province), not Somalia's group.
 */
export function withLocalName(a: Attribution, country: string | null): Attribution {
  return a.perpetrator === "al-Shabaab" && country === "MZ" ? { ...a, perpetrator: "ISIS" } : a;
}

/** The parties of north-west Syria's front: regime, Russian and Turkish strikes and shelling there are fighting between states and rebels. */
const FRONT_ACTOR_RE = /^[^.;]{0,100}?\b(Russian (?:warplanes|jets|aircraft|air force|strikes|airstrikes|helicopters)|regime (?:artillery|forces|rocket launchers|troops|aircraft|warplanes|helicopters|shelling)|Syrian (?:army|regime|government) ?(?:forces|artillery|troops|aircraft)?|Turkish (?:drones?|artillery|forces|army|aircraft))\b/i;
const OBJECT_BEFORE_RE = /\b(?:against|targeting|targeted|hit|struck|attacked|ambushed|killed|killing|wounding|of|by)\b/i;
const NORTH_WEST = new Set(["Idlib", "Aleppo", "Latakia", "Hama"]);

/** A state's strike or shelling on north-west Syria's villages is a clash (the contract's example), not an unattributed attack. */
export function withFrontline(a: Attribution, text: string, country: string | null, admin1: string): Attribution {
  // Not the group's own attacks: "Regime forces were ambushed by ISIS" stays ISIS's.
  // A Russian or Turkish strike read as an operation against a group is the front's too, unless it hit the Islamic State.
  const stateStrike = a.category === "counterterrorism" && (a.perpetrator === "Russian forces" || a.perpetrator === "Turkish forces") && !ISIS_NAMED_RE.test(text);
  if ((a.category !== "attack" && !stateStrike) || a.claim === "claimed" || a.perpetrator === "ISIS" || country !== "SY" || !NORTH_WEST.has(admin1)) return a;
  const m = FRONT_ACTOR_RE.exec(text);
  // The actor is the subject: "an IED was activated against a Syrian army vehicle" names the target.
  if (!m || OBJECT_BEFORE_RE.test(m[0].slice(0, m[0].length - m[1]!.length))) return a;
  const who = m[1]!.toLowerCase();
  const perpetrator = who.startsWith("russian") ? "Russian forces" : who.startsWith("turkish") ? "Turkish forces" : "Syrian army";
  return { category: "clash", perpetrator, claim: null };
}
