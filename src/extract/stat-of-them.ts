// Counts that name the part of them a sentence singles out: "41 suicide operations, 36 of them in
// Mosul", "112 people have been killed ..., 71 of them civilians", "21 of the operations were
// suicide bombings, 17 of which in Mosul". The wording itself says what the part is: a place
// (however small: a city, "the Sinjar area") or the kind of people counted.

import type { Metric } from "../core/vocabulary.ts";
import { isPlaceLike, statLabel, type StatLabel } from "./stat-labels.ts";
import { NUM } from "./stat-patterns.ts";
import { toNumber } from "./stat-text.ts";
import { eachMatch } from "./matches.ts";
import type { StatItem as Item } from "./stat-unknown-names.ts";

/** "36 of them in Mosul", "17 of which were carried out in Mosul": the match of IN_ITEM_RE names a part of a count. */
const OF_PART_RE = /\bof\s+(?:them|which|these|those)\b/i;
/** "the Sinjar area", "the Hama countryside": a place with the word for its surroundings. */
const SURROUNDINGS_RE = /\s+(?:area|countryside|region|outskirts)$/i;

/**
 * The label of a part "N of them in <name>": a name the label tables leave as "other" is a place
 * all the same (below the province, so listed at admin-1 level, the contract's nearest dimension).
 */
export function placedPart(item: string, label: StatLabel): StatLabel {
  if (!OF_PART_RE.test(item) || !label.named || label.dimension !== "other") return label;
  return isPlaceLike(label.label.replace(SURROUNDINGS_RE, "")) ? { label: label.label, dimension: "admin1", named: true } : label;
}

/** "21 of the operations were suicide bombing attacks": a kind of the attacks counted before, with its own count. */
const KIND_OF_THEM_RE = new RegExp(`\\b${NUM}\\s+of\\s+(?:the|these|those|them|its|their)\\s+(?:(?:[\\w-]+\\s+){0,2}?(?:attacks|operations))?\\s*(?:were|was)\\s+(?:[\\w"“”'’-]+\\s+){0,3}?(?:suicide\\s+(?:bombing\\s+)?(?:attacks|operations|bombings)|["“]?martyrdom(?:-seeking)?\\s+operations["”]?|car bombs?|IEDs?|(?:IED|sniper|rocket|mortar)\\s+attacks|ambushes|assassinations)\\b`, "i");

/** The count of a kind of attacks inside the ones counted before it ("21 of the operations were suicide bombings"), or null. */
export function kindOfThem(sentence: string): { metric: Metric; value: number } | null {
  const m = sentence.includes(" of ") ? KIND_OF_THEM_RE.exec(sentence) : null;
  return m ? { metric: "attacks", value: toNumber(m[1]!) } : null;
}

/** "..., 71 of them civilians": one kind of people among the count just told. */
const ONE_OF_THEM_RE = new RegExp(`,\\s+(?:including\\s+)?${NUM}\\s+of\\s+(?:them|whom)\\s+(?:were\\s+)?([a-z][\\w'’ -]{2,40}?)(?=\\s*(?:[;.)]|$))`, "g");

/** The parts "N of them <people>" of a sentence whose toll `metric` counts, each with its label (a target). */
function peopleOfThem(sentence: string): { label: string; value: number }[] {
  if (!sentence.includes(" of ")) return [];
  const out: { label: string; value: number }[] = [];
  ONE_OF_THEM_RE.lastIndex = 0;
  for (let m = ONE_OF_THEM_RE.exec(sentence); m; m = ONE_OF_THEM_RE.exec(sentence)) {
    const label = statLabel(m[2]!);
    if (label.named && label.dimension === "target") out.push({ label: label.label, value: toNumber(m[1]!) });
  }
  return out;
}

/** "Of them, 1,841 were civilians, 954 were soldiers ... and 130 were members of ISIS": who the people just counted were, part by part. */
const OF_THEM_LEAD_RE = /^\s*(?:Of (?:them|those|these|the (?:\d[\d,]*\s+)?(?:(?:people|persons)\s+)?(?:dead|victims|killed|wounded|injured))|Among (?:them|the dead|the victims)),\s*/i;
const PART_RE = /^(\d[\d,]*)\s+(?:were|was)\s+(?:members of\b|[a-z])/;
/** Where a part's label stops: what it says of them beyond who they were. */
const LABEL_END_RE = /\s*\(.*$|\s+(?:accused|suspected|who|whom|which|killed|executed|including|among)\b.*$|\s+itself\b.*$/;

/** The parts of such a sentence, with the metric its lead names (null: the count told before), or null. */
function ofThemList(sentence: string): { metric: Metric | null; items: { label: string; value: number }[] } | null {
  const lead = OF_THEM_LEAD_RE.exec(sentence);
  if (!lead) return null;
  const metric: Metric | null = /wounded|injured/i.test(lead[0]) ? "wounded" : /dead|killed|victims/i.test(lead[0]) ? "killed" : null;
  const items: { label: string; value: number }[] = [];
  // "52 were members of the security forces (21 army soldiers, 18 policemen ...), 41 were ...": a part's own parts are left out.
  for (const raw of sentence.slice(lead[0].length).replace(/\s*\([^()]*\)/g, "").replace(/[.;]\s*$/, "").split(/,\s+(?:and\s+)?(?=\d)|\s+and\s+(?=\d)/)) {
    const part = PART_RE.exec(raw.trim());
    if (!part) return null;
    const label = raw.trim().slice(part[1]!.length).replace(/^\s+(?:were|was)\s+/, "").replace(LABEL_END_RE, "").trim();
    if (label.length < 3 || label.length > 70) return null;
    items.push({ label, value: toNumber(part[1]!) });
  }
  return items.length >= 2 ? { metric, items } : null;
}

// "Of those, 535 were civilians and ...", "..., of whom 612 were civilians and 237 were ...", "..., of them 472 civilians and 219 ...": the parts of the dead just told.
// "..., 844 were civilians and 488 belonged to the security forces": the side a part belonged to.
const OF_THOSE_RE = new RegExp(`(?:\\b[Oo]f (?:those|the(?:se)?)(?:\\s+(killed|dead|wounded|injured))?,|,\\s+(?:of whom|of them|among them))\\s+${NUM}\\s+(?:were\\s+)?([^,;.]{2,60}?)\\s+and\\s+${NUM}\\s+(?:were\\s+|belonged\\s+to\\s+(?:the\\s+)?)?([^,;.]{2,60}?)(?=[;.,]|$)`, "g");
// "..., 410 of them civilians and 260 members of the security forces": the same, the count before "of them".
const N_OF_THEM_RE = new RegExp(`,\\s+${NUM}\\s+of\\s+(?:them|whom)\\s+(?:were\\s+)?(?!(?:in|at|by|on|near|from|during)\\b)([a-z][^,;.]{1,59}?)\\s+and\\s+${NUM}\\s+(?:were\\s+)?(?!(?:in|at|by|on|near|from|during)\\b)([a-z][^,;.]{1,59}?)(?=[;.,]|$)`, "g");

/** A count's two parts by who they were, read from a match's four groups from `first` on (number, label, number, label). */
export function twoParts(m: RegExpExecArray, first: number, metric: Metric): Item[] {
  // "844 were civilians (including members of the civil police)": the remark in brackets is no part of the label.
  return [0, 2].map((k) => ({ label: m[first + k + 1]!.replace(/\s*\([^()]*\)\s*$/, "").trim(), value: toNumber(m[first + k]!), metric, dimension: "target" }));
}

/**
 * Who the people a sentence counts were, part by part, as target parts: "Of those killed, 733 were
 * civilians and 298 ...", "Of them, 1,841 were civilians, 954 were ...", "..., 410 of them
 * civilians and 260 ...", and "..., 71 of them civilians" of the sentence's one new toll
 * (`newToll`; `lastTotal` is the count told before). Parts already among `seen` are not repeated.
 */
export function whoTheyWere(sentence: string, lastTotal: Metric | null, newToll: Metric | null, seen: readonly Item[]): Item[] {
  const out: Item[] = [];
  // "Of those killed, 733 were civilians and 298 were members of the security forces; of the wounded, ...": each total's parts.
  for (const m of sentence.includes("f th") || sentence.includes("of whom") ? eachMatch(OF_THOSE_RE, sentence) : []) {
    const metric: Metric = m[1] === undefined || /^(?:killed|dead)$/i.test(m[1]) ? "killed" : "wounded";
    out.push(...twoParts(m, 2, metric));
  }
  // "Of them, 1,841 were civilians, 954 were soldiers, ... and 130 were members of ISIS": any number of parts.
  const list = out.length === 0 ? ofThemList(sentence) : null;
  const listMetric = list ? list.metric ?? lastTotal : null;
  if (list && (listMetric === "killed" || listMetric === "wounded" || listMetric === "casualties")) {
    for (const { label, value } of list.items) out.push({ label, value, metric: listMetric, dimension: "target" });
  }
  for (const m of sentence.includes(" of them ") || sentence.includes(" of whom ") ? eachMatch(N_OF_THEM_RE, sentence) : []) {
    out.push(...twoParts(m, 1, "killed"));
  }
  // "112 people have been killed ..., 71 of them civilians": who part of the sentence's one new toll were.
  if (newToll) {
    for (const { label, value } of peopleOfThem(sentence)) {
      if (![...seen, ...out].some((i) => i.value === value && i.label === label)) out.push({ label, value, metric: newToll, dimension: "target" });
    }
  }
  return out;
}
