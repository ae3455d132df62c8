// The cues of the statistics reader: which paragraphs hold published figures, which sentences of an
// item that reports an event are figures all the same, and the rewrites that make a paragraph's
// figures read alike (same length, so offsets hold).

import { MONTH_NAMES } from "./stat-patterns.ts";

export const STAT_CUE_RE = /\b[Bb]y (?:type|method|kind|category|month|country|perpetrator|group|actor|target)(?:\s*\([^()]{1,40}\))?:|\bwilay(?:ah|at)\b|\btotals\b|\d\s+in all\b|\btally\b|\bfatalities\b|\bneutrali[sz]ed\b|\bdeaths\b|\bevents\b|\boperations\b|\d\s+air ?strikes\b|\b(?:killed|wounded|injured)\b[^.;]{0,80}?,\s+\d[\d,]*\s+of (?:them|whom)\b|\binfographic|\bstatistic|\bdata\b|\bfigures?\b|\bprovinces?\b|\bcasualt|\battacks\b|\bin total\b|\ba total of\b|\bbreakdown\b|\bnumber of\b|\btoll\b|\bincidents\b|\bby (?:territory|region|district|county)\b|\b(?:have|had) been (?:killed|murdered)\b[^.]*\bsince\b|\bsince\b[^.]*\b(?:have|had) been (?:killed|murdered)\b|\bsince (?:the (?:start|beginning|launch|outset) of|it (?:began|started))\b[^.]*\bkilled\b|\b(?:during|in the course of) the (?:operation|offensive|campaign)\b[^.]*\blost their lives\b|\b(?:recorded|documented|counted)\s+(?:more than |over |at least )?\d|:\s*\d[\d,]*\s+\w[^.;:]*,\s*\d|\bsince\b[^.;]{0,80}\b(?:have|has|had) (?:killed|eliminated|neutrali[sz]ed)\s+\d|\b(?:have|had) been martyred\b[^.]*\bsince\b|\b(?:has|have) so far (?:killed|eliminated|neutrali[sz]ed)\s+(?:more than |over |some |about )?\d|^Since the (?:start|beginning|launch|outset) of\b|\bkilled and another \d|\b(?:(?:were|had been|have been) killed|lost their lives)\b[^.;]{0,80}?\bin (?:January|February|March|April|May|June|July|August|September|October|November|December) \d{4}\b|\b(?:hardest|worst)[- ]hit (?:governorate|province|region|state|area)\b|\b(?:have|has|had) killed\s+\d[\d,]*\s+(?:people|persons|civilians)\b[^.;]{0,40}\bsince\b|\b(?:were|have been|had been) (?:killed|murdered)\b[^.;]{0,80}?\b(?:between|since) the (?:beginning|start) of\b|\b(?:murders|killings) (?:have|had) been (?:recorded|documented|registered|counted)\b/i;
/** "2,316 civilian casualties (806 deaths and 1,510 injured)": the split as the figures' own words, in the same length. */
export const DEATHS_INJURED_RE = /\((\d[\d,]*) deaths and (\d[\d,]*) injured\)/g;
/** "Deir ez-Zor 24 counted 17 ...": a number that ends an outlet's name before what it reports is no figure. */
export const NAME_NUMBER_RE = /\b([A-Z][\w'’-]*(?:[ -](?:[a-z]{1,3}[ -])?[A-Z][\w'’-]*)*)\s+\d{1,3}(?=\s+(?:counted|reported|said|posted|wrote|published|recorded|documented|listed|reports|says|counts)\b)/g;
/** "in Idlib province - 11, in Aleppo province - 9": a briefing's parts, as the "Idlib province (11)" the list readers know. */
export const IN_PLACE_DASH_RE = /\bin ((?:the )?[A-Z][\w'’-]*(?: [\w'’-]+){0,3}?) [-–—] (\d[\d,]*)\b/g;
/** "Iraq, 15; Syria, 11; Sinai, 6": a list of names and counts joined by semicolons, read as "Iraq: 15; ..." (same length). */
export const COMMA_PAIRS_RE = /(?:\b[A-Z][A-Za-z'’ -]{0,30}?[A-Za-z],\s\d{1,4}\s*;\s*)+(?:and\s+)?\b[A-Z][A-Za-z'’ -]{0,30}?[A-Za-z],\s\d{1,4}(?=\s*[.;)]|\s*$)/g;
export const COMMA_PAIR_RE = /([A-Za-z]),(\s\d{1,4})\b/g;
export const SUMMED_UP_RE = /\b(?:summari[sz]ed|summed up)\s+(?:the|its|their)\s+(?:[\w-]+\s+)?(?:results|outcome|toll|activity|activities|operations)\b|\b(?:broadcast|published|released|issued|aired|posted)\s+an?\s+(?:weekly\s+|monthly\s+)?(?:summary|round-?up|tally)\s+of\b/i;
export const REFERENCE_MARK_RE = /\[\d{1,3}(?:\s*[,–-]\s*\d{1,3})*\]/g;
/** A count of attacks or events a sentence publishes ("conducted 60 attacks", "recorded 54 ISWAP attacks"). */
export const FIGURE_AMONG_RE = /\b(?:conducted|carried out|recorded|documented|counted|registered|claimed)\s+(?:a total of |some |about |more than |over )?\d[\d,]*\s+(?:[\w'’-]+\s+){0,2}?(?:attacks|operations|events|incidents|fatalities)\b/i;
/** ... and says against what or from whose data: "up from 41 in February", "according to ACLED data". */
/** "since the start of the operation, 250 terrorists and 35 members of the armed forces had been killed": a campaign's dead by side. */
// "since the SDF launched its offensive on the Hajin pocket on September 10, 2018, more than 1,000 ISIS operatives and about 600 SDF fighters have been killed".
export const CAMPAIGN_TOLL_RE = /\bsince (?:the (?:start|beginning|launch|outset) of\b|[^.;]{0,60}?\b(?:launched|began|started)\b)[^.]{0,160}?\b\d[\d,]*\s+[^.;]{2,60}?\s+and\s+(?:about\s+|some\s+|nearly\s+|more than\s+|over\s+)?\d[\d,]*\s+[^.;]{2,60}?\s+(?:had been|have been|were)\s+killed\b/i;
/** "According to the SOHR, 21 people have been murdered in the camp since January 1, 2021: ...": a running toll told beside an incident. */
// "Since the beginning of 2022, at least 27 camp residents have been murdered": the same, the span first.
export const RUNNING_TOLL_RE = new RegExp(`\\b\\d[\\d,]*\\s+(?:[\\w'’-]+\\s+){0,6}?(?:have|has) been (?:killed|murdered|executed)\\b[^.;]{0,80}?\\bsince\\s+(?:the\\s+(?:start|beginning)\\s+of\\s+)?(?:(?:early|mid-?|late)\\s+)?(?:${MONTH_NAMES}|(?:19|20)\\d\\d)\\b|\\b[Ss]ince\\s+the\\s+(?:start|beginning)\\s+of\\s+(?:the year|(?:19|20)\\d\\d)\\b[^.;]{0,40}?\\b\\d[\\d,]*\\s+(?:[\\w'’-]+\\s+){0,6}?(?:have|has) been (?:killed|murdered|executed)\\b`);
/** A toll of a span or a whole fight, told by side: "since May 23, ... had been killed", "the final toll ...: ..., a total of 499". */
export const SIDE_TOLL_CUE_RE = /\bsince\b[^.;]{0,120}?\b(?:had|have) been killed\b|\b(?:final|overall|full|complete|running) (?:toll|tally|count)\b[^.]{0,300}?\bkilled\b/i;
export const FIGURE_FRAME_RE = /\b(?:up|down) from\s+\d|\bcompared (?:to|with)\s+\d|\baccording to [\w' -]{0,30}?\b(?:data|figures|statistics|tally|count)\b|\bACLED\b/i;
/** A count "in May 2015": the figures of that month. */
// Not "Since the attacks ... in December 2021" nor "since the beginning of the operation in August 2016": the start of a longer span.
export const MONTH_FIGURES_RE = new RegExp(`\\b(?:killed|wounded|injured|lives|attacks|incidents|casualties|operations|activity|activities)\\b(?:(?!\\bsince\\b)[^.;]){0,80}?\\b(?:in|during)\\s+(?:${MONTH_NAMES})\\s+(?:19|20)\\d\\d\\b(?<!\\bsince\\b[^.;]{0,120})`, "i");
export const INCIDENT_START_RE = /^(?:On|In the (?:early )?(?:morning|evening|night) of)\s+(?:\w+day,?\s+)?(?:[A-Z][a-z]+\.?\s+\d|\d{1,2}\s+[A-Z])/;
/** "On September 18, the SOHR reported that since the beginning of 2023, ISIS attacks had killed 312 people": a dated report of a running toll; "On March 20, Amaq published an infographic ...": a dated release of figures. */
export const DATED_FIGURES_RE = /\b(?:published|released|announced|issued|gave)\s+(?:the|its|a)\s+(?:final|overall|full|complete)\s+(?:toll|tally|count)\b|\b(?:published|released|posted|issued)\s+(?:an?|its|the)\s+(?:new\s+|weekly\s+|monthly\s+)?infographic\b|\bsince the (?:start|beginning|outset) of\b[^.;]{0,120}?\b(?:have|has|had) (?:killed|claimed the lives of)\s+(?:more than |over |at least |some )?\d|\b\d[\d,]*\s+(?:[\w'’-]+\s+){0,6}?(?:have|has|had) been (?:killed|murdered|executed)\b[^.;]{0,80}?\bsince\b/i;
