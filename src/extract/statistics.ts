// Published statistics: infographic figures quoted in a bulletin ("ISIS carried out 1,422
// attacks ... Diyala (499); Salah al-Din (335)", "A total of 164 people were killed and
// wounded ..., compared to 161 in the previous week").

import type { Period, Statistic } from "../core/incident.ts";
import type { Metric } from "../core/vocabulary.ts";
import type { Block } from "./blocks.ts";
import { isTableRow, isTableRule } from "./table-lines.ts";
import { StatTable } from "./stat-table.ts";
import { firstMetric, metricAt, notAttacks } from "./stat-metrics.ts";
import { tollsIn } from "./stat-tolls.ts";
import { ledBreakdown, ledCounts } from "./stat-led.ts";
import { HeldTotals } from "./stat-held.ts";
import { addListLine, listDimension, listIntro, type OpenList } from "./stat-lists.ts";
import { digitsForWords, isYear, proseCell, toNumber } from "./stat-text.ts";
import { namedPublisher, PLATFORM_RE, TitleBlock } from "./stat-publisher.ts";
import { addDays, findDates, findPeriod, type DateContext } from "./dates.ts";
import { yearPeriod } from "./month-period.ts";
import { findCitations } from "./sources.ts";
import { arenaScope, settleArenaRegions, statLabel } from "./stat-labels.ts";
import { isUnknownPlace, settleUnknown, trailingName, type StatItem as Item } from "./stat-unknown-names.ts";
import { blankSpans, splitSentences } from "./text.ts";
import { eachMatch, splitAt } from "./matches.ts";
import { FOR_ITEM_RE, FROM_TO_RE, IN_ITEM_RE, LABEL_NUMBER_RE, NUMBER_AT_RE, PAREN_ITEM_RE, PREVIOUS_RE, TOTAL_RES, WITH_ITEM_RE, PREVIOUS_PAREN_RE } from "./stat-patterns.ts";

const STAT_CUE_RE = /\bwilay(?:ah|at)\b|\btotals\b|\btally\b|\bfatalities\b|\bneutrali[sz]ed\b|\bdeaths\b|\bevents\b|\boperations\b|\binfographic|\bstatistic|\bdata\b|\bfigures?\b|\bprovinces?\b|\bcasualt|\battacks\b|\bin total\b|\ba total of\b|\bbreakdown\b|\bnumber of\b|\btoll\b|\bincidents\b|\bby (?:territory|region|district|county)\b|\b(?:have|had) been killed\b[^.]*\bsince\b|\b(?:recorded|documented|counted)\s+(?:more than |over |at least )?\d/i;
const INCIDENT_START_RE = /^(?:On|In the (?:early )?(?:morning|evening|night) of)\s+(?:\w+day,?\s+)?(?:[A-Z][a-z]+\.?\s+\d|\d{1,2}\s+[A-Z])/;

const METRIC_AFTER_RE = /^\s*(?:people\s+|persons\s+)?(?:killed (?:and|or) wounded|wounded (?:and|or) killed|casualties|dead|killed|wounded|injured|attacks|operations)\b/i;
const CHUNK_BREAK_RE = /[;:),]|\bfollowed by\b|\b(?:was|were)\s+(?:among|in)\b|\bamong\b|\bthen come\b/gi;

/** Collects statistics paragraph by paragraph, carrying totals and sources across a section. */
export class StatisticsReader {
  readonly context: () => DateContext;
  #totals = new Map<Metric, number>();
  #publisher: { name: string; date: string | null } | null = null;
  #title = new TitleBlock();
  #held = new HeldTotals();
  /** Statistics whose total an earlier paragraph stated. */
  #adopted = new WeakSet<Statistic>();
  #period: Period | null = null;
  #table: StatTable | null = null;
  #list: OpenList | null = null;
  /** The metric the nearest heading names, for lists that name none. */
  #headingMetric: Metric | null = null;

  constructor(context: () => DateContext) {
    this.context = context;
  }

  block(b: Block, headings: readonly string[]): Statistic[] {
    this.#title.read(b.norm);
    return this.#held.pass(this.#read(b, headings), this.#adopted);
  }

  #read(b: Block, headings: readonly string[]): Statistic[] {
    if (this.#list && addListLine(this.#list, b)) return [];
    const listed = this.#endList(headings);
    const intro = b.kind === "paragraph" || b.kind === "heading" ? listIntro(b) : null;
    if (intro && intro.items.length > 0) return [...listed, ...this.#listFigures(intro, headings)];
    // The introduction opens the list; a paragraph it ends ("... (September: 21). By perpetrator:") has figures of its own.
    if (intro) this.#list = intro;
    return listed.length > 0 ? [...listed, ...this.#readTable(b, headings)] : this.#readTable(b, headings);
  }

  /** The list being read, if any, as one statistic. */
  #endList(headings: readonly string[]): Statistic[] {
    const list = this.#list;
    this.#list = null;
    return list ? this.#listFigures(list, headings) : [];
  }

  /** A list's items as one breakdown of the metric its introduction (or heading) names; its total is the one in force. */
  #listFigures(list: OpenList, headings: readonly string[]): Statistic[] {
    if (list.items.length < 2) return [];
    const metric = firstMetric(list.intro) ?? this.#headingMetric ?? "attacks";
    const dimension = listDimension(list);
    const total = list.total ?? this.#totals.get(metric) ?? null;
    const ctx = this.context();
    const first = list.blocks[0]!;
    const last = list.blocks[list.blocks.length - 1]!;
    const stat: Statistic = {
      ...this.#publishedBy(),
      subject: `${metric} by ${dimension}${headings.length ? ` (${headings[headings.length - 1]})` : ""}`,
      period: this.#period ?? ctx.period ?? { start: ctx.reference ?? "", end: ctx.reference ?? "" },
      metric,
      dimension,
      total,
      breakdown: list.items.map(({ label, value }) => ({ label, value })),
      quote: list.blocks.map((x) => x.quote).join("\n"),
      quote_start: first.start,
      quote_end: last.end,
    };
    if (total !== null && list.total === null) this.#adopted.add(stat);
    return [stat];
  }

  #readTable(b: Block, headings: readonly string[]): Statistic[] {
    const table = b.kind === "paragraph" && isTableRow(b.norm);
    if (this.#table && table && isTableRule(b.norm)) return [];
    if (this.#table && table && this.#table.row(b)) return [];
    const done = this.#endTable();
    // A log row whose text cell reports a weekly infographic: that cell is read as a paragraph.
    const prose = table ? proseCell(b.norm) : null;
    if (prose) return [...done, ...this.#block({ ...b, norm: prose }, headings)];
    if (table) {
      this.#table = StatTable.start(b, headings);
      return done;
    }
    return done.length > 0 ? [...done, ...this.#block(b, headings)] : this.#block(b, headings);
  }

  #block(b: Block, headings: readonly string[]): Statistic[] {
    if (b.kind === "heading") {
      const p = this.#periodIn(b.norm);
      if (p || /\barena\b/i.test(b.norm)) {
        this.#totals.clear();
        this.#publisher = null;
      }
      this.#period = p ?? this.#period;
      this.#headingMetric = firstMetric(b.norm);
      return [];
    }
    if (b.kind !== "paragraph" || INCIDENT_START_RE.test(b.norm) || !STAT_CUE_RE.test(b.norm)) return [];
    return this.#paragraph(b, headings);
  }

  end(): Statistic[] {
    return [...this.#held.pass([...this.#endList([]), ...this.#endTable()], this.#adopted), ...this.#held.flush()];
  }

  /** The figures of the table being read, if any, one statistic per metric column. */
  #endTable(): Statistic[] {
    const t = this.#table;
    this.#table = null;
    if (!t) return [];
    const first = t.blocks[0]!;
    const last = t.blocks[t.blocks.length - 1]!;
    const ctx = this.context();
    return t.figures().map(({ metric, total, items }) => {
      const dimension = items.find((i) => i.dimension === "admin1" || i.dimension === "arena" || i.dimension === "method")?.dimension ?? "total";
      return {
        ...this.#publishedBy(),
        subject: `${metric} by ${dimension}${t.headings.length ? ` (${t.headings[t.headings.length - 1]})` : ""}`,
        period: this.#period ?? ctx.period ?? { start: ctx.reference ?? "", end: ctx.reference ?? "" },
        metric,
        dimension,
        total,
        breakdown: items.map(({ label, value }) => ({ label, value })),
        quote: t.blocks.map((x) => x.quote).join("\n"),
        quote_start: first.start,
        quote_end: last.end,
      };
    });
  }

  /** Who published the figures in force: the outlet named or cited, else the report itself when its title names a monitor. */
  #publishedBy(): { publisher: string; published: string | null } {
    if (this.#publisher) return { publisher: this.#publisher.name, published: this.#publisher.date };
    const house = this.#title.house;
    return house ? { publisher: house, published: this.context().reference ?? null } : { publisher: "unknown", published: null };
  }

  #periodIn(text: string): Period | null {
    const range = findPeriod(text);
    if (range) return { start: range.start, end: range.end };
    const between = /\bbetween\s+(.+?)\s+and\s+(.+?\d{4})/i.exec(text);
    if (between) {
      const a = findDates(between[1]!, this.context())[0];
      const b = findDates(between[2]!, this.context())[0];
      if (a && b && a.date <= b.date) return { start: a.date, end: b.date };
    }
    const year = /\b(?:in|during|for|of)\s+((?:19|20)\d\d)\b/.exec(text);
    if (year) return yearPeriod(Number(year[1]));
    return null;
  }

  #paragraph(b: Block, headings: readonly string[]): Statistic[] {
    const ctx = this.context();
    const citations = findCitations(b.norm, ctx);
    const cited = citations[0]?.sources[0];
    // A platform cited ("Telegram") yields to the outlet the prose names; a named outlet without a date keeps the one in force.
    const named = namedPublisher(b.norm, ctx) ?? this.#title.counter(b.norm, ctx.reference ?? null);
    const publisher = cited && !(named && PLATFORM_RE.test(cited.name)) ? cited : named ? { name: named.name, date: named.date ?? cited?.date ?? this.#publisher?.date ?? null } : null;
    if (publisher) this.#publisher = publisher;
    // "12 in Niassa and five in Nampula": counts in words read as digits (same length, so offsets hold).
    const text = digitsForWords(blankSpans(b.norm, citations));
    const stated = this.#periodIn(text);
    const period = stated ?? this.#period ?? ctx.period ?? null;
    if (stated) this.#period = stated;
    // Every count below is digits: a paragraph without any has citations and a period at most.
    if (!/\d/.test(text)) return [];
    const subject = b.norm.split(/[.:]/)[0]!.trim();
    const scope = arenaScope(text);
    const items: Item[] = [];
    const totals = new Map<Metric, number>();
    // The previous period's figure, by the metric its sentence states ("48 attacks, compared to 45").
    const previous = new Map<Metric, number>();
    let paragraphMetric: Metric | null = metricAt(text, text.length, null);
    // "Weekly totals per province: ..." under an "ISIS attacks by province" heading counts attacks.
    paragraphMetric = firstMetric(text) ?? paragraphMetric ?? this.#headingMetric;
    const led: Item[] = [];
    for (const s of splitSentences(text)) {
      const sentence = s.text;
      if (!/\d/.test(sentence)) continue;
      const first = items.length;
      led.push(...ledCounts(sentence));
      const totalsBefore = new Set(totals.keys());
      // A toll with the groups it is made of ("has risen to 61 since ..., including 12 children").
      for (const toll of tollsIn(sentence)) {
        if (totals.has(toll.metric)) continue;
        totals.set(toll.metric, toll.total);
        for (const { label, value } of toll.parts) items.push({ label, value, metric: toll.metric, dimension: "target" });
      }
      for (const [re, rule] of TOTAL_RES) {
        const m = re.exec(sentence);
        if (m && notAttacks(sentence.slice(0, m.index), m[0], sentence.slice(m.index + m[0].length))) continue;
        const metric = m ? rule ?? firstMetric(m[0]) ?? metricAt(sentence, m.index, paragraphMetric) : null;
        if (m && metric && !totals.has(metric)) totals.set(metric, toNumber(m[1]!));
      }
      const change = FROM_TO_RE.exec(sentence);
      const changeMetric = change ? metricAt(sentence, change.index, paragraphMetric) : null;
      if (change && changeMetric && !totals.has(changeMetric)) {
        totals.set(changeMetric, toNumber(change[2]!));
        previous.set(changeMetric, toNumber(change[1]!));
      }
      const at = NUMBER_AT_RE.exec(sentence);
      // "put the toll of the week's operations at 243 killed and wounded": the words after the figure say what it counts.
      const atMetric = at ? firstMetric(METRIC_AFTER_RE.exec(sentence.slice(at.index + at[0].length))?.[0] ?? "") ?? firstMetric(at[1]!) : null;
      if (at && atMetric && !totals.has(atMetric)) totals.set(atMetric, toNumber(at[2]!));
      const prev = PREVIOUS_RE.exec(sentence);
      const prevNumber = prev?.slice(1).find((g) => g !== undefined);
      if (prevNumber !== undefined) {
        const stated = [...totals.keys()].filter((k) => !totalsBefore.has(k));
        const metrics = stated.length > 0 ? stated : totals.size === 1 ? [...totals.keys()] : paragraphMetric ? [paragraphMetric] : [];
        for (const k of metrics) previous.set(k, toNumber(prevNumber));
      }
      const lead = /^In ([A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)*),/.exec(sentence)?.[1] ?? null;
      for (const m of eachMatch(PAREN_ITEM_RE, sentence)) {
        // "(102 in the previous week)": the previous period's figure, read above, not a part.
        if (isYear(m[1]!) || PREVIOUS_PAREN_RE.test(m[0])) continue;
        const metric = metricAt(sentence, m.index, paragraphMetric);
        if (!metric) continue;
        paragraphMetric = metric;
        const before = sentence.slice(0, m.index).replace(/,?\s*(?:i\.e\.|e\.g\.|namely),?[^;:()]*$/i, "");
        const chunk = (splitAt(before, CHUNK_BREAK_RE).pop() ?? "").replace(/^\s*and\s+/i, "");
        let label = statLabel(chunk);
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
        const label = statLabel(m[2]!);
        const unknown = isUnknownPlace(label);
        if (!label.named || (label.dimension === "other" && !unknown) || /\b(?:various|all|different)\b/i.test(m[2]!)) continue;
        const metric = metricAt(sentence, m.index, paragraphMetric);
        if (!metric) continue;
        const value = toNumber(m[1]!);
        // "carried out 113 attacks in Iraq": the scope of the total, not a part of it (unless parts of its kind follow).
        if (totals.get(metric) === value) {
          if (!scoped && !totalsBefore.has(metric) && !unknown) scoped = { label: label.label, value, metric, dimension: label.dimension };
          continue;
        }
        if (!items.some((i) => i.value === value && i.label === label.label)) items.push({ label: label.label, value, metric, dimension: label.dimension, ...(unknown ? { unknown } : {}) });
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
          const metric = metricAt(sentence, m.index, paragraphMetric);
          if (!metric) continue;
          const value = toNumber(m[2]!);
          if (totals.get(metric) === value) continue;
          if (!items.some((i) => i.value === value && i.label === label.label)) items.push({ label: label.label, value, metric, dimension: label.dimension, ...(unknown ? { unknown } : {}) });
        }
      }
      settleUnknown(items, first);
    }
    // Counts led by their regions, sentence after sentence: parts of a breakdown, the first no total.
    for (const c of ledBreakdown(led)) {
      if (totals.get(c.metric) === c.value) totals.delete(c.metric);
      if (!items.some((i) => i.metric === c.metric && i.label === c.label)) items.push({ label: c.label, value: c.value, metric: c.metric, dimension: c.dimension });
    }
    for (const [metric, total] of totals) this.#totals.set(metric, total);
    if (items.length === 0 && totals.size === 0) return [];
    settleArenaRegions(items);
    const groups = new Map<string, Item[]>();
    for (const i of items) {
      const key = `${i.metric}|${i.dimension}`;
      groups.set(key, [...(groups.get(key) ?? []), i]);
    }
    for (const metric of totals.keys()) if (![...groups.keys()].some((k) => k.startsWith(`${metric}|`))) groups.set(`${metric}|total`, []);
    const out: Statistic[] = [];
    for (const [key, list] of groups) {
      const [metric, dimension] = key.split("|") as [Metric, string];
      const total = totals.get(metric) ?? (dimension === "arena" ? null : this.#totals.get(metric) ?? null);
      const stat: Statistic = {
        ...this.#publishedBy(),
        subject: `${metric}${scope && dimension !== "arena" ? ` in ${scope}` : ""} by ${dimension === "total" ? "total" : dimension}${headings.length ? ` (${headings[headings.length - 1]})` : ""}`,
        period: period ?? { start: ctx.reference ?? "", end: ctx.reference ?? "" },
        metric,
        dimension: dimension === "total" ? "total" : dimension,
        total,
        breakdown: list.map(({ label, value }) => ({ label, value })),
        quote: b.quote,
        quote_start: b.start,
        quote_end: b.end,
      };
      if (total !== null && !totals.has(metric)) this.#adopted.add(stat);
      const before = previous.get(metric);
      if (before !== undefined && totals.has(metric)) stat.previous_period_total = before;
      out.push(stat);
    }
    return out;
  }
}

export { addDays };
