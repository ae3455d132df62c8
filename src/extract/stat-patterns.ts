// The wording of published figures: totals ("carried out 48 attacks", "a total of 164 people
// were killed and wounded"), the previous period ("compared to 45 the week before") and the
// shapes of breakdown items ("Diyala (499)", "50 in Borno", "Iraq 15", "Ituri for 41").

import type { Metric } from "../core/vocabulary.ts";

export const MONTH_NAMES = "January|February|March|April|May|June|July|August|September|October|November|December";
export const NUM = "(\\d{1,3}(?:,\\d{3})+|\\d+)";
/** A place name as lists print it: capitalised words with lower-case particles ("Deir ez-Zor", "Salah al-Din"). */
// A lower-case particle may open it, as transliterations print them ("al-Khayr 11").
export const LIST_NAME = "(?:(?:al|el|ad|ar|as|an|ash|at|az)-)?[A-Z\\u00C0-\\u00DE][\\w'’\\u00C0-\\u024F-]*(?:\\s+(?:(?:al|el|ez|ad|ar|as|an|ash|at|az|ed|es|ibn|bin|del|de|da|do|dos|das|du)[- ])?[A-Z\\u00C0-\\u00DE][\\w'’\\u00C0-\\u024F-]*){0,3}";
const PREVIOUS_PERIOD = "(?:week|month|year|period|quarter)";
export const PAREN_ITEM_RE = new RegExp(`\\(\\s*(?:a total of\\s+|about\\s+|some\\s+|close to\\s+)?${NUM}(?!\\s*(?:km|kilomet|%|percent|per cent|miles|years?|-\\d))(?:[\\s,]+[a-z][^()]*)?\\)`, "g");
export const IN_ITEM_RE = new RegExp(`\\b${NUM}\\s+(?:(?:attacks|operations|casualties|people|incidents|events)\\s+)?(?:of (?:them|these|those|which|the (?:attacks|operations|incidents))\\s+)?(each\\s+)?(?:were\\s+)?(?:(?:carried out|recorded|reported|conducted|took place|occurred|happened|killed)\\s+)?in\\s+(?:the\\s+)?([^,;:()]{3,90}?)(?=[,;:()]|\\s+and\\s+\\d|\\s+and\\s+(?:in|the)\\b|\\.\\s|\\.?$)`, "g");
/**
 * "The Coalition's daily releases add up to 149 airstrikes ...", "the tally was 126 airstrikes": a
 * period's count of strikes (its count is group 1). A figure for the statistics reader, no strike
 * for the incident reader.
 */
export const STRIKE_TALLY_RE = /\b(?:add(?:s|ed)? up to|totall?ed|(?:tally|total) (?:was|is|stood at|came to))\s+(\d{1,3}(?:,\d{3})+|\d+)\s+air ?strikes\b/i;
/** "ISIS executed 3,156 people in Syria between June 29, 2014 and August 18, 2015": the dead of a span, a monitor's figure. */
export const SPAN_TOLL_RE = new RegExp(`\\b(?:executed|killed|murdered)\\s+(?:at least\\s+|more than\\s+|some\\s+|about\\s+)?${NUM}\\s+(?:people|persons|civilians|individuals)\\b(?:(?=[^.;]{0,60}?\\b(?:between|from)\\b[^.;]{3,40}?\\b(?:and|to|until)\\b)|(?<=\\b(?:between|from)\\b[^.;]{3,40}?\\b(?:and|to|until)\\b[^.;]{0,80}?))`, "i");
/** A toll told with the part of it a sentence singles out ("killed 9 people, 7 of them in ..."; "64 people were wounded ..., 40 of them civilians"). */
function tollsWithPart(verbs: string, metric: Metric): [RegExp, Metric][] {
  const verb = `(?<!\\b(?:killed|dead|wounded|injured)\\s+(?:or|and)\\s+)(?:${verbs})(?!\\s+(?:or|and)\\s+(?:killed|wounded|injured)\\b)`;
  const part = `,\\s+(?:including\\s+)?\\d[\\d,]*\\s+of\\s+(?:them|whom)\\b`;
  return [
    [new RegExp(`\\b${verb}\\s+(?:a total of\\s+|at least\\s+|more than\\s+|some\\s+|about\\s+)?${NUM}\\s+(?:[\\w'’-]+\\s+){0,3}?[\\w'’-]+${part}`, "i"), metric],
    [new RegExp(`\\b${NUM}\\s+(?:[\\w'’-]+\\s+){0,3}?(?:were|have been|had been)\\s+${verb}\\b[^.;,]{0,80}?${part}`, "i"), metric],
  ];
}
export const TOTAL_RES: [RegExp, Metric | null][] = [
  [new RegExp(`\\b(?:carried out|conducted|claimed(?: responsibility for)?|claiming(?: responsibility for)?|launched|perpetrated|executed|recorded|counted|documented|reported|listed|lists|records|counts|tallied|registered|showed|shows|saw|witnessed|sums up|summed up|summari[sz]es|summari[sz]ed)\\s+(?:a total of\\s+|some\\s+|about\\s+)?${NUM}\\s+(?:["“]?[\\w-]+\\s+){0,3}?(?:attacks|operations|events|incidents|incursions|air ?strikes)`, "i"), "attacks"],
  // "1,012 security incidents were recorded in Burkina Faso": the passive of the same count.
  [new RegExp(`\\b${NUM}\\s+(?:[\\w-]+\\s+){0,2}?(?:attacks|operations|events|incidents)\\s+(?:(?:were|have been|had been)\\s+)?(?:recorded|reported|documented|registered|counted|logged|carried out|conducted|claimed|perpetrated)\\b`, "i"), "attacks"],
  // "41 operations, of which West Africa 17": a total its parts follow.
  [new RegExp(`\\b${NUM}\\s+(?:attacks|operations)\\s*,?\\s+(?:of which|including)\\b`, "i"), "attacks"],
  // "credited the group with 9 attacks", "credited Wilayat Khorasan with 14 operations"
  [new RegExp(`\\b(?:credited|credits|crediting)\\b[^.;:]{0,60}?\\bwith\\s+${NUM}\\s+(?:attacks|operations)`, "i"), "attacks"],
  [new RegExp(`\\b(?:caused|inflicted|resulting in|resulted in)\\s+${NUM}\\s+casualties`, "i"), "casualties"],
  // "Harvest (9-15 July): 34 operations.", "Total: 34 attacks.": a total's label and its count alone ("Iraq: 12 attacks" is a part).
  [new RegExp(`(?:\\)|\\b(?:harvest|total|overall|tally|summary))\\s*:\\s*${NUM}\\s+(?:attacks|operations)\\s*(?:[.;]|$)`, "i"), "attacks"],
  // "The killed and wounded numbered 118", "121 killed and 46 wounded, 167 in all": one count of both.
  [new RegExp(`\\b(?:killed and wounded|dead and wounded|wounded and killed|casualties)\\s+(?:numbered|totall?ed|stood at|reached|came to)\\s+${NUM}\\b`, "i"), "casualties"],
  [new RegExp(`\\b(?:wounded|injured)\\s*,\\s*${NUM}\\s+in\\s+(?:all|total)\\b`, "i"), "casualties"],
  // "The number of those killed and wounded was given as 96", "The number of people killed and wounded in these attacks was 243".
  [new RegExp(`\\bnumber of (?:those |people |persons )?(?:killed (?:and|or) wounded|dead (?:and|or) wounded|wounded (?:and|or) killed|casualties)(?:\\s+(?:in|during|of|from)\\s+[^.;,\\d]{1,40}?)?\\s+(?:was|were|stood)\\s+(?:(?:given as|put at|reported as|estimated at|at)\\s+)?${NUM}\\b`, "i"), "casualties"],
  // "The attacks left 156 people dead or wounded": one count of both.
  [new RegExp(`\\b(?:left|leaving|caused|causing)\\s+(?:a total of\\s+|some\\s+|about\\s+)?${NUM}\\s+(?:people\\s+|persons\\s+)?(?:dead|killed) (?:or|and) (?:wounded|injured)\\b`, "i"), "casualties"],
  // "The attacks killed and wounded 87 people": one count of both.
  [new RegExp(`\\b(?:killed and wounded|wounded and killed|killed or wounded|killing (?:and|or) wounding|wounding (?:and|or) killing)\\s+(?:a total of\\s+|some\\s+|about\\s+)?${NUM}\\b`, "i"), "casualties"],
  [new RegExp(`\\b(?:resulted in|resulting in|caused|left)\\s+${NUM}\\s+(?:reported\\s+|recorded\\s+|confirmed\\s+)?(?:fatalities|deaths|dead)`, "i"), "killed"],
  [new RegExp(`\\b${NUM}\\s+(?:attacks|operations)\\s+(?:were\\s+)?(?:carried out\\s+)?in (?:the )?(?:various|all|its|different)\\b`, "i"), "attacks"],
  [new RegExp(`\\b(?:a total of|total of|in total,?)\\s+${NUM}\\s+(?:people|persons|individuals|casualties)?\\s*(?:were\\s+)?(?:killed (?:and|or) wounded|wounded (?:and|or) killed|casualties)`, "i"), "casualties"],
  // "a summary of the fortnight: 174 attacks between April 17 and 30".
  [new RegExp(`\\b(?:summed up|summari[sz]ed|tallied|totted up)\\b[^.;]{0,80}?:\\s*${NUM}\\s+(?:[\\w-]+\\s+){0,2}?(?:attacks|operations)\\b`, "i"), "attacks"],
  // 'in which "more than 680 Crusaders and apostates" were killed or wounded': the figure inside the group's quoted words.
  [new RegExp(`["“](?:more than |over |about |some |nearly )?${NUM}\\s+[^"”.;]{2,40}["”]\\s+(?:were\\s+|have been\\s+|had been\\s+)(?:killed (?:and|or) wounded|wounded (?:and|or) killed)`, "i"), "casualties"],
  // "at least 1,126 Iraqis were killed and 1,618 were wounded in acts of terrorism ... in March 2015": a period's dead beside its wounded.
  [new RegExp(`\\b${NUM}\\s+(?:[\\w'’-]+\\s+){0,2}?(?:were|have been|had been)\\s+killed\\s+and\\s+(?:at least\\s+|more than\\s+|over\\s+|about\\s+|some\\s+)?\\d[\\d,]*\\s+(?:[\\w'’-]+\\s+){0,2}?(?:(?:were|have been|had been)\\s+)?(?:wounded|injured)\\b`, "i"), "killed"],
  // "The infographic also claimed that 212 members of the security forces ... were killed that week": the dead a publication claims.
  [new RegExp(`\\b(?:claimed|claims|showed|shows)\\s+that\\s+${NUM}\\s+(?:[\\w'’-]+\\s+){0,12}?(?:were|had been|have been)\\s+killed\\b(?!\\s+(?:and|or)\\s+(?:wounded|injured))`, "i"), "killed"],
  // "2023 ended with 491 people killed in ISIS attacks ...": a period's dead.
  [new RegExp(`\\bended with\\s+${NUM}\\s+(?:people\\s+|persons\\s+)?(?:killed|dead)\\b`, "i"), "killed"],
  // "387 of its fighters have been killed and more than 2,000 have been wounded" (since ...): the wounded of a running total.
  [new RegExp(`\\b(?:have|had) been killed\\s+and\\s+(?:more than\\s+|over\\s+|about\\s+|some\\s+)?${NUM}\\s+(?:[\\w'’-]+\\s+){0,2}?(?:have|had) been (?:wounded|injured)\\b`, "i"), "wounded"],
  // "1,370 'apostates' were killed or wounded", '1,120 "apostates" and "Crusaders" ...': the group's words for its victims in quotes.
  [new RegExp(`\\b${NUM}\\s+(?:people|persons|individuals|soldiers|members|["“'‘][\\w' -]{2,30}["”'’](?:\\s+(?:and|or)\\s+["“'‘][\\w' -]{2,30}["”'’])?)?\\s*(?:were\\s+|had been\\s+|have been\\s+)?(?:(?:listed|counted|recorded|reported|given) as\\s+)?(?:killed (?:and|or) wounded|wounded (?:and|or) killed)`, "i"), "casualties"],
  [STRIKE_TALLY_RE, "attacks"],
  // "118 people were killed in these attacks": the dead of the attacks just counted.
  [new RegExp(`\\b${NUM}\\s+(?:people|persons|individuals)\\s+(?:were|had been|have been)\\s+killed\\s+in\\s+(?:these|the|those)\\s+(?:attacks|operations)\\b`, "i"), "killed"],
  // "183 people were killed or wounded in the attacks, 97 of them killed": the dead among the casualties.
  [new RegExp(`\\b(?:killed|dead)\\s+(?:or|and)\\s+(?:wounded|injured)\\b[^.;]{0,60}?,\\s*${NUM}\\s+of\\s+them\\s+(?:were\\s+)?(?:killed|dead)\\b`, "i"), "killed"],
  // "Since the beginning of the year, 42 murders have been recorded in the camp": a running count of the murdered.
  [new RegExp(`\\b${NUM}\\s+(?:murders|killings)\\s+(?:have|had)\\s+been\\s+(?:recorded|documented|registered|counted)\\b`, "i"), "killed"],
  // "23 ISIS operatives were killed in its operations, nine of them in Kirkuk, ...": a body's summed-up toll of its operations.
  [new RegExp(`\\b${NUM}\\s+(?:[\\w'’-]+\\s+){1,3}?(?:were|had been|have been)\\s+killed\\s+in\\s+(?:its|their|the|these)\\s+(?:[\\w-]+\\s+)?operations\\b`, "i"), "killed"],
  [new RegExp(`\\b(?:a total of|total of|in total,?|of the|of its|of their)\\s+${NUM}\\s+(?:[\\w-]+\\s+)?(?:attacks|operations)`, "i"), "attacks"],
  [SPAN_TOLL_RE, "killed"],
  // "96 people were reportedly killed or wounded", "340 people were said to have been killed or wounded": the same count, hedged.
  [new RegExp(`\\b${NUM}\\s+(?:[\\w'’-]+\\s+){0,8}?(?:were|had been|have been)\\s+(?:reportedly|allegedly|(?:said|believed|reported) to have been)\\s+(?:killed (?:and|or) (?:wounded|injured)|(?:wounded|injured) (?:and|or) killed)\\b`, "i"), "casualties"],
  // "476 members of the Iraqi forces and the militias were killed or wounded in these operations".
  [new RegExp(`\\b${NUM}\\s+(?:[\\w'’-]+\\s+){1,8}?(?:were|had been|have been)\\s+(?:killed (?:and|or) (?:wounded|injured)|(?:wounded|injured) (?:and|or) killed)\\s+in\\s+(?:these|the|those)\\s+(?:attacks|operations)\\b`, "i"), "casualties"],
  // "In these attacks, 96 people were killed, most of them members of the SDF".
  [new RegExp(`\\bIn (?:these|the|those) (?:attacks|operations),\\s+(?:at least\\s+|more than\\s+)?${NUM}\\s+(?:[\\w'’-]+\\s+){0,4}?(?:were|had been|have been)\\s+(?:reportedly\\s+)?killed\\b(?!\\s+(?:and|or)\\s+(?:wounded|injured))`, "i"), "killed"],
  // "The monitor documented the deaths of 1,417 people across Syria during May 2019".
  [new RegExp(`\\b(?:documented|recorded|counted|registered|reported)\\s+the\\s+deaths\\s+of\\s+(?:at least\\s+|more than\\s+|some\\s+)?${NUM}\\b`, "i"), "killed"],
  // "Political violence events this week: 13", "Reported fatalities this week: 41": a weekly update's labelled totals.
  [new RegExp(`\\b(?:events|incidents|attacks|fatalities|deaths)\\s+(?:this|last|in the|during the)\\s+(?:week|month|period)\\s*:\\s*${NUM}\\b`, "i"), null],
  // "The number of injured stands at 383".
  [new RegExp(`\\bnumber of (?:people\\s+|persons\\s+)?(?:killed|dead|injured|wounded)\\s+(?:now\\s+)?(?:stands|stood|is|was)\\s+at\\s+${NUM}\\b`, "i"), null],
  // "124 terrorists were neutralised", "14 terrorists killed, of whom 5 in Salah al-Din, ...": a count of the enemy dead with its parts.
  [new RegExp(`\\b${NUM}\\s+(?:[\\w'’-]+\\s+){1,3}?(?:were|have been|had been)\\s+neutrali[sz]ed\\b`, "i"), "killed"],
  [new RegExp(`\\b${NUM}\\s+(?:[\\w'’-]+\\s+){0,2}?(?:killed|neutrali[sz]ed|dead|wounded|injured),\\s+(?:of whom|of them|including)\\b`, "i"), null],
  // "These attacks killed nine people, seven of them in Kampala, ...", "64 people were wounded, 40 of them civilians": a toll with the part of it the sentence singles out.
  ...tollsWithPart("killed", "killed"),
  ...tollsWithPart("wounded|injured", "wounded"),
  // "troops neutralised 84 terrorists": the military's word for killed.
  [new RegExp(`\\bneutrali[sz](?:ed|ing)\\s+(?:a total of\\s+|some\\s+|about\\s+)?${NUM}\\b`, "i"), "killed"],
  [new RegExp(`\\b(?:recorded|reported|counted|documented|a total of)\\s+${NUM}\\s+(?:civilian\\s+|conflict\\s+|reported\\s+)?(?:fatalities|deaths|people killed|dead)(?!\\s+(?:and|or)\\s+(?:wounded|injured))`, "i"), "killed"],
  // "ACLED recorded 1,176 civilians killed in Burkina Faso", "more than 300 civilians have been killed ... since January".
  [new RegExp(`\\b(?:recorded|reported|counted|documented)\\s+(?:more than\\s+|over\\s+|at least\\s+)?${NUM}\\s+(?:[a-z]+\\s+){1,2}?killed\\b(?!\\s+(?:and|or)\\s+(?:wounded|injured))`, "i"), "killed"],
  // "more than 600 fighters of the GNA forces have been killed in Sirte" with "since" before or after: a running total.
  // "more than 380 soldiers of the Syrian army and pro-Iranian militiamen have been killed ... since": up to twelve words name them.
  [new RegExp(`\\b(?!(?:19|20)\\d\\d\\b)${NUM}\\s+(?:[\\w'’-]+\\s+){1,12}?(?:have|had) been (?:killed|martyred|murdered)\\b(?:(?=[^.;]*\\bsince\\b)|(?<=\\bsince\\b[^.;]{0,160}))`, "i"), "killed"],
  // "since 9 February the forces have eliminated 105 takfiri elements": the same running total, told actively.
  [new RegExp(`\\bsince\\b[^.;]{0,80}?\\b(?:have|has|had)\\s+(?:killed|eliminated|neutrali[sz]ed)\\s+(?:a total of\\s+|some\\s+|about\\s+|more than\\s+)?${NUM}\\b`, "i"), "killed"],
  // "27 takfiri elements were killed (19 in ..., eight in ...)": a total its parts follow in parentheses.
  [new RegExp(`\\b${NUM}\\s+(?:[\\w'’-]+\\s+){1,2}(?:were|had been|have been)\\s+killed\\s*\\(\\s*\\d`, "i"), "killed"],
  // "According to the infographic, 187 soldiers of 'the Rafidi army' were killed": the figure its source gives.
  [new RegExp(`\\baccording to (?:the |its |their )?(?:infographic|figures|statistics|data|tally|summary|newsletter|weekly)\\b[^.;]{0,20}?,\\s*${NUM}\\s+[^.;]{0,80}?\\b(?:were|had been|have been)\\s+killed\\b(?!\\s+(?:and|or)\\s+(?:wounded|injured))`, "i"), "killed"],
  // "Since the start of the operation on 24 September: 14 hideouts destroyed, 9 terrorists killed, ...": the one count of dead in a running total.
  [new RegExp(`\\bsince\\b[^.;]{0,120}?\\b${NUM}\\s+(?:[\\w'’"“”-]+\\s+){1,4}?(?:killed|neutrali[sz]ed|eliminated)\\b(?=\\s*(?:[,;.]|and\\b|$))(?![^.]*\\b(?:killed|neutrali[sz]ed|eliminated)\\b)`, "i"), "killed"],
  [new RegExp(`\\b(?:recorded|reported|counted|documented|a total of)\\s+${NUM}\\s+(?:people|persons)?\\s*(?:wounded|injured)`, "i"), "wounded"],
  // "Since the start of the offensive ..., ISIS has sent about 600 suicide car bombs": a campaign's count of its bombs.
  [new RegExp(`\\b(?:has|have|had)\\s+(?:sent|launched|used|detonated|fired)\\s+(?:about\\s+|some\\s+|more than\\s+|over\\s+|nearly\\s+)?${NUM}\\s+(?:suicide\\s+)?(?:car\\s+bombs|VBIEDs|suicide\\s+bombers|drones|rockets|missiles)\\b`, "i"), "attacks"],
  // "The Command also claimed that about 3,300 ISIS operatives had been killed in the city": a body's running count.
  [new RegExp(`\\b(?:claimed|estimated)\\s+that\\s+(?:about\\s+|some\\s+|more than\\s+|over\\s+|nearly\\s+)?${NUM}\\s+(?:[\\w'’-]+\\s+){1,4}?had been killed\\b(?!\\s+(?:or|and)\\s+(?:wounded|injured))`, "i"), "killed"],
  // "at least 849 Iraqis were killed in acts of terrorism and violence in January 2016", "812 Iraqis were killed in April 2015", "1,332 Iraqis lost their lives in acts of terrorism ... in July 2015": a month's dead, a monitor's count.
  [new RegExp(`\\b${NUM}\\s+(?:[\\w'’-]+\\s+){0,2}?(?:(?:were|had been|have been)\\s+killed|lost\\s+their\\s+lives)\\s+(?:in\\s+acts\\s+of\\s+(?:terrorism|violence)\\b[^.;]{0,60}?\\b)?(?:in|during)\\s+(?:${MONTH_NAMES})\\s+\\d{4}\\b`, "i"), "killed"],
  // "In February 2016, according to UNAMI's monthly figures ..., 670 Iraqis were killed": the month told first.
  [new RegExp(`^(?:In|During)\\s+(?:${MONTH_NAMES})\\s+\\d{4},[^.;]{0,120}?\\b${NUM}\\s+(?:[\\w'’-]+\\s+){0,2}?(?:were|had been|have been)\\s+killed\\b`, "i"), "killed"],
  // "at least 1,031 Iraqis were killed and another 1,684 were wounded": a report's two totals.
  [new RegExp(`\\b${NUM}\\s+(?:[\\w'’-]+\\s+){0,2}?(?:were|had been|have been)\\s+killed\\s+and\\s+(?:another|a further)\\s+\\d`, "i"), "killed"],
  [new RegExp(`\\bkilled\\s+and\\s+(?:another|a further)\\s+${NUM}\\s+(?:[\\w'’-]+\\s+){0,2}?(?:were|had been|have been)\\s+(?:wounded|injured)\\b`, "i"), "wounded"],
  // "... (605 civilians and 498 members of the security forces) and another 2,280 were wounded", "Another 1,450 were wounded.", "Another 1,016 Iraqis were wounded", "and 1,642 others were wounded": the wounded beside a month's dead.
  [new RegExp(`(?:^|\\band\\s+)(?:[Aa]nother|a further)\\s+${NUM}\\s+(?:[A-Z][a-z]+s\\s+|people\\s+|civilians\\s+)?(?:were|had been|have been)\\s+(?:wounded|injured)\\b`, "i"), "wounded"],
  [new RegExp(`\\band\\s+${NUM}\\s+others\\s+(?:were|had been|have been)\\s+(?:wounded|injured)\\b`, "i"), "wounded"],
  // "between March 2 and March 10 the attacking forces lost 93 fighters killed": a side's dead over a period.
  [new RegExp(`\\blost\\s+(?:more than\\s+|over\\s+|about\\s+|some\\s+|at least\\s+)?${NUM}\\s+(?:[\\w'’-]+\\s+){0,2}?(?:killed|dead)\\b`, "i"), "killed"],
  // "killed 35 people and wounded 52 others", "(killed 60, wounded 80)", "60 killed and 80 wounded"
  [new RegExp(`\\b(?:killed|killing)\\s+${NUM}\\b(?!\\s*(?:km|%))`, "i"), "killed"],
  [new RegExp(`(?<!\\b(?:killed|killing) (?:and|or) )\\b(?:wounded|wounding|injured|injuring)\\s+${NUM}\\b(?!\\s*(?:km|%))`, "i"), "wounded"],
  [new RegExp(`\\b${NUM}\\s+(?:people\\s+|persons\\s+)?(?:were\\s+)?killed\\s+and\\s+\\d`, "i"), "killed"],
  [new RegExp(`\\b(?:killed|dead)\\s+and\\s+${NUM}\\s+(?:\\w+\\s+)?(?:wounded|injured)`, "i"), "wounded"],
  // "243 killed and wounded, split into 139 dead and 104 wounded"
  [new RegExp(`\\b(?:split|divided|broken down)\\s+(?:in)?to\\s+${NUM}\\s+(?:dead|killed)\\b`, "i"), "killed"],
  // "131 people were killed in these operations (102 in the previous week): Syria (61), ...": a total its parts or previous figure follow.
  [new RegExp(`\\b${NUM}\\s+(?:people\\s+|persons\\s+)?(?:were\\s+)?(?:killed|wounded|injured)\\b(?!\\s+(?:and|or)\\s+(?:killed|wounded|injured))(?=[^.;]{0,60}?[(:])`, "i"), null],
  // "was 7 attacks", "stood at 45 attacks"
  [new RegExp(`\\b(?:was|were|stood at|reached|totall?ed)\\s+${NUM}\\s+(?:attacks|operations)`, "i"), "attacks"],
  // "Attacks in Iraq totaled 1,079", "the number of attacks stood at 45": the nearest metric word decides.
  [new RegExp(`\\b(?:totall?ed|totall?ing|stood at|amounted to)\\s+${NUM}\\b`, "i"), null],
  // "The casualty figure for the week was 57"
  [new RegExp(`\\b(?:figure|total|tally|count|toll|number)\\b[^.;:]{0,30}?\\b(?:was|is|stood at|reached)\\s+${NUM}\\b(?!\\s*(?:km|%))`, "i"), null],
  // "Attacks: 48 (previous week: 45)", "Attacks in Iraq: 21 (Kirkuk 8, ...)": a metric heading the figure.
  [new RegExp(`^[^:]{0,50}?\\b(?:attacks|operations|casualties|fatalities|killed|wounded)\\b[^:]{0,40}:\\s*${NUM}\\b(?!\\s*(?:km|%|\\s+[a-z]))`, "i"), null],
];
export const PREVIOUS_RE = new RegExp(`\\b(?:compared (?:to|with)|down from|up from|against|versus|vs\\.?|from)\\s+${NUM}\\s+(?:\\w+\\s+)?(?:(?:in|during|for|over) the (?:previous|preceding|prior|last) ${PREVIOUS_PERIOD}|(?:in|during) (?:${MONTH_NAMES})|the (?:previous|preceding|prior) ${PREVIOUS_PERIOD}|the ${PREVIOUS_PERIOD} before|(?:a|the|one) ${PREVIOUS_PERIOD} (?:earlier|before)|last ${PREVIOUS_PERIOD})|\\b(?:down|up) from\\s+${NUM}(?=\\s*(?:[.,;)]|$))|\\((?:the\\s+)?(?:previous|preceding|prior|last) ${PREVIOUS_PERIOD}\\s*:\\s*${NUM}\\)|\\(${NUM}\\s+(?:in\\s+|during\\s+)?the (?:previous|preceding|prior) ${PREVIOUS_PERIOD}\\)`, "i");
/** "(102 in the previous week)": a parenthesis that holds the previous period's figure, not a part. */
export const PREVIOUS_PAREN_RE = /\b(?:previous|preceding|prior|last)\s+(?:week|month|year|period|quarter)\b/i;
/** "rose from 45 the previous week to 52": the previous figure, then the current one. */
export const FROM_TO_RE = new RegExp(`\\b(?:rose|rising|increased|increasing|climbed|jumped|grew|fell|falling|dropped|declined|decreased|went (?:up|down))\\s+from\\s+${NUM}\\b[^.;:]{0,40}?\\bto\\s+${NUM}\\b`, "i");
/** "put the number of people killed or wounded at 128 ... and the number of wounded at 41": each descriptor (its metric words decide) and its figure. */
export const NUMBER_AT_RE = new RegExp(`\\b(?:and(?=\\s+the\\s+(?:number|total|toll|tally|count)\\s+of)|put|puts|putting|placed|places|set|sets|gave|gives)\\s+(?:(?:the|its)\\s+(?:number|total|toll|tally|count)\\s+of\\s+)?([^.;:]{3,80}?)\\s+at\\s+${NUM}\\b`, "gi");
// "Iraq 15, Sinai 9, West Africa 6": a label and its number, in a list after a colon.
// The count may carry its noun: "Iraq 10 attacks, Syria 6 attacks".
// Or a colon: "(Iraq: 12, Syria: 8)", "Iraq: 12 attacks; Syria: 8 attacks".
// "distributed as Colombo 186, ...", "By governorate, Idlib recorded 612 deaths, Hama 389, ...", "112 incidents logged - Borno 38, ...".
export const LABEL_NUMBER_RE = new RegExp(`(?:^|[(:;,]|(?<=\\d\\s+[\\w ]{0,40}?\\s)[-–—]|\\band|\\bof which|\\bincluding|\\bdistributed as)\\s*(?:the\\s+)?(${LIST_NAME}(?:\\s+(?:region|province|district|governorate|zone|county))?)(?:\\s*:|\\s+[–—-]|\\s+(?:recorded|registered|counted|saw))?\\s+${NUM}(?:\\s+(?:attacks|operations|incidents|events|casualties|deaths|fatalities))?(?=\\s*(?:[,;.)]|\\band\\b|$))`, "g");
/** "Iraq and Syria for 2 each": two parts of one count; groups 1 and 2 the names, 3 the count. */
export const FOR_EACH_PAIR_RE = new RegExp(`(?:^|[:;,]|\\band)\\s*(?:the\\s+)?(${LIST_NAME})\\s+and\\s+(?:the\\s+)?(${LIST_NAME})\\s+(?:(?:accounted|accounts)\\s+)?for\\s+${NUM}\\s+each\\b`, "g");
// "North Kivu accounted for 54 events, Ituri for 41 and Cabo Delgado for 23"
// "The Sahel region accounted for 398 of them": the name may carry its lower-case kind.
export const FOR_ITEM_RE = new RegExp(`(?:^|[:;,]|\\band)\\s*(?:the\\s+)?(${LIST_NAME})(?:\\s+(?:region|province|state|governorate|territory|district|county))?(?:\\s+alone)?\\s+(?:(?:accounted|accounts)\\s+)?for\\s+${NUM}\\b`, "g");
// "Iraq led with 21 attacks, followed by Syria with 9 and West Africa with 6", "Iraq again topped the list with 31", "Diyala tops the list with 41"
// "Central Africa led the provinces with 14 attacks; Mozambique followed with 11, ... and the Sahel with 2"
// "The governorate of Baghdad was the hardest hit, with 299 civilians killed", "Nangarhar Province was the worst affected, with 615 ..."
// "The West Africa Province was again at the top with 15 attacks", "Central Africa topped the list with 10 attacks, ahead of West Africa with 8"
export const WITH_ITEM_RE = new RegExp(`(?:^|[:;,]|\\band|\\bfollowed by|\\bahead of|\\b(?:governorate|province) of)\\s*(?:the\\s+)?(${LIST_NAME})(?:\\s+(?:Province|Governorate|province|governorate))?(?:\\s+(?:again\\s+|once again\\s+|still\\s+)?(?:led (?:the|all) (?:[\\w-]+\\s+)?(?:provinces|arenas|regions|countries|list|table|ranking)|led|leads|came first|ranked first|was first|(?:was|were) (?:again |once again |still )?at the top|came second|came next|followed|top(?:ped|s) (?:the|its) (?:list|table|ranking)|head(?:ed|s) (?:the|its) (?:list|table|ranking))\\s+|\\s+(?:was|were)\\s+(?:again\\s+|once again\\s+|still\\s+)?the\\s+(?:hardest[- ]hit|worst[- ](?:hit|affected)|most\\s+(?:affected|active|violent))(?:\\s+(?:governorate|province|region|state|arena|country|area))?,\\s+|,\\s+|\\s+)with\\s+${NUM}\\b`, "g");
export const METRIC_WORDS: [RegExp, Metric][] = [
  [/\bcasualt(?:y|ies)\b|\bkilled (?:and|or) wounded\b|\bwounded (?:and|or) killed\b|\bdead and wounded\b/gi, "casualties"],
  [/\battacks?\b|\boperations\b|\bincidents\b|\bevents\b|\bincursions\b|\bmodus operandi\b|\bair ?strikes\b/gi, "attacks"],
  [/\bfatalities\b|\bdeaths\b|\bkilled\b|\bdead\b|\bdied\b|\bneutrali[sz]ed\b|\beliminated\b|\bmartyred\b|\bmurdered\b|\bshaheed\b|\bshuhada\b|\bshahadat\b/gi, "killed"],
  [/\bwounded\b|\binjured\b/gi, "wounded"],
];
