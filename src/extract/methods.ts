// Methods of attack from the wording of an incident. Gunfire aimed at a facility
// (compound, headquarters, position, roadblock) is an armed assault; at people or
// vehicles it is a shooting.

import type { Method } from "../core/vocabulary.ts";
import { loosened } from "./rule-stems.ts";
import { WordGate, wordsOf, type Words } from "./word-gate.ts";

const FACILITY = "compound|headquarters|hq|base|post|outpost|checkpost|check-post|position|positions|roadblock|checkpoint|barracks|brigade|camp|encampment|station|garrison|fortification|command center|observation point|site|building|prison|house|home|village|hamlet|town|neighbou?rhood|locality|office|barrier";

const RULES: [Method, RegExp][] = [
  ["suicide_bombing", /\bsuicide\b|\b(?:blew up|detonated) (?:his|her|their) (?:own )?(?:[\w-]+ ){0,2}?(?:car|vehicle|truck|motorcycle|motorbike|belt|vest)s?\b|\bself-detonat|\bblew (?:himself|herself|itself|themselves) up\b|\bdetonated (?:himself|herself|themselves)\b|(?<!\b(?:fake|mock|imitation|hoax|dummy)\s)\bexplosive (?:belt|vest)s?\b|\binghimasi|\bSVBIED\b/i],
  ["ied", /\bIEDs?\b|\bVBIEDs?\b|improvised explosive|roadside bomb|\blandmines?\b|\bmines?\b(?! (?:of|in) )|explosive (?:device|charge)s?|\bcar bombs?\b|\bbooby[- ]trap|\bsticky bombs?\b|\bbombs? (?:exploded|went off|blast)|\bbomb blast|\bexplosions?\b|\bdetonated\b|\bmagnetic bomb|\bbomb (?:was|were) (?:planted|placed|detonated)|\bplanted (?:a |an )?bomb|\bbombs? (?:planted|placed|hidden|attached)\b|\b(?:rigged|laden|packed|booby-trapped) with explosives\b|\bexplosives?-(?:laden|packed|rigged)\b|\b(?:an?|the) (?:[\w-]+ )?bomb\b(?! (?:squad|disposal|maker|factory))(?<!\b(?:barrel|aerial|guided|cluster) bomb)/i],
  ["sniper", /\bsnipers?\b|\bsniper fire\b/i],
  ["rocket_artillery", /\brockets?\b|\bRPGs?\b|\bmortars?\b|\bartillery\b|\bshell(?:ing|ed|s)\b|\bmissiles?\b(?! strike)|\bKatyushas?\b|\bgrad\b|\bhowitzers?\b|\bprojectiles?\b|\bATGMs?\b|\banti-tank\b|\bheavy (?:and medium )?weapons\b/i],
  ["grenade", /(?<!rocket-propelled )\bgrenades?\b/i],
  // "had begun bulldozing the remains of Nimrud", "destroying Hatra ... with explosives and sledgehammers": the destruction of a site.
  ["arson_sabotage", /\bbulldoz(?:ed|ing)\b|\bdemolish(?:ed|ing)\b|\bsledgehammers?\b|\bset (?:fire|on fire|ablaze)\b|\bset (?:[\w'-]+ ){1,5}?(?:on fire|ablaze|alight)\b|\bburn(?:ed|t|ing)\b(?! (?:remains|bodies))|\btorch(?:ed|ing)\b|\barson\b|\bsabotag|\bblew up (?:a |an |the )?(?:[\w-]+ ){0,2}?(?:pylon|tower|pipeline|bridge|power|well|transformer|line)|\b(?:pylons?|pipelines?|power lines?|transformers?|towers?|bridges?|railway|oil wells?|gas wells?)\b[^.]{0,60}?\b(?:was|were) (?:blown up|bombed|destroyed|sabotaged|cut|set on fire)|\bcharred\b(?=.*\b(?:house|home|shop|field|crop|church|mosque|school))/i],
  ["kidnapping", /\bkidnap|\babduct|\b(?:were|was|been) (?:taken|carried|led|driven) away\b|\b(?:were|was|been) taken (?:from (?:a |an |the |his |her |their )|hostage|captive)|\btook away (?:\w+ ){0,2}?(?:girls|boys|women|children|people|men|villagers|civilians|residents|farmers|others|them)\b|\btook (?:\w+ ){0,2}?(?:girls|boys|women|children|people|villagers|civilians|residents|farmers) away\b|\bhijack|\bhostages?\b|\btook (?:\w+ )?(?:captive|prisoner)\b|\btaken captive\b|\b(?:seized|captured) (?:\w+ )?(?:civilians|people|workers|passengers|travell?ers|Christians|villagers|farmers|women|children|herders|traders|fishermen)\b/i],
  ["execution", /\bexecut(?:ed|ion|ing)\b|\bstrangl(?:ed|ing|ation)\b|\bbehead|\bdecapitat|\bslaughtered\b|\bcut (?:his|their) throats?\b/i],
  // "The Nigerian Air Force said ... that its strikes on the Tumbun islands": an air arm's strikes.
  ["airstrike", /\bair ?strikes?\b|\b(?:F|Su|MiG)-\d{1,2}s?\b|\bair and [\w-]+ strikes?\b|\bair raids?\b|\bdrone (?:strike|attack)s?\b|\b(?:aircraft|warplanes?|planes|jets?|helicopters?|gunships?|drones?|UAVs?|air force|army aviation)(?: (?:of|from|believed to belong to|belonging to|operated by) [\w' -]{3,60}?(?: \([^()]{1,30}\))?(?:, [^,.;()]{3,90},)?)?(?: (?:on )?\d{1,2}(?:-\d{1,2})? [a-z]{3,9}\.?)?(?: and [\w-]+(?: [\w-]+)?)? (?:had )?(?:carried out|struck|bombed|attacked|targeted|hit|fired|opened fire|resumed|flew|killed|destroyed|pounded|bombarded|shelled|dropped)\b|\bair interdiction\b|\b(?:air|aerial) vectors?\b|\b(?:offensive )?air missions?\b|\bbombed from the air\b|\baerial (?:bombardment|strike|attack)s?\b|\bstruck by (?:an? )?(?:aircraft|drone|warplane)|\bair (?:and ground )?(?:operation|offensive|campaign|support)s?\b|\bair (?:component|arm|wing)\b[^.;]{0,60}?\b(?:struck|bombed|hit|targeted|carried out|conducted)\b|\b(?:supported|backed) by (?:[A-Z][\w-]* )?(?:aircraft|helicopters?|drones?|warplanes?|jets|air ?strikes)\b|\bair and ground (?:raids?|attacks?|strikes?)\b|\b(?:air force|army aviation)\b[^.;]{0,40}?\b(?:conducted|carried out|launched)\b[^.;]{0,30}?\bstrikes?\b|\bsorties\b|\b(?:F|Su|MiG)-\d+s? (?:struck|dropped (?:[\w,-]+ ){0,3}?bombs|bombed|hit|targeted|carried out)\b|\b(?:[Aa]ir [Ff]orce|[Aa]ir [Cc]omponent|[Aa]rmy [Aa]viation)\b[^.;]{0,60}?\b(?:its|their) strikes\b/i],
  ["arrest", /\barrest(?:ed|s|ing)?\b|\b(?:was|were) picked up\b|\bapprehend(?:ed|ing|s)?\b|\bdetain(?:ed|ing|s)?\b|\bcaptur(?:ed|ing|es?)\b(?! (?:the |a |an |several |two |three |four |five )?(?:(?:ISIS|IS|ISWAP|al-Shabaab|JNIM|militant|insurgent|terrorist|jihadist|enemy|rebel|[\w-]+'s) )?(?:towns?|villages?|city|bases?|posts?|positions?|areas?|territory|camps?|strongholds?|hideouts?|hills?|neighbou?rhoods?))|\bin custody\b|\bsurrender(?:ed)?\b|\bturned (?:himself|themselves) in\b/i],
  ["search_operation", /\bsearch(?:es|ed| operations?| and (?:arrest|destroy))?\b(?! for (?:survivors|the missing))|\bsweeps?\b|\bswept (?:through )?(?:the )?(?:[\w-]+ ){0,3}?(?:neighbou?rhoods?|villages?|areas?|towns?|district|desert|region|camps?|quarters?|island)\b|\bswept (?:it|them)\b|\bcombing\b|\bclearance operations?\b|\bclearing operations?\b|\bcleared (?:several |two |three |a number of |dozens of )?(?:[\w-]+ ){0,2}?(?:camps?|hideouts?|bases?|villages?|enclaves?)\b|\bcordon\b|\bmopping[- ]up\b|\braids? (?:on|against) (?:hideouts?|safe ?houses?|dens?)\b/i],
  ["ambush", /\bambush(?:ed|es|ing)?\b|\b(?:lay|lying|laid|lie|lies) in wait\b/i],
  // "troops cleared several Boko Haram camps": a sweep that takes the camps by force.
  ["armed_assault", /\bcleared (?:several |two |three |a number of |dozens of )?(?:[\w-]+ ){0,2}?camps?\b|\bexchang(?:ed|es?|ing) (?:of )?fire\b|\bclash(?:ed|es)?\b|\bstorm(?:ed|ing)\b|\braid(?:ed|ing)?\b|\boverr(?:a|u)n\b|\bassault(?:ed)?\b|\bfirefight\b|\bgun ?battles?\b|\bfighting broke out\b|\bheavy fighting\b|\bbattle\b(?! damage)|\bcomplex attack\b|\binfiltrat(?:ed|ion)\b|\bstormed\b|\bground (?:operation|offensive|assault)s?\b|\b(?:launched|began|mounted) an? (?:[\w-]+ )?offensive\b|\b(?:carried out|conducted|led) an? offensive (?:operation|action|mission)s?\b|\b(?:launched|mounted) an? (?:ground )?(?:attack|assault) (?:on|against) (?:the |an? )?(?:[\w-]+ ){0,3}?(?:buildings?|positions?|bases?|camps?|strongholds?|hideouts?)\b|\b(?:took over|captured|seized) (?:the |an? )?(?:[\w-]+ ){0,2}?(?:bases?|camps?|positions?|strongholds?|hideouts?)\b|\btook (?:full )?control of\b|\btook over (?!as\b)|\b(?:retook|recaptured)\b|\bregained control of\b|\b(?:repell?ed|repulsed|fended off|held off|foiled) (?:an? |the )?(?:[\w'-]+ ){0,2}?(?:attack|assault|incursion)\b|\bmachetes?\b|\bknives\b|\bknife\b|\baxes\b|\bbladed weapons\b|\bbroke (?:into|through)\b|\bfought\b|\bstreet fighting\b|\bhouse-to-house\b/i],
];


const FIRE_RE = /\b(?:came under (?:\w+ )?fire|gunned down|machine[- ]?gun(?:s| fire)?|gunfire|gun ?fire|small[- ]arms fire|(?:opened|open) fire|fir(?:ed|ing) (?:at|on|upon)|shot|shooting|shots|fire from|fired|light weapons|medium weapons|rifles?|Kalashnikovs?|pistols?)\b/i;
const ATTACKED_FACILITY_RE = new RegExp(`\\b(?:attack(?:ed|ing)?|targeted|raided|hit|struck)\\s+(?:(?!(?:near|in|by|outside|close|at|around)\\s)[\\w()-]+\\s+|\\([^()]{1,60}\\)\\s+){0,5}?(?:${FACILITY})\\b|\\b(?:${FACILITY})\\s+(?:was|were)\\s+(?:targeted|attacked|hit)\\b|\\b(?:fire|fired|firing|shots|shooting|gunfire)\\s+(?:\\w+\\s+){0,3}?(?:at|on|upon)\\s+(?:an?|the|his|her|their|its)\\s+(?:(?!of\\s)[\\w-]+\\s+){0,4}?(?:${FACILITY})\\b`, "i");
const EXPLOSIVE_DRONE_RE = /\b(?:explosives?-laden|bomb-laden|booby-trapped|explosive|armed|kamikaze|suicide|one-way(?: attack)?|rigged) (?:drones?|UAVs?)\b/i;
const FACILITY_WORD_RE = new RegExp(`\\b(?:${FACILITY})\\b`, "i");
// "attacked Mocimboa da Praia from several directions", "attacked the town of Kukawa": an assault on a place.
// "attacked members of the local vigilante", "a position came under attack by AS fighters": an assault on people or a post.
const ATTACKED_FORCES_RE = /\b[Cc]ame\s+under\s+(?:an?\s+)?(?:[\w-]+\s+)?attack\b|\b(?:was|were)\s+attacked\s+by\b|\b[Aa]ttack(?:ed|ing)\s+(?:(?:\w+\s+){0,4}?(?:[Ff]orces|[Tt]roops|[Ss]oldiers|[Aa]rmy|[Uu]nits?|[Pp]atrols?|[Cc]onvoys?|[Mm]ilitia|[Ff]ighters|[Pp]olice|[Vv]igilantes?|[Gg]uards|[Vv]olunteers|VDPs?|[Hh]unters|[Ff]armers|[Vv]illagers|[Rr]esidents|[Hh]erders|[Gg]atherers|[Cc]ivilians|[Ww]orkers|[Ss]hepherds|[Tt]ravell?ers|[Pp]assengers|[Ww]orshippers|[Mm]ourners|[Ff]ishermen)\b|(?:the\s+(?:town|village|city)\s+of\s+)?[A-Z][a-z'’-]+(?:\s+(?:da|de|al|el)\b[\s-]*[A-Z][a-z]+)?(?=\s+(?:from|on|at|in|and|with)\b|[,.;]))/;
/** "attacked the weekly market": a raid on a market that happened (not "planning an attack on a market"). */
const MARKET_RAID_RE = /\b(?:attacked|raided|stormed)\s+(?:[\w'-]+\s+){0,3}?market(?:place)?s?\b/i;
const GUNFIRE_WORD_RE = /machine|gunfire|opened fire|gunmen/i;
const FIGHTING_WORD_RE = /\bclash|exchang|storm|raid/i;
const ACTOR_SEIZED_RE = /\b(?:ISIS|militants|gunmen|jihadists|insurgents|fighters|operatives)\s+(?:\w+\s+)?(?:captured|abducted|kidnapped)/i;

/**
 * What is done after the event, to the end of its clause: weapons recovered, a bomb found and
 * defused. Their weapons are not the incident's method. Starts and ends at word boundaries.
 */
const AFTERMATH_RE = /\b(?:recovered|confiscated|seized|captured)\s+(?:[\w-]+\s+){0,4}?(?:guns?|rifles?|weapons|arms|ammunition|RPGs?|AK-47s?|launchers?|tubes?|gun trucks?)\b[^.;]*|\b(?:found|discovered|located)\s+and\s+(?:defused|dismantled|destroyed|detonated|neutrali[sz]ed)\b[^.;]*|\bdefused\b[^.;]*/gi;

/** A sentence of background: a run of events since a date, or what a group has done before (whole clauses, so the gate holds). */
const BACKGROUND_HINT_RE = /\bSince\s|\bin the past\b|\b(?:repeatedly|previously|frequently|regularly)\b/;
const BACKGROUND_RE = /(?<=^|[.;]\s+)Since\s[^.;]*|(?<=^|[.;]\s+|,\s+but\s+|\s+and\s+)[^.;]*\b(?:similar\s+(?:[\w-]+\s+){0,2}?in the past|(?:has|have)\s+(?:repeatedly|previously|frequently|regularly)\s+(?:attacked|targeted|struck|carried out|laid|planted|used))\b[^.;]*/g;
const NO_ARREST_RE = /\b(?:no arrests? (?:was|were) (?:made|reported)|there (?:was|were) no arrests?|no (?:one|suspects?) (?:was|were) (?:arrested|detained)|without (?:any )?arrests?)\b/gi;
const FIRED_ORDNANCE_RE = /\bfir(?:ed|ing)\s+(?:[\w-]+\s+){0,2}?(?:rockets?|mortars?|shells?|RPGs?|grenades?|missiles?|projectiles?)\b/gi;

/**
 * The rules above and the method rules, gated by the words of an incident's text. Every text
 * they read is that text with whole words blanked (NO_ARREST_RE and FIRED_ORDNANCE_RE start and
 * end at word boundaries) or cut at full stops, so a rule the gate rules out cannot match it.
 */
const EXTRA = [FIRED_ORDNANCE_RE, FIRE_RE, FACILITY_WORD_RE, ATTACKED_FACILITY_RE, ATTACKED_FORCES_RE, GUNFIRE_WORD_RE, FIGHTING_WORD_RE, ACTOR_SEIZED_RE, MARKET_RAID_RE, AFTERMATH_RE] as const;
/**
 * Gate patterns for rules whose first words are too common to rule anything out: "bomb" after
 * "a/the" and "custody" after "in" are preceded by a space, so at a word start; "struck" after
 * "F-16s" likewise.
 */
const ruleOf = (method: Method): RegExp => RULES.find(([m]) => m === method)![1];
const LOOSER = new Map<Method, RegExp>([
  ["ied", loosened(ruleOf("ied"), "\\b(?:an?|the) (?:[\\w-]+ )?bomb\\b", "\\bbomb\\b")],
  ["arrest", loosened(ruleOf("arrest"), "\\bin custody\\b", "\\bcustody\\b")],
  ["airstrike", loosened(ruleOf("airstrike"), "\\b(?:F|Su|MiG)-\\d+s? (?:struck", "\\b(?:struck")],
]);
/** ACTOR_SEIZED_RE's actors are common words; its verb follows a space. */
const SEIZED_VERB = loosened(ACTOR_SEIZED_RE, "\\b(?:ISIS|militants|gunmen|jihadists|insurgents|fighters|operatives)\\s+(?:\\w+\\s+)?", "\\b");
/** ATTACKED_FORCES_RE is case-sensitive (a place is capitalised); every match holds one of these words ("was attacked by" holds "attacked"). */
const ATTACK_VERB = /\battack(?:ed|ing)\b|\bcame\b/i;
const GATE = new WordGate([...RULES.map(([m, re]) => LOOSER.get(m) ?? re), ...EXTRA.map((re) => (re === ACTOR_SEIZED_RE ? SEIZED_VERB : re === ATTACKED_FORCES_RE ? ATTACK_VERB : re))], "wordStart");
const [ORDNANCE, FIRE, FACILITY_WORD, ATTACKED_FACILITY, ATTACKED_FORCES, GUNFIRE_WORD, FIGHTING_WORD, ACTOR_SEIZED, MARKET_RAID, AFTERMATH] = EXTRA.map((_, i) => RULES.length + i) as [number, number, number, number, number, number, number, number, number, number];

/**
 * `ATTACKED_FACILITY_RE.test(text)`. Each of its branches ends in a facility word with a word
 * boundary on both sides, so a text without one cannot match: the cheaper scan rules it out.
 */
function attackedFacility(text: string, possible: Uint8Array): boolean {
  return possible[ATTACKED_FACILITY] === 1 && possible[FACILITY_WORD] === 1 && FACILITY_WORD_RE.test(text) && ATTACKED_FACILITY_RE.test(text);
}

/** The methods an incident's text describes; `other` when none is stated. */
export function extractMethods(input: string, category: "attack" | "counterterrorism" | "clash" | "other"): Method[] {
  return methodsOf(input, category, wordsOf(input));
}

/** `extractMethods` given the text's words (`wordsOf(input)`), read once for several rule families. */
const PLOT_WORDS = "\\b(?:planning|planned|plotting|plotted|preparing|intending|intended)\\b";
const PLOTTED_RE = new RegExp(PLOT_WORDS, "i");
/** The plot itself, to the end of its clause, and what the forces did outside it. */
const PLOT_CLAUSE_RE = new RegExp(`${PLOT_WORDS}[^.;]*`, "gi");
const FORCE_ASSAULT_RE = /\b(?:raid(?:ed|s)?|storm(?:ed|ing)?|assault(?:ed)?|attacked|clash(?:ed|es)?|fought|overran|exchange of fire|firefight|gunfight)\b/i;

// A state operation the rules above give no method: "aircraft ... bombed ISIS hideouts" is an air strike,
// "an operation to clear the Hamrin mountains" a sweep, "troops ... killed six insurgents in the forest",
// "entered the district", "engaged some 30 fighters" a ground assault (helicopters in support add the strike).
const AIR_WORD_RE = /\b(?:aircraft|warplanes?|jets?|helicopters?|gunships?|air force|aviation|drones?|bombed|bombing|sorties)\b/i;
const AIR_SUPPORT_RE = /\b(?:with the (?:help|support|participation) of|supported by|backed by|with air support|covered by)\s+(?:[\w'-]+\s+){0,4}?(?:aircraft|warplanes?|jets?|helicopters?|gunships?|air force|drones?)\b/i;
const CLEAR_RE = /\b(?:to clear|clearing)\b/i;
const GROUND_OP_RE = /\b(?:killed|killing|neutrali[sz]ed|eliminated|sent to hell|engaged|encountered|operations?|offensive|entered|took control|drove [\w ]{0,30}?out|surrounded|fought|fighting|recaptured|retook|liberated|advanced|advancing|counterattack(?:ed)?)\b/i;

function operationMethods(text: string): Method[] {
  const air = AIR_WORD_RE.test(text);
  if (CLEAR_RE.test(text)) return air ? ["search_operation", "airstrike"] : ["search_operation"];
  if (air) return AIR_SUPPORT_RE.test(text) && GROUND_OP_RE.test(text) ? ["armed_assault", "airstrike"] : ["airstrike"];
  return GROUND_OP_RE.test(text) ? ["armed_assault"] : [];
}

const KNIFE_RE = /\b(?:knife|knives|stabb(?:ed|ing)|cleaver)\b/i;
const RAID_WORD_RE = /\b(?:raid(?:ed|s)?|stormed|villages?|machetes?|gunmen|rifles?)\b/i;

export function methodsOf(raw: string, category: "attack" | "counterterrorism" | "clash" | "other", words: Words): Method[] {
  const found = new Set<Method>();
  // Rules whose words the text lacks are not run. "arrest" reads the text with denials blanked:
  // whole words removed (NO_ARREST_RE starts and ends at word boundaries), so the gate holds;
  // so does the aftermath blanked from every rule's text.
  const possible = GATE.possibleIn(words);
  const unblanked = possible[AFTERMATH] === 1 ? raw.replace(AFTERMATH_RE, (m) => " ".repeat(m.length)) : raw;
  // "Since the start of the season, 60 gatherers have died, mostly to landmines", "cells that have laid similar ambushes in the past": others' methods.
  const input = BACKGROUND_HINT_RE.test(unblanked) ? unblanked.replace(BACKGROUND_RE, (m) => " ".repeat(m.length)) : unblanked;
  for (let i = 0; i < RULES.length; i++) {
    const [method, re] = RULES[i]!;
    if (possible[i] === 1 && re.test(method === "arrest" ? input.replace(NO_ARREST_RE, " ") : input)) found.add(method);
  }
  // Rockets and mortars "fired" at a place are not gunfire.
  const text = possible[ORDNANCE] === 1 ? input.replace(FIRED_ORDNANCE_RE, " ") : input;
  if (possible[FIRE] === 1 && FIRE_RE.test(text)) {
    const atFacility = attackedFacility(text, possible);
    if (atFacility) found.add("armed_assault");
    // Fire at people or vehicles, apart from fire at the facility (the sentences without one are read only when there is one).
    if (!atFacility || FIRE_RE.test(text.split(".").filter((sentence) => !FACILITY_WORD_RE.test(sentence)).join("."))) {
      if (!(found.has("sniper") && !(possible[GUNFIRE_WORD] === 1 && GUNFIRE_WORD_RE.test(text)))) found.add("shooting");
    }
  } else if (attackedFacility(text, possible) || (possible[ATTACKED_FORCES] === 1 && ATTACKED_FORCES_RE.test(text)) || (possible[MARKET_RAID] === 1 && MARKET_RAID_RE.test(text))) {
    if (!found.has("ied") && !found.has("suicide_bombing") && !found.has("rocket_artillery") && !found.has("airstrike")) found.add("armed_assault");
  }
  if (found.has("suicide_bombing")) found.delete("ied");
  if (found.has("ambush") && found.has("armed_assault") && !(possible[FIGHTING_WORD] === 1 && FIGHTING_WORD_RE.test(text))) found.delete("armed_assault");
  if (category === "attack" || category === "clash") {
    // Searches and arrests in an attack item describe the victims ("fighters carrying out searches").
    found.delete("search_operation");
    // Groups fly no aircraft: air power beside the group's own method is the state's response to it;
    // a drone loaded with explosives is the attack itself (the explosive is its payload, no IED).
    if (category === "attack" && EXPLOSIVE_DRONE_RE.test(text)) {
      found.delete("ied");
      found.add("airstrike");
    } else if (category === "attack" && found.size > 1) found.delete("airstrike");
    // "a man armed with a knife attacked passers-by": a lone knife attack is neither an assault on a post nor
    // gunfire (the police's shot that stopped him is not his method); raids with machetes stay raids.
    if (category === "attack" && KNIFE_RE.test(text) && !RAID_WORD_RE.test(text)) {
      found.delete("armed_assault");
      found.delete("shooting");
    }
    // A group that captured civilians abducted them: kidnapping, not arrest.
    if (found.has("kidnapping") || !(possible[ACTOR_SEIZED] === 1 && ACTOR_SEIZED_RE.test(text))) found.delete("arrest");
  }
  if (category === "counterterrorism") {
    // The group's weapons a state operation names ("men plotting grenade attacks") are not its method.
    for (const m of ["shooting", "ied", "suicide_bombing", "execution", "kidnapping", "arson_sabotage", "grenade"] as const) found.delete(m);
    // "arrested three men planning a knife attack": the attack they planned is no assault of the police's.
    if (found.has("arrest") && PLOTTED_RE.test(text) && !FORCE_ASSAULT_RE.test(text.replace(PLOT_CLAUSE_RE, " "))) found.delete("armed_assault");
    if (found.size === 0) for (const m of operationMethods(text)) found.add(m);
  }
  if (found.size === 0) found.add("other");
  return [...found];
}
