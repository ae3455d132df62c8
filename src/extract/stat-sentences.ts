// The figures of one paragraph, sentence by sentence: totals ("carried out 48 attacks"), the
// previous period's ("compared to 45"), and the parts of a breakdown ("Diyala (499)", "50 in
// Borno", "Iraq 15", "Ituri for 41"), each with the metric its words give.

import type { Metric } from "../core/vocabulary.ts";
import { firstMetric, metricAt, notAttacks } from "./stat-metrics.ts";
import { figureParts, tollsIn } from "./stat-tolls.ts";
import { ledCounts } from "./stat-led.ts";
import { colonBreakdowns } from "./stat-colon-lists.ts";
import { methodCounts, methodList } from "./stat-method-counts.ts";
import { byList, byWhomList } from "./stat-by-lists.ts";
import { arenaScopedParts, subParts } from "./stat-sums.ts";
import { kindOfThem, placedPart, twoParts, whoTheyWere } from "./stat-of-them.ts";
import { sideTolls } from "./stat-side-tolls.ts";
import { isYear, toNumber } from "./stat-text.ts";
import { statLabel } from "./stat-labels.ts";
import { isUnknownPlace, settleUnknown, trailingName, type StatItem as Item } from "./stat-unknown-names.ts";
import { splitSentences } from "./text.ts";
import { eachMatch, splitAt } from "./matches.ts";
import { NUM, FOR_EACH_PAIR_RE, FOR_ITEM_RE, FROM_TO_RE, IN_ITEM_RE, LABEL_NUMBER_RE, NUMBER_AT_RE, PAREN_ITEM_RE, PREVIOUS_RE, TOTAL_RES, WITH_ITEM_RE, PREVIOUS_PAREN_RE } from "./stat-patterns.ts";

const PAREN_IN_LIST_RE = /\((\s*\d[\d,]*\s+in\s+[^()]{3,200})\)/g;
const PAREN_PART_SPLIT_RE = /,\s*(?:and\s+)?|\s+and\s+(?=\d)/;
const PAREN_PART_RE = /^(\d[\d,]*)\s+in\s+(?:the\s+)?(.{2,80})$/;
/** "people killed in these attacks": what the descriptor counts is said before its qualifiers. */
/** "(605 civilians and 498 members of the security forces)": two parts of a count, each a number and who they were. */
const PAREN_TWO_PARTS_RE = new RegExp(`\\(${NUM}\\s+([a-z][\\w'’ -]{2,40}?)\\s+and\\s+${NUM}\\s+([a-z][\\w'’ -]{2,60}?)\\)`, "g");
const WOUNDED_TOO_RE = /^\s+(?:people\s+|civilians\s+)?(?:killed|dead)\s+and\s+(\d[\d,]*)\s+(?:were\s+)?(?:wounded|injured)\b/;
const BY_PLACE_LEAD_RE = /^\s*By (?:governorate|province|region|district|state|country|arena)\s*,\s*(?:the\s+)?[A-Z][\w'’ -]{1,40}?\s+(?:recorded|registered|counted|saw|had)\s+\d/i;
const OTHER_PLACES_RE = /^(?:the\s+)?other\s+(provinces|areas|regions|arenas|countries|governorates|states)$/i;
const DESCRIPTOR_TAIL_RE = /\s+(?:in|during|from|by|over|since)\s+.*$/;
// "with 615 civilian deaths": the count's own noun, after the people it counts.
const METRIC_AFTER_RE = /^\s*(?:of\s+(?:the\s+)?)?(?:people\s+|persons\s+|civilians?\s+)?(?:killed (?:and|or) wounded|wounded (?:and|or) killed|casualties|dead|deaths|fatalities|killed|wounded|injured|attacks|operations)\b/i;
const NAME_NOTE_RE = /(?<=[A-Za-z])\s+\([^()\d]{3,60}\)(?=\s+\d)/g;
const PLACE_TAIL_RE = /\b(?:in|at)\s+(?:the\s+)?([^,;:()]{2,60})$/;
const CHUNK_BREAK_RE = /[;:),]|\bfollowed by\b|\b(?:was|were)\s+(?:among|in)\b|\bamong\b|\bthen come\b/gi;

// "Most of them were in Central Africa (9) and West Africa (8)": the same.
const OF_THESE_RE = /^\s*(?:Of (?:these|them|those)|Among (?:these|them|those)|(?:Most|Many|All|The majority) of (?:these|them|those|the attacks)\b)/i;

export interface SentenceFigures {
  items: Item[];
  totals: Map<Metric, number>;
  previous: Map<Metric, number>;
  /** Counts led by their regions, for ledBreakdown. */
  led: Item[];
  /** The paragraph gives each side's dead (figureParts): parts of no total stated before it. */
  sides: boolean;
}

const NEXT_NAME_RE = /^\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?([A-Z][\w'’ -]{1,40}?)(?=\s*(?:,|\band\b|[.;:()]|$))/;

/** The names a list goes on with after its first ("[the Sahel], Mozambique and Syria, and two in Iraq"), up to its next count. */
function namesContinuing(rest: string): string[] {
  const out: string[] = [];
  let text = rest;
  for (let m = NEXT_NAME_RE.exec(text); m && out.length < 8; m = NEXT_NAME_RE.exec(text)) {
    out.push(m[1]!.trim());
    text = text.slice(m[0].length);
  }
  return out;
}

/** Adds the parts whose counts the sentence's other readings (items from `first` on) did not already give for that metric and dimension. */
function addNewParts(items: Item[], first: number, parts: readonly { label: string; value: number }[], metric: Metric, dimension: "target" | "method"): void {
  for (const { label, value } of parts) {
    if (!items.slice(first).some((i) => i.metric === metric && i.dimension === dimension && i.value === value)) items.push({ label, value, metric, dimension });
  }
}

/** The figures the sentences of `text` state; `subject` is its opening words, `headingMetric` the heading's metric. */
export function readFigureSentences(text: string, subject: string, headingMetric: Metric | null): SentenceFigures {
  const items: Item[] = [];
  const totals = new Map<Metric, number>();
  // The previous period's figure, by the metric its sentence states ("48 attacks, compared to 45").
  const previous = new Map<Metric, number>();
  let paragraphMetric: Metric | null = metricAt(text, text.length, null);
  // "Weekly totals per province: ..." under an "ISIS attacks by province" heading counts attacks.
  paragraphMetric = firstMetric(text) ?? paragraphMetric ?? headingMetric;
  const led: Item[] = [];
  let sides = false;
  let lastTotal: Metric | null = null;
  // "58 soldiers and policemen, 26 civilians and 191 militants had been killed" since a date: each side's dead.
  const addSides = (sentence: string, first: number, totalsBefore: ReadonlySet<Metric>): void => {
    for (const t of sideTolls(sentence)) {
      if (t.total !== null && !totals.has(t.metric)) totals.set(t.metric, t.total);
      if (t.total === null) sides = true;
      // "more than 320 SDF fighters and about 500 ISIS operatives have been killed": one side's dead is no total.
      if (t.total === null && !totalsBefore.has(t.metric) && t.parts.some((p) => p.value === totals.get(t.metric))) totals.delete(t.metric);
      addNewParts(items, first, t.parts, t.metric, "target");
    }
  };
  for (const s of splitSentences(text)) {
    // "Nineveh Province (the battle for Mosul) 68": a note between a name and its count is no part of either.
    const sentence = s.text.includes("(") ? s.text.replace(NAME_NOTE_RE, "") : s.text;
    // "The attacks killed nine SDF fighters and four civilians": counts in words are read as sides only.
    if (!/\d/.test(sentence)) {
      addSides(sentence, items.length, new Set(totals.keys()));
      continue;
    }
    const first = items.length;
    // "... reported 38 attacks. Of these, 14 were carried out in West Africa, ...": the parts count what the total before them counts.
    if (OF_THESE_RE.test(sentence) && lastTotal !== null) paragraphMetric = lastTotal;
    // "The methods were broken down as follows: 21 IEDs, 18 armed attacks, eight assassinations and five sniper attacks."
    const methods = methodList(sentence);
    if (methods.length >= 2) {
      for (const { label, value } of methods) items.push({ label, value, metric: "attacks", dimension: "method" });
      continue;
    }
    // "By type: IED 18, armed attack/clash 15, ...", "Persons killed by month: July 28, August 18, ...".
    const announced = byList(sentence);
    if (announced) {
      const metric = announced.metric ?? lastTotal ?? paragraphMetric ?? "attacks";
      if (announced.total !== null && !totals.has(metric)) totals.set(metric, announced.total);
      for (const { label, value } of announced.items) items.push({ label, value, metric, dimension: announced.dimension });
      continue;
    }
    // "Of these, 46 were killed by JNIM, 38 by ISSP and 59 by the army": the dead by who killed them (or by what).
    const byWhom = byWhomList(sentence);
    if (byWhom) {
      for (const { label, value } of byWhom.items) items.push({ label, value, metric: byWhom.metric, dimension: statLabel(label).dimension === "method" ? "method" : "perpetrator" });
      continue;
    }
    // "Broken down by type, there were 33 IED attacks, 29 clashes, ...", "96 of them by suicide bombings, 71 by IEDs and ...".
    const methodRuns = methodCounts(sentence);
    for (const c of methodRuns) {
      if (c.total !== null && !totals.has(c.metric)) totals.set(c.metric, c.total);
    }
    led.push(...ledCounts(sentence));
    const totalsBefore = new Set(totals.keys());
    // A toll with the groups it is made of ("has risen to 61 since ..., including 12 children").
    for (const toll of tollsIn(sentence)) {
      if (totals.has(toll.metric)) continue;
      totals.set(toll.metric, toll.total);
      for (const { label, value } of toll.parts) items.push({ label, value, metric: toll.metric, dimension: toll.dimension ?? "target" });
    }
    // A count inside the paragraph's total ("Of the 22 attacks in Iraq, ...", "41 suicide operations, 36 of them in Mosul").
    let sub: { metric: Metric; value: number } | null = null;
    // "By governorate, Idlib recorded 612 deaths, Hama 389, ...": the first part's count, not the total.
    const byPlace = BY_PLACE_LEAD_RE.test(sentence);
    for (const [re, rule] of TOTAL_RES) {
      const m = re.exec(sentence);
      if (m && notAttacks(sentence.slice(0, m.index), m[0], sentence.slice(m.index + m[0].length))) continue;
      if (m && byPlace) continue;
      const metric: Metric | null = m ? rule ?? firstMetric(m[0]) ?? metricAt(sentence, m.index, paragraphMetric) : null;
      if (m && metric && !totals.has(metric)) {
        totals.set(metric, toNumber(m[1]!));
        lastTotal = metric;
      } else if (m && metric && !sub && totalsBefore.has(metric) && toNumber(m[1]!) < totals.get(metric)!) sub = { metric, value: toNumber(m[1]!) };
    }
    // "21 of the operations were suicide bombing attacks, 17 of which in Mosul": a kind's count inside the total.
    const kind = sub ? null : kindOfThem(sentence);
    if (kind && totals.has(kind.metric) && kind.value < totals.get(kind.metric)!) sub = kind;
    // "the infographic lists 28 shooting attacks, 16 IED attacks, ...": the first part, not a total.
    for (const c of methodRuns) if (c.total === null && !totalsBefore.has(c.metric) && totals.get(c.metric) === c.items[0]!.value) totals.delete(c.metric);
    // "According to the figures it presented, 1,294 ISIS operatives were killed ...; the SDF lost 11 fighters."
    const sideParts = figureParts(sentence);
    for (const { label, value } of sideParts) items.push({ label, value, metric: "killed", dimension: "target" });
    if (sideParts.length > 0) sides = true;
    // "312 ISIS operatives have been killed ..., while Puntland lost 41 soldiers": one side's dead, not the total.
    if (sideParts.length > 0 && !totalsBefore.has("killed") && sideParts.some((p) => p.value === totals.get("killed"))) totals.delete("killed");
    // "Of those killed, 733 were civilians and ...", "Of them, 1,841 were civilians, 954 were ...", "..., 71 of them civilians": who the counted were.
    const newTolls = [...totals.keys()].filter((k) => !totalsBefore.has(k));
    items.push(...whoTheyWere(sentence, lastTotal, newTolls.length === 1 ? newTolls[0]! : null, items));
    // "97 strikes in Iraq: 71 near Mosul, 9 near Qayyarah, ...": parts that add up to the count before the colon.
    for (const list of colonBreakdowns(sentence, paragraphMetric)) {
      if (!totals.has(list.metric)) totals.set(list.metric, list.total);
      for (const i of list.items) if (!items.some((o) => o.value === i.value && o.label === i.label && o.metric === i.metric)) items.push(i);
    }
    const change = FROM_TO_RE.exec(sentence);
    const changeMetric = change ? metricAt(sentence, change.index, paragraphMetric) : null;
    if (change && changeMetric && !totals.has(changeMetric)) {
      totals.set(changeMetric, toNumber(change[2]!));
      previous.set(changeMetric, toNumber(change[1]!));
    }
    // "put the toll of the week's operations at 243 killed and wounded": the words after the figure say what it counts;
    // "put the number of people killed in these attacks at 97 and the number of wounded at 41": else the descriptor's head, each in turn.
    for (const at of sentence.includes(" at ") ? eachMatch(NUMBER_AT_RE, sentence) : []) {
      const atMetric = firstMetric(METRIC_AFTER_RE.exec(sentence.slice(at.index + at[0].length))?.[0] ?? "") ?? firstMetric(at[1]!.replace(DESCRIPTOR_TAIL_RE, ""));
      if (atMetric && !totals.has(atMetric)) totals.set(atMetric, toNumber(at[2]!));
    }
    const prev = PREVIOUS_RE.exec(sentence);
    const prevNumber = prev?.slice(1).find((g) => g !== undefined);
    if (prevNumber !== undefined) {
      const stated = [...totals.keys()].filter((k) => !totalsBefore.has(k));
      const metrics = stated.length > 0 ? stated : totals.size === 1 ? [...totals.keys()] : paragraphMetric ? [paragraphMetric] : [];
      for (const k of metrics) previous.set(k, toNumber(prevNumber));
    }
    const lead = /^In ([A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)*),/.exec(sentence)?.[1] ?? null;
    // "(19 in the Rafah and Sheikh Zuweid area, 8 in the Bir al-Abd area)": parts by where they were, all in one parenthesis.
    const listed = new Set<number>();
    for (const m of sentence.includes(" in ") ? eachMatch(PAREN_IN_LIST_RE, sentence) : []) {
      const metric = metricAt(sentence, m.index, paragraphMetric);
      const parts = m[1]!.split(PAREN_PART_SPLIT_RE).map((part) => PAREN_PART_RE.exec(part.trim()));
      if (!metric || parts.length < 2 || parts.some((x) => x === null)) continue;
      listed.add(m.index);
      for (const x of parts) {
        const named = statLabel(x![2]!);
        const label = named.named && named.dimension !== "other" ? named : null;
        items.push({ label: label?.label ?? x![2]!.trim(), value: toNumber(x![1]!), metric, dimension: label?.dimension ?? "admin1" });
      }
    }
    // "killed ... in February 2015 (605 civilians and 498 members of the security forces)": the dead by who they were.
    for (const m of sentence.includes(" and ") ? eachMatch(PAREN_TWO_PARTS_RE, sentence) : []) {
      const metric = metricAt(sentence, m.index, paragraphMetric);
      const placed = (label: string): boolean => ["arena", "admin1"].includes(statLabel(label).dimension);
      if ((metric !== "killed" && metric !== "wounded") || placed(m[2]!) || placed(m[4]!)) continue;
      listed.add(m.index);
      items.push(...twoParts(m, 1, metric));
    }
    for (const m of eachMatch(PAREN_ITEM_RE, sentence)) {
      if (listed.has(m.index)) continue;
      // "(102 in the previous week)": the previous period's figure, read above, not a part.
      if (isYear(m[1]!) || PREVIOUS_PAREN_RE.test(m[0])) continue;
      const metric = metricAt(sentence, m.index, paragraphMetric);
      if (!metric) continue;
      paragraphMetric = metric;
      const before = sentence.slice(0, m.index).replace(/,?\s*(?:i\.e\.|e\.g\.|namely),?[^;:()]*$/i, "");
      const chunk = (splitAt(before, CHUNK_BREAK_RE).pop() ?? "").replace(/^\s*and\s+/i, "");
      // "The Syrian attacks were concentrated in the Deir ez-Zor Province (6)": the place the count follows, not the subject's country.
      const tail = PLACE_TAIL_RE.exec(chunk);
      const tailLabel = tail ? statLabel(tail[1]!) : null;
      const whole = statLabel(chunk);
      // Only a province over the subject's country: "Al-Hasakah Province in northeastern Syria (72)" stays Al-Hasakah.
      let label = tailLabel?.named && tailLabel.dimension === "admin1" && whole.dimension === "arena" ? tailLabel : whole;
      if (!label.named) label = trailingName(chunk) ?? label;
      const unknown = isUnknownPlace(label);
      if (!label.named || label.dimension === "other") {
        const afterText = sentence.slice(m.index + m[0].length, m.index + m[0].length + 90);
        const after = /^\s*(?:were|was)?\s*(?:carried out\s+)?in\s+(?:the\s+)?([^,;.()]+)/i.exec(afterText);
        const alt = after ? statLabel(after[1]!) : null;
        const fallback = alt?.named && alt.dimension !== "other" ? alt : lead ? statLabel(lead) : statLabel(subject);
        // An unknown name is never replaced by the subject's arena ("Al-Barakah (1)" is not "Syria 1").
        if (!unknown && fallback.named && (fallback.dimension !== "other" || !label.named)) label = fallback;
      }
      if (!label.named) {
        // An unknown label in a list of methods ("raids on posts (18)") is one more method.
        const clean = chunk.trim().replace(/^(?:the|and)\s+/i, "");
        if (clean && !/\b(?:number|total|most|majority)\b/i.test(clean) && items.some((i) => i.dimension === "method")) {
          items.push({ label: clean, value: toNumber(m[1]!), metric, dimension: "method" });
        }
        continue;
      }
      items.push({ label: label.label, value: toNumber(m[1]!), metric, dimension: label.dimension, ...(unknown ? { unknown } : {}) });
    }
    let scoped: Item | null = null;
    for (const m of eachMatch(IN_ITEM_RE, sentence)) {
      if (isYear(m[1]!)) continue;
      // "one each in Somalia and Iraq": every name the list joins takes the count.
      const [head, ...joined] = m[2] ? m[3]!.split(/\s+and\s+/) : [m[3]!];
      // "64 of them in West Africa, 41 in Iraq and 56 in the other provinces": the rest, a part like the others.
      const rest = OTHER_PLACES_RE.exec(head!.trim());
      const prior = rest ? items.slice(first).find((i) => i.dimension === "arena" || i.dimension === "admin1") : undefined;
      if (rest && prior) {
        const value = toNumber(m[1]!);
        const label = `other ${rest[1]!.toLowerCase()}`;
        if (!items.some((i) => i.value === value && i.label === label)) items.push({ label, value, metric: prior.metric, dimension: prior.dimension });
        continue;
      }
      const label = placedPart(m[0], statLabel(head!));
      const unknown = isUnknownPlace(label);
      if (!label.named || (label.dimension === "other" && !unknown) || /\b(?:various|all|different)\b/i.test(m[3]!)) continue;
      // "36 of the attacks were carried out in Iraq": the item names its own metric.
      const metric = firstMetric(m[0].slice(0, m[0].length - m[3]!.length)) ?? metricAt(sentence, m.index, paragraphMetric);
      if (!metric) continue;
      const value = toNumber(m[1]!);
      // "carried out 113 attacks in Iraq": the scope of the total, not a part of it (unless parts of its kind follow).
      if (totals.get(metric) === value) {
        if (!scoped && !totalsBefore.has(metric) && !unknown) scoped = { label: label.label, value, metric, dimension: label.dimension };
        continue;
      }
      if (!items.some((i) => i.value === value && i.label === label.label && i.metric === metric)) items.push({ label: label.label, value, metric, dimension: label.dimension, ...(unknown ? { unknown } : {}) });
      // "three each in the Sahel, Mozambique and Syria": the same count for every name the list goes on with.
      if (m[2]) {
        for (const name of [...joined, ...namesContinuing(sentence.slice(m.index + m[0].length))]) {
          const more = statLabel(name);
          if (more.named && more.dimension === label.dimension && !items.some((i) => i.value === value && i.label === more.label)) items.push({ label: more.label, value, metric, dimension: more.dimension });
        }
      }
    }
    // "showed 21 attacks in Iraq, 9 in Syria and 6 in West Africa": a list of parts, no total.
    const s0 = scoped;
    const siblings = s0 ? items.slice(first).filter((i) => i.metric === s0.metric && i.dimension === s0.dimension) : [];
    // Not when the others add up to it or repeat its name ("1,234 attacks in Iraq and Syria combined, of which 812 in Iraq").
    if (s0 && siblings.length > 0 && siblings.reduce((a, i) => a + i.value, 0) !== s0.value && !siblings.some((i) => i.label === s0.label)) {
      items.splice(first, 0, s0);
      totals.delete(s0.metric);
    }
    for (const re of [LABEL_NUMBER_RE, FOR_ITEM_RE, WITH_ITEM_RE]) {
      for (const m of eachMatch(re, sentence)) {
        if (isYear(m[2]!)) continue;
        const label = statLabel(m[1]!);
        const unknown = isUnknownPlace(label);
        // Only names that are places, arenas or methods: "Issue 354" or "Week 10" are not parts of a total.
        if (!label.named || (label.dimension === "other" && !unknown) || label.dimension === "target") continue;
        // "Iraq led with 21 attacks": the noun after the count says what it counts, before any other word of the paragraph.
        // "Central Africa 7 attacks, West Africa 6, ...": the noun the part carries, first.
        const metric = firstMetric(m[0].slice(m[0].lastIndexOf(m[2]!) + m[2]!.length)) ?? firstMetric(METRIC_AFTER_RE.exec(sentence.slice(m.index + m[0].length))?.[0] ?? "") ?? metricAt(sentence, m.index, paragraphMetric);
        if (!metric) continue;
        const value = toNumber(m[2]!);
        if (totals.get(metric) === value) continue;
        if (!items.some((i) => i.value === value && i.label === label.label && i.metric === metric)) items.push({ label: label.label, value, metric, dimension: label.dimension, ...(unknown ? { unknown } : {}) });
        // "Baghdad was the hardest-hit governorate, with 274 killed and 707 wounded": its wounded too.
        const wounded = re === WITH_ITEM_RE && metric === "killed" ? WOUNDED_TOO_RE.exec(sentence.slice(m.index + m[0].length)) : null;
        if (wounded) items.push({ label: label.label, value: toNumber(wounded[1]!), metric: "wounded", dimension: label.dimension, ...(unknown ? { unknown } : {}) });
      }
    }
    // "Iraq and Syria for 2 each": each name its own part.
    if (sentence.includes(" each")) {
      for (const m of eachMatch(FOR_EACH_PAIR_RE, sentence)) {
        const metric = metricAt(sentence, m.index, paragraphMetric);
        if (!metric) continue;
        const value = toNumber(m[3]!);
        for (const name of [m[1]!, m[2]!]) {
          const label = statLabel(name);
          if (!label.named || label.dimension === "other" || label.dimension === "target") continue;
          if (!items.some((i) => i.value === value && i.label === label.label)) items.push({ label: label.label, value, metric, dimension: label.dimension });
        }
      }
    }
    // The parts other readings of the sentence did not already give ("raids on positions (5)").
    for (const c of methodRuns) addNewParts(items, first, c.items, c.metric, "method");
    addSides(sentence, first, totalsBefore);
    // "45 were members of the security forces (20 soldiers, ...)": a phrase that starts with a count is no part's label.
    for (let k = items.length - 1; k >= first; k--) if (/^\d/.test(items[k]!.label)) items.splice(k, 1);
    if (sub) subParts(items, first, sub);
    else arenaScopedParts(sentence, items, first);
    settleUnknown(items, first);
  }
  return { items, totals, previous, led, sides };
}
