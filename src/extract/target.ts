// Who or what was attacked: the phrase as the text names it, and its type.

import type { TargetType } from "../core/vocabulary.ts";
import { MONTH_RE, WEEKDAY_PATTERN } from "./dates.ts";
import { splitAt } from "./matches.ts";
import { WordGate, wordsOf, type Words } from "./word-gate.ts";
import { loosened } from "./rule-stems.ts";
import { isSpace } from "./text.ts";

// "on 17/01/2020", "at about 0915hrs": a date in figures, or a time of day, is no place or target either.
const DATE_PHRASE_RE = new RegExp(`\\b(?:on|in|during)\\s+\\d{4}-\\d{2}-\\d{2},?|\\b(?:on|at)\\s+(?:about\\s+|around\\s+)?(?:\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}|\\d{4}\\s*(?:hrs?|hours)\\b|\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\b\\.?)?),?|\\b(?:on|in|during)\\s+(?:the\\s+(?:night|morning|afternoon|evening)\\s+of\\s+)?(?:\\w+day,?\\s+)?(?:${MONTH_RE}\\s+\\d{1,2}|\\d{1,2}\\s+${MONTH_RE})(?:,?\\s+\\d{4})?,?|\\b(?:late |early )?on\\s+${WEEKDAY_PATTERN}(?:\\s+(?:morning|afternoon|evening|night))?|\\b(?:late |early )?on\\s+the\\s+\\d{1,2}(?:st|nd|rd|th)\\b,?|\\bon\\s+the\\s+(?:first|second|third|fourth|fifth|last)\\s+day\\s+of\\s+(?:the\\s+)?[\\w'’-]+(?:\\s+al-[\\w'’-]+)?,?`, "gi");

const STOP = "(?=\\s+(?:was|were|in|on|near|at|about|some|around|outside|inside|north|south|east|west|northeast|northwest|southeast|southwest|while|who|which|during|as|from|with|using|by|when|after|before|between|along|within|close|killing|wounding|injuring|and (?:killed|wounded|fired|activated|seized|destroyed))\\b|[.,;:()|]|$)";
const NP = "((?:an?|the|two|three|four|five|six|seven|eight|nine|ten|several|\\d+)?\\s*[^.,;:()|]{2,90}?)";

// Passive voice ("an SDF fighter was targeted by ..."): find the verb, then read the subject back
// to the previous delimiter. A single regex with a lazy subject backtracks badly on long text.
// The verb phrase is found after one whitespace character, then the match is extended back over
// the rest of the run: the first match of "\s+(?:was|were)\s+..." without trying "\s+" at every space.
const PASSIVE_VERB_RE = /\s(?:came|come|comes)\s+under\s+(?:[\w-]+\s+)?(?:attack|fire|assault)\b|\s(?:was|were)\s+(?:later\s+|found\s+|reportedly\s+)*(?:targeted|attacked|ambushed|hit|struck|shot|fired upon|shelled|stormed|raided|blown up|bombed|killed|wounded|injured|executed|beheaded|kidnapped|abducted|assassinated|set on fire|burned|destroyed|damaged|torched|captured)\b/i;

interface Found {
  /** Where the target phrase starts, its text, and where the whole match ends. */
  index: number;
  phrase: string;
  end: number;
}

/** , . ; : ( ) | (a table's column bar) */
function isDelimiter(c: number): boolean {
  return c === 44 || c === 46 || c === 59 || c === 58 || c === 40 || c === 41 || c === 124;
}

/** Where the clause ending at `at` starts: back to the last delimiter within 90 characters. */
function clauseStart(text: string, at: number): number {
  const from = Math.max(0, at - 90);
  let start = at;
  while (start > from && !isDelimiter(text.charCodeAt(start - 1))) start--;
  return start;
}

/** An aside between commas: where ("about 10 km west of El Arish", "near Hajin") or a name ("Ahmad al-Rashid"). */
const ASIDE_RE = /^\s*(?:(?:who|which|whose)\s|(?:about|some|around|approximately|nearly)\s+\d+\s*(?:km|kilomet(?:er|re)s|miles)\b|(?:in|near|outside|north|south|east|west)\s|[A-Z][\w'’-]*(?:\s+(?:(?:al|el|bin|ibn|abu)-?\s*)?[A-Z][\w'’-]*){0,3}\s*$)/;
const RELATIVE_ASIDE_RE = /^\s*(?:who|which|whose)\s/;
/** "in which eight of the gunmen were killed": the relative words lead no target. */
const RELATIVE_LEAD_RE = /^\s*(?:in|during|of|among)\s+(?:which|whom)\s+/i;

function passiveSubject(text: string): Found | null {
  const v = PASSIVE_VERB_RE.exec(text);
  if (!v) return null;
  let at = v.index;
  while (at > 0 && isSpace(text.charCodeAt(at - 1))) at--;
  // "A member of the council, Ahmad al-Rashid, was shot": the aside's closing comma.
  if (at > 0 && text.charCodeAt(at - 1) === 44) {
    at--;
    while (at > 0 && isSpace(text.charCodeAt(at - 1))) at--;
  }
  let start = clauseStart(text, at);
  const lead = RELATIVE_LEAD_RE.exec(text.slice(start, at));
  if (lead) start += lead[0].length;
  // "A conscript manning a checkpoint ..., about 10 km west of El Arish, was killed": the subject is before the aside.
  else if (start > 0 && text.charCodeAt(start - 1) === 44 && ASIDE_RE.test(text.slice(start, at))) {
    const before = clauseStart(text, start - 1);
    const whole = before === 0 || isDelimiter(text.charCodeAt(before - 1));
    if (whole && text.slice(before, start - 1).trim().length >= 2) [start, at] = [before, start - 1];
    // "the mukhtar of the village (...), who cooperates with the SDF, was shot": a relative clause names nobody.
    else if (RELATIVE_ASIDE_RE.test(text.slice(start, at))) return null;
  }
  const subject = text.slice(start, at);
  if (subject.trim().length < 2) return null;
  return { index: start, phrase: subject, end: v.index + v[0].length };
}

/** A target after a preposition: "against the patrol", "on a checkpoint". */
// "under a Popular Mobilization vehicle", "attached to the car of a prosecutor": what a bomb was placed on.
const PREPOSITION_RE = new RegExp(`\\b(?:against|targeting|at|on|upon|among|into|inside|outside|under|beneath|beside|next to|attached to)\\s+${NP}${STOP}`, "gi");
/** Preposition phrases tried, in order: "among them two women, against CTS forces" reads past the first. */
const MAX_PREPOSITIONS = 3;

function prepositionObjects(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  PREPOSITION_RE.lastIndex = 0;
  for (let m = PREPOSITION_RE.exec(text); m && out.length < MAX_PREPOSITIONS; m = PREPOSITION_RE.exec(text)) out.push(m);
  PREPOSITION_RE.lastIndex = 0;
  return out;
}
/** A target after an active verb: "ambushed a patrol" (searched without its lookbehind, checked by PASSIVE_BEFORE_RE). */
const ACTIVE_RE = new RegExp(`\\b(?:(?:shooting|killing|assassination|murder|abduction|kidnapping|execution|beheading|bod(?:y|ies)) of|shot dead|shot and killed|set fire to|opened fire on|exchanged fire with|clashed with|attacked|ambushed|raided|stormed|targeted|struck|hit|shelled|assaulted|overran|kidnapped|abducted|executed|beheaded|killed|shot|torched|burned|stopped|hijacked|intercepted|apprehended|arrested|captured|detained)\\s+${NP}${STOP}`, "gi");
/** "was attacked": a verb after an auxiliary is passive, its object is not a target. */
const PASSIVE_BEFORE_RE = /(?<=\b(?:was|were|been|be|is|are)\s)/iy;

/**
 * The first match of ACTIVE_RE at a position not just after "was", "were", ...: the same as the
 * first match of the regex with the lookbehind in front, whose search cannot skip ahead to a verb.
 */
function activeObject(text: string): RegExpExecArray | null {
  ACTIVE_RE.lastIndex = 0;
  for (let m = ACTIVE_RE.exec(text); m; m = ACTIVE_RE.exec(text)) {
    PASSIVE_BEFORE_RE.lastIndex = m.index;
    if (!PASSIVE_BEFORE_RE.test(text)) {
      ACTIVE_RE.lastIndex = 0;
      return m;
    }
    ACTIVE_RE.lastIndex = m.index + 1;
  }
  ACTIVE_RE.lastIndex = 0;
  return null;
}
/** Phrases that are where or when, not whom: "on the road", "at the entrance", "motorcycle shot". */
// "beheaded by ISIS operatives", "detained for questioning", "at least six strikes", "on duty", "on the 14th",
// "a statement on Telegram": the agent, a purpose, a count's qualifier, a date or a channel, none of them whom.
// "14/08": a log's date is no target.
// "a dirt road", "the coastal highway": a road in the phrase's last word is where, not whom.
const NOT_TARGET_RE = /^\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?$|^(?:IEDs?|(?:land)?mines?|(?:an? )?(?:improvised )?explosive devices?|roadside bombs?)$|\b(?:road|highway|street|route|axis)s?$|^(?:them|us|which|whom)\b|^(?:road|highway|way|desert|outskirts|area|region|edge|entrance|border|bank|scene|spot|same|following|next|morning|evening|night|dawn|dusk)\b|^(?:about|around|approximately|roughly)\s+\d{1,2}(?:\s*[ap])?$|^(?:about|around|approximately|roughly)?\s*(?:\d{1,2}[:.h]\d{2}|\d{4}\s*(?:hrs?|hours|GMT|UTC)\b|\d{1,2}\s*(?:a\.?m\b|p\.?m\b|hrs?\b|hours\b|o'clock\b)|noon|midday|midnight|nightfall|sunset|sunrise|daybreak)(?:\W|$)|^(?:in (?:the )?|the |his |her |their )?(?:head|neck|chest|back|legs?|arms?|abdomen|stomach|shoulders?|face)\b|\b(?:was|were|shot|killed|wounded|attacked|fired|opened|raided|stormed|exploded|detonated)\b|^(?:by|for|least|duty)\b|\b(?:that|which|who)$|^\d{1,2}(?:st|nd|rd|th)$|^(?:Telegram|Amaq|Twitter|Facebook|social media)$/i;

const byIndex = (a: Found, b: Found): number => a.index - b.index;
const RELATIVE_TAIL_RE = /\s+(?:who|whom|whose|which)\s.*$/s;
/** "workers building a road", "a conscript manning a checkpoint": what the head was doing, after it. */
const PARTICIPLE_TAIL_RE = /\s+(?:manning|guarding|building|repairing|driving|riding|travell?ing|walking|working|leaving|heading|returning|fleeing|collecting|gathering|digging|clearing)\b.*$/is;
/** "the entrance to the Ministry of Foreign Affairs": the place at whose entrance, not the entrance. */
const ENTRANCE_RE = /^(?:entrance|gates?|door)\s+(?:to|of)\s+(?:the\s+)?(?=\S)/i;
const ARTICLE_RE = /^(?:an?|the)\s+/i;
const ORG_RE = /^\s+(?:in|of) the ([A-Z][^.,;:()]{2,60}?)(?=\s+(?:on|in|near|at|about|north|south|east|west|who|which)\b|[.,;:()]|$)/;
const PLACE_WORD_RE = /^(?:village|town|city|area|region)\b/i;
const ATTACKER_RE = /^(?:ISIS|IS|the group|militants|gunmen)$/i;
const PRONOUN_RE = /^(?:\d+|it|them|him|her)$/i;

/** The attacked person, group or object as named, e.g. "SDF intelligence operative". */
const LEAD_REPORTER_RE = /^[\s,]*(?:the\s+)?[A-Z][^.;,]{0,80}?\b(?:said|announced|reported|stated|confirmed)\s+(?:in a statement\s+)?that\s+/;

const STRUCK_DEVICE_RE = /\b((?:an?|the)\s+[^.;,()]{3,60}?)(?:\s+\([^()]{1,30}\))?(?:\s+(?:on patrol|escorting)\b[^.;,]{0,60}?)?\s+(?:hit|struck|ran over|drove over|triggered)\s+(?:an?\s+)?(?:IED|(?:land)?mine|(?:improvised\s+)?explosive device|roadside bomb)\b/i;

export function extractTarget(input: string): string {
  // "The Ministry of Peshmerga Affairs said that two Peshmerga were killed": the reporter is no target.
  const text = input.replace(DATE_PHRASE_RE, (m) => ",".padEnd(m.length, " ")).replace(LEAD_REPORTER_RE, (m) => " ".repeat(m.length));
  // The earliest phrase any pattern finds is the one the sentence is about.
  const found: Found[] = [];
  const passive = passiveSubject(text);
  if (passive) found.push(passive);
  // "A police Land Cruiser on patrol hit an IED": the vehicle that struck the device was hit.
  const struck = STRUCK_DEVICE_RE.exec(text);
  if (struck) found.push({ index: struck.index + struck[0].indexOf(struck[1]!), phrase: struck[1]!, end: struck.index + struck[0].length });
  for (const m of [...prepositionObjects(text), activeObject(text)]) {
    if (m) found.push({ index: m.index + m[0].indexOf(m[1]!), phrase: m[1]!, end: m.index + m[0].length });
  }
  found.sort(byIndex);
  for (const f of found) {
    let t = f.phrase.trim();
    // a, A, t, T: the letters an article starts with.
    const c = t.charCodeAt(0) | 32;
    if (c === 97 || c === 116) t = t.replace(ARTICLE_RE, "");
    if (t.charCodeAt(0) === 45) t = t.replace(/^-\s+/, "");
    t = t.replace(ENTRANCE_RE, "");
    // "a commander in the Palestinian Al-Quds Brigade": keep the organisation the person belongs to.
    const rest = text.slice(f.end);
    const org = ORG_RE.exec(rest);
    if (org && !PLACE_WORD_RE.test(org[1]!)) t = `${t}${rest.slice(0, org[0].length)}`;
    if (ATTACKER_RE.test(t)) continue;
    // "two construction workers building a road": the head is whom, whatever the words after it name.
    if (t.length < 3 || PRONOUN_RE.test(t) || NOT_TARGET_RE.test(t.replace(PARTICIPLE_TAIL_RE, ""))) continue;
    return t;
  }
  return "unknown";
}

const TYPE_RULES: [TargetType, RegExp][] = [
  ["intelligence", /\bintelligence\b|\bDirectorate of Security\b|\bNDS\b|\bmukhabarat\b|\bsecurity service\b|\bspy\b|\bspies\b|\binformants?\b/i],
  ["government", /\bjudges?\b|\bprosecutors?\b|\bneighbou?rhood (?:leaders?|chiefs?|secretar(?:y|ies))\b|\bcourts?\b|\bmukhtars?\b|\bofficials?\b|\bgovernors?\b|\bmayors?\b|\b(?:district|location|sub-location|assistant|area|paramount) chiefs?\b|(?<!Military )\bcouncil(?:s|l?ors?)?\b|\btax collectors?\b|\bchiefs? of the (?:village|locality|town|district|area)\b|\bpoliticians?\b|\bbarangay (?:captain|chairman|chairwoman|officials?|councilors?|kagawad)\b|\b(?:regional|local|district|provincial|state|county) administration\b|\bministry\b|\bminisTers?\b|\bcivil servants?\b|\bmunicipal|\bgovernment (?:employee|building|office)s?\b|\blawmakers?\b|\bMPs?\b|\bparliament|\belection (?:officials?|workers?|staff)\b|\bvillage (?:head|chief)\b|\btraditional rulers?\b|\bemirs? of\b|\bconsulates?\b|\bembass(?:y|ies)\b|\bdiplomats?\b|\b(?:finance|education|health|justice|revenue|tax|passport|customs|agriculture) (?:department|office|directorate)s?\b/i],
  ["police", /\bpolice\b|\bAsayish\b|\bKPR\b|\bpolicem[ae]n\b|\bLevies\b|\bgendarm|\bcheckpoint guards?\b|\btraffic\b|\bfederal police\b|\bsecurity guards?\b/i],
  ["militia", /\bSDF\b|\bSyrian Democratic Forces\b|\bYPG\b|\bProtection Units\b|\bPetroleum Facilities Guard\b|\btribal fighters\b|\bUnion of [\w ]{0,20}Tribes\b|\btribal (?:union|forces|militias?)\b|\btribesmen\b|\bHouthis?\b|\bMisratan?\b|\bMSA\b|\bGATIA\b|\bMovement for the Salvation of Azawad\b|\bPopular Mobili[sz]ation\b|\bBadr\b|\bPMF\b|\bPMU\b|\bHashd\b|\bTribal Mobilization\b|\bHomeland Defen[cs]e\b|\bNational Defen[cs]e Forces\b|\bNDF\b|\bmilitia|\bAl-Quds Brigade\b|\bQuds Brigade\b|\bCJTF\b|\bCivilian JTF\b|\bCivilian Joint Task Force\b|\bMilitary Council\b|\bJTF\b|\bvigilantes?\b|\b(?<!truffle )hunters?\b|\bVDP\b|\bVolunteers for the Defen[cs]e\b|\bdozos?\b|\bdan na ?Ambassagou\b|\bSahwa\b|\bawakening\b|\blocal (?:forces|fighters)\b|\bFazaa\b|\bself-defen[cs]e\b|\bMacina\b|\bCAFGU\b|\b(?:Civilian|Citizens?) Armed Forces? Geographical Units?\b|\bSecurity Belt\b|\b(?:Shabwani|Hadrami) Elite\b|\bFree Syrian Army\b|\bSyrian National Army\b|\bTurkish-backed\b/i],
  ["insurgents", /\bTaliban\b|\bISIS (?:operatives?|members?|fighters?|squads?|cells?|hideouts?|positions?|terrorists?)\b|\bterrorist operatives?\b|\bterrorists?\b|\bjihadists?\b|\binsurgents?\b|\bHTS\b|\bHay'?at Tahrir|\bBoko Haram\b|\bJAS\b|\bal-Shabaab\b|\bJNIM\b|\brebels?\b|\bmilitants?\b|\bwanted (?:persons?|men|suspects?)\b|\bsuspects?\b/i],
  ["military", /\barmy\b|\bBunyan al-Marsous\b|\bsoldiers?\b|\bconscripts?\b|\bmilitary\b|\btroops?\b|\bofficers?\b|\bcommanders?\b|\bRepublican Guard\b|\bIRGC\b|\bRevolutionary Guard|\bPeshmerga\b|\bforces\b|\bconvoys?\b(?! of (?:civilian|commercial|aid|relief|food|trucks|lorries|buses|cars|traders|merchants)\b)(?!\s+(?:of\s+(?:vehicles|cars|buses|trucks)\s+)?(?:carrying|taking|transporting)\s+(?:[\w-]+\s+){0,2}?(?:civilians|passengers|engineers|workers|traders|merchants|pilgrims|students|food|goods|aid|supplies)\b)|\bpatrols?\b|\bbattalion\b|\bbrigade\b|\bregiment\b|\bdivision\b|\bcounterterrorism (?:unit|service|apparatus|forces?)\b|\bCoalition\b|\bFAMa\b|\bFADM\b|\bFAN\b|\bFDS\b|\bdetachments?\b|\bFARDC\b|\bSNA\b|\bAMISOM\b|\bATMIS\b|\bMINUSMA\b|\bpeacekeepers?\b|\bmarines?\b|\bAPCs?\b|\bhumvees?\b|\btanks?\b(?! (?:truck|trucks|of))|\bbulldozers?\b|\bnavy\b|\bair force\b|\bgeneral\b|\bcolonel\b|\bbrigadier\b|\bmajor\b(?= (?:general|in))|\bcaptain\b|\blieutenant\b/i],
  ["infrastructure", /\btankers?\b|\brefiner(?:y|ies)\b|\bpylons?\b|\bpipelines?\b|\bpower (?:station|plant|line)s?\b|\belectricity\b|\bhigh-voltage\b|\boil (?:wells?|fields?|facility|facilities)\b|\bgas (?:station|field|facility)s?\b|\bbridges?\b|\btelecommunications?\b|\bcell(?:ular)? towers?\b|\b(?:communication|telecom|relay|radio|transmission|telephone) (?:masts?|towers?|antennas?)\b|\b(?:relay )?antennas?\b|\bwater (?:station|plant|pump)s?\b|\bdams?\b|\brailway\b|\broads?\b|\bfactory\b|\bfactories\b|\bairstrips?\b|\bairports?\b|\btrucks? carrying\b(?! (?:[\w-]+ )?(?:workers|passengers|civilians|people|labou?rers|pilgrims|families|students|children|food|goods|aid|relief|supplies|merchandise))/i],
  ["civilian", /\bcivilians?\b|\b(?:food|relief) (?:supplies|aid|deliveries)\b|\b(?:truffle |firewood |scrap )?(?:gatherers|collectors|pickers)\b|\bvillagers?\b|\bresidents?\b|\binhabitants?\b|\bpeople\b|\bshepherds?\b|\bfarmers?\b|\bherders?\b|\bworshippers?\b|\bmosques?\b|\bchurch(?:es)?\b|\bChristians?\b|\bYazidis?\b|\bShiites?\b|\bschools?\b|\bstudents?\b|\bteachers?\b|\bmarkets?\b|\bmerchants?\b|\btraders?\b|\bworkers?\b|\blabou?rers?\b|\bwomen\b|\bchildren\b|\bfamil(?:y|ies)\b|\bjournalists?\b|\baid workers?\b|\bhumanitarian\b|\bNGO\b|\bdrivers?\b|\bpassengers?\b|\btravell?ers?\b|\bcollaborators?\b|\bagents?\b|\bbus\b|\bhospital\b|\bIDP\b|\bdisplaced\b|\brefugees?\b|\btruckers?\b|\bfisherm[ae]n\b|\bminers?\b|\bhunters\b|\bmen\b|\bman\b|\bwoman\b|\bboys?\b|\bgirls?\b|\bbystanders?\b|\bfirefighters?\b|\bshops?\b|\bshopkeepers?\b|\bstores?\b|\bvendors?\b|\brestaurants?\b|\bcaf[eé]s?\b|\bhotels?\b|\bbaker(?:y|ies)\b|\bneighbou?rhoods?\b|\bhomes?\b|\bhouses?\b|\bminibus(?:es)?\b|\bbuses\b|\bcrops?\b|\bfields?\b|\bharvest\b|\bcattle\b|\blivestock\b|\bmourners\b|\b(?:local|community|religious) leaders?\b|\b(?:tribal |village )?elders\b|\bshrines?\b|\bmadrass?as?\b|\bclerics?\b|\bimams?\b|\breligious scholars?\b|\bfunerals?\b|\bweddings?\b|\bguests\b|\bpilgrims?\b|\bcrowds?\b|\bspectators\b|\bdemonstrators\b|\bprotesters\b|\bcustomers\b|\bpatients\b|\bpassers-by\b|\bowners?\b|\b(?:doctors?|surgeons?|nurses?)\b/i],
];

const CLAUSE_BREAK_RE = /,\s+/g;
const SENTENCE_BREAK_RE = /[.;]\s+/g;

const ARMY_WORD_RE = /\b(?:army|military|soldiers?)\b/i;

/** Attribution clauses name who reported or was blamed, not who was hit: "police said", "Officials blamed ISIS". */
const REPORTING_RE = /\b(?:said|say|says|reported|told|blamed|accused|according to|spokesm[ae]n|(?:raised|revised|updated|put) the (?:death )?toll|spoke of)\b/i;
/** Who is blamed or cited names no victim; what a body said, or the toll it gave, may ("the army said eleven civilians were killed"). */
const REPORTER_ONLY_RE = /^(?:blamed|accused|according to|spokesm[ae]n)$/i;

/** A clause without its reporter: the words after the reporting verb, or nothing where the clause only names who spoke. */
function reportedPart(clause: string): string {
  const m = REPORTING_RE.exec(clause);
  if (!m) return clause;
  return REPORTER_ONLY_RE.test(m[0]) ? "" : clause.slice(m.index + m[0].length);
}
/** The sentences that count victims ("A police captain and six other people were killed"). */
const VICTIM_RE = /\b(?:killed|killing|wounded|wounding|injured|injuring|dead|died|hurt|kidnapped|abducted|executed|beheaded)\b/i;
/** Objects that are infrastructure whatever they belong to ("an oil pipeline belonging to the SDF"). */
const HEAD_RE = /^(?:[\w'-]+\s+){0,3}?(?:tankers?|refiner(?:y|ies)|pylons?|pipelines?|power (?:station|plant|line)s?|bridges?|dams?|(?:oil|gas) (?:wells?|fields?|facilit(?:y|ies)))\b/i;

/** HEAD_RE's head word follows a space or starts the phrase: the gate reads it, not the words before. */
const HEAD_WORD_RE = /\b(?:tanker|refiner|pylon|pipeline|power|bridge|dam|oil|gas)/i;
const TYPE_GATE = new WordGate([...TYPE_RULES.map(([, re]) => re), HEAD_WORD_RE, ARMY_WORD_RE, REPORTING_RE, VICTIM_RE], "wordStart");
const [HEAD, ARMY, REPORTING, VICTIM] = [0, 1, 2, 3].map((i) => TYPE_RULES.length + i) as [number, number, number, number];
const MILITARY = TYPE_RULES.findIndex(([t]) => t === "military");

/** Between the army and the militia: "and" joins two forces; "of" makes the soldiers the militia's own. */
const JOINED_RE = /\band\b/;
const OWNED_RE = /\bof\b/;

/** "soldiers and Popular Mobilization fighters": the army named first, and joined to the militia. */
function armyFirst(target: string, militia: RegExp): boolean {
  const a = ARMY_WORD_RE.exec(target);
  const m = militia.exec(target);
  if (a === null || m === null || a.index >= m.index) return false;
  const between = target.slice(a.index + a[0].length, m.index);
  return JOINED_RE.test(between) && !OWNED_RE.test(between);
}

/** The target's type: the first rule that the target phrase (or, failing that, the text) meets. */
export function classifyTarget(target: string, text: string, category: string): TargetType {
  return classifyTargetWords(target, text, category, wordsOf(text));
}

/**
 * `classifyTarget` given the text's words (`wordsOf(text)`). The phrase is gated on its own words;
 * the text's clauses start after a space and end before punctuation, so its words gate them.
 */
const FORMER_FORCES_RE = /\b(?:former|retired|ex-)\s*(?:[\w-]+\s+)?(?:soldiers?|officers?|policem[ae]n|police officers?|servicem[ae]n|members? of the (?:army|police|security forces|armed forces))\b/i;

export function classifyTargetWords(phrase: string, text: string, category: string, words: Words): TargetType {
  if (category === "counterterrorism") return "insurgents";
  // "a former soldier of the Afghan army": out of the forces, a civilian.
  if (FORMER_FORCES_RE.test(phrase)) return "civilian";
  // "a researcher who advised the government on the militias": the relative clause says who the target is, not what.
  const target = phrase.replace(RELATIVE_TAIL_RE, "");
  const tp = TYPE_GATE.possibleIn(wordsOf(target));
  // The head of the target phrase decides before its modifiers do: a judge in SDF courts is government.
  if (tp[HEAD] === 1 && HEAD_RE.test(target) && !(tp[ARMY] === 1 && ARMY_WORD_RE.test(target))) return "infrastructure";
  // "displaced families leaving ... towards the security forces' lines": the head before what it was doing.
  const head = target.replace(PARTICIPLE_TAIL_RE, "");
  const typed = head === target ? null : phraseType(head, TYPE_GATE.possibleIn(wordsOf(head)));
  if (typed) return typed;
  const own = phraseType(target, tp);
  if (own) return own;
  // Failing the phrase, the victims the text counts, then the rest of the text, leaving out who reported it.
  const xp = TYPE_GATE.possibleIn(words);
  const sentences = splitAt(text, SENTENCE_BREAK_RE).map((s) => {
    const all = splitAt(s, CLAUSE_BREAK_RE);
    return xp[REPORTING] === 1 ? all.map(reportedPart).filter((c) => c.length > 0) : all;
  });
  const plain = sentences.flat().join(". ");
  // The clauses that count victims, then their sentences whole ("in which eleven civilians, including four children, were killed").
  // "no officer was hurt": a clause that says nobody was is no count of victims.
  const counts = (c: string): boolean => VICTIM_RE.test(c) && !NO_VICTIM_RE.test(c);
  const victims = xp[VICTIM] === 1 ? sentences.flat().filter(counts).join(". ") : "";
  const victimSentences = xp[VICTIM] === 1 ? sentences.filter((cs) => cs.length > 1 && cs.some(counts)).map((cs) => cs.join(", ")).join(". ") : "";
  for (const part of [victims, victimSentences, plain]) {
    for (let i = 0; i < TYPE_RULES.length; i++) {
      const [type, re] = TYPE_RULES[i]!;
      if (type !== "insurgents" && xp[i] === 1 && re.test(part)) {
        if (type === "militia" && xp[ARMY] === 1 && armyFirst(part, re)) return "military";
        // "a police Land Cruiser ... Two officers died": officers of the only force the text names.
        if (type === "military" && OFFICER_WORD_RE.test(part) && !MILITARY_NOT_OFFICERS_RE.test(part) && POLICE_WORD_RE.test(text) && !ARMY_WORD_RE.test(text)) return "police";
        return type;
      }
    }
  }
  return "other";
}

/** The first type rule the phrase meets (`tp` its gate), or null. */
function phraseType(target: string, tp: Uint8Array): TargetType | null {
  for (let i = 0; i < TYPE_RULES.length; i++) {
    const [type, re] = TYPE_RULES[i]!;
    if (tp[i] === 1 && re.test(target)) {
      // "the Syrian army and allied militias": the army named first is the target; militias come along.
      if (type === "militia" && tp[ARMY] === 1 && armyFirst(target, re)) return "military";
      if (type === "infrastructure" && tp[MILITARY] === 1 && TYPE_RULES[MILITARY]![1].test(target) && tp[ARMY] === 1 && ARMY_WORD_RE.test(target)) return "military";
      return type;
    }
  }
  return null;
}

const NO_VICTIM_RE = /\bno (?:one|[a-z]+)\s+(?:was|were|had been)\b/i;
const OFFICER_WORD_RE = /\bofficers?\b/i;
const POLICE_WORD_RE = /\bpolice(?:m[ae]n)?\b/i;
/** The military rule's words other than "officer": any of them makes the part the army's. */
const MILITARY_NOT_OFFICERS_RE = loosened(TYPE_RULES[MILITARY]![1], "|\\bofficers?\\b", "");

const OWN_FORCES_RE = /\bour (?:forces|fighters|units|troops|men|comrades|soldiers|positions?|checkpoints?|posts?|points?|patrols?|vehicles?)\b/i;
const FORCE_TYPES: readonly TargetType[] = ["military", "police", "militia"];

/** "a checkpoint of our forces" in an SDF release: the speaking body's own forces, typed by its name. */
export function ownForcesType(type: TargetType, target: string, text: string, speakers: readonly string[]): TargetType {
  if (!OWN_FORCES_RE.test(target) && !(type === "other" && OWN_FORCES_RE.test(text))) return type;
  for (const name of speakers) {
    const own = classifyTarget(name, name, "attack");
    if (FORCE_TYPES.includes(own)) return own;
  }
  return type;
}

/** The day the Taliban took Kabul: from then on they are the state Afghans' attacks target. */
const TALIBAN_STATE_SINCE = "2021-08-15";

/** `type` for an attack on `target` on `eventDate`: a Taliban target is the state's forces once they govern. */
export function stateTargetType(type: TargetType, target: string, category: string, eventDate: string): TargetType {
  return category === "attack" && type === "insurgents" && eventDate >= TALIBAN_STATE_SINCE && /\bTaliban\b/.test(target) ? "military" : type;
}
