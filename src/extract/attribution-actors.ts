// The groups and state forces texts name, and the searches for them (first named, last named,
// first of a kind), each optionally gated by the incident's words.

import { FirstMatches } from "./matches.ts";

/** Groups as texts name them, and the perpetrator string they become. */
const GROUPS: [RegExp, string][] = [
  [/\b(?:ISIS|ISIL|IS|Daesh|Da'esh|Islamic State|ISWAP|ISGS|EIGS|ISKP|IS-K|ISCAP|ISSP|IS Sahel|IS-Sahel|IS Mozambique|IS-Mozambique|ISM|IS Somalia|IS-Somalia|Wilayat|Khorasan Province|West Africa Province|Sinai Province|Central Africa Province|Syria Province|Iraq Province|Sahel Province|Mozambique Province|Pakistan Province|Hind Province|East Asia Province|Amaq|[Aa]l-Naba'?|(?:[Ss]oldiers?|[Ss]nipers?|[Ff]ighters|[Kk]nights|[Ll]ions|[Mm]ujahidin|[Dd]etachments?|[Ss]quads?|[Cc]ells?) of the (?:[Cc]aliphate|Khilafah?|khilafah?)|Jaysh Khalid ibn al-Walid|Khalid ibn al-Walid Army)\b/, "ISIS"],
  [/\bHTS\b|\bHay'?at Tahrir al-Sham\b|\bTahrir al-Sham\b/i, "HTS"],
  [/\bal-Shabaab\b|\bal-Shabab\b|\bAl Shabaab\b|\bShabaab\b|\bRadio Andalus\b|\bShahada News\b/i, "al-Shabaab"],
  [/\bJNIM\b|\bGSIM\b|\bJama'at Nusrat al-Islam\b|\bNusrat al-Islam\b|\baz-Zallaqa\b/i, "JNIM"],
  [/\bBoko Haram\b|\bJAS\b|\bShekau\b/i, "Boko Haram"],
  [/\bal-Qaeda\b|\bal-Qaida\b|\bAQAP\b|\bAQIM\b|\bHurras al-Din\b|\bAnsar al-Sharia\b/i, "al-Qaeda"],
  [/\bADF\b|\bAllied Democratic Forces\b/i, "ADF"],
  [/\bAbu Sayyaf\b|\bASG\b/i, "Abu Sayyaf"],
  [/\bMaute\b/i, "Maute group"],
  [/\bJAD\b|\bJamaah Ansharut Daulah\b|\bJamaah Ansharud Daulah\b/i, "JAD"],
  [/\bBIFF\b|\bBangsamoro Islamic Freedom Fighters\b|\bDawlah Islamiyah\b/i, "BIFF"],
  [/\bHouthis?\b|\bAnsar Allah\b/i, "Houthis"],
  [/\bTaliban\b/i, "Taliban"],
  [/\bTTP\b|\bTehrik-e-Taliban\b/i, "TTP"],
  [/\bPKK\b/i, "PKK"],
  [/\bAnsaru\b/i, "Ansaru"],
  [/\bCODECO\b/i, "CODECO"],
  [/\bMai-?Mai\b/i, "Mai-Mai"],
  [/\bBLA\b|\bBaloch(?:istan)? Liberation Army\b/i, "BLA"],
  [/\bBLF\b|\bBaloch(?:istan)? Liberation Front\b/i, "BLF"],
  [/\bHafiz Gul Bahadur\b/i, "Hafiz Gul Bahadur group"],
  [/\bTJP\b|\bTehreek-e-Jihad Pakistan\b/i, "Tehreek-e-Jihad Pakistan"],
  // "AS" in capitals only beside its fighters' words or a claim: "as" is an English word.
  [/\bAS\b(?= (?:fighters|militants|militia|insurgents|members|gunmen|operatives|commanders?|claimed|attacked|ambushed|overran|stormed|attacks?|grenade|mortars?|ambush|raid)\b)|\bal-Shabaab \(AS\)/, "al-Shabaab"],
  [/\bbandits\b/i, "bandits"],
  [/\bgunmen\b|\bassailants\b|\b(?:unidentified|unknown) (?:armed )?(?:assailants|attackers|men|gunmen|individuals)\b|\bHANI\b|\barmed men\b|\bNSAGs?\b|\bnon-state armed groups?\b/i, "gunmen"],
];

export const GENERIC = new Set(["gunmen", "bandits"]);

/** State and coalition actors, for counterterrorism and clashes. */
const STATE_ACTORS: [RegExp, string][] = [
  [/\b(?:International |US-led |U\.S\.-led )?Coalition\b/i, "International Coalition"],
  [/\bIraqi Counter[- ]?terrorism (?:Apparatus|Service)\b|\bCTS\b/i, "Iraqi Counterterrorism Service"],
  [/\b([A-Z][\w'-]+(?:\s+al-\w+)?) Intelligence Directorate\b/, "$1 Intelligence Directorate"],
  [/\bRussian (?:aircraft|warplanes|jets|forces|air force|air ?strikes?|drone strikes?)\b/i, "Russian forces"],
  [/\bFSB\b|\bRussian (?:security service|Federal Security Service|National Antiterrorism Committee)\b/, "Russian security services"],
  [/\bTurkish (?:aircraft|drones?|army|forces|warplanes|artillery|air ?strikes?|drone strikes?)\b/i, "Turkish forces"],
  [/\bUS (?:forces|aircraft|drones?|troops|air ?strikes?|drone strikes?)\b|\bAmerican (?:forces|aircraft|drones?|troops|air ?strikes?|drone strikes?)\b|\bAFRICOM\b|\bCENTCOM\b|\bUS (?:Africa|Central) Command\b/i, "US forces"],
  [/\bSDF\b|\bSyrian Democratic Forces\b/, "SDF"],
  [/\bSyrian army\b|\bSyrian regime\b|\bSyrian (?:forces|troops|soldiers)\b|\bregime forces\b/i, "Syrian army"],
  [/\bIraqi (?:F-16s?|aircraft|air force|warplanes|jets)\b/i, "Iraqi Air Force"],
  [/\bIraqi army\b|\bIraqi (?:forces|troops|soldiers)\b/i, "Iraqi army"],
  [/\bPopular Mobilization\b|\bPMF\b/i, "Popular Mobilization Forces"],
  [/\bIraqi (?:security forces|police)|\bsecurity forces?\b.*\bIraq|\bIraqi (?:Interior|Defense) Ministry\b/i, "Iraqi security forces"],
  [/\bEgyptian (?:army|forces|security forces|police|troops|soldiers|military)\b/i, "Egyptian security forces"],
  [/\bNigerian (?:army|military|troops|soldiers|air force|police)\b|\bOperation Hadin Kai\b|\bMNJTF\b/i, "Nigerian military"],
  [/\bAfghan (?:army|forces|security forces|special forces|commandos|police|troops|soldiers|military)\b|\bNDS\b/i, "Afghan security forces"],
  [/\bTaliban (?:forces|security forces|police|intelligence|GDI|fighters)\b|\bGeneral Directorate of Intelligence\b|\bGDI\b/i, "Taliban security forces"],
  [/\bFARDC\b|\bCongolese (?:army|forces|soldiers)\b|\bUPDF\b|\bUgandan (?:army|forces)\b/i, "Congolese and Ugandan forces"],
  [/\bMozambican (?:army|forces|police|Defen[cs]e and Security Forces)\b|\bRwandan (?:forces|troops)\b|\bSAMIM\b/i, "Mozambican and allied forces"],
  // The private military company whose helicopters flew for Mozambique's police in 2020-21.
  [/\bDyck Advisory Group\b|\bDAG\b/, "Dyck Advisory Group"],
  [/\bMalian (?:army|forces)\b|\bFAMa\b|\bWagner\b|\bAfrica Corps\b/i, "Malian armed forces"],
  [/\bBurkinab[eéè] (?:army|forces|armed forces|air force)\b/i, "Burkinabe armed forces"],
  [/\bNigerien (?:army|forces|armed forces|FDS)\b/i, "Nigerien armed forces"],
  [/\bSomali (?:army|forces|National Army)\b|\bSNA\b|\bAMISOM\b|\bATMIS\b|\bAUSSOM\b|\bPuntland (?:forces|security forces|troops|army|Security Force|Maritime Police Force|Defen[cs]e Forces|Dervish Forces)\b|\bPMPF\b/i, "Somali and AU forces"],
  [/\bPakistani (?:army|forces|security forces)\b|\bCTD\b/i, "Pakistani security forces"],
  [/\bIsrael(?:i)? Security Agency\b|\bShin Bet\b|\bISA\b|\bIsraeli (?:police|security forces|army)\b|\bIsrael Police\b/, "Israeli security forces"],
  // Case-sensitive: "Bir al-Abd" is a town.
  [/\bBIR\b|\bRapid Intervention Battalion\b|\bCameroonian (?:army|forces|soldiers|troops|military)\b|\bOperation Emergence\b/, "Cameroonian armed forces"],
  [/\bKDF\b|\bKenya Defen[cs]e Forces?\b|\bKenyan (?:army|forces|security forces|police|troops|soldiers|military)\b/i, "Kenyan security forces"],
  [/\bTunisian (?:army|forces|security forces|national guard|troops|soldiers)\b|\bGarde nationale\b|\bNational Guard\b/i, "Tunisian security forces"],
  [/\bAlgerian (?:army|forces|security forces|troops|soldiers)\b|\bANP\b/i, "Algerian army"],
  [/\bBunyan al-Marsous\b|\bGNA(?:-aligned)? forces\b|\bLibyan National Army\b|\bLNA\b|\bMisratan? forces\b/i, "Libyan forces"],
  [/\bPhilippine (?:army|forces|troops|air force|military)\b|\bArmed Forces of the Philippines\b/i, "Philippine armed forces"],
  [/\bsecurity forces?\b|\bsecurity personnel\b|\bFDS\b|\bDefen[cs]e and Security Forces\b|\bMarines\b|\b(?:Joint|Air) Task Force\b|\bInfantry (?:Division|Battalion|Brigade)\b/i, "security forces"],
  // "an aircraft of the Air Force", "Army Aviation helicopters": a state's air arm, the country the section's.
  [/\b(?:the )?Air Force\b|\bArmy Aviation\b|\b(?:[Aa]ir|[Aa]erial) vectors?\b|\b(?:[Oo]ffensive )?[Aa]ir missions?\b/, "air force"],
  [/\barmy\b|\bmilitary\b|\btroops\b/i, "army"],
  [/\bpolice\b/i, "police"],
];

const GROUP_POOLS: [RegExp, string][][] = [GROUPS.filter(([, n]) => !GENERIC.has(n)), GROUPS.filter(([, n]) => GENERIC.has(n))];

/**
 * The group of a pool whose first match comes first (the earlier rule on a tie), or null. The
 * case-insensitive rules share their flags and are searched together; the case-sensitive ones
 * (ISIS, "AS") each on its own.
 */
class PoolSearch {
  readonly #pool: [RegExp, string][];
  /** Indices in the pool of the rules searched on their own. */
  readonly #solo: number[];
  /** Indices in the pool of the rules FirstMatches searches, in its order. */
  readonly #restIndex: number[];
  readonly #rest: FirstMatches;

  constructor(pool: [RegExp, string][]) {
    this.#pool = pool;
    this.#solo = pool.flatMap(([re], i) => (re.ignoreCase ? [] : [i]));
    this.#restIndex = pool.flatMap(([re], i) => (re.ignoreCase ? [i] : []));
    this.#rest = new FirstMatches(this.#restIndex.map((i) => pool[i]![0]));
  }

  first(text: string): string | null {
    let bestIndex = -1;
    let bestRule = -1;
    const consider = (rule: number, at: number): void => {
      if (bestIndex < 0 || at < bestIndex || (at === bestIndex && rule < bestRule)) {
        bestIndex = at;
        bestRule = rule;
      }
    };
    for (const i of this.#solo) {
      const m = this.#pool[i]![0].exec(text);
      if (m) consider(i, m.index);
    }
    const k = this.#rest.first(text);
    if (k >= 0) {
      // The rule FirstMatches found has the earliest first match of its set; find where it starts.
      const i = this.#restIndex[k]!;
      consider(i, this.#pool[i]![0].exec(text)!.index);
    }
    return bestRule < 0 ? null : this.#pool[bestRule]![1];
  }
}

const POOL_SEARCHES = GROUP_POOLS.map((pool) => new PoolSearch(pool));

/** The named group in `text`, or null. */
export function findGroup(text: string): string | null {
  return groupIn(text, null);
}

/**
 * `findGroup`, skipping the groups the gate rules out (`p`, the gate read on a text that `text`
 * starts at a word boundary of; null reads none out). The groups left (rarely more than three)
 * are searched each on its own: the earliest match wins, the earlier rule on a tie, as in PoolSearch.
 */
export function groupIn(text: string, p: Uint8Array | null): string | null {
  // Named organisations come before generic descriptions such as "gunmen".
  for (let k = 0; k < GROUP_POOLS.length; k++) {
    const pool = GROUP_POOLS[k]!;
    let name: string | null = null;
    if (p === null) name = POOL_SEARCHES[k]!.first(text);
    else {
      let best = -1;
      for (let g = 0; g < pool.length; g++) {
        if (p[POOL_SLOTS[k]![g]!] === 0) continue;
        const m = pool[g]![0].exec(text);
        if (m && (best < 0 || m.index < best)) {
          best = m.index;
          name = pool[g]![1];
        }
      }
    }
    if (name) return name;
  }
  return null;
}

const SPECIFIC_GROUPS: [RegExp, string][] = GROUPS.filter(([, n]) => !GENERIC.has(n)).map(([re, n]) => [new RegExp(re.source, `${re.flags}g`), n]);

/** The first (or last) specific, not generic, group named in `text`, or null; `p` as in groupIn. */
export function findSpecificGroup(text: string, last = false, p: Uint8Array | null = null): string | null {
  let best: { index: number; name: string } | null = null;
  for (let g = 0; g < SPECIFIC_GROUPS.length; g++) {
    if (p !== null && p[SPECIFIC_SLOTS[g]!] === 0) continue;
    const [re, name] = SPECIFIC_GROUPS[g]!;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (!best || (last ? m.index > best.index : m.index < best.index)) best = { index: m.index, name };
      if (!last) break;
    }
  }
  return best?.name ?? null;
}

/** Where the generic actors start in STATE_ACTORS ("security forces", an air force, "army", "police"). */
const GENERIC_STATE0 = STATE_ACTORS.findIndex(([, name]) => name === "security forces");

/**
 * The state actor `text` names: of the named forces, the one named first ("SNA and ATMIS (UPDF)
 * troops" are Somalia's and the AU's, not Uganda's); a generic one ("the army") only when none is.
 */
export function findStateActor(text: string, p: Uint8Array | null = null): string | null {
  let best: RegExpExecArray | null = null;
  let bestName = "";
  for (let a = 0; a < STATE_ACTORS.length; a++) {
    // A named force found: the generic ones after it are not read.
    if (a === GENERIC_STATE0 && best) break;
    if (p !== null && p[STATE_SLOT0 + a] === 0) continue;
    const [re, name] = STATE_ACTORS[a]!;
    const m = re.exec(text);
    if (!m || (best && m.index >= best.index)) continue;
    best = m;
    bestName = name;
    // The first generic one that matches is the answer.
    if (a >= GENERIC_STATE0) break;
  }
  if (!best) return null;
  return bestName.includes("$1") ? best[0].replace(/\s+Intelligence Directorate$/, "") + " Intelligence Directorate" : bestName;
}

/*
 * Gate patterns for the tables above, in gate-slot order: the groups (slots 0 on), then the state
 * actors. A rule whose first words are common ("al-", "Syria" in "Syria Province") is gated by a
 * looser pattern every match of it also meets: words each alternative holds at a word start.
 */
const LOOSER = new Map<RegExp, RegExp>([
  // "Da'esh", "Al-Naba", "Syria Province": "esh", "Naba" and "Province" start words.
  [GROUPS[0]![0], /\b(?:IS|EIGS|Daesh|esh|Islamic|Wilayat|Province|Amaq|Naba|Caliphate|caliphate|Khilafa|khilafa|Jaysh|Khalid)/],
  [GROUPS[2]![0], /\b(?:Shabaab|Shabab|Andalus|Shahada)/i],
  [GROUPS[3]![0], /\b(?:JNIM|GSIM|Jama|Nusrat|Zallaqa)/i],
  [GROUPS[5]![0], /\b(?:Qaeda|Qaida|AQAP|AQIM|Hurras|Ansar)/i],
  [STATE_ACTORS[0]![0], /\bCoalition/i],
  [STATE_ACTORS[2]![0], /\bIntelligence Directorate/],
]);
export const ACTOR_GATE_RULES: readonly RegExp[] = [...GROUPS, ...STATE_ACTORS].map(([re]) => LOOSER.get(re) ?? re);
const STATE_SLOT0 = GROUPS.length;
/** Where each pool's and each specific group's rule sits in the gate. */
const POOL_SLOTS = GROUP_POOLS.map((pool) => pool.map(([re]) => GROUPS.findIndex(([r]) => r === re)));
const SPECIFIC_SLOTS = POOL_SLOTS[0]!;

const ENDING_GROUPS: [RegExp, string][] = SPECIFIC_GROUPS.map(([re, n]) => [new RegExp(`(?:${re.source})$`, re.flags.replace("g", "")), n]);
const STARTING_GROUPS: [RegExp, string][] = SPECIFIC_GROUPS.map(([re, n]) => [new RegExp(`^(?:${re.source})`, re.flags.replace("g", "")), n]);

/** The specific group named right before (`"end"`) or right after (`"start"`) `at` in `text`, or null. */
export function groupNamedAt(text: string, at: number, side: "end" | "start"): string | null {
  const window = side === "end" ? text.slice(Math.max(0, at - 60), at) : text.slice(at, at + 60);
  for (const [re, name] of side === "end" ? ENDING_GROUPS : STARTING_GROUPS) if (re.test(window)) return name;
  return null;
}
