// The north-west Syrian front, which the contract codes as `clash` ("shelling in Idlib"): the Syrian
// or Russian forces against HTS (Jabhat al-Nusra to Moscow), its allies or "the terrorists" there, and
// those groups' shelling, drones and assaults, when the text does not name ISIS.

import type { Category, Claim } from "../core/vocabulary.ts";
import { findStateActor } from "./attribution-actors.ts";

/** The Islamic State named in a text: fighting with it is no fighting of the front. */
export const ISIS_NAMED_RE = /\b(?:ISIS|Islamic State|Daesh|IS)\b/;
const IDLIB_FRONT_RE = /\b(?:Idlib|de-escalation zone|Aleppo|Hama|Latakia|Jisr al-Shughur|Saraqib|Maarat al-Numan|Hmeimim)\b/;
const FRONT_GROUP_RE = /\b(?:Jabhat al-Nusra|al-Nusra|Nusra Front|Hurras al-D(?:i|ee)n|Hay'?at Tahrir al-Sham|HTS|illegal armed formations|terrorist groups?)\b/;
const FRONT_STATE_RE = /\b(?:Syrian Arab Army|Syrian army|SAA|regime forces|government forces|Turkish (?:army|forces|drones?|artillery|aircraft)|Russian (?:aircraft|Aerospace Forces|air force|warplanes|bombers)|Su-\d+ bombers)\b/;
const FRONT_FIGHTING_RE = /\b(?:clash(?:ed|es)?|fighting|shell(?:ed|ing|s)?|fired|mortars?|rockets?|drones?|unmanned aerial vehicles|attacked|assaulted|stormed|ambushed|struck|bombed|airstrikes?|liberat(?:ed|ion)|advanced|recaptured|repelled)\b/;

/** A clash on the north-west Syrian front, by the side the first sentence names first; null elsewhere. */
export function frontClash(text: string, firstSentence: string): { category: Category; perpetrator: string; claim: Claim | null } | null {
  if (!IDLIB_FRONT_RE.test(text) || ISIS_NAMED_RE.test(text) || !FRONT_FIGHTING_RE.test(firstSentence)) return null;
  const group = FRONT_GROUP_RE.exec(firstSentence);
  const state = FRONT_STATE_RE.exec(firstSentence);
  if (!group && !state) return null;
  const stateFirst = state !== null && (group === null || state.index < group.index);
  return { category: "clash", perpetrator: stateFirst ? findStateActor(state[0]) ?? state[0] : /Hurras/.test(group![0]) ? "al-Qaeda" : "HTS", claim: null };
}
