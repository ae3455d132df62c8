// The wordings of a toll that the count rules do not read as they stand, rewritten into shapes
// they know: "led to the martyrdom of" as "killing", "shot him dead" as "shot dead him", a count
// in quotes without them, and the like. Each rewrite is gated on a word it needs.

import { NUMBER_WORD_PATTERN, parseCardinal } from "./numbers.ts";
import { DEAD_THEN_BARE_RE, DEAD_THEN_LATER_RE, DEAD_THEN_RE, FIGURE_THEN_RE, KILLED_WITH_WOUNDED_RE, NUMBER_RAISED_RE, PUT_AT_KILLED_RE, PUT_NUMBER_RE, PUT_WOUNDED_RE, putToll, quantity, REPORTED_DEAD_RE, REPORTED_FATE_RE, REPORTED_LIST_RE, TOLL_AT_LIST_RE, TOLL_AT_WITH_WOUNDED_RE } from "./toll-wordings.ts";
import { EARLIER_ATTACK_CLAUSE } from "./incident-cues.ts";
import { beforeRevision, EARLIER_FIGURE_RE, earlierAccount, FIRST_REPORTS_RE, LATER_TOLL_RE } from "./casualty-accounts.ts";

/** "IS" in capitals: the group's name, which case-blind rules would read as the verb (not inside a line in capitals, "TOLL IS 14"). */
const IS_GROUP_RE = /(?<![A-Z]{2,}\s)\bIS\b(?!\s+[A-Z0-9]{2,})/;
const IS_GROUP_ALL_RE = new RegExp(IS_GROUP_RE.source, "g");
const ATTACKER_KILLED_RE = /\s*,?\s+(?:before|until|when|and|but)\s+((?:the\s+)?(?:police(?:men)?|police officers|officers|soldiers|troops|guards|security forces|gendarmes)|(?:an?|the)\s+(?:[a-z]+\s+)?(?:driver|guard|officer|passer-by))\b[^.;]{0,50}?\b(?:(?:shot and killed|killed|gunned down)\s+(?:him|the (?:attacker|assailant|gunman|knifeman))|shot\s+(?:him|the (?:attacker|assailant|gunman|knifeman))\s+dead)\b/g;
const REVENGE_WORD_RE = /\b(?:reprisals?|retaliation|revenge)\b/i;
const REVENGE_CLAUSE_RE = /\b(?:reprisals?|retaliation|revenge)\s+(?:for|after)\b[^.;,]*/gi;
/** "relatives of one of the attackers killed by the security forces": the dead who name the living, told of another day. */
const KIN_OF_DEAD_RE = /\b(?:relatives?|famil(?:y|ies)|kin|brothers?|sisters?|sons?|daughters?|wives|wife|widows?|parents?|fathers?|mothers?|cousins?|nephews?)\s+of\s+(?:one\s+of\s+)?(?:the|an?|those|two|three)\s+(?:(?!(?:were|was|had|have|has|been|are|is)\b)[\w-]+\s+){0,3}?(?:killed|slain)\b(?:\s+(?:by|in)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+){0,2})?/gi;
const SHOT_X_DEAD_RE = /\bshot ((?:him|her|them|(?:the|an?|his|their|one|both|all|two|three|four|five|six|seven|eight|nine|ten|\d+) [\w'-]+(?: [\w'-]+)?)(?: and (?:his|her|their) [\w'-]+)?) dead\b/g;
const RELATIVE_CLAUSE_RE = /,\s+(?:who|which)\s+(?:was|were|had been|had|has|have)\s+(?![^,.;]*\b(?:killed|wounded|injured|hurt|dead|died)\b)[^,.;]{1,60},/g;
const HIT_IN_RE = /\b(was|were)\s+(?:hit|shot)\s+in\s+the\s+(shoulder|shoulders|leg|legs|arm|arms|hand|hands|foot|feet|thigh|knee)\b/gi;
const QUOTED_COUNT_RE = new RegExp(`"((?:at least |about |around |some |nearly |almost |more than |over |up to )?(?:\\d[\\d,]*|${NUMBER_WORD_PATTERN}))"`, "gi");

const QUOTED_NOUN_RE = /\b(\d{1,4})\s+"([\w-]+)"/g;
const MARTYRDOM_RE = /\b(?:led to|leading to|resulted in|resulting in|caused|causing)\s+the\s+(?:martyrdom|elimination|neutrali[sz]ation|killing|deaths?)\s+of\b/gi;
const WOUNDING_OF_RE = /\bthe\s+wounding\s+of\b/gi;
const LOSS_OF_RE = new RegExp(`\\b(?:acknowledged|admitted|announced|reported|confirmed|mourned)\\s+the\\s+loss(?:es)?\\s+of\\s+((?:\\d{1,4}|${NUMBER_WORD_PATTERN}))\\s+((?:of its\\s+)?[\\w-]+)`, "gi");
const CLAIMING_KILLED_RE = /\bclaiming\s+((?:over |more than |at least |some |about )?\d{1,4}\s+(?:[\w-]+\s+){0,2}?)killed\b/gi;
const ELLIPTIC_NEUTRALIZED_RE = /\b((?:were|had been|have been)\s+(?:killed|wounded|injured)\s+and\s+)(\d{1,4}\s+(?:[\w-]+\s+){1,2}?)(neutrali[sz]ed|eliminated)\b/g;
const HOW_WOUNDED_RE = /\b(was|were)\s+(?:badly|seriously|severely|critically|gravely|slightly|lightly|moderately)\s+(wounded|injured|hurt)\b/g;
const WHOLE_AMONG_THEM_RE = /\b(\d[\d,]*)\s+(?:people|persons|civilians|worshippers|victims)\s+(?:had been|have been|were)\s+killed(\s+and\s+\d[\d,]*\s+(?:wounded|injured))?,\s+(?:the|a|an|one)\s+[\w' -]{2,30}?\s+among them\b/g;
const HIT_AND_WOUNDED_RE = /\b(was|were)\s+(?:also\s+)?(?:hit|shot|struck)\s+and\s+(wounded|injured)\b/g;
const SHOT_AND_KILLED_RE = /\b(was|were|been)\s+shot\s+and\s+killed\b/g;
const SHOT_AND_WOUNDED_RE = /\b(was|were|been)\s+shot\s+and\s+(wounded|injured)\b/g;
// "two shepherds ... were abducted by gunmen ... Their bodies ... were found": the passive's abducted were killed.
const ABDUCTED_PASSIVE_FOUND_RE = /\b(were)\s+(abducted|kidnapped)\b(?=[^.]{0,200}\.\s+(?:Their|The(?: [\w-]+)?) (?:bodies|corpses)\b(?!\s+of\b)[^.]{0,60}?\b(?:were) (?:later |subsequently )?(?:found|discovered|recovered))/g;
// "Their bodies, with gunshot wounds, were found": a remark between commas is no part of it.
const ABDUCTED_FOUND_DEAD_RE = /\b(abducted|kidnapped)\b(?=[^.]{0,200}\.\s+(?:Their|The(?: [\w-]+)?) (?:bodies|corpses)(?:,[^,.;]{1,40},)? (?:were) (?:later |subsequently )?(?:found|discovered|recovered))/g;
const HELD_VERB_RE = /\b(?:arrested|captured|detained|apprehended)\s/;
const HELD_WOUNDED_RE = /\b(arrested|captured|detained|apprehended)\s+(\d{1,4}|two|three|four|five|six|seven|eight|nine|ten)\s+wounded\s+([a-z]+)\b/g;
const PLUS_COUNT_RE = /\b(\d{1,5})\+(?=\s)/g;
/** "several dozen civilians": at least two dozen, not "several" (2). */
/** "killed three residents, beheading two of them": how some of the dead were killed, not more dead. */
const HOW_SOME_KILLED_RE = /,\s+(?:beheading|decapitating|shooting|stabbing|hacking|burning|slaughtering|executing)\s+(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|some|most|one|all)\s+of\s+them\b/gi;
const SEVERAL_DOZEN_RE = /\b(?:several|a few)\s+dozen\b(?!\s+of\b)/gi;
/** 'were "neutralisés"', "neutralisées": a French participle, or a toll's verb kept in quotes, is the English verb. */
const FRENCH_NEUTRALISED_RE = /["“]?\bneutralis(?:é|ée|és|ées)(?![\wé])["”]?|["“](neutrali[sz]ed|eliminated|liquidated)["”]/g;
/** "11 terrorists neutralised", "resulted in 9 terrorists neutralised": a communiqué's toll without its verb's auxiliary. */
const BARE_NEUTRALISED_RE = new RegExp(`\\b(?:(?:resulted in|resulting in|led to|leading to)\\s+)?((?:about |some |at least |more than )?(?:\\d{1,4}|${NUMBER_WORD_PATTERN})\\s+(?:[\\w-]+\\s+)?(?:terrorists?|assailants|attackers|militants|insurgents|fighters|bandits|enemies|elements|jihadists|members))\\s+(neutrali[sz]ed|eliminated)\\b(?!\\s+(?:by|with)\\b)`, "gi");
/** "Amaq claimed that 15 SDF fighters were killed. A spokesman of the SDF denied the claim and said ...": a claim denied gives way to the denier's account. */
const DENIED_CLAIM_RE = /(?<=^|[.;]\s+)[^.;]*\bclaimed\b[^.;]*[.;](?=\s+[^.;]*\b(?:denied|dismissed|rejected|refuted)\s+(?:the|this|that|these|its|their)\s+(?:claims?|figures?|tolls?)\b)/g;
/** "killed an ISIS official responsible for smuggling weapons into the desert": what the man was in charge of is no part of who was killed. */
const IN_CHARGE_OF_RE = /(?<=\b(?:official|commander|leader|emir|member|operative|chief|head|officer|militant|financier|recruiter)s?)\s+(?:responsible for|in charge of|tasked with|charged with)\s+(?:(?!\s(?:and|along|together|who|was|were|had|has|is)\s)[^,;.()]){1,80}/g;
/** "One ISIS operative, described as an official in charge of ..., was killed": what he is said to be, no second victim. */
const DESCRIBED_AS_RE = /,\s+(?:described|identified|named|known|believed|said|reported)\s+(?:as|to be)\s+[^,;.()]{1,80},(?=\s)/g;
/** "killed a senior Hurras al-Din operative and his companion": the companion is one more. */
const AND_HIS_RE = /\b((?:[Aa]n?|[Tt]he|[Oo]ne)\s+(?:[\w'’-]+\s+){0,4}?[\w-]+)\s+and\s+(?:his|her)\s+(companion|driver|bodyguard|aide|deputy|assistant|guard|son|brother|wife|nephew|escort|father|mother|daughter|sister|husband|cousin|uncle)\b/g;
/** "seven (7)": an official's figure written twice. */
const DOUBLED_COUNT_RE = new RegExp(`\\b(${NUMBER_WORD_PATTERN})\\s+\\(\\d{1,4}\\)`, "gi");
/** "two VDP fell in the combat", "fell as martyrs": killed. */
const FELL_RE = /\bfell\s+(?:in\s+(?:the\s+)?(?:combat|battle|fighting|clash(?:es)?|action)|as\s+martyrs?)\b/gi;
/** "; the bomber was killed in the explosion": in a suicide attack the bomber's own death is no victim's ("... and that three fighters were wounded" after it is). */
const BOMBER_KILLED_RE = /\b(?:the|both|two|three|an?(?:\s+(?:second|third|fourth|fifth))?)\s+(?:would-be\s+)?(?:suicide\s+)?bombers?\s+(?:was|were)\s+(?:also\s+)?killed\b(?:(?!\s+and\s+that\s)[^.;,])*/gi;
const SUICIDE_WORD_RE = /\bsuicide\b/i;
/** "Two members of the CJTF, a pro-government militia, were killed": the apposition names the body, not another victim. */
const ORG_APPOSITION_RE = /,\s+an?\s+(?:[\w-]+\s+){0,3}?(?:militia|group|force|organi[sz]ation|movement|faction|unit|outfit|network|alliance|coalition)\s*,/g;
/** "abducted three truck drivers, whose bodies were found the next day": they were killed. */
const WHOSE_BODIES_RE = new RegExp(`\\b(abducted|kidnapped|seized)\\s+((?:\\d{1,4}|${NUMBER_WORD_PATTERN}|an?)\\s+(?:[\\w-]+\\s+){0,2}?[\\w-]+),\\s+whose\\s+(?:bod(?:y|ies)|corpses?)\\s+(?:was|were)\\s+(?:later\\s+|subsequently\\s+)?(?:found|discovered|recovered)`, "gi");
/** "one soldier was KIA and four others were WIA": a release's abbreviations as the verbs they stand for. */
const WAS_KIA_RE = /\b(was|were)\s+(KIA|WIA)\b/g;
/** "five ISIS operatives who were hiding in a cave had been killed", "a mukhtar who had cooperated with the SDF was shot dead": the relative clause is no part of the subject. */
const WHO_WERE_RE = /\b(?:who|that)\s+(?:were|was|had been|had|has|have)\s+(?!(?:been\s+)?(?:killed|wounded|injured|hurt|shot)\b)[^.;,]{1,50}?(?=\s+(?:had been|have been|were|was)\s+(?:\w+ly\s+)?(?:killed|wounded|injured|hurt|shot dead)\b)/g;
/** "A Nigerian military source, however, said that two soldiers were killed": a new sentence's speaker, the interjection left out. */
const SPEAKER_HOWEVER_RE = /(?<=(?:^|[.!?]["'’”)]*\s+)[A-Z][^,.;]{2,60}),\s+(?:however|though|in turn|for (?:its|their|his|her) part|in contrast),(?=\s)/g;
/** "a large number of terrorists were killed": many, as "many terrorists" reads. */
const LARGE_NUMBER_RE = /\b[Aa]\s+(?:large|great|huge|significant|considerable|high)\s+number\s+of\b/g;
/** "repelled the attackers, two of whom were neutralized": the part of them killed, as "two of whom were killed" reads. */
const OF_WHOM_NEUTRALISED_RE = /\b(of (?:whom|them) (?:was|were|had been) )(?:neutrali[sz]ed|eliminated)\b/g;
/** "Eleven soldiers were killed or wounded, of whom three died": the dead and the rest wounded. */
const OF_WHOM_DIED_RE = new RegExp(`\\b(\\d{1,4}|${NUMBER_WORD_PATTERN})\\s+((?:[\\w'-]+\\s+){0,3}?)(?:were|had been)\\s+killed\\s+(?:or|and)\\s+wounded,?\\s+(?:of whom\\s+(\\d{1,4}|${NUMBER_WORD_PATTERN})|(\\d{1,4}|${NUMBER_WORD_PATTERN})\\s+of whom)\\s+(?:later\\s+|subsequently\\s+)?died\\b`, "gi");

function splitOfWhomDied(m: string, all: string, noun: string, a: string | undefined, b: string | undefined): string {
  const total = parseCardinal(all);
  const dead = parseCardinal(a ?? b ?? "");
  if (total === null || dead === null || dead > total) return m;
  return `${dead} ${noun}were killed and ${total - dead} were wounded;`;
}

/** "73 civilian casualties (32 deaths and 41 injured)", "left 12 deaths and 20 injured": a UN report's split of a toll. */
const DEATHS_AND_INJURED_RE = new RegExp(`(?:\\b(?:\\d[\\d,]*|${NUMBER_WORD_PATTERN})\\s+(?:civilian\\s+)?casualties\\s*\\(\\s*)?\\b(\\d[\\d,]*|${NUMBER_WORD_PATTERN})\\s+(?:deaths|dead)\\s+and\\s+(\\d[\\d,]*|${NUMBER_WORD_PATTERN})\\s+(?:injured|wounded)\\s*\\)?`, "gi");
/** "two terrorists were sent to hell", "sent five terrorists to hell": an army's word for killing. */
const SENT_TO_HELL_RE = /\b(was|were|been|being)\s+sent\s+to\s+hell\b/g;
const SENT_N_TO_HELL_RE = /\bsent\s+((?:[\w-]+\s+){1,4}?)to\s+hell\b/g;
/** "Sepoy X embraced shahadat", "attained martyrdom": killed. */
const SHAHADAT_RE = /\b(?:embraced|attained|achieved|received|was granted|were granted)\s+(?:shahadat|shahadah|shahada|martyrdom)\b/g;
/** "three soldiers got injured": were injured. */
const GOT_HURT_RE = /\bgot\s+(injured|wounded|hurt|killed)\b/g;
/** "one terrorist was apprehended in injured condition": wounded, and held. */
const HELD_INJURED_RE = /\b(was|were)\s+(apprehended|arrested|captured|detained)\s+in\s+(?:an?\s+)?(?:injured|wounded)\s+condition\b/g;
/** "a nine-year-old girl", "a 14-year-old": an age, which the count rules would read as a number of people. */
const AGE_RE = new RegExp(`\\b(?:\\d{1,3}|${NUMBER_WORD_PATTERN})(?:-|\\s)years?(?:-|\\s)old\\b`, "gi");

/** "A third soldier wounded in the blast has died": the perfect is the past the count rules read. */
const HAS_DIED_RE = /\b(?:has|have|had)\s+(?:(?:since|also|later|now|subsequently)\s+)?died\b/g;

/** "Weapons were recovered from the killed terrorists": the dead told again, not more of them ("the number of those killed" is a total). */
const THE_KILLED_RE = /(?<!\b(?:number|toll|total)\s+of\s+)\b(the|these|those)\s+killed\s+(?=[a-z])/g;
/** "Sepoy Waqas Ahmed (age 22 years, resident of District Attock)": a release's note on the man, not a count. */
const AGE_NOTE_RE = /\s*\((?:age|aged)\s+\d{1,3}(?:\s+years?)?(?:\s*,[^()]{0,80})?\)/g;

/** "The ministry now gives nine gendarmes killed and two wounded": a body's toll, as a clause. */
const GIVES_TOLL_RE = new RegExp(`\\b(?:gives|gave|cites|cited|counts|counted)\\s+((?:about |around |some |at least |nearly |more than |over )?(?:\\d[\\d,]*|${NUMBER_WORD_PATTERN})\\s+(?:[\\w-]+\\s+)?)(killed|wounded|injured)(?:\\s+and\\s+((?:about |around |some |at least |nearly |more than |over )?(?:\\d[\\d,]*|${NUMBER_WORD_PATTERN}))\\s+(wounded|injured))?\\b`, "gi");

/** "A location chief, Mr. Abdirahman Sheikh, was shot dead", "one of its staff, a language assistant, who was shot": one victim, named or described, not two. */
// "According to X, the air force's spokesman, ..." ("According to X, the strike killed twelve ..., including" is the report); after "quoted by X," only "a ..." ("quoted by AFP, the raid left eight dead" is the report).
const SOURCE_APPOSITION_RE = /(\b[Aa]ccording to\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4}),\s+(?:an?|the)\s+(?![^,;.]*\b(?:killed|wounded|injured|left|died)\b)[^,;.]{2,80}?,(?=\s)|(\b(?:quoted|cited) by\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4}),\s+an?\s+[^,;.]{2,80}?,(?=\s)/g;
const PAST_CRIME_RE = /\b(?:was|were|is|are|had been|has been)\s+(?:(?:also|already|long)\s+)?(?:wanted|accused|convicted|sentenced)\s+(?:for|of|over|in connection with|to death for)\b[^.;]*/g;
const NAME_APPOSITION_RE = /(\b(?:[Aa]n?|[Tt]he|[Oo]ne)\s+(?:[\w-]+\s+){0,5}?[a-z]+),\s+(?:(?:(?:Mr|Mrs|Ms|Dr|Sheikh|Imam|Pastor|Father|Chief|Hon|Col|Lt|Capt|Maj|Gen|Sgt|Cpl|Insp|Constable)\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}|an?\s+(?:[\w-]+\s+){0,3}?[\w-]+),(?=\s+(?:who\s+)?(?:was|had been|has been)\b)/g;

/** "two civilians, a woman and her son, were killed": the apposition names the two already counted. */
const PERSONS_APPOSITION_RE = new RegExp(`(\\b(?:\\d{1,4}|${NUMBER_WORD_PATTERN})\\s+(?:[\\w-]+\\s+)?(?:[a-z]+s|people|men|women|children))(,\\s+(?:an?|one|two|three|four|five|six|his|her|their)\\s+[^,;.()]{1,50}?\\s+and\\s+[^,;.()]{1,50}?,)(?=\\s+(?:were|had been|have been|all|both)\\b)`, "gi");

/** "put the toll at 137 dead, and the ministry said that 182 were wounded": two bodies' figures, two clauses. */
const TOLL_THEN_REPORT_RE = /(\bput the (?:death )?toll at [^.;]{1,60}?),\s+and\s+(?=(?:the\s+)?[\w'’ -]{2,40}?\s+(?:said|reported|announced|stated)\b)/g;

/** "In Gombe, where twin bombings killed about 50 people on July 22, ...": an earlier attack's clause, not this toll. */
const WHERE_EARLIER_RE = new RegExp(EARLIER_ATTACK_CLAUSE, "g");
/** "Apart from the two women, three civilians were killed": those set apart (the bombers, or dead counted before) are no part of the count; what follows opens the sentence. */
const APART_FROM_RE = /(?<=^|[.;]\s+)(?:Apart from|Aside from|Besides|Except for|Not counting|Excluding)\s+(?![^,;.]*\b(?:killed|dead|died|wounded|injured|hurt)\b)[^,;.]{1,60},\s*(\S)/g;
/** "the toll had risen to an officer and three soldiers killed": one of a rank and a count of others, the toll their sum. */
const TOLL_TO_PAIR_RE = new RegExp(`\\b((?:toll|number of (?:the )?(?:dead|killed))\\s+(?:[^.;:]{0,40}?\\s)?(?:(?:rose|risen|climbed|increased|jumped)\\s+to|reached|stood at|stands at)\\s+)(?:an?|one)\\s+([a-z]+)\\s+and\\s+(\\d{1,3}|${NUMBER_WORD_PATTERN})\\s+(?=[a-z]+(?:s|men)\\b)`, "gi");
/** "The toll rose through the day. In the morning the hospital spoke of 12 dead; by the evening ...": the earlier figure of a rising toll. */
// "by the evening the figure had passed 140": a figure told as passing a mark rises too.
const TOLL_ROSE_RE = /\b(?:toll|figure|number of (?:the )?(?:dead|victims|fatalities))\s+(?:rose|climbed|increased|grew|kept rising|(?:has|had) (?:risen|climbed|passed|exceeded|topped|surpassed)|passed|exceeded|topped|surpassed)\b/i;
// Only after a toll that gives the wounded anew: "rose to 11 dead, after four of the wounded succumbed" moves them.
const WHO_BEFORE_DIED_RE = /(?<=\b(?:[Aa]n?|[Oo]ne|[Tt]he|[Aa]nother)\s+[a-z]+)\s+who\s+(?:had\s+been|was|were|had)\s+[^,.;]{1,60}?(?=\s+(?:later\s+|also\s+)?(?:died|succumbed)\b)/g;
/** "with about 125 wounded still in hospitals": the wounded, counted where they lie. */
const WOUNDED_IN_HOSPITAL_RE = new RegExp(`\\b((?:about |some |around |nearly |more than |over )?(?:\\d{1,4}|${NUMBER_WORD_PATTERN}))\\s+(?:wounded|injured)\\s+(?:(?:were|are|remained|remain)\\s+)?still\\s+in\\s+(?:the\\s+)?(?:hospitals?|clinics?)\\b`, "gi");
/** "about 200 residents were treated for burns and breathing problems", "12 were hospitalized": hurt, as the wounded are. */
const TREATED_FOR_RE = new RegExp(`\\b((?:(?:about|some|around|nearly|more than|over|at least)\\s+)?(?:\\d{1,4}|${NUMBER_WORD_PATTERN})\\s+(?:others\\s+|more\\s+|(?:[\\w-]+\\s+)?(?:people|[a-z]+s)\\s+)?)(?:were|have been|had been)\\s+(?:treated\\s+(?:for|in|at)|hospitali[sz]ed)\\b`, "gi");
/** "eight were admitted to hospital", "Seven others remain in hospital": the wounded, told by where they are. */
const IN_HOSPITAL_RE = new RegExp(`\\b((?:\\d{1,4}|${NUMBER_WORD_PATTERN})\\s+(?:others\\s+|more\\s+|(?:[\\w-]+\\s+)?(?:people|[a-z]+s)\\s+)?)(?:(?:were|have been|had been)\\s+(?:admitted|taken|rushed|evacuated|brought)\\s+to|(?:remain|remained|are still|were still|are|still)\\s+in)\\s+(?:a\\s+|the\\s+)?(?:hospitals?|clinics?)\\b`, "gi");
const AGED_RE = /\baged\s+(?:between\s+)?\d{1,3}(?:\s*(?:,|and|to|-)\s*\d{1,3})*\b/g;
/** "at least seven bodies were lying in the streets", "rescuers recovered 12 bodies": the dead, counted by their bodies. */
const COUNTED_BODIES_RE = new RegExp(`\\b((?:at least |about |some |more than |over |nearly )?(?:\\d{1,4}|${NUMBER_WORD_PATTERN}))\\s+(?:more\\s+|other\\s+)?(?:bodies|corpses)\\s+(?:were|had been|have been)\\s+(?:lying|found|recovered|discovered|retrieved|pulled|counted|seen)\\b|\\b(?:recovered|found|retrieved|discovered|counted|pulled out)\\s+((?:at least |about |some |more than |over |nearly )?(?:\\d{1,4}|${NUMBER_WORD_PATTERN}))\\s+(?:more\\s+|other\\s+)?(?:bodies|corpses)\\b`, "gi");
/** "Since ISIS took over Sirte in mid-2015, dozens of residents have been executed in the city": a running total, not this event's dead. */
// "Since 2023, ISKP has killed dozens of JUI-F activists in Bajaur, including ...": a running toll, the group's record.
const SINCE_RUNNING_RE = /(?<=^|[.;]\s+)Since\b[^.;]{0,80},\s+[^.;]*?\b(?:(?:have|has) been (?:killed|executed|murdered|beheaded)|(?:have|has) (?:killed|executed|murdered|beheaded|claimed the lives of))\b[^.;]*[.;]?/g;
/** "all of the soldiers in the vehicle, five in number, were killed": the number they were. */
const ALL_IN_NUMBER_RE = new RegExp(`\\ball (?:of )?(?:the )?([\\w ]{2,50}?),\\s+((?:\\d{1,3}|${NUMBER_WORD_PATTERN}))\\s+in number,`, "gi");
const OF_GROUPS_RE = new RegExp(`\\b((?:\\d{1,4}|${NUMBER_WORD_PATTERN}))\\s+of\\s+(?:the\\s+)?(?:group|organi[sz]ation|movement|cell)['’]s\\s+`, "gi");
const TAKEN_AND_KILLED_RE = /\bwere\s+(?:captured|abducted|kidnapped|seized|taken)\s+and\s+(beheaded|executed|killed|shot dead)\b/g;
/** A log's count of people, the count and up to four words: "2 VDP", "Three Fulani herders" (captured as $1). */
const LOG_COUNT = String.raw`\b((?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+)`;
/** "2 VDP seized at a checkpoint near Kongoussi and executed": a log's count taken and killed, told without "were". */
const COUNT_TAKEN_AND_KILLED_RE = new RegExp(String.raw`${LOG_COUNT}\s+(?:seized|captured|abducted|kidnapped|taken)\b[^.;]{0,60}?\s+and\s+(beheaded|executed|killed|shot dead)(?=\s*(?:[.;,:]|$))`, "gi");
/** "Three Fulani herders shot dead at the wells": a log's count and its fate, told without "were" (not "shot dead a man"). */
const BARE_FATE_RE = new RegExp(String.raw`${LOG_COUNT}\s+(shot dead|gunned down|beheaded|stabbed to death|hacked to death|burned to death)(?=\s*(?:[.,;:()]|$|\s(?:in|at|on|near|by|while|when|after|during|outside|inside|yesterday|today|this|last|overnight|early|late)\b))`, "gi");
/** "two of them beheaded", "spoke of about 20 people beheaded", "were shot dead": a part, a report, or a verb already passive. */
const BARE_FATE_KEEP_RE = /\b(?:were|was|been|are|is|of)\b/i;
/** "decapitating a shopkeeper": beheading by another word. */
const DECAPITATE_RE = /\bdecapitat(ed|ing)\b/gi;
const SPOKE_OF_KILLED_RE = new RegExp(`\\b(?:spoke|speaks) of\\s+((?:about |some |at least |more than |over |nearly |almost )?(?:\\d[\\d,]*|${NUMBER_WORD_PATTERN})\\s+(?:[\\w-]+\\s+)?)(killed|wounded|injured)\\b`, "gi");
// "The SOHR first spoke of 35 civilians killed": a monitor's or witnesses' count, as an official's.
const OFFICIAL_SPEAKER_RE = /\b(?:police|army|military|ministry|spokesman|spokesperson|officials?|sources|governor|authorities|hospital|doctors|medics|rescuers|residents|witnesses|activists|observatory|monitor|SOHR|media|civil society)\b[^.;]{0,40}$/i;
const CONFIRMED_DEAD_RE = /\b(was|were|has been|have been|had been)\s+confirmed dead\b/g;
const WHY_TOLL_ROSE_RE = /(?<=\b\d[\d,]*\s+(?:wounded|injured)),?\s+(?:after|when|as)\s+(?:\w+\s+)?of the (?:critically |seriously |badly )?(?:wounded|injured)\b[^.;]{0,40}?\b(?:died|succumbed)\b[^.;]*/g;
/** "the toll rose to nine, after two of the wounded died", no wounded counted before: why it rose, and no wounded of its own. */
const WHY_DEAD_ROSE_RE = /(?<=\b(?:rose|risen|climbed|increased)\s+to\s+(?:\d[\d,]*|[a-z]+)(?:\s+(?:dead|killed))?),?\s+(?:after|when|as)\s+(?:\w+\s+)?of the (?:critically |seriously |badly )?(?:wounded|injured)\b[^.;]{0,40}?\b(?:died|succumbed)\b[^.;]*/g;
const WOUNDED_COUNTED_RE = /\b(?:wounded|injured)\b/;
/** The text as the count rules read it: the same words in the shapes those rules know. */
const WOUNDED_THEN_DIED_RE = /\b(was|were)\s+(?:(?:captured|arrested|taken)\s+)?(?:(?:seriously|critically|badly|gravely|severely|mortally)\s+)?(?:wounded|injured)\s+and\s+(?:later\s+|subsequently\s+|then\s+)?(?:died|succumbed)\b/g;
/** "first put the number of killed at 103; the ministry later revised it to 95 killed": "it" is the toll told before. */
const REVISED_IT_RE = /\b(revised|raised|lowered|updated|corrected|reduced)\s+it\s+(?=(?:up(?:wards?)?\s+|down(?:wards?)?\s+)?to\s+\d)/g;
const IT_ROSE_RE = /\b(?:it|the figure|this figure|the count)\s+((?:had|has)\s+(?:since\s+)?(?:risen|climbed)|rose|climbed)\s+to\b/g;
const PICKED_OFF_RE = /\b(was|were|been)\s+picked\s+off\b/g;
/** The verbs that kill "to death". */
const TO_DEATH_VERBS = "(?:hacked|stabbed|beat|bludgeoned|clubbed|stoned|burned|burnt|strangled|shot)";
/** "shot him and his son to death": the pronoun and those with him, killed. */
const PRONOUN_TO_DEATH_RE = new RegExp(String.raw`\b${TO_DEATH_VERBS}\s+((?:him|her|them)\s+and\s+(?:his|her|their)\s+(?:[\w-]+\s+){0,2}?)to\s+death\b`, "g");
/** "detonated explosives, killing themselves together with six children": the bombers are not the victims. */
const KILLING_THEMSELVES_WITH_RE = /\bkilling\s+(?:themselves|himself|herself)\s+(?:together|along)\s+with\s+/g;
const TO_DEATH_OBJECT_RE = new RegExp(String.raw`\b${TO_DEATH_VERBS}\s+to\s+death\s+(?=(?:an?|the|one|two|three|four|five|six|seven|eight|nine|ten|\d+|several|his|her|their)\b|[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2},\s+(?:an?|the)\s)`, "g");
/** 'had been "neutralized."': the official's word in quotes is still the verb. */
const QUOTED_VERB_RE = /"(neutrali[sz]ed|eliminated|liquidated|killed|martyred|wounded|injured)([.,;]?)"/g;
export function rewrittenForCounting(raw: string): string {
  // The group written "IS" ("8 IS fighters", "Maute-IS") is no verb to case-blind rules.
  let text = IS_GROUP_RE.test(raw) ? raw.replace(IS_GROUP_ALL_RE, "ISIS") : raw;
  // "The number of wounded, initially given as 53, was raised on the following day to 81": the raise alone.
  if (text.includes("number of") && text.includes(" to ")) text = text.replace(NUMBER_RAISED_RE, "$1 $2 $3 to");
  // "He stabbed two women to death before soldiers shot and killed him": the attacker killed by others is one more dead.
  if (text.includes(" him") || text.includes(" the attacker") || text.includes(" the assailant") || text.includes(" the gunman")) text = text.replace(ATTACKER_KILLED_RE, "; $1 killed one attacker");
  // "a reprisal after vigilantes killed the brother of a kingpin": what it avenged is another event.
  if (REVENGE_WORD_RE.test(text)) text = text.replace(REVENGE_CLAUSE_RE, (m) => " ".repeat(m.length));
  if (text.includes(" of ") && (text.includes(" killed") || text.includes(" slain"))) text = text.replace(KIN_OF_DEAD_RE, (m) => " ".repeat(m.length));
  // "shot him dead along with his son": the verb's usual order, for the rules that read "shot dead".
  if (text.includes(" dead")) text = text.replace(SHOT_X_DEAD_RE, "shot dead $1");
  // "was picked off by an ISIS sniper": a sniper's kill.
  if (text.includes("picked off")) text = text.replace(PICKED_OFF_RE, "$1 killed");
  // "hacked to death a 52-year-old farmer": the verb's object, as "killed" takes it.
  if (text.includes(" to death")) text = text.replace(TO_DEATH_OBJECT_RE, "killed ").replace(PRONOUN_TO_DEATH_RE, "killed $1");
  if (text.includes("killing them") || text.includes("killing hi") || text.includes("killing her")) text = text.replace(KILLING_THEMSELVES_WITH_RE, "killing ");
  // "His nephew, who was with him, was injured": the relative clause is not the subject.
  if (text.includes(", wh")) text = text.replace(RELATIVE_CLAUSE_RE, (m) => " ".repeat(m.length));
  // "was hit in the shoulder": wounded.
  if (text.includes(" in the ")) text = text.replace(HIT_IN_RE, "$1 wounded in the $2");
  // A count in quotes is still the count: 'said "at least six" militants were killed'.
  if (text.includes('"')) text = text.replace(QUOTED_COUNT_RE, " $1 ").replace(QUOTED_NOUN_RE, "$1 $2 ").replace(QUOTED_VERB_RE, " $1$2");
  // "led to the martyrdom of an officer": an official's word for killing.
  // "resulted in the elimination of 12 takfiri elements": the same.
  if (text.includes("martyr") || text.includes("the elimination") || text.includes("the neutrali") || text.includes("the killing") || text.includes("the death")) text = text.replace(MARTYRDOM_RE, "killing").replace(WOUNDING_OF_RE, "wounding");
  // "was badly wounded": the adverb says how, not whether.
  if (text.includes("ly wounded") || text.includes("ly injured") || text.includes("ly hurt")) text = text.replace(HOW_WOUNDED_RE, "$1 $2");
  // "abducted two shepherds ... Their bodies were found the following day": the abducted were killed
  // (one body found is read by BODY_FOUND_RE).
  if (text.includes("bod")) text = text.replace(ABDUCTED_PASSIVE_FOUND_RE, "$1 killed").replace(ABDUCTED_FOUND_DEAD_RE, "$1 and killed");
  // "arrested 2 wounded terrorists": the wounded are counted as well as held.
  if (text.includes(" wounded ") && HELD_VERB_RE.test(text)) text = text.replace(HELD_WOUNDED_RE, "$1 $2 $3; $2 $3 were wounded;");
  // "acknowledged the loss of two soldiers", "with the army claiming over 30 militants killed": a toll in other words.
  if (text.includes("loss")) text = text.replace(LOSS_OF_RE, "said that $1 $2 were killed");
  if (text.includes("claiming")) text = text.replace(CLAIMING_KILLED_RE, "saying that $1 were killed");
  // "six soldiers had been killed and 19 terrorists neutralized": the verb the second count shares.
  if (text.includes("neutrali") || text.includes("eliminated")) text = text.replace(ELLIPTIC_NEUTRALIZED_RE, "$1$2were $3");
  // "100+ assailants neutralised": a log's "N+" is "at least N".
  if (text.includes("+ ")) text = text.replace(PLUS_COUNT_RE, "at least $1");
  if (text.includes(" dozen ")) text = text.replace(SEVERAL_DOZEN_RE, "at least 24");
  if (text.includes(" of them")) text = text.replace(HOW_SOME_KILLED_RE, (m) => " ".repeat(m.length));
  if (text.includes("put the") && text.includes(" toll")) text = text.replace(TOLL_AT_LIST_RE, "reported ");
  if (text.includes(" and ") && (text.includes("reported ") || text.includes("said ") || text.includes("confirmed ") || text.includes("counted "))) text = text.replace(REPORTED_LIST_RE, (_m, verb: string, list: string, toll: string) => `${verb} that ${list} were ${toll === "dead" ? "killed" : toll}`);
  if (text.includes(" died")) text = text.replace(HAS_DIED_RE, "died");
  // "Its passengers were reported killed or wounded": killed or wounded, whoever reported it (a count reported is read by the rules of first reports).
  if (text.includes(" reported ")) text = text.replace(REPORTED_FATE_RE, "$1 $2");
  // "an SDF fighter was shot and killed": killed, not a shot (wounded) and a death.
  if (text.includes("shot and killed")) text = text.replace(SHOT_AND_KILLED_RE, "$1 killed");
  if (text.includes("shot and wounded") || text.includes("shot and injured")) text = text.replace(SHOT_AND_WOUNDED_RE, "$1 $2");
  // "63 people had been killed and 196 wounded, the policeman among them": the whole toll, with the victim told before in it.
  if (text.includes(" among them")) text = text.replace(WHOLE_AMONG_THEM_RE, (_m, n: string, wounded: string | undefined) => `the toll had risen to ${n} killed${wounded ?? ""}`);
  // "Two of his men ... were also hit and wounded": wounded.
  if (text.includes("hit and ")) text = text.replace(HIT_AND_WOUNDED_RE, "$1 $2");
  if (text.includes(" hospital") || text.includes(" clinic")) text = text.replace(IN_HOSPITAL_RE, "$1were wounded").replace(WOUNDED_IN_HOSPITAL_RE, "$1 people were wounded");
  if (text.includes(" treated ") || text.includes("hospitali")) text = text.replace(TREATED_FOR_RE, "$1were wounded");
  // "A student who had been treated for burns in Bwera hospital died": the relative clause is not the verb.
  if (text.includes(" who ") && (text.includes(" died") || text.includes(" succumbed"))) text = text.replace(WHO_BEFORE_DIED_RE, (m) => " ".repeat(m.length));
  if (text.includes("toll at")) text = text.replace(TOLL_THEN_REPORT_RE, "$1; ");
  if (text.includes(", where ")) text = text.replace(WHERE_EARLIER_RE, (m) => ",".padEnd(m.length - 1, " ") + ",");
  if (text.includes("part from") || text.includes("side from") || text.includes("Besides") || text.includes("Except") || text.includes("Not counting") || text.includes("Excluding")) text = text.replace(APART_FROM_RE, (m, first: string) => " ".repeat(m.length - 1) + first.toUpperCase());
  if (text.includes(" and ") && (text.includes(" to a") || text.includes(" at a") || text.includes(" reached a") || text.includes(" to one") || text.includes(" at one"))) text = text.replace(TOLL_TO_PAIR_RE, (m, head: string, _rank: string, n: string) => {
    const others = parseCardinal(n);
    return others === null ? m : `${head}${others + 1} `;
  });
  if (text.includes(" it ")) text = text.replace(REVISED_IT_RE, (m, verb: string, at: number, all: string) => (all.lastIndexOf(" toll", at) >= 0 || all.lastIndexOf("number of", at) >= 0 ? `${verb} the toll ` : m));
  // "first gave a toll of 11 dead; by the following day it had risen to 15 killed": the toll rose.
  if (text.includes(" toll") && (text.includes(" risen to") || text.includes(" rose to") || text.includes(" climbed to"))) text = text.replace(IT_ROSE_RE, (m, verb: string, at: number, all: string) => (all.lastIndexOf(" toll", at) >= 0 ? `the toll ${verb} to` : m));
  // "... later said that 22 had been killed; on June 7 the state government revised the figures and said 38": the revision stands, not the accounts before it.
  if (text.includes("revised") || text.includes("updated") || text.includes("corrected") || text.includes("final toll")) text = beforeRevision(text);
  // "Barakat was seriously wounded and died in hospital several hours later": killed, not wounded.
  if (text.includes(" died") || text.includes(" succumbed")) text = text.replace(WOUNDED_THEN_DIED_RE, "$1 killed");
  if (text.includes(" dead ")) text = text.replace(DEAD_THEN_RE, (m, verb: string) => `${verb} `.padEnd(m.length, " ")).replace(DEAD_THEN_BARE_RE, "$1 $2 dead ");
  // "reported 46 dead; two days later the governor put the number of dead at 80": the later count stands.
  if (text.includes(" later ")) text = text.replace(DEAD_THEN_LATER_RE, (m) => " ".repeat(m.length));
  if (text.includes("put the")) text = text.replace(FIGURE_THEN_RE, (m, _put: string, n: string) => `later put the toll at ${n}`.padEnd(m.length, " "));
  if (text.includes(" report") || text.includes(" figure") || text.includes(" estimate") || text.includes("nitially ") || text.includes("t first") || text.includes(" first ")) text = text.replace(FIRST_REPORTS_RE, earlierAccount);
  // "... rose to 27 killed and 49 wounded, after two of the wounded women died in hospital": why the toll rose, no more wounded.
  if (text.includes(" of the wounded") && TOLL_ROSE_RE.test(text)) text = text.replace(WHY_TOLL_ROSE_RE, (m) => " ".repeat(m.length)).replace(WHY_DEAD_ROSE_RE, (m, at: number, all: string) => (WOUNDED_COUNTED_RE.test(all.slice(0, at)) ? m : " ".repeat(m.length)));
  if ((text.includes(" toll ") || text.includes(" figure ")) && TOLL_ROSE_RE.test(text)) text = text.replace(EARLIER_FIGURE_RE, (m, at: number, all: string) => (LATER_TOLL_RE.test(all.slice(at + m.length)) ? " ".repeat(m.length) : m));
  if (text.includes(" gives ") || text.includes(" gave ") || text.includes(" cite") || text.includes(" counted ") || text.includes(" counts ")) text = text.replace(GIVES_TOLL_RE, (_m, who: string, toll: string, more: string | undefined, other: string | undefined) => `said that ${who}were ${toll}${more ? ` and ${more} were ${other}` : ""}`);
  if (text.includes("the killed") || text.includes("se killed")) text = text.replace(THE_KILLED_RE, "$1 ");
  if (text.includes("(age")) text = text.replace(AGE_NOTE_RE, "");
  if (text.includes("to hell")) text = text.replace(SENT_TO_HELL_RE, "$1 killed").replace(SENT_N_TO_HELL_RE, "killed $1");
  if (text.includes("shahad") || text.includes("martyrdom")) text = text.replace(SHAHADAT_RE, "were killed");
  if (text.includes("got ")) text = text.replace(GOT_HURT_RE, "were $1");
  if (text.includes(" condition")) text = text.replace(HELD_INJURED_RE, "$1 wounded and $2");
  if (text.includes("-old") || text.includes("year old") || text.includes("years old")) text = text.replace(AGE_RE, "young");
  // "Three more bodies were found" opening a sentence keeps it one ("Said that three were killed", which no one says: see officialSays).
  if (text.includes("bodies") || text.includes("corpses")) text = text.replace(COUNTED_BODIES_RE, (_m, a: string | undefined, b: string | undefined, at: number, all: string) => `${at === 0 || /[.!?]\s+$/.test(all.slice(Math.max(0, at - 3), at)) ? "Said" : "said"} that ${a ?? b} were killed`);
  if (text.includes("Since ")) text = text.replace(SINCE_RUNNING_RE, (m) => " ".repeat(m.length));
  if (text.includes(" in number")) text = text.replace(ALL_IN_NUMBER_RE, "$2 $1");
  // "killed five of the organization's operatives": five operatives.
  if (text.includes("'s ") || text.includes("’s ")) text = text.replace(OF_GROUPS_RE, "$1 ");
  // "Two fishermen were captured and beheaded": the beheading kills them.
  if (text.includes(" and ")) text = text.replace(TAKEN_AND_KILLED_RE, "were $1").replace(COUNT_TAKEN_AND_KILLED_RE, "$1 were $2");
  if (text.includes("ecapitat")) text = text.replace(DECAPITATE_RE, (_m, end: string) => (end === "ed" ? "beheaded" : "beheading"));
  if (text.includes(" dead") || text.includes(" down") || text.includes("behead") || text.includes(" death")) text = text.replace(BARE_FATE_RE, (m, who: string, fate: string, at: number, all: string) => (BARE_FATE_KEEP_RE.test(who) || /\bof\s+(?:about\s+|some\s+|nearly\s+|at least\s+|more than\s+)?$/.test(all.slice(Math.max(0, at - 16), at)) ? m : `${who} were ${fate}`));
  // "The Kabul police spokesman spoke of five civilians killed": an official's count (the group's is read as its claim).
  if (text.includes("spoke of") || text.includes("speaks of")) text = text.replace(SPOKE_OF_KILLED_RE, (m, n: string, fate: string, at: number, all: string) => (OFFICIAL_SPEAKER_RE.test(all.slice(Math.max(0, at - 60), at)) ? `reported ${n}${fate}` : m));
  // "Three passengers were confirmed dead": a police statement's dead.
  if (text.includes("confirmed dead")) text = text.replace(CONFIRMED_DEAD_RE, "$1 killed");
  // "two men aged 67 and 56": ages, not people.
  if (text.includes("aged ")) text = text.replace(AGED_RE, (m) => " ".repeat(m.length));
  if (text.includes("put the")) text = text.replace(PUT_AT_KILLED_RE, putToll).replace(PUT_NUMBER_RE, putToll).replace(PUT_WOUNDED_RE, (_m, q: string | undefined, n: string) => `said that ${quantity(q)}${n} were wounded`).replace(TOLL_AT_WITH_WOUNDED_RE, "said that $1 were killed and $2 were $3");
  if (text.includes(", with ")) text = text.replace(KILLED_WITH_WOUNDED_RE, "$1 and $2 were $3");
  if (text.includes(" dead")) text = text.replace(REPORTED_DEAD_RE, (_m, k: string, w: string | undefined) => `said that ${k} were killed${w ? ` and ${w} were wounded` : ""}`);
  if (text.includes("deaths and") || text.includes("dead and")) text = text.replace(DEATHS_AND_INJURED_RE, "killing $1 people and injuring $2 others");
  if (text.includes("of whom")) text = text.replace(OF_WHOM_DIED_RE, splitOfWhomDied);
  if (text.includes(" of whom ") || text.includes(" of them ")) text = text.replace(OF_WHOM_NEUTRALISED_RE, "$1killed");
  if (text.includes(", however,") || text.includes(", though,") || text.includes(", in turn,") || text.includes(" part,") || text.includes(", in contrast,")) text = text.replace(SPEAKER_HOWEVER_RE, "");
  if (text.includes(" number of ")) text = text.replace(LARGE_NUMBER_RE, "many");
  if (text.includes(" who ") || text.includes(" that ")) text = text.replace(WHO_WERE_RE, (m) => " ".repeat(m.length));
  if (text.includes("IA")) text = text.replace(WAS_KIA_RE, (_m, aux: string, abbr: string) => `${aux} ${abbr === "KIA" ? "killed" : "wounded"}`);
  if (text.includes(", ") && (text.includes(" was ") || text.includes(" been "))) text = text.replace(NAME_APPOSITION_RE, (m, one: string) => one + " ".repeat(m.length - one.length));
  if (text.includes(" and ") && text.includes(", ")) text = text.replace(PERSONS_APPOSITION_RE, (_m, counted: string, apposition: string) => counted + " ".repeat(apposition.length));
  if (text.includes(", a")) text = text.replace(ORG_APPOSITION_RE, (m) => ",".padEnd(m.length, " "));
  // "According to Zagazola Makama, a counterinsurgency expert who quoted military sources, at least 15 ...": the source is no victim.
  if (text.includes("ccording to ") || text.includes(" by ")) text = text.replace(SOURCE_APPOSITION_RE, (m, a: string | undefined, b: string | undefined) => (a ?? b ?? "") + ",".padEnd(m.length - (a ?? b ?? "").length, " "));
  // "One of them was wanted for his involvement in the execution of civilians in 2016": a detainee's past, not this incident's toll.
  if (text.includes("wanted ") || text.includes("accused ") || text.includes("convicted ") || text.includes("sentenced ")) text = text.replace(PAST_CRIME_RE, (m) => " ".repeat(m.length));
  if (text.includes("whose")) text = text.replace(WHOSE_BODIES_RE, "$1 and killed $2; the bodies were found");
  if (text.includes("bomber") && SUICIDE_WORD_RE.test(text)) text = text.replace(BOMBER_KILLED_RE, (m) => " ".repeat(m.length));
  if (text.includes("neutrali") || text.includes("eliminated")) text = text.replace(BARE_NEUTRALISED_RE, ": $1 were $2");
  if (text.includes("neutrali")) text = text.replace(FRENCH_NEUTRALISED_RE, (m, verb: string | undefined) => ` ${verb ?? "neutralised"} `.padEnd(m.length, " "));
  if (text.includes(" (")) text = text.replace(DOUBLED_COUNT_RE, "$1");
  if (text.includes("fell ")) text = text.replace(FELL_RE, "were killed");
  if (text.includes(" and his ") || text.includes(" and her ")) text = text.replace(AND_HIS_RE, (_m, head: string, kin: string) => `${head.replace(/^[Tt]he\b/, (a) => (a === "The" ? "One" : "one"))} and one ${kin}`);
  if (text.includes("ed as ") || text.includes(" to be ")) text = text.replace(DESCRIBED_AS_RE, (m) => ",".padEnd(m.length, " "));
  if (text.includes(" responsible for ") || text.includes(" in charge of ") || text.includes(" tasked with ") || text.includes(" charged with ")) text = text.replace(IN_CHARGE_OF_RE, (m) => " ".repeat(m.length));
  if (text.includes("claimed") && (text.includes("denied") || text.includes("dismissed") || text.includes("rejected") || text.includes("refuted"))) text = text.replace(DENIED_CLAIM_RE, (m) => " ".repeat(m.length));
  return text;
}
