// Who acted, what kind of event it was, and whether anyone claimed it.

import type { Category, Claim } from "../core/vocabulary.ts";
import { ACTOR_GATE_RULES, GENERIC, findGroup, findSpecificGroup, findStateActor, groupIn, groupNamedAt } from "./attribution-actors.ts";
import { WordGate, wordsOf, type Words } from "./word-gate.ts";
import { isSpace } from "./text.ts";
import { frontClash } from "./attribution-front.ts";
import { agentlessArrest, agentOf, markedBy, stateInitials, withoutTopics } from "./attribution-agents.ts";
import { ACCUSED_RE, CLAIMED_RE, GROUP_SAID_RE, LEFTOVER_RE, NOT_CLAIMED_RE, PROBABLE_RE, SUSPECTED_RE, claimantOf } from "./attribution-claims.ts";

const STATE_SUBJECT = /\b(?:Coalition|officers|peacekeepers|blue helmets|MINUSMA|MONUSCO|Barkhane|(?:air|aerial) vectors?|air missions?|army|military|troops|soldiers|marines|Division|Brigade|Battalion|forces?|police|policemen|(?:air|drone) ?strikes?|(?:F|Su|MiG)-\d+s?|Apparatus|Directorate|Department|Service|Command|CTD|CTS|aircraft|warplanes?|jets|drones?|helicopters?|security|authorities|intelligence|teams|units?|commandos|SDF|Peshmerga|Mobilization|gendarmerie|gendarmes|Garde nationale|National Guard|Bunyan al-Marsous|Task Force|FDS|air component|AFRICOM|Africa Command|CENTCOM|international military forces|FARDC|UPDF|FAMa|SNA|KDF|AMISOM|ATMIS|CTS|NDS|GDI|MNJTF|Hadin Kai|FSB|MIT|DGSI|Densus(?: 88)?|Asayish)\b/i;
/** Forces that arrest act against whoever they hold, named as the group's or not ("apprehended three individuals"). */
const STATE_ARREST_RE = /\b(?:arrested|apprehended|detained|took (?:\w+ ){0,2}?into custody)\b/;
/** Fighters a text names without their group: the section's group when it has one. */
const INSURGENTS_RE = /\b(?:insurgents|militants|jihadists)\b/i;
const CT_VERB = /\b(?:(?:terrorists|militants|insurgents|jihadists|takfiris)["”]?\s+(?:had been|have been|were)\s+(?:killed|neutrali[sz]ed|eliminated)\s+(?:in\s+(?:an?\s+)?(?:exchange of fire|clash(?:es)?|operation|raid|firefight)\s+with|by)\s+(?:the\s+)?(?:security forces|army|troops|police|soldiers|forces)\b|(?:aircraft|drones?|jets?|warplanes?|helicopters?|gunships?) (?:had )?(?:attacked|hit|targeted)|dropped (?:[\w,-]+ ){0,3}?bombs|(?:completed|began|launched|continued) the (?:clearing|clearance|liberation|recapture|storming|takeover|capture) of|advanced (?:into|on|towards?|through)|took (?:control of|over (?:the |an? )?(?:[\w()-]+ ){0,3}?(?:neighbou?rhoods?|districts?|villages?|town|city|areas?|positions?|hills?|quarters?|bases?|camps?|strongholds?|hideouts?|headquarters|compound|complex|buildings?|airport))|(?:launched an? (?:attack|assault|offensive) on|attacked|stormed|assaulted) (?:the )?(?:[\w-]+ ){0,4}?(?:held|controlled|occupied) by (?:ISIS|IS|the Islamic State|Daesh|ISWAP|ISCAP|al-Shabaab|JNIM|Boko Haram|the (?:group|militants|jihadists|insurgents|terrorists))\b|searched|swept (?:through )?(?:the )?(?:[\w-]+ ){0,3}?(?:neighbou?rhoods?|villages?|areas?|towns?|district|desert|region|camps?|quarters?)|(?:killed|arrested|detained) (?:\w+ ){0,2}(?:supporters|followers|sympathi[sz]ers|members|operatives) of|apprehended|arrested|arresting|captured|capturing|detained|detaining|(?:carried out|carrying out|conducted|conducting|launched|launching|ran|mounted|staged|began|started|flew) (?:on (?:\w+ ){1,3}?(?=an? |its |the ))?(?:an? |its |the )?(?:[\w-]+ ){0,3}?(?:counter-?)?(?:search|sweep|security|airstrikes?|air ?strikes?|strikes|raids?|operations?|campaign|offensive|missions?|sorties|phase|reconnaissance)|killed (?:\w+ ){0,3}(?:ISIS|IS|ISGS|ISKP|EIGS|Daesh|khawarij|terrorist|militant|jihadist|insurgent|Boko Haram|al-Shabaab|ISWAP|JNIM|ADF|AQIM|JAS|BIFF|Abu Sayyaf|Maute|TTP|takfiri) (?:operatives?|members?|fighters?|militants?|terrorists?|commanders?|leaders?|emirs?|elements?|gunmen)|(?<!\b(?:was|were|been|being) )ambushed(?! (?:on|in|near|at|along|outside|while|close to)\b)|neutrali[sz]ing|(?:killed|killing) (?:at least |about |some )?(?:\d+|\w+)(?: of)? (?:militants|terrorists|insurgents|jihadists)|(?:shot dead|shot and killed|gunned down) (?!by\b)(?:[\w'-]+ ){0,3}(?:militants|terrorists|insurgents|jihadists|gunmen|fighters)|(?:shelled|pounded|bombarded) (?:the )?(?:(?!HTS|rebel|opposition|Turkish|Syrian|regime)[\w-]+ ){0,2}?(?:positions|hideouts?|camps?|bases?)|(?:cleared|retook|recaptured|liberated|regained control of|seized|entered) (?:the |several |a |an |two |three |four |five |dozens of |more )?(?:[\w-]+ ){0,3}?(?:buildings?|houses?|villages?|areas?|neighbou?rhoods?|districts?|positions?|town|city|compound|mosque|hills?|bridge|roads?|quarters?|blocks?|camps?|hideouts?|bases?|enclaves?)\b|pushed (?:into|across|through) |besieged|besieging|laid siege to|surrounded|encircled|took (?:\w+ ){0,2}?into custody|(?:laid|set|mounted|sprang) an ambush|fought (?:their|its) way (?:into|through)|combed|combing|broke (?:into|through)|fought (?:against )?(?:[\w-]+ ){0,2}?(?:ISIS|IS|ISWAP|ISKP|ISCAP|ISGS|ADF|JNIM|al-Shabaab|Boko Haram|takfiri|terrorist|militant|insurgent|jihadist)s?\b|(?:freed|rescued|liberated) (?:\d+|\w+ )?(?:of (?:the )?)?(?:[\w-]+ ){0,3}?(?:hostages|captives|abductees|women|children|prisoners|[\w-]+s (?:abducted|kidnapped|held|seized|taken))\b|eliminated|neutrali[sz]ed|dismantled|seized (?:weapons|explosives|a cache|an arms)|(?:found|located|uncovered|destroyed) (?:an? )?(?:tunnels?|hideouts?|caches?|weapons|depots?|ammunition)|raided|struck|bombed|targeted (?:ISIS|terrorist|militant) |killed (?:\w+ ){0,2}(?:members|fighters|militants|elements) of (?:the )?[A-Z][\w-]+ (?:[\w-]+ ){0,3}(?:Brigade|Battalion|group|cell|network)\b|(?:attacked|stormed|overran|assaulted) (?:an? |the |their )?(?!by )(?:[\w-]+ )?(?:ISIS|IS|ISWAP|ISKP|ISCAP|ISGS|EIGS|ADF|JNIM|AQIM|al-Shabaab|Boko Haram|JAS|HTS|TTP|Abu Sayyaf|BIFF|Maute|NSAG|terrorist|militant|insurgent|jihadist|enemy|rebel)(?:s|s['’]|['’]s)? (?:positions?|camps?|bases?|hideouts?|strongholds?|bastions?|gatherings?|concentrations?|cells?|fighters|operatives|militants|elements|targets)\b|(?:announced|reported|confirmed) the (?:arrests?|capture|detention) of\b|clashed with|exchanged (?:heavy )?fire with|strikes? (?:against|on|targeting) (?:an? |the )?(?:[\w-]+ )?(?:ISIS|IS|ISWAP|ISKP|ISCAP|ISGS|ISSP|al-Shabaab|JNIM|Boko Haram|ADF|AQIM|AQAP|terrorist|militant|insurgent|jihadist)s? (?:fighters|militants|positions|targets|camps?|hideouts?|elements|operatives|members|commanders?|leaders?)\b|engaged|encountered|(?:air|artillery|drone)(?: and (?:air|artillery))? ?strikes? (?:on|against)|eliminat(?:ed|ing) (?:\w+ ){0,3}?(?:takfiri|terrorist|militant|jihadist|insurgent|criminal)s?\b|(?:targeted|struck|hit|bombed|destroyed) (?:an? |the )?(?:\w+ )?(?:gathering|concentration|hideouts?|dens?|camps?|bases?|positions?|convoy|vehicles?) (?:of|used by|belonging to) (?:the )?(?:takfiri|terrorist|militant|jihadist|insurgent|criminal|extremist)|killed [^.;]{0,60}?\b(?:ISIS|IS|ISWAP|ISKP|ISCAP|ISSP|al-Shabaab|JNIM|Boko Haram|the group|the organi[sz]ation)(?:'s|’s) (?:top |senior |local |military |overall )?(?:commander|leader|emir|chief|head|governor|wali|spokesman|official))/i;
const ANTI_GROUP_WORDS = /\b(?:takfiris?|takfiri elements|khawarij|Kharijites?|AQIM|al-Qaeda|JAS|BIFF|Abu Sayyaf|Maute|Okba Ibn Nafaa|ISIS|ISIL|Islamic State|Daesh|ISKP|ISGS|ISWAP|terrorist|terrorists|militants?|jihadists|insurgents|Boko Haram|al-Shabaab|JNIM|HTS|Taliban|TTP|ADF|NSAGs?|non-state armed groups?|wanted|suspects?|suspected|suspicion|hideouts?|accused|plots?|plott(?:ing|ed)|planning|planned)\b/i;

const HTS_CT_RE = /\b(?:HTS|Hay'at Tahrir al-Sham|Tahrir al-Sham)(?:'s)?\b[^.]{0,80}?\b(?:raid(?:ed|s)?|arrest(?:ed|s)?|detained|campaign|crackdown|security operation)\b[^.]{0,80}?\b(?:ISIS|Islamic State|Daesh)\b/i;
/** A sentence that only says a statement came out ("... issued communiqué No. 29 on the results of ..."): the event is told next. */
const STATEMENT_ISSUED_RE = /^.{0,160}?\b(?:issued|published|released|put out)\s+(?:its\s+|a\s+|an\s+|the\s+)?(?:[\w-]+\s+)?(?:communiqu[eé]|statement|bulletin|press release)(?!\w)/;
/** A recapture told in the passive with no agent: the forces that did it are named after it. */
// Not a relative clause ("swept the neighborhoods that had been cleared"): there the subject acts.
const AGENTLESS_RETAKEN_RE = /^[^.]{0,80}(?<!\b(?:that|which|who)\s+)\b(?:was|were|has been|had been|have been)\s+(?:retaken|recaptured|liberated|cleared|freed)\b(?![^.]*\bby\b)[^.]*\.$/;
const DATE_PLACE_LABEL_RE = /^[\w,/ ]{3,40}?\s+[-–—]\s+[^.]{2,70}\.\s*$/;
const CLASH_RE = /\b(?:exchanges? of (?:artillery )?fire|clash(?:es|ed)?|shell(?:ed|ing)|fighting)\b[^.]*\b(?:between|with)\b[^.]*\b(?:army|regime|rebels?|HTS|opposition|Turkish)|\b(?:HTS|rebels?|opposition|operations room|factions?|National Front for Liberation|NFL|Faylaq al-Sham|Ahrar al-Sham)\b[^.]*\b(?:shelled|fired (?:\w+ ){0,2}?(?:at|on)|snipers?|shot|attacked|targeted|raided|stormed|ambushed|counter-?attack(?:ed)?|launched an? (?:attack|offensive|assault))\b[^.]*\b(?:Syrian|regime|army)|\b(?:Syrian army|regime forces|Russian aircraft)\b[^.]*\b(?:shelled|bombed|struck|airstrikes?)\b[^.]*\b(?:HTS|rebel|opposition|Idlib)|\b(?:Houthis?|Ansar Allah)\b[^.]*\b(?:struck|shelled|attacked|fired|targeted|drone|missile)\b[^.]*\b(?:army|government|soldiers?|troops|forces|camp|positions?)\b/i;

export { findGroup };

/** Against a group: its usual words, or any group the GROUPS table names ("an Abu Sayyaf sub-leader"). */
function isAgainstGroup(text: string, p: Uint8Array): boolean {
  return test(ANTI_GROUP_WORDS, text, p) || findSpecificGroup(text, false, p) !== null;
}

/** Groups that govern where they operate, so their forces act as a state would. */
const GOVERNING_GROUPS = new Set(["Taliban"]);

export interface Attribution {
  category: Category;
  perpetrator: string;
  claim: Claim | null;
}

export interface SectionHints {
  /** The section's note says its items come from the group's claims. */
  claimedBySection: boolean;
  /** The section is about a group's activity (e.g. "ISIS's activity in Syria"). */
  groupOfSection: string | null;
}

/**
 * The hints for an item its own row or citation sources to a group's outlet (Amaq, al-Naba',
 * Radio Andalus, az-Zallaqa): what it reports is that group's claim.
 */
export function withOutletSources(hints: SectionHints, sourceNames: readonly string[]): SectionHints {
  for (const name of sourceNames) {
    // "(Telegram, August 17, 2020)": these bulletins cite the platform itself for the claims posted on it, the Islamic State's unless the section names another group.
    if (name === "Telegram") return { claimedBySection: true, groupOfSection: hints.groupOfSection ?? "ISIS" };
    const group = findGroup(name);
    if (group !== null && !GENERIC.has(group) && !GOVERNING_GROUPS.has(group)) return { claimedBySection: true, groupOfSection: hints.groupOfSection ?? group };
  }
  return hints;
}

const AIR_OWNER_RE = /\b(?:drones?|aircraft|warplanes?|jets|helicopters?|UAVs?)\s+(?:believed to belong to|thought to belong to|belonging to|operated by)\s+([^,.;]{3,60}?)\s+(?:struck|targeted|hit|bombed|attacked|fired)\b|\b(?:drone|air) ?strikes?\s+(?:believed|thought|said|assessed) to (?:be|have been)\s+([A-Z]\w+)\s+(?:struck|targeted|hit|killed)\b|\b(?:drone|air) ?strikes?\s+by\s+((?:the\s+)?(?:international military forces|[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}))\s+(?:targeting|on|against|struck|hit)\b/;
const AIR_OR_SEARCH_RE = /\bairstrikes?\b|\bsearch|\bsweep/i;
/** "a US drone struck a car", "French aircraft bombed a camp": a strike by a Western state's own air arm, whoever it hit. */
// A neighbour's cross-border strikes and shelling too ("Turkish artillery shelled villages north of Amedi"): the state's, whoever the text says was hit.
const NATIONAL_AIR_RE = /^(?:[^.;]{0,40}?\b)?(?:an?\s+|the\s+)?(US|U\.S\.|American|French|British|Coalition|Turkish|Russian|Israeli|Jordanian|Iranian)\s+(?:[\w-]+\s+){0,2}?(?:drones?|aircraft|warplanes?|jets|helicopters?|UAVs?|gunships?|artillery|(?:air|drone) ?strikes?)\s+(?:had\s+)?(?:struck|targeted|hit|bombed|attacked|fired on|shelled|pounded)\b/;



// "an improvised explosive device (IED) struck their military vehicle": the bomb struck, not the soldiers.
const STRUCK_EXPLOSIVE_RE = /\b(?:struck|hit|ran over|drove over|stepped on|triggered)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:IEDs?|(?:land)?mines?|explosive devices?|roadside bombs?)\b|\b(?:IEDs?|(?:land)?mines?|explosive devices?|roadside bombs?)\s+(?:\([A-Z]+\)\s+)?(?:struck|hit)\b/i;

const ACTION_VERB_RE = /\b(?:apprehended|arrested|captured|detained|carried out|conducted|launched|killed|raided|struck|bombed|targeted|eliminated|seized|found|located|shelled|fired|shot|attacked|clashed|engaged|ambushed|stormed|overran)\b/i;
/** "The 6th Infantry Division says air strikes on ... left five dead": a state body reporting its own operation. */
const REPORTER_RE = /^(.{3,90}?)\s+(?:says|said|reported|announced|stated)\s+(?:that\s+)?/;

/** `text.split(re)[0]` for a regex that never matches empty: the text before its first match. */
function beforeFirst(text: string, re: RegExp): string {
  const m = re.exec(text);
  return m ? text.slice(0, m.index) : text;
}

/** "with the assistance of the international coalition aircraft,", "supported by coalition aircraft": help, not the actor. */
const SUPPORT_RE = /\b(?:with the (?:assistance|support|help|backing|air support|cover) of|(?:supported|backed|assisted|covered) by|with (?:air )?support (?:from|of))\s+(?:the\s+)?[^,.;()]{0,60}?\b(?:aircraft|warplanes|jets|drones|helicopters|air ?strikes|[Cc]oalition|air support|air force)\b|\bwith\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:air|aerial)\s+(?:support|cover)\b/i;
/** "According to al-Shabaab, ...": the group's own account (the group is checked by name). */
const ACCORDING_RE = /\b[Aa]ccording to (?:an? |the )?(?:statement (?:by|from) |claim (?:by|from) )?(?:the )?((?:al-|Al-)?[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+){0,3})/;

/** Forces that fended off an attack: the attack is the event (tested on 120 characters only). */
const REPELLED_RE = /\b(?:repell?ed|repulsed|fended off|held off|beat back|beaten back)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:attack|assault|incursion|raid|offensive)\b/i;
/** The governing group as a target ("on a Taliban police pickup", "the Taliban's checkpoint"). */
const GOVERNING_TARGET_RE = /\b(?:on|against|at|near|targeting|targeted|into|of|outside)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?Taliban\b|\bTaliban(?:'s|’s)?\s+(?:police|officials?|checkpoints?|guards?|spokesman|commanders?|vehicles?|pickups?|members?|posts?|intelligence|officers?|governor|district chief)/i;

/** "Al-Qaeda affiliate JNIM", "IS-linked ISWAP": the parent named as an epithet of the group that acted. */
const ISIS_BRANCH_AFTER_RE = /^\s*,\s+(?:the\s+)?[\w -]{0,30}?\b(?:branch|affiliate|province|wilayat?)\s+of\s+(?:ISIS|the Islamic State|IS)\b|^\s*,\s+(?:which|that|who)\s+(?:now\s+)?(?:operates|acts|fights|is known)\s+as\s+(?:ISIS|the Islamic State|IS)['’]s\s+[\w -]{0,30}?\bProvince\b/i;
const AFFILIATE_RE = /\b(?:[Aa]l-Qa[ei]da|Islamic State|ISIS|IS)(?:'s)?[ -](?:affiliate|linked|allied|aligned|branch|franchise|offshoot)\s+/;

/** The group an epithet like "Al-Qaeda affiliate" introduces, when `named` (the first named) is its parent. */
function affiliateOf(text: string, named: string | null, p: Uint8Array): string | null {
  if (named !== "al-Qaeda" && named !== "ISIS") return named;
  const aff = exec(AFFILIATE_RE, text, p);
  if (!aff) return named;
  const head = /^\S+(?:\s\S+)?/.exec(text.slice(aff.index + aff[0].length, aff.index + aff[0].length + 40));
  return (head && findSpecificGroup(head[0])) ?? named;
}

const REPORTER_VERB_RE = /\b(?:says|said|reported|announced|stated)\b/;

/*
 * The word gate over the rules above, read once per incident text: the actors' rules first (slots
 * as attribution-actors.ts numbers them), then these. A rule whose first words are common ("the",
 * "has") is gated by a looser pattern that every match of it also meets, built from words each
 * alternative must hold at a word start (after \b, a space or a hyphen).
 */
const LOOSER = new Map<RegExp, RegExp>([
  [ANTI_GROUP_WORDS, /\b(?:takfiri|khawarij|Kharijite|AQIM|Qaeda|JAS|BIFF|Abu|Maute|Okba|ISIS|ISIL|Islamic|Daesh|ISKP|ISGS|ISWAP|terrorist|militant|jihadists|insurgents|Boko|Shabaab|JNIM|HTS|Taliban|TTP|ADF|NSAG|non|wanted|suspect|suspicion|hideout|accused|plot|plann)/i],
  [CLAIMED_RE, /\b(?:claim|issued|took|according|statement|said|stated|announced|boasted|amaq|naba|nashir|shahada|andalus|az|caliphate|khilafa|photo|picture|image|video|footage)/i],
  [NOT_CLAIMED_RE, /\b(?:claim|unclaimed|identified|who|which|determined|established|unattributed|neither)/i],
  [SUSPECTED_RE, /\b(?:probably|likely|suspected|believed|bore|bears|carries|carried|signature|mark|assess|modus|mode|method|pattern|style|tactic|presumed|attribute|blamed|presumably|apparently|thought|allegedly|point)/i],
  // The group's name has no literal; its verb is a word after a space.
  [GROUP_SAID_RE, /\b(?:said|stated|announced|boasted|confirmed)\b/],
  [REPORTER_RE, REPORTER_VERB_RE],
  [SUPPORT_RE, /\b(?:with|supported|backed|assisted|covered)\b/i],
  [ACCORDING_RE, /\baccording\b/i],
  // The parent's name is common; the epithet starts a word (after a space or a hyphen).
  [AFFILIATE_RE, /\b(?:affiliate|linked|allied|aligned|branch|franchise|offshoot)\b/],
  // The two opening rules start anywhere in the sentence; their verbs are words.
  [AGENTLESS_RETAKEN_RE, /\b(?:retaken|recaptured|liberated|cleared|freed)\b/],
  [STATEMENT_ISSUED_RE, /\b(?:issued|published|released|put)\b/],
]);
const NAMED_RULES = [STATE_SUBJECT, CT_VERB, ANTI_GROUP_WORDS, CLASH_RE, AIR_OR_SEARCH_RE, CLAIMED_RE, NOT_CLAIMED_RE, SUSPECTED_RE, GROUP_SAID_RE, LEFTOVER_RE, STRUCK_EXPLOSIVE_RE, ACTION_VERB_RE, REPORTER_RE, PROBABLE_RE, SUPPORT_RE, ACCORDING_RE, AFFILIATE_RE, AGENTLESS_RETAKEN_RE, STATEMENT_ISSUED_RE];
const GATE = new WordGate([...ACTOR_GATE_RULES, ...NAMED_RULES.map((re) => LOOSER.get(re) ?? re)], "wordStart");
const SLOT = new Map(NAMED_RULES.map((re, i) => [re, ACTOR_GATE_RULES.length + i]));
const CT_VERB_SLOT = SLOT.get(CT_VERB)!;
const ACTION_VERB_SLOT = SLOT.get(ACTION_VERB_RE)!;

/** `re.test(text)`, unless the gate `p` (read on a text `text` starts at a word boundary of) rules it out. */
function test(re: RegExp, text: string, p: Uint8Array): boolean {
  return p[SLOT.get(re)!] === 1 && re.test(text);
}

/** `re.exec(text)`, unless the gate rules it out. */
function exec(re: RegExp, text: string, p: Uint8Array): RegExpExecArray | null {
  return p[SLOT.get(re)!] === 1 ? re.exec(text) : null;
}

/** Whether a state acts in `actorPart` (or a state reporter speaks for the rest of the sentence). */
/** "2024, " left of "On August 25, 2024, ..." once the day is cut: no word of the subject. */
const LEAD_YEAR_RE = /^[\s,]*(?:(?:19|20)\d\d\s*,?\s*)?/;

function isStateSubject(subject: string, actorPart: string, reporter: RegExpExecArray | null, reported: string | null, p: Uint8Array): boolean {
  // "fighters of the Allied Democratic Forces raided ...": a group's "forces" are not the state's.
  const groupActor = findSpecificGroup(actorPart, false, p);
  // "ISIS's Sahel Province claimed an attack on a Nigerien army post": the group that opens the sentence acts; the state is its target.
  if (groupActor !== null && !GOVERNING_GROUPS.has(groupActor) && groupNamedAt(actorPart.replace(LEAD_YEAR_RE, ""), 0, "start") !== null) return false;
  const stateReporter = reporter !== null && reported !== null && test(STATE_SUBJECT, reporter[1]!, p) && !/^(?:gunmen|militants|insurgents|fighters|jihadists|attackers)\b/i.test(reported);
  // "Taliban fighters clashed with ISKP": the governing group against another group.
  const governing = groupActor !== null && GOVERNING_GROUPS.has(groupActor) && otherGroupAfter(subject, actorPart, groupActor, p);
  return (governing || test(STATE_SUBJECT, actorPart, p) || stateInitials(actorPart) || (stateReporter && groupActor === null)) && (groupActor === null || GOVERNING_GROUPS.has(groupActor) || findStateActor(actorPart, p) !== null);
}



/** Whether `subject` goes on after the actor part to name a specific group other than `actor`. */
function otherGroupAfter(subject: string, actorPart: string, actor: string, p: Uint8Array): boolean {
  const at = subject.indexOf(actorPart);
  const other = findSpecificGroup(at < 0 ? subject : subject.slice(at + actorPart.length), false, p);
  return other !== null && other !== actor;
}

/** "Al-Shabaab said it carried out the attack", "According to al-Shabaab": the match, when the one who said it is a specific group. */
function saidByGroup(text: string, p: Uint8Array): RegExpExecArray | null {
  for (const re of [GROUP_SAID_RE, ACCORDING_RE]) {
    const said = exec(re, text, p);
    const group = said && findSpecificGroup(said[1]!, false, p);
    if (group && !GOVERNING_GROUPS.has(group)) return said;
  }
  return null;
}

/** An opening frame of an official's sentence: "within the framework of ...,", "in continuation of ...,", "as part of ...,". */
const FRAME_RE = /^\s*(?:within|in continuation of|in the (?:context|framework) of|as part of|under|in line with|pursuant to)\b[^,.;]{0,120},\s*/i;

/** Abbreviated titles and ranks before a name. */
const TITLE_BEFORE_RE = /\b(?:Col|Gen|Lt|Maj|Capt|Sgt|Brig|Cpl|Adm|Dr|Mr|Mrs|Ms|Prof|Sen|Rep|Gov|Sheikh|St)\.$/;

/** `text.split(/(?<=\.)\s+(?=[A-Z])/)[0]`: up to and including the first full stop that spaces and a capital follow. */
function firstSentenceOf(text: string): string {
  for (let dot = text.indexOf("."); dot >= 0; dot = text.indexOf(".", dot + 1)) {
    let i = dot + 1;
    while (i < text.length && isSpace(text.charCodeAt(i))) i++;
    if (i > dot + 1 && i < text.length) {
      const c = text.charCodeAt(i);
      // "the army spokesman, Col. Hisham ...": a title's abbreviation ends no sentence.
      if (c >= 65 && c <= 90 && !TITLE_BEFORE_RE.test(text.slice(Math.max(0, dot - 6), dot + 1))) return text.slice(0, dot + 1);
    }
  }
  return text;
}

/** Category, perpetrator and claim status of one incident's text. */
export function attribute(text: string, hints: SectionHints): Attribution {
  return attributeWords(text, hints, wordsOf(text));
}

/**
 * `attribute` given the text's words (`wordsOf(text)`). Every text a gated rule reads starts where
 * the incident text or a word of it does (the first sentence, its subject after a label, the
 * words after a reporter), so the gate read on the whole text holds for it; the window before a
 * claim may start inside a word and is searched ungated.
 */
export function attributeWords(text: string, hints: SectionHints, words: Words): Attribution {
  const p = GATE.possibleIn(words);
  // The first piece of a split is the text before the first match.
  // A blanked label before the text ("Dosso region. ") leaves only spaces: the sentence starts after them.
  const body = isSpace(text.charCodeAt(0)) ? text.trimStart() : text;
  const opening = firstSentenceOf(body);
  // "24/07/2020 - Damboa (Borno). Troops conducting ...": a date-and-place label is no sentence of the event.
  // "The Grand Mosque was retaken on the 24th. Troops of ... entered", "The spokesman issued communiqué No. 29. According to it, the
  // forces killed ...": who acted is the next sentence's subject.
  const firstSentence = DATE_PLACE_LABEL_RE.test(opening) || test(AGENTLESS_RETAKEN_RE, opening, p) || test(STATEMENT_ISSUED_RE, opening, p) ? firstSentenceOf(body.slice(opening.length).trimStart()) || opening : opening;
  // "On May 3, ...", "Kirkuk: ...", "Feb. 2 - Gedo: ...": a date or place label is not the subject.
  const first = firstSentence.charCodeAt(0);
  // O, I, D: the only letters a leading date can start with.
  const undated = first === 79 || first === 73 || first === 68 ? firstSentence.replace(/^(?:On|In|During)\s+[^,]{3,40},\s*/, "") : firstSentence;
  const dated = FRAME_RE.test(undated) ? undated.replace(FRAME_RE, "") : undated;
  // A label ends at its text's first colon, within 59 characters of the start: most texts have none there.
  const colon = dated.indexOf(":");
  const subject = colon >= 1 && colon <= 59 ? dated.replace(/^[A-Z0-9][^:;]{0,58}:\s+(?=[A-Z])/, "") : dated;
  const subjectHead = subject.slice(0, 200);
  // "Officials said troops killed ...", "The 6th Infantry Division says air strikes on ...": the
  // actor is in what a reporter says, and a state reporter speaks for its own operation.
  const rawActor = p[ACTION_VERB_SLOT] === 1 ? beforeFirst(subjectHead, ACTION_VERB_RE) : subjectHead;
  const reporter = exec(REPORTER_RE, subjectHead, p);
  const reportedRaw = reporter && reporter[0].length <= rawActor.length ? subjectHead.slice(reporter[0].length) : null;
  // "stated that within the framework of the comprehensive operation, the forces carried out ...": the frame is no actor.
  const reported = reportedRaw !== null && FRAME_RE.test(reportedRaw) ? reportedRaw.replace(FRAME_RE, "") : reportedRaw;
  const actorPart = reported === null ? rawActor : beforeFirst(p[ACTION_VERB_SLOT] === 1 ? beforeFirst(reported, ACTION_VERB_RE) : reported, /\s(?:on|against|near|in|at|of)\s/);
  // Counterterrorism needs a state subject and its verb; the gate says first whether the verb can be there.
  // "A Task Force pick-up struck a pressure-plate IED": the vehicle hit a bomb, it struck no one.
  // "Troops repelled an attack by ISWAP": the group's attack, the troops' response part of it.
  const repelled = REPELLED_RE.test(subjectHead);
  const front = frontClash(text, firstSentence);
  if (front) return front;
  if (!repelled && p[CT_VERB_SLOT] === 1 && isStateSubject(subject, actorPart, reporter, reported, p) && !test(STRUCK_EXPLOSIVE_RE, subject, p) && test(CT_VERB, subject, p) && (isAgainstGroup(text, p) || test(AIR_OR_SEARCH_RE, subject, p) || STATE_ARREST_RE.test(subject))) {
    // Forces "with the support of coalition aircraft" act; the support does not.
    // Forces the list does not name ("Afghan special forces, supported by US drones") are still not their support.
    const acting = test(SUPPORT_RE, subjectHead, p) ? (findStateActor(subjectHead.replace(SUPPORT_RE, " "), p) ?? "security forces") : null;
    return { category: "counterterrorism", perpetrator: acting ?? findStateActor(subjectHead, p) ?? "security forces", claim: null };
  }
  // "A three-day operation by the Taliban forces of the 313 Central Corps ... against the last khawarij cells": the operation's agent acts.
  // "A resident of Hura was arrested by the ISA on April 1": the agent of a passive arrest acts.
  const by = agentOf(subjectHead);
  const byActor = by !== null ? findStateActor(by, p) ?? (test(STATE_SUBJECT, by, p) ? "security forces" : null) : null;
  if (byActor !== null && isAgainstGroup(text, p)) return { category: "counterterrorism", perpetrator: byActor, claim: null };
  if (by === null && agentlessArrest(subjectHead)) return { category: "counterterrorism", perpetrator: findStateActor(text, p) ?? "security forces", claim: null };
  // "a drone believed to belong to the International Coalition targeted their motorcycle": a strike
  // by the state or coalition the aircraft belongs to, on the group's men.
  const air = AIR_OWNER_RE.exec(text);
  // "a drone strike believed to be American": the nationality's forces.
  const owner = air ? findStateActor(air[1] ?? air[3] ?? `${air[2]} forces`) : null;
  if (owner !== null && isAgainstGroup(text, p)) return { category: "counterterrorism", perpetrator: owner, claim: null };
  const national = NATIONAL_AIR_RE.exec(subjectHead);
  if (national) return { category: "counterterrorism", perpetrator: findStateActor(national[1] === "Coalition" ? "Coalition" : `${national[1]} forces`, p) ?? `${national[1]} forces`, claim: null };
  // "an HTS raid on a suspected ISIS hideout": the de facto authority's operation against the group.
  if (HTS_CT_RE.test(text)) return { category: "counterterrorism", perpetrator: "HTS", claim: null };
  // ISIS fighting the army is its attack, however the text words it.
  if (test(CLASH_RE, text, p) && !/\bISIS\b/.test(subject) && findSpecificGroup(actorPart, false, p) !== "ISIS") {
    // The side that acted is the subject: "HTS fired at Syrian army posts" is HTS's.
    const actor = findSpecificGroup(actorPart, false, p) ?? findStateActor(actorPart, p);
    return { category: "clash", perpetrator: actor ?? findStateActor(subjectHead, p) ?? groupIn(subjectHead, p) ?? "unknown", claim: null };
  }
  const named = affiliateOf(text, groupIn(text, p), p);
  const specific = named !== null && !GENERIC.has(named) ? named : null;
  let perpetrator = specific ?? "unknown";
  let claim: Claim;
  let claimed: RegExpExecArray | null;
  if (test(NOT_CLAIMED_RE, text, p)) {
    // "SOHR said that ISIS operatives had opened fire ... ISIS has not claimed it": others blame the group.
    const accused = ACCUSED_RE.exec(text);
    // "held it responsible": the group the text names, when "it" is the attack and one group is named.
    const accusedName = accused ? accused.slice(1).find((g) => g !== undefined)! : null;
    const blamed = accusedName ? findSpecificGroup(/^(?:it|them)$/.test(accusedName) ? text : accusedName, false, p) : null;
    // "the police said the killing bore ISIS's hallmarks": the group whose mark it bore.
    const marked = blamed ?? markedBy(text, p);
    claim = test(SUSPECTED_RE, text, p) || marked !== null ? "suspected" : "unattributed";
    if (marked !== null && perpetrator === "unknown") perpetrator = marked;
    // Nobody claimed and nobody is blamed: only the actor of the first sentence is named.
    if (claim === "unattributed") {
      // "a researcher who advised the government on ISIS": a group named as a topic is no actor.
      const actor = findSpecificGroup(withoutTopics(firstSentence), false, p);
      // "a bomb on a Taliban police pickup": the governing group as the target.
      perpetrator = actor === null || (GOVERNING_GROUPS.has(actor) && GOVERNING_TARGET_RE.test(firstSentence)) ? "unknown" : actor;
      // "an ISIS squad infiltrated ... ISIS has not claimed responsibility": the text names the author, unclaimed.
      if (perpetrator !== "unknown" && !GENERIC.has(perpetrator)) claim = "suspected";
    }
  } else if ((claimed = exec(CLAIMED_RE, text, p) ?? saidByGroup(text, p))) {
    claim = "claimed";
    // The group that claimed it, not one named as the target ("against the Taliban police; ISKP claimed").
    perpetrator = claimantOf(text, claimed, (near) => findSpecificGroup(near, true)) ?? perpetrator;
    // A section of one group's claims does not cover another group's raid told among them.
  } else if (hints.claimedBySection && !test(LEFTOVER_RE, text, p) && (specific === null || hints.groupOfSection === null || specific === hints.groupOfSection)) claim = "claimed";
  else claim = test(SUSPECTED_RE, text, p) || specific ? "suspected" : "unattributed";
  // "Insurgents entered the village" in a section its note gives to the Central Africa Province: that group's, unclaimed.
  if (claim === "unattributed" && named === null && hints.groupOfSection !== null && !GENERIC.has(hints.groupOfSection) && INSURGENTS_RE.test(firstSentence)) claim = "suspected";
  if (claim === "suspected") {
    // The group the text names as the likely author, before one named as victim or bystander.
    const probable = exec(PROBABLE_RE, text, p);
    // "blamed the ADF, the Congolese branch of ISIS": the group the apposition says it is.
    const branch = probable ? ISIS_BRANCH_AFTER_RE.test(text.slice(probable.index + probable[0].length, probable.index + probable[0].length + 60)) : false;
    const suspect = probable && (branch ? "ISIS" : groupIn(probable[1]!, p));
    if (suspect && (perpetrator === "unknown" || !GENERIC.has(suspect))) perpetrator = suspect;
  }
  if (claim !== "unattributed" && perpetrator === "unknown") perpetrator = hints.groupOfSection ?? "unknown";
  // "Bandits attacked ...": the criminal gangs of north-west Nigeria are an actor of their own
  // (ACLED's and the analysts' coding), unlike "gunmen", who are anybody; nobody claims for them.
  if (perpetrator === "unknown" && named === "bandits") perpetrator = "bandits";
  return { category: "attack", perpetrator, claim };
}
