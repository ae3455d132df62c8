// Published statistics: infographic figures quoted in a bulletin ("ISIS carried out 1,422
// attacks ... Diyala (499); Salah al-Din (335)", "A total of 164 people were killed and
// wounded ..., compared to 161 in the previous week").

import type { Period, Statistic } from "../core/incident.ts";
import type { Metric } from "../core/vocabulary.ts";
import type { Block } from "./blocks.ts";
import { isTabRow, isTableRow, isTableRule } from "./table-lines.ts";
import { StatTable } from "./stat-table.ts";
import { firstMetric } from "./stat-metrics.ts";
import { CAMPAIGN_TOLL_RE, COMMA_PAIRS_RE, COMMA_PAIR_RE, DATED_FIGURES_RE, DEATHS_INJURED_RE, FIGURE_AMONG_RE, FIGURE_FRAME_RE, INCIDENT_START_RE, IN_PLACE_DASH_RE, MONTH_FIGURES_RE, NAME_NUMBER_RE, REFERENCE_MARK_RE, RUNNING_TOLL_RE, SIDE_TOLL_CUE_RE, STAT_CUE_RE, SUMMED_UP_RE } from "./stat-cues.ts";
import { ledBreakdown } from "./stat-led.ts";
import { HeldTotals } from "./stat-held.ts";
import { readFigureSentences } from "./stat-sentences.ts";
import { sideTolls } from "./stat-side-tolls.ts";
import { addListLine, headerIntro, listDimension, listIntro, pairRow, type OpenList } from "./stat-lists.ts";
import { countLinesEnded, digitsForWords, proseCell } from "./stat-text.ts";
import { namedPublisher, PLATFORM_RE, TitleBlock } from "./stat-publisher.ts";
import { findDates, findPeriod, type DateContext } from "./dates.ts";
import { findMonthPeriod, findQuarter, sincePeriod, yearlessPeriod, yearPeriod } from "./month-period.ts";
import { findCitations } from "./sources.ts";
import { arenaScope, settleArenaRegions, settleProvinceArenas } from "./stat-labels.ts";
import type { StatItem as Item } from "./stat-unknown-names.ts";
import { partsOfTheirSum, statedSum } from "./stat-sums.ts";
import { SPAN_TOLL_RE, STRIKE_TALLY_RE } from "./stat-patterns.ts";
import { blankSpans, splitSentences } from "./text.ts";

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
  /** The counts of the last breakdown by arena, by metric and arena: an arena's own breakdown adds up to its count. */
  #arenaParts = new Map<string, number>();
  #table: StatTable | null = null;
  #list: OpenList | null = null;
  /** The metric the nearest heading names, for lists that name none. */
  #headingMetric: Metric | null = null;

  constructor(context: () => DateContext) {
    this.context = context;
  }

  /** The publication or body the document's first line names, if any (see TitleBlock.house). */
  get house(): string | null {
    return this.#title.house;
  }

  /** The outlet that published the figures from here on, as an issue's heading in a digest of it names it. */
  publishedIn(outlet: string, date: string | null): void {
    this.#publisher = { name: outlet, date };
  }

  block(b: Block, headings: readonly string[]): Statistic[] {
    this.#title.read(b.norm);
    return this.#held.pass(this.#read(b, headings), this.#adopted);
  }

  /**
   * The published figures inside a paragraph that also reported incidents: an analyst's monthly
   * count ("JNIM conducted 60 attacks in March, up from 41 in February, according to ACLED data")
   * between the incidents it frames. Only sentences that say whose data or which period they count
   * are read, so an incident's own casualties never become a figure.
   */
  figuresAmongIncidents(b: Block, headings: readonly string[]): Statistic[] {
    const sided = b.kind === "paragraph" && SIDE_TOLL_CUE_RE.test(b.norm);
    if (b.kind !== "paragraph" || !(FIGURE_AMONG_RE.test(b.norm) || CAMPAIGN_TOLL_RE.test(b.norm) || RUNNING_TOLL_RE.test(b.norm) || sided)) return [];
    const out: Statistic[] = [];
    for (const s of splitSentences(b.norm)) {
      // "since May 23, 58 soldiers and policemen, 26 civilians and 191 militants had been killed": a running toll by side.
      const sides = sided && SIDE_TOLL_CUE_RE.test(s.text) && sideTolls(s.text).some((t) => t.parts.length >= 3 || t.total !== null);
      if (!(FIGURE_AMONG_RE.test(s.text) && FIGURE_FRAME_RE.test(s.text)) && !CAMPAIGN_TOLL_RE.test(s.text) && !RUNNING_TOLL_RE.test(s.text) && !sides) continue;
      const quote = b.quote.slice(s.start, s.end);
      const at = b.raw.indexOf(quote.slice(0, 40));
      const start = at >= 0 ? b.start + at : b.start;
      out.push(...this.block({ ...b, raw: quote, quote, norm: s.text, start, end: at >= 0 ? start + quote.length : b.end }, headings));
    }
    return out;
  }

  #read(b: Block, headings: readonly string[]): Statistic[] {
    if (this.#list && addListLine(this.#list, b)) return [];
    const listed = this.#endList(headings);
    // "Erbil 3 | Kirkuk 4 | ... | TOTAL 15": a whole breakdown on one line.
    const pairs = pairRow(b);
    if (pairs) return [...listed, ...this.#listFigures(pairs, headings)];
    const intro = b.kind === "paragraph" || b.kind === "heading" ? listIntro(b) ?? headerIntro(b) : null;
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
    const metric = list.metric ?? firstMetric(list.intro) ?? this.#headingMetric ?? "attacks";
    const total = list.total ?? this.#totals.get(metric) ?? null;
    const stat = this.#blocksFigure(list.blocks, headings, metric, listDimension(list), total, list.items);
    if (total !== null && list.total === null) this.#adopted.add(stat);
    const second = list.second && list.second.metric !== metric ? list.second : null;
    if (!second) return [stat];
    // The lines' second figures: their metric's own breakdown, under the total stated for it.
    const secondTotal = second.total ?? this.#totals.get(second.metric) ?? null;
    const other = this.#blocksFigure(list.blocks, headings, second.metric, listDimension(list), secondTotal, second.items);
    if (secondTotal !== null && second.total === undefined) this.#adopted.add(other);
    return [stat, other];
  }

  #readTable(b: Block, headings: readonly string[]): Statistic[] {
    // Pipe rows show in the cleaned text; tab, fixed-width and CSV rows only in the raw line.
    const table = b.kind === "paragraph" && (isTableRow(b.norm) || isTabRow(b.raw));
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
    // "On February 25, the spokesman summarized the results ...": a dated summary is figures all the same.
    if (b.kind !== "paragraph" || (INCIDENT_START_RE.test(b.norm) && !SUMMED_UP_RE.test(b.norm) && !DATED_FIGURES_RE.test(b.norm)) || !(STAT_CUE_RE.test(b.norm) || STRIKE_TALLY_RE.test(b.norm) || SPAN_TOLL_RE.test(b.norm))) return [];
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
    const figures = t.figures();
    return figures.map(({ metric, total, items, column, period }) => {
      const dimension = items.find((i) => i.dimension === "admin1" || i.dimension === "district" || i.dimension === "arena" || i.dimension === "method")?.dimension ?? "total";
      // "CCT log | al-Naba' 210": columns of one metric are each a count of their own, by whom and for when their headers say.
      const shared = figures.filter((f) => f.metric === metric).length > 1;
      if (!shared) return this.#blocksFigure(t.blocks, t.headings, metric, dimension, total, items);
      const ref = this.context().reference ?? null;
      const stat = this.#blocksFigure(t.blocks, [...t.headings, column], metric, dimension, total, items);
      const days = period ? yearlessPeriod(period, ref) ?? findPeriod(period) : null;
      if (days) stat.period = { start: days.start, end: days.end };
      const by = this.#title.column(column, ref);
      if (by) {
        stat.publisher = by.name;
        stat.published = by.date;
      }
      return stat;
    });
  }

  /** One statistic printed over several blocks (a table's rows, a list's lines). */
  #blocksFigure(blocks: readonly Block[], headings: readonly string[], metric: Metric, dimension: string, total: number | null, items: readonly { label: string; value: number }[]): Statistic {
    const ctx = this.context();
    return {
      ...this.#publishedBy(),
      subject: `${metric} by ${dimension}${headings.length ? ` (${headings[headings.length - 1]})` : ""}`,
      period: this.#period ?? ctx.period ?? { start: ctx.reference ?? "", end: ctx.reference ?? "" },
      metric,
      dimension,
      total,
      breakdown: items.map(({ label, value }) => ({ label, value })),
      quote: blocks.map((x) => x.quote).join("\n"),
      quote_start: blocks[0]!.start,
      quote_end: blocks[blocks.length - 1]!.end,
    };
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
    const between = /\bbetween\s+([^.;]+?)\s+and\s+([^.;]+?\d{4})/i.exec(text);
    if (between) {
      const a = findDates(between[1]!, this.context())[0];
      const b = findDates(between[2]!, this.context())[0];
      if (a && b && a.date <= b.date) return { start: a.date, end: b.date };
    }
    // "were killed ... in May 2015": the month.
    const month = MONTH_FIGURES_RE.test(text) ? findMonthPeriod(text) : null;
    if (month) return month;
    // "since the beginning of 2024" runs to the figure's date (sincePeriod), not to the year's end.
    // "2023 ended with 491 people killed": the year that ended.
    const year = /(?<!\b(?:beginning|start)\s)\b(?:in|during|for|of)\s+((?:19|20)\d\d)\b|\b((?:19|20)\d\d)\s+ended\s+with\b/.exec(text);
    if (year) return findQuarter(text) ?? yearPeriod(Number(year[1] ?? year[2]));
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
    // "[6]": a reference marker is no figure.
    // "..., Mueda 1\nFatalities by district: ...": a line of counts ends its list.
    const text = countLinesEnded(b.raw, digitsForWords(blankSpans(b.norm, citations)).replace(REFERENCE_MARK_RE, (m) => " ".repeat(m.length)).replace(NAME_NUMBER_RE, (m, name: string) => name.padEnd(m.length, " ")).replace(DEATHS_INJURED_RE, " $1 killed and $2 wounded ").replace(IN_PLACE_DASH_RE, "$1 ($2)").replace(COMMA_PAIRS_RE, (run) => run.replace(COMMA_PAIR_RE, "$1: $2")));
    const stated = this.#periodIn(text);
    // "Harvest (... / 25 June - 1 July)": a span of days without its year dates its own paragraph's figures only.
    // "killed since February 2023 (SOHR, April 18, 2023)": from that month to the figure's date, for this paragraph only.
    const period = stated ?? sincePeriod(text, publisher?.date ?? ctx.reference ?? null) ?? yearlessPeriod(text, ctx.reference ?? ctx.period?.end ?? null) ?? this.#period ?? ctx.period ?? null;
    if (stated) this.#period = stated;
    // Every count below is digits: a paragraph without any has citations and a period at most.
    if (!/\d/.test(text)) return [];
    const scope = arenaScope(text);
    const { items, totals, previous, led, sides } = readFigureSentences(text, b.norm.slice(0, b.norm.search(/[.:]|$/)).trim(), this.#headingMetric);
    // Counts led by their regions, sentence after sentence: parts of a breakdown, the first no total.
    for (const c of ledBreakdown(led)) {
      if (totals.get(c.metric) === c.value) totals.delete(c.metric);
      if (!items.some((i) => i.metric === c.metric && i.label === c.label)) items.push({ label: c.label, value: c.value, metric: c.metric, dimension: c.dimension });
    }
    for (const [metric, total] of totals) this.#totals.set(metric, total);
    if (items.length === 0 && totals.size === 0) return [];
    // A count's own parts ("Of the 22 attacks in Iraq, 8 were in Diyala, ...") are settled and grouped apart from the paragraph's.
    const main = items.filter((i) => i.sub === undefined);
    const subs = new Set(items.flatMap((i) => (i.sub === undefined ? [] : [i.sub])));
    for (const list of [main, ...[...subs].map((n) => items.filter((i) => i.sub === n))]) {
      settleArenaRegions(list);
      settleProvinceArenas(list);
    }
    partsOfTheirSum(main, totals);
    const groups = new Map<string, Item[]>();
    for (const i of items) {
      const key = `${i.metric}|${i.dimension}${i.sub === undefined ? "" : `|${i.sub}`}`;
      groups.set(key, [...(groups.get(key) ?? []), i]);
    }
    for (const metric of totals.keys()) if (![...groups.keys()].some((k) => k.startsWith(`${metric}|`))) groups.set(`${metric}|total`, []);
    // A count's own parts alone ("90 operations. ... 25 of them were suicide bombings, 19 of which in Mosul") leave the total a figure of its own, before them.
    for (const metric of totals.keys()) {
      if ([...groups.keys()].some((k) => k.startsWith(`${metric}|`) && k.split("|").length === 2)) continue;
      const rest = [...groups];
      groups.clear();
      groups.set(`${metric}|total`, []);
      for (const [k, v] of rest) groups.set(k, v);
    }
    const out: Statistic[] = [];
    for (const [key, list] of groups) {
      const [metric, dimension] = key.split("|") as [Metric, string];
      // "28 shelling attacks from the positions of terrorist groups were registered: ... - 11, ... - 9, ...": the figure the parts add up to, where the paragraph states it.
      // "In Iraq, Diyala Province led with eight attacks, ...": an arena's parts add up to that arena's count, not to the week's total.
      const carried = scope && dimension !== "arena" ? this.#arenaParts.get(`${metric}|${scope}`) ?? null : this.#totals.get(metric) ?? null;
      const total = list[0]?.sub ?? totals.get(metric) ?? statedSum(text, list) ?? (dimension === "arena" || (sides && dimension === "target") ? null : carried);
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
      if (dimension === "arena" && list[0]?.sub === undefined) for (const { label, value } of list) this.#arenaParts.set(`${metric}|${label}`, value);
      const before = previous.get(metric);
      if (before !== undefined && totals.has(metric)) stat.previous_period_total = before;
      out.push(stat);
    }
    return out;
  }
}
