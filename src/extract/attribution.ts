// Who acted, what kind of event it was, and whether anyone claimed it.

import type { Category, Claim } from "../core/vocabulary.ts";
import { ACTOR_GATE_RULES, GENERIC, findGroup, findSpecificGroup, findStateActor, groupIn, groupNamedAt } from "./attribution-actors.ts";
import { WordGate, wordsOf, type Words } from "./word-gate.ts";
import { isSpace } from "./text.ts";
import { frontClash } from "./attribution-front.ts";
import { agentlessArrest, agentOf, markedBy, stateInitials, withoutAccusers, withoutTopics } from "./attribution-agents.ts";
import { ACCORDING_RE, ACTION_VERB_RE, AFFILIATE_RE, AGENTLESS_FIGHTING_RE, AGENTLESS_RETAKEN_RE, PASSIVE_ELIMINATED_RE, STATE_ACT_ALONE_RE, AIR_OWNER_RE, ANTI_GROUP_WORDS, CLASH_RE, CT_VERB, DATE_PLACE_LABEL_RE, GOVERNING_TARGET_RE, HTS_CT_RE, INSURGENTS_RE, ISIS_BRANCH_AFTER_RE, NATIONAL_AIR_RE, REPELLED_RE, REPORTER_RE, REPORTER_VERB_RE, STATEMENT_ISSUED_RE, STATE_ARREST_RE, STATE_SUBJECT, STRUCK_EXPLOSIVE_RE, SUPPORT_RE } from "./attribution-patterns.ts";
import { ACCUSED_RE, CLAIMED_RE, GROUP_SAID_RE, LEFTOVER_RE, NOT_CLAIMED_RE, PROBABLE_RE, SUSPECTED_RE, claimantOf } from "./attribution-claims.ts";

export { findGroup };

/** Against a group: its usual words, or any group the GROUPS table names ("an Abu Sayyaf sub-leader"). */
function isAgainstGroup(text: string, p: Uint8Array): boolean {
  return test(ANTI_GROUP_WORDS, text, p) || findSpecificGroup(text, false, p) !== null;
}

const ISIS_EPITHET_RE = /\b(?:khawarij|kharijites?|takfiris?)\b/i;

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

/** `text.split(re)[0]` for a regex that never matches empty: the text before its first match. */
function beforeFirst(text: string, re: RegExp): string {
  const m = re.exec(text);
  return m ? text.slice(0, m.index) : text;
}

/** The group an epithet like "Al-Qaeda affiliate" introduces, when `named` (the first named) is its parent. */
function affiliateOf(text: string, named: string | null, p: Uint8Array): string | null {
  if (named !== "al-Qaeda" && named !== "ISIS") return named;
  const aff = exec(AFFILIATE_RE, text, p);
  if (!aff) return named;
  const head = /^\S+(?:\s\S+)?/.exec(text.slice(aff.index + aff[0].length, aff.index + aff[0].length + 40));
  return (head && findSpecificGroup(head[0])) ?? named;
}

/*
 * The word gate over the rules above, read once per incident text: the actors' rules first (slots
 * as attribution-actors.ts numbers them), then these. A rule whose first words are common ("the",
 * "has") is gated by a looser pattern that every match of it also meets, built from words each
 * alternative must hold at a word start (after \b, a space or a hyphen).
 */
const LOOSER = new Map<RegExp, RegExp>([
  [ANTI_GROUP_WORDS, /\b(?:takfiri|khawarij|Kharijite|AQIM|Qaeda|JAS|BIFF|Abu|Maute|Okba|ISIS|ISIL|Islamic|Daesh|ISKP|ISGS|ISWAP|terrorist|militant|jihadists|insurgent|Boko|Shabaab|JNIM|HTS|Taliban|TTP|ADF|NSAG|non|wanted|suspect|suspicion|hideout|armed|accused|plot|plann|operatives)/i],
  [CLAIMED_RE, /\b(?:claim|issued|took|according|statement|said|stated|announced|boasted|amaq|naba|nashir|shahada|andalus|az|caliphate|khilafa|photo|picture|image|video|footage)/i],
  [NOT_CLAIMED_RE, /\b(?:claim|unclaimed|identified|who|which|determined|established|unattributed|neither|identity|mention|published|posted|issued|released)/i],
  [SUSPECTED_RE, /\b(?:probably|likely|suspected|believed|bore|bears|carries|carried|perpetrated|committed|staged|attackers|assailants|gunmen|perpetrators|bomber|killers|raiders|signature|mark|assess|modus|mode|method|pattern|style|tactic|presumed|attribute|blamed|presumably|apparently|thought|allegedly|point|hinted|suggested|indicated|implied|was|were|had)/i],
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
const NAMED_RULES = [STATE_SUBJECT, CT_VERB, ANTI_GROUP_WORDS, CLASH_RE, STATE_ACT_ALONE_RE, CLAIMED_RE, NOT_CLAIMED_RE, SUSPECTED_RE, GROUP_SAID_RE, LEFTOVER_RE, STRUCK_EXPLOSIVE_RE, ACTION_VERB_RE, REPORTER_RE, PROBABLE_RE, SUPPORT_RE, ACCORDING_RE, AFFILIATE_RE, AGENTLESS_RETAKEN_RE, STATEMENT_ISSUED_RE];
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

/** "2024, " left of "On August 25, 2024, ..." once the day is cut: no word of the subject. */
const LEAD_YEAR_RE = /^[\s,]*(?:(?:19|20)\d\d\s*,?\s*)?/;
/** "At dawn on Wednesday, November 27, 2024, ": the words up to a date's year are no subject either. */
const LEAD_DATE_RE = /^[^.;]{0,60}?\b(?:19|20)\d\d,\s*/;
/** "the authorities did not point to a suspect": a suspicion denied. */
const NO_SUSPICION_RE = /\b(?:did|do|does|has|have|had)\s+not\s+(?:yet\s+)?(?:point(?:ed)?\s+to|name[sd]?|blame[sd]?|identif(?:y|ied)|attribute[sd]?)\b[^.;]*/g;
/** "The SDF, which took control of the dam in December, reported ...": a relative clause after the sentence's first name. */
const LEADING_RELATIVE_RE = /^([^,]{2,60}),\s+(?:which|who)\s+[^,]{3,120},\s+/;
/** "helicopters airlifted about 500 SDF fighters": the verb after which the force carried is named. */
const AIRLIFT_RE = /\b(?:airlifted|air-?dropped|inserted|landed)\s/;

/** The group the actor part opens on, after any date before it ("At dawn on ..., 2024, HTS and its allies"). */
function groupOpening(actorPart: string): string | null {
  return groupNamedAt(actorPart.replace(LEAD_YEAR_RE, "").replace(LEAD_DATE_RE, ""), 0, "start");
}

/** The governing group that speaks in a sentence's reporter ("the Taliban's spokesman announced that ..."), or null. */
function governingReporter(reporter: RegExpExecArray | null, p: Uint8Array): string | null {
  const group = reporter !== null ? findSpecificGroup(reporter[1]!, false, p) : null;
  return group !== null && GOVERNING_GROUPS.has(group) ? group : null;
}

/** Whether a state acts in `actorPart` (or a state reporter speaks for the rest of the sentence). */
function isStateSubject(subject: string, actorPart: string, reporter: RegExpExecArray | null, reported: string | null, governing: string | null, p: Uint8Array): boolean {
  // "fighters of the Allied Democratic Forces raided ...": a group's "forces" are not the state's.
  // "The Prime Minister announced that an ISIS governor had been 'eliminated'": the group's man is acted on, not acting.
  const groupActor = reported !== null && PASSIVE_ELIMINATED_RE.test(reported) ? null : findSpecificGroup(actorPart, false, p);
  // "ISIS's Sahel Province claimed an attack on a Nigerien army post": the group that opens the sentence acts; the state is its target.
  // "At dawn on Wednesday, November 27, 2024, HTS and its allies launched ...": the words before the date's year are no subject.
  if (groupActor !== null && !GOVERNING_GROUPS.has(groupActor) && groupOpening(actorPart) !== null) return false;
  // "The Taliban's spokesman announced that ... its special forces had killed four members of Daesh": the governing group reports as a state.
  const stateReporter = reporter !== null && reported !== null && (test(STATE_SUBJECT, reporter[1]!, p) || governing !== null) && !/^(?:gunmen|militants|insurgents|fighters|jihadists|attackers)\b/i.test(reported);
  // "Taliban fighters clashed with ISKP": the governing group against another group.
  const governingActs = groupActor !== null && GOVERNING_GROUPS.has(groupActor) && otherGroupAfter(subject, actorPart, groupActor, p);
  // "The Nigerian army announced ... that its forces had cleared several Boko Haram camps": the state that reports names the forces.
  const namedReporter = stateReporter && findStateActor(reporter[1]!, p) !== null;
  return (governingActs || test(STATE_SUBJECT, actorPart, p) || stateInitials(actorPart) || (stateReporter && groupActor === null)) && (groupActor === null || GOVERNING_GROUPS.has(groupActor) || findStateActor(actorPart, p) !== null || namedReporter);
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
  // forces killed ...", "Fighting in Manbij went on until August 12. On that day, SDF fighters cleared ...": who acted is the next sentence's subject.
  const firstSentence = DATE_PLACE_LABEL_RE.test(opening) || test(AGENTLESS_RETAKEN_RE, opening, p) || test(STATEMENT_ISSUED_RE, opening, p) || AGENTLESS_FIGHTING_RE.test(opening) ? firstSentenceOf(body.slice(opening.length).trimStart()) || opening : opening;
  // "On May 3, ...", "Kirkuk: ...", "Feb. 2 - Gedo: ...": a date or place label is not the subject.
  const first = firstSentence.charCodeAt(0);
  // O, I, D: the only letters a leading date can start with.
  const undated = first === 79 || first === 73 || first === 68 ? firstSentence.replace(/^(?:On|In|During)\s+[^,]{3,40},\s*/, "") : firstSentence;
  const dated = FRAME_RE.test(undated) ? undated.replace(FRAME_RE, "") : undated;
  // A label ends at its text's first colon, within 59 characters of the start: most texts have none there.
  const colon = dated.indexOf(":");
  // "The Ramadi front: On October 4, 2015, the army ...": the date after the label is no subject either.
  const unlabelled = colon >= 1 && colon <= 59 ? dated.replace(/^[A-Z0-9][^:;]{0,58}:\s+(?=[A-Z])/, "") : dated;
  const subject = unlabelled !== dated && unlabelled.startsWith("On ") ? unlabelled.replace(/^On\s+[^,]{3,40},\s*/, "") : unlabelled;
  // "The SDF, which took control of the dam in December, reported that ISIS tried to recapture it": the relative clause is no act of the event.
  const subjectHead = (subject.includes(", wh") ? subject.replace(LEADING_RELATIVE_RE, "$1 ") : subject).slice(0, 200);
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
  const governing = governingReporter(reporter, p);
  const front = frontClash(text, firstSentence);
  if (front) return front;
  if (!repelled && p[CT_VERB_SLOT] === 1 && isStateSubject(subject, actorPart, reporter, reported, governing, p) && !test(STRUCK_EXPLOSIVE_RE, subject, p) && test(CT_VERB, subject, p) && (isAgainstGroup(text, p) || test(STATE_ACT_ALONE_RE, subject, p) || STATE_ARREST_RE.test(subject))) {
    // Forces "with the support of coalition aircraft" act; the support does not.
    // Forces the list does not name ("Afghan special forces, supported by US drones") are still not their support.
    // "US helicopters airlifted about 500 SDF fighters to ...": the force carried acts, not its carrier.
    const carried = AIRLIFT_RE.exec(subjectHead);
    const acting = (carried ? findStateActor(subjectHead.slice(carried.index + carried[0].length), p) : null) ?? (test(SUPPORT_RE, subjectHead, p) ? (findStateActor(subjectHead.replace(SUPPORT_RE, " "), p) ?? "security forces") : null);
    return { category: "counterterrorism", perpetrator: acting ?? findStateActor(subjectHead, p) ?? governing ?? "security forces", claim: null };
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
  const nation = national ? national.slice(1).find((g) => g !== undefined) ?? null : null;
  if (nation) return { category: "counterterrorism", perpetrator: findStateActor(nation === "Coalition" ? "Coalition" : `${nation} forces`, p) ?? `${nation} forces`, claim: null };
  // "an HTS raid on a suspected ISIS hideout": the de facto authority's operation against the group.
  if (HTS_CT_RE.test(text)) return { category: "counterterrorism", perpetrator: "HTS", claim: null };
  // ISIS fighting the army is its attack, however the text words it.
  if (test(CLASH_RE, text, p) && !/\bISIS\b/.test(subject) && findSpecificGroup(actorPart, false, p) !== "ISIS") {
    // The side that acted is the subject: "HTS fired at Syrian army posts" is HTS's.
    const actor = findSpecificGroup(actorPart, false, p) ?? findStateActor(actorPart, p);
    return { category: "clash", perpetrator: actor ?? findStateActor(subjectHead, p) ?? groupIn(subjectHead, p) ?? "unknown", claim: null };
  }
  const actors = /blamed|accused|condemned|denied/.test(text) ? withoutAccusers(text) : text;
  const named = affiliateOf(actors, groupIn(actors, p), p);
  // "An IED exploded against a Taliban vehicle": the governing group as the target is no author.
  const specific = named !== null && !GENERIC.has(named) && !(GOVERNING_GROUPS.has(named) && GOVERNING_TARGET_RE.test(firstSentence) && groupOpening(actorPart) !== named) ? named : null;
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
    // "the authorities did not point to a suspect": a suspicion denied is none.
    const suspicion = text.includes(" not ") ? text.replace(NO_SUSPICION_RE, " ") : text;
    claim = test(SUSPECTED_RE, suspicion, p) || marked !== null ? "suspected" : "unattributed";
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
    // "ISCAP operatives kidnapped ...; the army blamed the ADF": the group the text makes the subject stands.
    const subjectGroup = groupOpening(actorPart);
    if (suspect && (perpetrator === "unknown" || !GENERIC.has(suspect)) && (subjectGroup === null || GENERIC.has(subjectGroup))) perpetrator = suspect;
  }
  // "an explosive device planted by the khawarij", "a takfiri drove a car ...": a state's or the Taliban's name for ISIS.
  if (perpetrator === "unknown" && ISIS_EPITHET_RE.test(firstSentence)) {
    perpetrator = "ISIS";
    if (claim === "unattributed") claim = "suspected";
  }
  if (claim !== "unattributed" && perpetrator === "unknown") perpetrator = hints.groupOfSection ?? "unknown";
  // "Bandits attacked ...": the criminal gangs of north-west Nigeria are an actor of their own
  // (ACLED's and the analysts' coding), unlike "gunmen", who are anybody; nobody claims for them.
  if (perpetrator === "unknown" && named === "bandits") perpetrator = "bandits";
  return { category: "attack", perpetrator, claim };
}
