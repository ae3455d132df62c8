// Tolls a monitor publishes with the groups they are made of: a cumulative count ("the number of
// people killed ... has risen to 61 since early February, including 12 children and seven women")
// and a period's total split by who died ("27 people were killed: 17 security personnel and 10
// civilians"). An incident's own toll ("bringing to three the number killed in that attack") is
// none of these.

import type { BreakdownItem } from "../core/incident.ts";
import type { Metric } from "../core/vocabulary.ts";
import { NUMBER_WORD_PATTERN, parseCardinal } from "./numbers.ts";
import { metricAt } from "./stat-metrics.ts";
import { NUM } from "./stat-patterns.ts";

export interface Toll {
  metric: Metric;
  total: number;
  parts: BreakdownItem[];
  /** What the parts split the total by, when not by who died ("198 of them by the air vectors"). */
  dimension?: "method";
}

const COUNT = `(?:\\d{1,3}(?:,\\d{3})+|\\d+|${NUMBER_WORD_PATTERN})`;
const RISE = "(?:risen|rose|climbed|increased|grown|grew|jumped|reached|gone up|went up|(?:now\\s+)?(?:stands|stood) at)";
// "the number of people killed by ... has risen to 61"
const NUMBER_OF_RE = new RegExp(`\\bthe\\s+(?:total\\s+)?(?:number|toll|tally|count)\\s+of\\s+([^.;:]{3,220}?)\\s+(?:(?:has|have|had)\\s+(?:now\\s+|thus\\s+)?)?${RISE}\\s+(?:to\\s+)?(${COUNT})\\b`, "i");
// "the death toll among civilians has risen to 40 since January"
const TOLL_RE = new RegExp(`\\bthe\\s+(death|casualty)\\s+toll\\b([^.;:]{0,120}?)\\s+(?:(?:has|have|had)\\s+(?:now\\s+)?)?${RISE}\\s+(?:to\\s+)?(${COUNT})\\b`, "i");
// "bringing to 61 the number of people killed since ...", "raising the number of ... to 61"
const BRINGING_TO_RE = new RegExp(`\\b(?:bringing|raising|taking)\\s+to\\s+(${COUNT})\\s+the\\s+(?:total\\s+)?(?:number|toll|tally|count)\\s+of\\s+([^.;:]{3,200})`, "i");
const BRINGING_OF_RE = new RegExp(`\\b(?:bringing|raising|taking)\\s+the\\s+(?:total\\s+)?(?:number|toll|tally|count)\\s+of\\s+([^.;:]{3,200}?)\\s+to\\s+(${COUNT})\\b`, "i");
/** A count over a span of time, not one event's: "since early February", "so far this year". */
const SPAN_RE = /\bsince\b|\bso far\b|\bto date\b|\bthis year\b|\bsince the (?:beginning|start)\b/i;
/** One event's toll: "killed in that attack". */
const ONE_EVENT_RE = /\b(?:that|this|the)\s+(?:attack|explosion|bombing|ambush|blast|incident|strike|raid|assault|clash)\b(?!s)/i;
// "27 people were killed: 17 ...", "left 27 dead: 17 ..." (NUM is a group of its own)
// "the Russian airstrikes had killed 370 people since they began, among them 127 civilians, ...": the same, told actively.
const PERIOD_TOTAL_RE = new RegExp(`\\b${NUM}\\s+(?:people|persons|individuals|civilians)\\s+(?:were|had been|have been)\\s+(killed|wounded|injured)\\b|\\bleft\\s+${NUM}\\s+(?:people\\s+)?(dead|wounded|injured)\\b|\\b(?:had|have|has)\\s+(killed|wounded|injured)\\s+${NUM}\\s+(?:people|persons|individuals)\\b`, "gi");
/** A period's total, not an incident's: the sentence counts attacks or a span. */
/** A span of months, not of days: "since January", "since early 2023", "since the start of the year". */
const LONG_SPAN_RE = /\bsince\s+(?:(?:early|late|mid-?|the end of|the start of|the beginning of)\s*)?(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:19|20)\d\d|the (?:start|beginning) of the year)\b/i;
const AGGREGATE_RE = /\battacks\b|\bincidents\b|\bthe (?:week|month|year|quarter|period)\b|\bsince\b|\bin total\b|\boverall\b/i;
/** How the parts are introduced after a total. */
const PARTS_INTRO_RE = /^\s*(?:people\s+|persons\s+)?(?:,\s*|\s+)?(?:(?:including|namely|among them|of whom|comprising|i\.e\.,?)\s+|:\s*|\s*[–—]\s*)/i;
/** Where a list's items split: before each count. */
const ITEM_SPLIT_RE = new RegExp(`(?:\\s*,\\s*|\\s+)(?:and\\s+)?(?=${COUNT}\\s)`, "gi");
// "17 security personnel", "17 were security personnel"
const ITEM_RE = new RegExp(`^(${COUNT})\\s+(?:(?:were|was|are)\\s+)?([^,;()]+)`, "i");
/** "Of the 27 killed, 17 were security personnel and 10 civilians." */
const OF_THE_RE = new RegExp(`\\b[Oo]f the\\s+${NUM}\\s+(?:people\\s+|persons\\s+)?(killed|dead|fatalities|deaths|wounded|injured)\\s*,\\s*`, "g");
/** The people a part counts, by the noun that ends it ("regime soldiers", "security personnel"). */
export const PERSON_HEAD_RE = /\b(?:children|child|women|men|girls|boys|minors|civilians|soldiers|personnel|officers|policemen|policewomen|police|constables|troops|fighters|militiamen|militants|insurgents|attackers|terrorists|gunmen|jihadists|students|workers|farmers|herders|worshippers|passengers|traders|teachers|journalists|refugees|nationals|foreigners|recruits|guards|commanders|militias|forces|members|army|elders|operatives|combatants|rebels|servicemen|jihadis|elements|takfiris|extremists|bandits|kharijites|khawarij|staff|inmates|prisoners|hostages|residents|villagers|pilgrims|employees|officials|volunteers)$/i;

function count(s: string): number | null {
  return parseCardinal(s);
}

/** "members of the Iranian-backed militias" -> "Iranian-backed militias"; null when it is not a group of people. */
export function personLabel(phrase: string): string | null {
  const label = phrase
    .trim()
    .replace(/^(?:other|more|further)\s+/i, "")
    .replace(/^members\s+of\s+(?:the\s+)?/i, "")
    .replace(/\s+(?:were|was|had|have|who|in|from|on|at|killed|wounded|injured)\b.*$/i, "")
    .trim();
  if (!label || label.split(/\s+/).length > 6 || /^(?:of|them|whom|these|those|people|persons)\b/i.test(label)) return null;
  // "211 fighters of other rebel organizations": the people, then whose they are.
  return PERSON_HEAD_RE.test(label) || PERSON_HEAD_RE.test(label.split(/\s+of\s+/, 1)[0]!) ? label : null;
}

/** The groups listed right after a total ("including 12 children and seven women"). */
export function personParts(after: string): BreakdownItem[] {
  const intro = PARTS_INTRO_RE.exec(after);
  if (!intro) return [];
  const list = after.slice(intro[0].length).split(/[;.(]/, 1)[0]!;
  const parts: BreakdownItem[] = [];
  for (const chunk of list.split(ITEM_SPLIT_RE)) {
    const m = ITEM_RE.exec(chunk.trim());
    const value = m ? count(m[1]!) : null;
    const label = m ? personLabel(m[2]!) : null;
    if (value === null || label === null) break;
    parts.push({ label, value });
  }
  return parts;
}

function cumulative(metric: Metric | null, total: number | null, descriptor: string, sentence: string, rest: string): Toll | null {
  if (!metric || total === null || ONE_EVENT_RE.test(descriptor) || !SPAN_RE.test(sentence)) return null;
  return { metric, total, parts: personParts(rest.replace(/^\s*since\b[^,;.]*/i, "")) };
}

/** The metric a descriptor counts: its first metric word ("people killed by ... attacks" counts the killed). */
function descriptorMetric(descriptor: string): Metric | null {
  return metricAt(descriptor, -1, null);
}

/** Tolls a sentence publishes, each with the groups listed after it. */
export function tollsIn(sentence: string): Toll[] {
  // Every shape below has a count word after a toll word or a verb of dying: a cheap gate first.
  if (!/\b(?:number|toll|tally|count|killed|wounded|injured|dead|fatalities|deaths|neutrali[sz]ed|fell|in all)\b/i.test(sentence)) return [];
  const out: Toll[] = [];
  const add = (t: Toll | null): void => {
    if (t && !out.some((o) => o.metric === t.metric)) out.push(t);
  };
  const n = NUMBER_OF_RE.exec(sentence);
  if (n) add(cumulative(descriptorMetric(n[1]!), count(n[2]!), n[1]!, sentence, sentence.slice(n.index + n[0].length)));
  const t = TOLL_RE.exec(sentence);
  if (t) add(cumulative(t[1]!.toLowerCase() === "death" ? "killed" : "casualties", count(t[3]!), t[2]!, sentence, sentence.slice(t.index + t[0].length)));
  const bt = BRINGING_TO_RE.exec(sentence);
  if (bt) {
    const descriptor = bt[2]!.split(/,/, 1)[0]!;
    add(cumulative(descriptorMetric(descriptor), count(bt[1]!), descriptor, sentence, bt[2]!.slice(descriptor.length)));
  }
  const bo = BRINGING_OF_RE.exec(sentence);
  if (bo) add(cumulative(descriptorMetric(bo[1]!), count(bo[2]!), bo[1]!, sentence, sentence.slice(bo.index + bo[0].length)));
  if (/\bof the\s+\d/i.test(sentence)) {
    for (let m = OF_THE_RE.exec(sentence); m; m = OF_THE_RE.exec(sentence)) {
      const total = Number(m[1]!.replace(/,/g, ""));
      const parts = personParts(`: ${sentence.slice(m.index + m[0].length)}`);
      if (parts.length >= 2 && parts.reduce((a, p) => a + p.value, 0) === total) add({ metric: /wounded|injured/i.test(m[2]!) ? "wounded" : "killed", total, parts });
    }
    OF_THE_RE.lastIndex = 0;
  }
  if (AGGREGATE_RE.test(sentence)) {
    PERIOD_TOTAL_RE.lastIndex = 0;
    for (let m = PERIOD_TOTAL_RE.exec(sentence); m; m = PERIOD_TOTAL_RE.exec(sentence)) {
      const total = Number((m[1] ?? m[3] ?? m[6]!).replace(/,/g, ""));
      const verb = (m[2] ?? m[4] ?? m[5]!).toLowerCase();
      const metric: Metric = verb === "killed" || verb === "dead" ? "killed" : "wounded";
      const rest = sentence.slice(m.index + m[0].length);
      // "had killed 370 people since they began, among them ...": the span said, then the parts.
      const parts = personParts(rest.replace(/^\s*since\b[^,;.]*/i, ""));
      // A list that adds up is the period's split of the total; over months ("since January")
      // the total stands alone, with the groups an "including" names further on.
      if (parts.length >= 2 && parts.reduce((a, p) => a + p.value, 0) === total) add({ metric, total, parts });
      else if (LONG_SPAN_RE.test(sentence) && !ONE_EVENT_RE.test(rest)) {
        const intro = /,\s*(?:including|namely|among them|of whom)\s/i.exec(rest);
        add({ metric, total, parts: intro ? personParts(rest.slice(intro.index)) : [] });
      }
    }
  }
  const means = sentence.includes(" of them by ") ? BY_MEANS_RE.exec(sentence) : null;
  if (means) {
    const [total, first, second] = [count(means[1]!), count(means[3]!), count(means[5]!)];
    if (total !== null && first !== null && second !== null && first + second === total) {
      const parts = [{ label: means[4]!.trim(), value: first }, { label: means[6]!.trim(), value: second }];
      add({ metric: /wounded|injured/i.test(means[2]!) ? "wounded" : "killed", total, parts, dimension: "method" });
    }
  }
  const inAll = sentence.includes(" in all") || sentence.includes(" in total") ? IN_ALL_RE.exec(sentence) : null;
  if (inAll) {
    const total = count(inAll[2]!);
    const parts: BreakdownItem[] = [];
    for (const m of inAll[1]!.matchAll(PART_OF_LIST_RE)) {
      const value = count(m[1]!);
      if (value !== null) parts.push({ label: m[2]!, value });
    }
    if (total !== null && parts.length >= 2 && parts.reduce((a, x) => a + x.value, 0) === total) add({ metric: "killed", total, parts });
  }
  return out;
}

// "412 terrorists were neutralised, 198 of them by the air vectors and 214 by ground units": a total split by who killed them.
const BY_MEANS_RE = new RegExp(`\\b(${COUNT})\\s+(?:[\\w'-]+\\s+){0,3}?(?:were|have been|had been)\\s+(neutrali[sz]ed|killed|eliminated|wounded|injured)\\b[^.;]{0,40}?,\\s*(${COUNT})\\s+of\\s+them\\s+by\\s+(?:the\\s+)?([^,;.]{2,40}?)\\s+and\\s+(${COUNT})\\s+by\\s+(?:the\\s+)?([^,;.]{2,40}?)(?=\\s*(?:[,;.]|$))`, "i");
// "the 41 soldiers and 63 VDP who fell in April, 104 in all": the dead by who they were, then their sum.
const IN_ALL_RE = new RegExp(`\\b((?:${COUNT}\\s+[\\w'-]+(?:,\\s+(?:and\\s+)?|\\s+and\\s+)){1,5}${COUNT}\\s+[\\w'-]+)\\s+(?:who|that)\\s+(?:fell|died|perished|were killed|lost their lives)\\b[^.;]{0,40}?,\\s*(${COUNT})\\s+in\\s+(?:all|total)\\b`, "i");
const PART_OF_LIST_RE = new RegExp(`(${COUNT})\\s+([\\w'-]+)`, "gi");

/** A sentence that states someone's figures: "According to the figures it presented, ...". */
const FIGURES_RE = /\baccording to (?:the |its |their |these |official )?(?:figures|statistics|data|tally|numbers)\b|\bsince (?:the (?:start|beginning|launch|outset) of|it (?:began|started))\b|\b(?:during|in the course of) the (?:operation|offensive|campaign)\b|\bsummari[sz]ed the (?:results|outcome)\b|\b(?:figures|statistics|tally) (?:it|they|which) (?:presented|released|published|issued|gave|announced)\b/i;
// "1,294 ISIS operatives were killed", "the SDF lost 11 fighters", "45 soldiers lost their lives"
const FATE_PART_RE = new RegExp(`\\b(${COUNT})\\s+([^,;:.()]{2,60}?)\\s+(?:(?:were|had been|have been)\\s+killed|lost their lives)\\b|\\b(${COUNT})\\s+([^,;:.()]{2,60}?)\\s+killed(?=\\s*(?:[,;.]|and\\b|$))|\\blost\\s+(${COUNT})\\s+([^,;:.()]{2,40}?)(?=\\s*(?:[,;.()]|$)|\\s+(?:and|in|while|during)\\b)`, "gi");

const FATE_PAIR_RE = new RegExp(`\\b(${COUNT})\\s+([^,;:.()]{2,40}?)\\s+and\\s+(${COUNT})\\s+([^,;:.()]{2,60}?)\\s+(?:(?:were|had been|have been)\\s+killed|lost their lives)\\b`, "i");

/**
 * The dead of each side in a sentence that states a campaign's figures ("1,294 ISIS operatives were
 * killed and 522 were taken prisoner; the SDF lost 11 fighters"): parts with no total. Empty unless
 * the sentence says whose figures they are and names at least two groups of people.
 */
export function figureParts(sentence: string): BreakdownItem[] {
  if (!FIGURES_RE.test(sentence)) return [];
  // "157 takfiri operatives and 33 soldiers and officers had been killed": two sides before one verb.
  const pair = FATE_PAIR_RE.exec(sentence);
  if (pair) {
    const sides = [[pair[1]!, pair[2]!], [pair[3]!, pair[4]!]].map(([n, phrase]) => ({ value: count(n!), label: personLabel(phrase!) }));
    if (sides.every((x) => x.value !== null && x.label !== null)) return sides.map((x) => ({ label: x.label!, value: x.value! }));
  }
  const parts: BreakdownItem[] = [];
  FATE_PART_RE.lastIndex = 0;
  for (let m = FATE_PART_RE.exec(sentence); m; m = FATE_PART_RE.exec(sentence)) {
    const value = count(m[1] ?? m[3] ?? m[5]!);
    const phrase = m[2] ?? m[4] ?? m[6]!;
    // "the SDF lost 11 fighters": the fighters are the SDF's.
    const owner = m[6] !== undefined ? /\b(?:the\s+)?([A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)\s*$/.exec(sentence.slice(0, m.index))?.[1] : undefined;
    const label = personLabel(phrase);
    if (value === null || label === null) continue;
    parts.push({ label: owner && !label.includes(owner) ? `${owner} ${label}` : label, value });
  }
  return parts.length >= 2 ? parts : [];
}
