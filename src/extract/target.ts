// Who or what was attacked: the phrase as the text names it, and its type.

import type { TargetType } from "../core/vocabulary.ts";
import { MONTH_RE } from "./dates.ts";

const DATE_PHRASE_RE = new RegExp(`\\b(?:on|in|during)\\s+(?:the\\s+(?:night|morning|evening)\\s+of\\s+)?(?:\\w+day,?\\s+)?(?:${MONTH_RE}\\s+\\d{1,2}|\\d{1,2}\\s+${MONTH_RE})(?:,?\\s+\\d{4})?,?`, "gi");

const STOP = "(?=\\s+(?:in|on|near|at|about|some|around|outside|inside|north|south|east|west|northeast|northwest|southeast|southwest|while|who|which|during|as|from|with|using|by|when|after|before|between|along|within|close|killing|wounding|injuring|and (?:killed|wounded|fired|activated|seized|destroyed))\\b|[.,;:()]|$)";
const NP = "((?:an?|the|two|three|four|five|six|seven|eight|nine|ten|several|\\d+)?\\s*[^.,;:()]{2,90}?)";

// Passive voice ("an SDF fighter was targeted by ..."): find the verb, then read the subject back
// to the previous delimiter. A single regex with a lazy subject backtracks badly on long text.
const PASSIVE_VERB_RE = /\s+(?:was|were)\s+(?:targeted|attacked|ambushed|hit|struck|shot|fired upon|shelled|stormed|raided|blown up|bombed)\b/i;

interface Found {
  /** Where the target phrase starts, its text, and where the whole match ends. */
  index: number;
  phrase: string;
  end: number;
}

function passiveSubject(text: string): Found | null {
  const v = PASSIVE_VERB_RE.exec(text);
  if (!v) return null;
  const before = text.slice(Math.max(0, v.index - 90), v.index);
  const cut = Math.max(before.lastIndexOf(","), before.lastIndexOf("."), before.lastIndexOf(";"), before.lastIndexOf(":"), before.lastIndexOf("("), before.lastIndexOf(")"));
  const subject = before.slice(cut + 1);
  if (subject.trim().length < 2) return null;
  return { index: v.index - subject.length, phrase: subject, end: v.index + v[0].length };
}

const PATTERNS: RegExp[] = [
  new RegExp(`\\b(?:against|targeting|at|on|upon)\\s+${NP}${STOP}`, "i"),
  new RegExp(`\\b(?:attacked|ambushed|raided|stormed|targeted|struck|hit|shelled|assaulted|overran|kidnapped|abducted|executed|beheaded|killed|shot|apprehended|arrested|captured|detained|exchanged fire with|clashed with)\\s+${NP}${STOP}`, "i"),
];

/** The attacked person, group or object as named, e.g. "SDF intelligence operative". */
export function extractTarget(input: string): string {
  const text = input.replace(DATE_PHRASE_RE, (m) => ",".padEnd(m.length, " "));
  // The earliest phrase any pattern finds is the one the sentence is about.
  const found: Found[] = [];
  const passive = passiveSubject(text);
  if (passive) found.push(passive);
  for (const re of PATTERNS) {
    const m = re.exec(text);
    if (m) found.push({ index: m.index + m[0].indexOf(m[1]!), phrase: m[1]!, end: m.index + m[0].length });
  }
  found.sort((a, b) => a.index - b.index);
  for (const f of found) {
    let t = f.phrase.trim();
    t = t.replace(/^(?:an?|the)\s+/i, "");
    // "a commander in the Palestinian Al-Quds Brigade": keep the organisation the person belongs to.
    const rest = text.slice(f.end);
    const org = /^\s+(?:in|of) the ([A-Z][^.,;:()]{2,60}?)(?=\s+(?:on|in|near|at|about|north|south|east|west|who|which)\b|[.,;:()]|$)/.exec(rest);
    if (org && !/^(?:village|town|city|area|region)\b/i.test(org[1]!)) t = `${t}${rest.slice(0, org[0].length)}`;
    if (/^(?:ISIS|IS|the group|militants|gunmen)$/i.test(t)) continue;
    if (t.length < 3 || /^(?:\d+|it|them|him|her)$/i.test(t)) continue;
    return t;
  }
  return "unknown";
}

const TYPE_RULES: [TargetType, RegExp][] = [
  ["intelligence", /\bintelligence\b|\bDirectorate of Security\b|\bNDS\b|\bmukhabarat\b|\bsecurity service\b|\bspy\b|\bspies\b|\binformants?\b/i],
  ["government", /\bjudges?\b|\bcourts?\b|\bmukhtars?\b|\bofficials?\b|\bgovernors?\b|\bmayors?\b|\bdistrict chief\b|\bcouncil\b|\bministry\b|\bminisTers?\b|\bcivil servants?\b|\bmunicipal|\bgovernment (?:employee|building|office)s?\b|\blawmakers?\b|\bMPs?\b|\bparliament|\belection (?:officials?|workers?|staff)\b|\bvillage (?:head|chief)\b|\btraditional rulers?\b|\bemirs? of\b/i],
  ["police", /\bpolice\b|\bpolicem[ae]n\b|\bgendarm|\bcheckpoint guards?\b|\btraffic\b|\bfederal police\b|\bsecurity guards?\b/i],
  ["militia", /\bSDF\b|\bSyrian Democratic Forces\b|\bYPG\b|\bAsayish\b|\bPopular Mobilization\b|\bPMF\b|\bPMU\b|\bHashd\b|\bTribal Mobilization\b|\bHomeland Defen[cs]e\b|\bNational Defen[cs]e Forces\b|\bNDF\b|\bmilitia|\bAl-Quds Brigade\b|\bQuds Brigade\b|\bCJTF\b|\bCivilian JTF\b|\bJTF\b|\bvigilantes?\b|\bhunters?\b|\bVDP\b|\bVolunteers for the Defen[cs]e\b|\bdozos?\b|\bdan na ?Ambassagou\b|\bSahwa\b|\bawakening\b|\blocal forces\b|\bFazaa\b|\bself-defen[cs]e\b|\bMacina\b|\bFree Syrian Army\b|\bSyrian National Army\b|\bTurkish-backed\b/i],
  ["insurgents", /\bTaliban\b|\bISIS (?:operatives?|members?|fighters?|squads?|cells?|hideouts?|positions?|terrorists?)\b|\bterrorist operatives?\b|\bterrorists?\b|\bjihadists?\b|\binsurgents?\b|\bHTS\b|\bHay'?at Tahrir|\bBoko Haram\b|\bJAS\b|\bal-Shabaab\b|\bJNIM\b|\brebels?\b|\bmilitants?\b|\bwanted (?:persons?|men|suspects?)\b|\bsuspects?\b/i],
  ["military", /\barmy\b|\bsoldiers?\b|\bmilitary\b|\btroops?\b|\bofficers?\b|\bcommanders?\b|\bRepublican Guard\b|\bIRGC\b|\bRevolutionary Guard|\bPeshmerga\b|\bforces\b|\bconvoys?\b|\bpatrols?\b|\bbattalion\b|\bbrigade\b|\bregiment\b|\bdivision\b|\bcounterterrorism (?:unit|service|apparatus|forces?)\b|\bCoalition\b|\bFAMa\b|\bFADM\b|\bFARDC\b|\bSNA\b|\bAMISOM\b|\bATMIS\b|\bMINUSMA\b|\bpeacekeepers?\b|\bmarines?\b|\bAPCs?\b|\bhumvees?\b|\btanks?\b(?! (?:truck|trucks|of))|\bbulldozers?\b|\bnavy\b|\bair force\b|\bgeneral\b|\bcolonel\b|\bbrigadier\b|\bmajor\b(?= (?:general|in))|\bcaptain\b|\blieutenant\b/i],
  ["infrastructure", /\btankers?\b|\brefiner(?:y|ies)\b|\bpylons?\b|\bpipelines?\b|\bpower (?:station|plant|line)s?\b|\belectricity\b|\bhigh-voltage\b|\boil (?:wells?|fields?|facility|facilities)\b|\bgas (?:station|field|facility)s?\b|\bbridges?\b|\btelecommunications?\b|\bcell(?:ular)? towers?\b|\bwater (?:station|plant|pump)s?\b|\bdams?\b|\brailway\b|\broads?\b|\bfactory\b|\bfactories\b|\btrucks? carrying\b|\bcrops?\b|\bfields?\b|\bharvest\b/i],
  ["civilian", /\bcivilians?\b|\bvillagers?\b|\bresidents?\b|\bpeople\b|\bshepherds?\b|\bfarmers?\b|\bherders?\b|\bworshippers?\b|\bmosques?\b|\bchurch(?:es)?\b|\bChristians?\b|\bYazidis?\b|\bShiites?\b|\bschools?\b|\bstudents?\b|\bteachers?\b|\bmarkets?\b|\bmerchants?\b|\btraders?\b|\bworkers?\b|\bwomen\b|\bchildren\b|\bfamil(?:y|ies)\b|\bjournalists?\b|\baid workers?\b|\bhumanitarian\b|\bNGO\b|\bdrivers?\b|\bpassengers?\b|\btravell?ers?\b|\bcollaborators?\b|\bagents?\b|\bbus\b|\bhospital\b|\bIDP\b|\bdisplaced\b|\brefugees?\b|\btruckers?\b|\bfishermen\b|\bminers?\b|\bhunters\b/i],
];

/** The target's type: the first rule that the target phrase (or, failing that, the text) meets. */
export function classifyTarget(target: string, text: string, category: string): TargetType {
  if (category === "counterterrorism") return "insurgents";
  // The head of the target phrase decides before its modifiers do: a judge in SDF courts is government.
  for (const [type, re] of TYPE_RULES) if (re.test(target)) {
    if (type === "infrastructure" && TYPE_RULES.find(([t]) => t === "military")![1].test(target) && /\b(?:army|military|soldiers?)\b/i.test(target)) return "military";
    return type;
  }
  for (const [type, re] of TYPE_RULES) if (type !== "insurgents" && re.test(text)) return type;
  return "other";
}
