// The wordings of claims and blame: a group's claim of an attack, a denial that anyone claimed it,
// a suspicion, another's account that a named group did it, and ordnance left from old fighting.

export const CLAIMED_RE = /\b(?:(?:was|were) claimed by\b|claimed,? (?:at the time |later |afterwards )?(?!the lives?\b)(?:responsibility|the|it|this|that|its|an?|another|both|all|these|through|via|on|in (?:its|an?|the )?(?:[\w'-]+[ -])?(?:Amaq|Naba'?|statement|video|channel|newsletter|weekly|notice)|(?:attacks?|raids?|ambush(?:es)?|bombings?|killings?|assaults?|operations?))\b|(?<=\b[A-Z][\w-]+ )claimed(?=[.;]|$)|soldiers of the (?:caliphate|khilafah?)\b|has claimed|claims? of responsibility|in a claim|claimed to have|issued a (?:claim|statement)|took responsibility|according to a claim (?:posted|published|issued|released)\b(?! by\b)|(?:published|posted|issued|released) (?:on [\w-]+ )?(?:a|its) claim\b|according to (?:ISIS|the group|its claim|the claim|the (?:organi[sz]ation|group|province|movement)['’]s claim|a claim (?:published|posted|issued|released) by(?: the)? [A-Z][\w'’-]+)|\b[Aa] claim (?:of responsibility )?was (?:posted|published|issued|released)\b|(?<=\b(?:ISIS|IS|ISCAP|ISWAP|ISKP|ISGS|[A-Z][\w-]+ Province)['’]s )claim(?=,? (?:(?:which )?(?:was|were) )?(?:posted|published|issued|released|spoke|speaks|said|says|put|stated|gave|listed|mentioned)\b)|the group said in a statement|(?:the group|the organi[sz]ation|the movement|the militants|the jihadists|the insurgents) (?:said|stated|announced|boasted) (?:that )?(?:it|they)\b|(?:the group|the organi[sz]ation) (?:said|stated|announced|boasted) that [^.;]{0,80}?\b(?:had been|have been|were|was) (?:killed|wounded|injured)\b|announced the (?:\w+ )?(?:attacks?|killings?|executions?|operations?|bombings?|raids?|ambush(?:es)?)\b|(?:Amaq|Naba'?|Nashir|Shahada|Andalus|az-Zallaqa)\b[^.;]{0,40}?\b(?:posted|published|released|aired|broadcast|reported|claimed|carried|printed|said|says|claims|reports|lists|announced)\b|(?<=\b(?:province's|group's|its) )(?:statement|claim)\b|(?<=\bthe )claim\b[^.;]{0,40}?\b(?:carried|printed|posted|published) (?:by|in|on)\b|\b(?:ISIS|IS|ISWAP|ISKP|ISCAP|ISGS|ISSP|Province|organi[sz]ation|group|media office)\b[^.;]{0,50}?\b(?:published|released|posted|distributed|disseminated|circulated)\s+(?:photos|photographs|pictures|images|an? video|footage)\b|\b(?:published|released|posted|distributed|disseminated|circulated)\s+(?:photos|photographs|pictures|images|a video|footage)\s+of\s+(?:the|its)\s+(?:execution|executions|attack|raid|ambush|killing|beheading|bombing|operation|assault|clashes|bodies|corpses|dead|captured weapons|spoils|booty)\b|\b(?:[Pp]hotos|[Pp]hotographs|[Pp]ictures|[Ii]mages|[Ff]ootage|[Aa] video) of the (?:execution|executions|attack|raid|ambush|killing|beheading|bombing|operation|assault)s? (?:was|were) (?:posted|published|released|circulated|disseminated)\b)/i;
export const NOT_CLAIMED_RE = /\b(?:neither\b[^.;]{1,80}?\bnor\b[^.;]{1,80}?\b(?:has|have|had)\s+(?:yet\s+|so far\s+)?claimed|no (?:organi[sz]ation|group|one|party|faction) (?:has |had )?(?:yet |so far |as yet |thus far )?claimed|none of the (?:organi[sz]ations|groups|factions|parties) (?:has |had )?(?:yet |so far )?claimed|nobody (?:has |had )?(?:yet |so far |as yet |thus far )?claimed|(?:has|had) not (?:yet |so far |as yet |thus far )?(?:been )?claimed|(?:did|does|has|have|had) not (?:yet )?claim|not (?:yet )?claimed|no claim\b|made no claim|(?:has|have|had|did) not (?:yet |so far )?(?:published|posted|issued|released) (?:a |any |its )?(?:claim|video|photos|photographs|pictures|images|footage|statement)|unclaimed|no group (?:has )?claimed|(?:have|has|had) not been identified|identity of the (?:perpetrators|attackers|gunmen|assailants|killers) (?:is|was|remains|remained) unknown|(?:ISIS|the group|the organi[sz]ation) (?:did|does|has|had) not (?:yet )?mention(?:ed)? (?:the|this) (?:incident|attack|shooting|killing)\b|not clear who|unclear who|(?:not possible|impossible|unable) to (?:determine|establish|say|tell) (?:who|which)|could not (?:be )?(?:determined|established)|unattributed)/i;
export const SUSPECTED_RE = /\b(?:(?:method|modus operandi|pattern|style|tactics?)\s+(?:matches|match|resembles?|is similar to|is typical of|points to)|fits? (?:the|a) (?:pattern|profile|modus operandi)|probably|likely|suspected|(?<=\b(?:services|authorities|police|officials|forces|army|military|sources)\s)suspects?|believed to (?:be|have)|(?:bore|bears|carries|carried|had|has) (?:all )?the (?:hallmarks|trademarks|fingerprints)|(?<=\b(?:said|says|say|reported|told [\w-]+(?: [\w-]+)?)\s+(?:that\s+)?)the (?:attackers|assailants|gunmen|perpetrators|bombers?|killers|raiders) (?:were|was|belonged to|came from)\b|(?<=\b(?:said|says|say|reported|told [\w-]+(?: [\w-]+)?|believe|believed)\s+(?:that\s+)?)(?:it|the (?:attack|bombing|killing|ambush|blast|shooting|assassination|explosion|raid)) (?:was|had been) (?:carried out|perpetrated|committed|staged) by\b|resembles? the (?:[\w-]+ ){0,3}?(?:attacks|assassinations|killings|bombings|raids|ambushes|operations) (?:carried out|conducted|staged|committed) by|(?:bore|bears|had) the (?:signature|mark|sign)s? of|attributed by [^.;]{1,60}? to|(?:hinted|suggested|indicated|implied) that\b[^.;]{0,40}\b(?:was|were) behind\b|(?:was|were|had been) (?:killed|murdered|executed|strangled|shot|beheaded|abducted|kidnapped) by (?=(?:ISIS|ISKP|ISWAP|ISCAP|ISGS|al-Shabaab|Boko Haram|JNIM|HTS)\b)|assess(?:es|ed)? (?:that|from|as|to be)|modus operandi|mode of operation|presumed to (?:be|belong)|attributed to|attribute[sd]? (?:the|this|these|both|all|it|them)(?: [\w-]+){0,2}? to|(?:carries|carried|bears|bore) the hallmarks|blamed|presumably|apparently|thought to be|assessment, it was|allegedly|points? to|pointed to)\b/i;
// "Al-Shabaab said it carried out the attack": a named group's own account is its claim.
export const GROUP_SAID_RE = /\b([A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+){0,3})\s+(?:said|stated|announced|boasted|confirmed)\s+(?:on\s+[A-Z][a-z]+day\s+)?(?:that\s+)?(?:it|its fighters|they)\s+(?:had\s+)?(?:carried out|was behind|were behind|conducted|staged|launched|attacked|killed|struck)\b/;

/** A group's name as an accusation gives it: "ISIS", "Al-Shabaab", "the Islamic State". */
export const ACCUSED_NAME = "(?:al-|Al-)?[A-Z][\\w'’-]+(?:\\s[A-Z][\\w'’-]+){0,3}";
/**
 * Another's account that a named group did it: "SOHR said ISIS operatives had opened fire", "stated
 * that the bomber was a member of ISIS", "the government held Al-Shabaab responsible", "police said
 * the attackers belonged to a cell linked to JAD". The group is in whichever group matched.
 */
export const ACCUSED_RE = new RegExp(
  [
    // "residents said the shells had been fired by ISIS".
    `\\b(?:said|says|believe[sd]?|reported|stated)\\s+(?:that\\s+)?the\\s+(?:shells?|rockets?|mortars?|bombs?|IEDs?|(?:land)?mines?|devices?|explosives|attack|explosion|blast|shots)\\s+(?:had\\s+been\\s+|was\\s+|were\\s+|been\\s+)?(?:fired|planted|launched|carried out|placed|detonated)\\s+by\\s+(?:the\\s+|an?\\s+)?(${ACCUSED_NAME})`,
    // "Kirkuk police believe that an ISIS cell operating in the area had planted the IED".
    `\\b(?:said|says|claimed|claims|reported|stated|accused|alleged|believes?|believed|think|thinks|suspects?)\\s+(?:that\\s+)?(?:the\\s+|an?\\s+)?(${ACCUSED_NAME})\\s+(?:[\\w'’-]+\\s+){0,8}?(?:had\\s+)?(?:opened fire|attacked|ambushed|killed|stormed|raided|fired|carried out|detonated|planted|was behind|were behind)\\b`,
    // "in the ITIC's assessment, the attack was carried out by the Boko Haram faction led by ...".
    // "... the military said that it had been carried out by Boko Haram".
    `\\b(?:(?:attack|bombing|ambush|raid|killing|assault|blast)s?|(?<=\\bthat\\s)it)\\s+(?:was|were|had been|has been)\\s+(?:probably\\s+|likely\\s+|most likely\\s+)?(?:carried out|perpetrated|committed|staged|conducted)\\s+by\\s+((?:the\\s+|an?\\s+)?${ACCUSED_NAME})`,
    `\\b(?:said|says|stated|announced|confirmed)\\s+(?:that\\s+)?the\\s+(?:suicide\\s+)?(?:bomber|attacker|assailant|gunman|perpetrator)s?\\s+(?:was|were)\\s+(?:an?\\s+)?(?:member|operative|supporter|follower)s?\\s+of\\s+((?:the\\s+)?${ACCUSED_NAME})`,
    `\\bheld\\s+((?:the\\s+)?${ACCUSED_NAME}|it|them)\\s+responsible\\b`,
    // "A security official told the media that an ISIS cell was behind the bombing".
    `\\b(?:said|says|stated|told(?:\\s+(?:the\\s+)?[\\w-]+){1,2}?)\\s+(?:that\\s+)?(?:an?\\s+|the\\s+)?(${ACCUSED_NAME})\\s+(?:[a-z]+\\s+){0,5}?(?:was|were|had been)\\s+behind\\b`,
    // "a stronghold of the Islamic State in the Greater Sahara (ISGS), to which Malian security sources attributed the attack".
    `(?:\\(([A-Z][A-Za-z]{1,6})\\)|(${ACCUSED_NAME})),\\s+to\\s+which\\s+[^.;]{0,60}?\\battributed\\b`,
    // "the Diyala security forces accused ISIS of the killing".
    `\\baccused\\s+((?:the\\s+)?${ACCUSED_NAME})\\s+of\\s+(?:the|this|these|both|carrying out|perpetrating|being behind|responsibility)\\b`,
    // "No organization claimed responsibility, but the SDF accused ISIS cells": the accusation told bare.
    `\\baccused\\s+((?:the\\s+)?${ACCUSED_NAME})(?=\\s+(?:cells?|operatives|militants|fighters)?\\s*(?:[(.;,]|$))`,
    // "the minister said that \"the PKK/YPG terrorist organization\" was responsible".
    `\\bthat\\s+["“]?(?:the\\s+)?((?:al-|Al-)?[A-Z][\\w'’/-]+)[^"”.;]{0,40}?["”]?\\s+(?:was|were)\\s+responsible\\b`,
    // "in the ITIC's assessment, the murder is part of the Sinai Province's campaign against ...".
    `\\b(?:(?:is|was|are|were)\\s+part\\s+of|fits?(?:\\s+into)?)\\s+(?:the\\s+)?(${ACCUSED_NAME})['’]s\\s+(?:[\\w-]+\\s+)?(?:campaign|series|wave|offensive|war)\\b`,
    `\\b(?:said|says|stated|believe[sd]?|think|suspect(?:s|ed)?|told(?:\\s+[A-Z][\\w'’-]*){1,3}|[Aa]ccording to [^,.;]{1,60},)\\s+(?:that\\s+)?the\\s+(?:attackers|assailants|gunmen|bombers?|perpetrators)\\s+(?:belonged to|were members of|were linked to|were from)\\s+(?:an?\\s+(?:cell|network|group)\\s+(?:linked|affiliated|tied)\\s+to\\s+)?(?:the\\s+)?(${ACCUSED_NAME})`,
    // "No claim was posted, but the area is a known ISIS stronghold", "... has long served as an ISIS hideout", "a stronghold of ISIS's Sahel Province".
    `\\b(?:an?\\s+)?(?:known\\s+|long-standing\\s+)?(${ACCUSED_NAME})\\s+(?:stronghold|hideout|bastion)\\b`,
    `\\b(?:stronghold|hideout|bastion)\\s+of\\s+((?:the\\s+)?${ACCUSED_NAME})`,
  ].join("|"),
);

/** Ordnance left from earlier fighting: the group's, but not an attack it claims. */
export const LEFTOVER_RE = /\b(?:left (?:behind )?by|remnants? of|leftover|left over from|planted (?:during|in) (?:the )?(?:\d{4}|past|war|earlier))\b/i;
export const PROBABLE_RE = /\b(?:(?:method|modus operandi|pattern|style|tactics?)\s+(?:matches|match|resembles?|is similar to|is typical of|points to)(?:\s+(?:that|those)\s+of)?|fits? (?:the|a) (?:pattern|profile|modus operandi) of|probably|likely|suspected|(?<=\b(?:services|authorities|police|officials|forces|army|military|sources)\s)suspects?|believed to be|hallmarks of|trademarks of|(?:attacks|assassinations|killings|bombings|raids|ambushes|operations) (?:carried out|conducted|staged|committed) by|(?:bore|bears|had|carried|carries) the signs of|attributed by [^.;]{1,60}? to|(?:hinted|suggested|indicated|implied) that|(?:was|were|had been) (?:killed|murdered|executed|strangled|shot|beheaded|abducted|kidnapped) by(?= (?:ISIS|ISKP|ISWAP|ISCAP|ISGS|al-Shabaab|Boko Haram|JNIM|HTS)\b)|attributed to|attribute[sd]? (?:the|this|these|both|all|it|them)(?: [\w-]+){0,2}? to|blamed(?: on)?|points? to|pointed to)\s+(?:the\s+)?([^.,;)]+)/i;

const TIED_TO_RE = /\b(?:(?:is|was|are|were)\s+)?(?:not\s+|un)?(?:linked|connected|affiliated|allied|aligned|related|tied)\s+(?:to|with)\s+(?:the\s+)?(?:al-|Al-)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}/g;
/** "The Hasm movement": a body the group lists do not know, by its own name. */
const MOVEMENT_ALL_RE = /\b(?:[Tt]he\s+)?([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})\s+([Mm]ovement|[Gg]roup|[Ff]ront|[Bb]rigades?)\b/g;
/** "A group calling itself Saraya Awliya al-Dam claimed the attack": the name it gives itself. */
const SELF_NAMED_RE = /\b(?:group|militia|faction|organi[sz]ation|outfit)\s+(?:calling itself|that calls itself|known as|named)\s+(?:the\s+)?((?:al-|Al-)?[A-Z][\w'’-]*(?:\s+(?:(?:al|el|ad|ar|as)-[\w'’-]+|[A-Z][\w'’-]*)){0,4})/;

function lastMatch(re: RegExp, text: string): RegExpExecArray | null {
  let last: RegExpExecArray | null = null;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) last = m;
  return last;
}

/**
 * Who made the claim `claimed` found in `text`: the last group `groupIn` names just before it, a
 * name it gives itself, or null. A tie named in passing is not the claimant ("Al-Shabaab, which is
 * affiliated with Al-Qaeda, claimed ..."); with such a tie and no known group, a movement by its own
 * name ("The Hasm movement, ... not linked to ISIS, claimed ...") or "unknown".
 */
export function claimantOf(text: string, claimed: RegExpExecArray, groupIn: (near: string) => string | null): string | null {
  const near = text.slice(Math.max(0, claimed.index - 80), claimed.index + claimed[0].length);
  const own = near.includes("ed to ") || near.includes("ed with ") ? near.replace(TIED_TO_RE, (m) => " ".repeat(m.length)) : near;
  const named = groupIn(own) ?? SELF_NAMED_RE.exec(own)?.[1] ?? null;
  if (named !== null || own === near) return named;
  const movement = lastMatch(MOVEMENT_ALL_RE, text.slice(Math.max(0, claimed.index - 160), claimed.index));
  return movement ? `${movement[1]} ${movement[2]!.toLowerCase()}` : "unknown";
}
