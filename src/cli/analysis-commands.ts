// Analysis commands: stats, trends, compare --claimed. Each opens the store (--db, SPOTLIGHT_DB
// or ./data/spotlight.db), asks it for aggregates (computed by the engine), and hands the rows to
// the pure functions of src/analysis. Store failures are one clear line and exit 1.

import { Command, InvalidArgumentError, Option } from "commander";
import Table from "cli-table3";
import { stringify } from "csv-stringify/sync";
import { NONE_LABEL, STAT_DIMENSIONS, WEEKDAYS, type AggregateFilter, type StatDimension, type Weekday } from "../core/analysis.ts";
import { ARENA_RULES, OTHER_ARENA, arenaFromLabel } from "../core/arenas.ts";
import type { Store } from "../core/store.ts";
import { CATEGORIES, CLAIMS, METHODS, TARGET_TYPES, isOneOf } from "../core/vocabulary.ts";
import { formatRange, shownMetrics, statNotes, statRecords, STAT_METRICS, type StatMetric, type StatRecord } from "../analysis/stats.ts";
import { compareStatistic, differenceSummary, planComparison, type Comparison, type ComparedFigure } from "../analysis/compare.ts";
import { dbOption, parseDay, withStore as openAndRun, type DbOption } from "./store-commands.ts";
import { computeTrends, DEFAULT_SURGE_RULE, type Change, type Trends } from "../analysis/trends.ts";
import { addDays, addWeeks, weekOf, weeksEndingWith } from "../analysis/weeks.ts";

export interface AnalysisCommandIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  setExit: (code: number) => void;
}

/** Analysis reads an existing store only: a missing database is an error, not created. */
function withStore(io: AnalysisCommandIo, o: DbOption, body: (store: Store) => Promise<number>): Promise<void> {
  return openAndRun(io, o, false, body);
}


function parsePositive(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new InvalidArgumentError("expected a whole number of at least 1");
  return Number(value);
}

function parseRatio(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0 || n >= 1) throw new InvalidArgumentError("expected a number between 0 and 1");
  return n;
}

function items(value: string): string[] {
  return value.split(",").map((s) => s.trim()).filter((s) => s !== "");
}

/** A comma list whose items must be in `allowed`. */
function listOf<T extends string>(allowed: readonly T[], what: string) {
  return (value: string): T[] => {
    const out = items(value);
    const bad = out.filter((x) => !isOneOf(allowed, x));
    if (bad.length > 0 || out.length === 0) throw new InvalidArgumentError(`unknown ${what} ${bad.join(", ") || "(empty)"}; expected any of ${allowed.join(", ")}`);
    return out as T[];
  };
}

const ARENAS = [...new Set([...ARENA_RULES.map((r) => r.arena), OTHER_ARENA])];

function parseArenas(value: string): string[] {
  return items(value).map((x) => {
    const arena = ARENAS.find((a) => a.toLowerCase() === x.toLowerCase()) ?? arenaFromLabel(x);
    if (arena === null) throw new InvalidArgumentError(`unknown arena ${x}; expected any of ${ARENAS.join(", ")}`);
    return arena;
  });
}

interface FilterOptions {
  from?: string;
  to?: string;
  country?: string;
  admin1?: string;
  arena?: string[];
  method?: (typeof METHODS)[number][];
  targetType?: (typeof TARGET_TYPES)[number][];
  perpetrator?: string;
  claim?: ((typeof CLAIMS)[number] | typeof NONE_LABEL)[];
  category?: (typeof CATEGORIES)[number][];
}

function addFilterOptions(c: Command): Command {
  return c
    .option("--from <date>", "first event date (YYYY-MM-DD)", parseDay)
    .option("--to <date>", "last event date (YYYY-MM-DD)", parseDay)
    .option("--country <cc,...>", "ISO country codes, e.g. IQ,SY")
    .option("--admin1 <names>", "admin-1 names, comma-separated")
    .option("--arena <names>", `arenas (ISIS provinces): ${ARENAS.join(", ")}`, parseArenas)
    .option("--method <methods>", `methods: ${METHODS.join(", ")}`, listOf(METHODS, "method"))
    .option("--target-type <types>", `target types: ${TARGET_TYPES.join(", ")}`, listOf(TARGET_TYPES, "target type"))
    .option("--perpetrator <names>", "perpetrators as stored, comma-separated (e.g. ISIS)")
    .option("--claim <statuses>", `claim statuses: ${CLAIMS.join(", ")}, ${NONE_LABEL}`, listOf([...CLAIMS, NONE_LABEL], "claim status"))
    .option("--category <categories>", `categories: ${CATEGORIES.join(", ")}`, listOf(CATEGORIES, "category"));
}

export function filterFrom(o: FilterOptions): AggregateFilter {
  const f: AggregateFilter = {};
  if (o.from !== undefined) f.from = o.from;
  if (o.to !== undefined) f.to = o.to;
  if (o.country !== undefined) f.country = items(o.country).map((c) => c.toUpperCase());
  if (o.admin1 !== undefined) f.admin1 = items(o.admin1);
  if (o.arena !== undefined) f.arena = o.arena;
  if (o.method !== undefined) f.method = o.method;
  if (o.targetType !== undefined) f.target_type = o.targetType;
  if (o.perpetrator !== undefined) f.perpetrator = items(o.perpetrator);
  if (o.claim !== undefined) f.claim = o.claim;
  if (o.category !== undefined) f.category = o.category;
  return f;
}

const weekStartOption = () => new Option("--week-start <day>", "first day of a week bucket").choices([...WEEKDAYS]).default("thu");

type StatsFormat = "table" | "json" | "csv";

function statsOutput(format: StatsFormat, by: readonly StatDimension[], weekStart: Weekday, metrics: readonly StatMetric[], records: readonly StatRecord[], notes: readonly string[], filter: AggregateFilter): string {
  const dimHeads = by.map((d) => (d === "week" ? `week (from ${weekStart})` : d));
  if (format === "json") {
    const rows = records.map((r) => ({ ...r.key, ...Object.fromEntries(metrics.map((m) => [m, r[m]])), first: r.first, last: r.last }));
    return `${JSON.stringify({ by, week_start: weekStart, metrics, filter, notes, rows }, null, 2)}\n`;
  }
  if (format === "csv") {
    const heads = [...by, ...metrics.flatMap((m) => (m === "incidents" ? [m] : [`${m}_low`, `${m}_high`])), "first", "last"];
    const values = records.map((r) => [
      ...by.map((d) => r.key[d] ?? ""),
      ...metrics.flatMap((m) => {
        const v = r[m];
        return typeof v === "number" ? [v] : [v.low, v.high ?? ""];
      }),
      r.first,
      r.last,
    ]);
    return stringify([heads, ...values]);
  }
  const t = new Table({ head: [...dimHeads, ...metrics], style: { head: [], border: [], compact: true } });
  for (const r of records) t.push([...by.map((d) => r.key[d] ?? ""), ...metrics.map((m) => (m === "incidents" ? String(r.incidents) : formatRange(r[m])))]);
  const total = records.length === 0 ? "no incidents match\n" : `${t.toString()}\n`;
  return `${total}${notes.map((n) => `note: ${n}\n`).join("")}`;
}

export function registerAnalysisCommands(program: Command, io: AnalysisCommandIo): void {
  const stats = program
    .command("stats")
    .description("counts of incidents, killed, wounded, casualties and lethality, grouped and filtered (computed by the database)")
    .requiredOption("--by <dimensions>", `any of ${STAT_DIMENSIONS.join(", ")}, comma-separated`, listOf(STAT_DIMENSIONS, "dimension"))
    .addOption(new Option("--metric <metric>", "show the incident count and this measure only").choices([...STAT_METRICS]))
    .addOption(weekStartOption())
    .addOption(new Option("-f, --format <format>", "output format").choices(["table", "json", "csv"]).default("table"))
    .addOption(dbOption());
  addFilterOptions(stats).action(async (o: FilterOptions & DbOption & { by: StatDimension[]; metric?: StatMetric; weekStart: Weekday; format: StatsFormat }) => {
    await withStore(io, o, async (store) => {
      const filter = filterFrom(o);
      const rows = await store.aggregate({ by: o.by, filter, weekStart: o.weekStart });
      const total = o.by.includes("method") ? ((await store.aggregate({ by: [], filter }))[0]?.incidents ?? 0) : rows.reduce((n, r) => n + r.incidents, 0);
      io.stdout(statsOutput(o.format, o.by, o.weekStart, shownMetrics(o.metric), statRecords(o.by, rows), statNotes(o.by, total, rows), filter));
      return 0;
    });
  });
  registerTrendCommand(program, io);
  registerCompareCommand(program, io);
}

const TREND_PLACES = ["admin1", "country", "arena"] as const;
type TrendPlace = (typeof TREND_PLACES)[number];

function signed(c: Change | null): string {
  if (c === null) return "";
  return `${c.change > 0 ? "+" : ""}${c.change}${c.percent === null ? "" : ` (${c.percent > 0 ? "+" : ""}${c.percent}%)`}`;
}

function trendsText(t: Trends, weeks: readonly string[], weekStart: Weekday, counting: string): string {
  const lines: string[] = [`weeks from ${weekStart}, ${weeks[0]} to ${addDays(weeks[weeks.length - 1] ?? "", 6)}; counting ${counting}`];
  if (t.places.length === 0) return `${lines.join("\n")}\nno incidents in these weeks\n`;
  const table = new Table({
    head: ["place", ...weeks.map((w) => w.slice(5)), "w/w", "y/y", "avg 4w", "avg 52w", "surge"],
    style: { head: [], border: [], compact: true },
  });
  for (const p of t.places) {
    const last = p.weeks[p.weeks.length - 1];
    table.push([p.place, ...p.weeks.map((w) => String(w.incidents)), signed(last?.wow ?? null), signed(last?.yoy ?? null), String(last?.avg4 ?? ""), String(last?.avg52 ?? ""), last?.surge?.surge ? "SURGE" : ""]);
  }
  lines.push(table.toString());
  lines.push(t.surges.length === 0 ? "surges: none" : "surges (> 25% above the 4- and 52-week averages, and improbable under a Poisson model of the baseline):");
  for (const s of t.surges) lines.push(`  ${s.week}  ${s.place}: ${s.incidents} incidents (4-week average ${s.avg4}, 52-week ${s.avg52}; p = ${s.p.toPrecision(2)})`);
  lines.push(t.newAreas.length === 0 ? "new areas: none" : "new areas (a group active where it had no incident in the weeks before):");
  for (const a of t.newAreas) lines.push(`  ${a.week}  ${a.group} in ${a.place}: ${a.incidents} incident${a.incidents === 1 ? "" : "s"}, none in the ${a.quietWeeks} weeks before`);
  return `${lines.join("\n")}\n`;
}

export function registerTrendCommand(program: Command, io: AnalysisCommandIo): void {
  const trends = program
    .command("trends")
    .description("week-over-week and year-over-year change per place, surges against each place's baseline, new areas")
    .option("--weeks <n>", "weeks to report, ending with the last week (default 12)", parsePositive, 12)
    .addOption(new Option("--by <place>", "what a place is").choices([...TREND_PLACES]).default("admin1"))
    .option("--quiet-weeks <n>", "a group is new in a place after this many weeks without an incident there", parsePositive, 12)
    .option("--min-count <n>", "no surge below this many incidents in a week", parsePositive, DEFAULT_SURGE_RULE.minCount)
    .option("--alpha <p>", "the count model's false-alarm rate", parseRatio, DEFAULT_SURGE_RULE.alpha)
    .addOption(weekStartOption())
    .addOption(new Option("-f, --format <format>", "output format").choices(["table", "json"]).default("table"))
    .addOption(dbOption());
  addFilterOptions(trends).action(
    async (o: FilterOptions & DbOption & { weeks: number; by: TrendPlace; quietWeeks: number; minCount: number; alpha: number; weekStart: Weekday; format: "table" | "json" }) => {
      await withStore(io, o, async (store) => {
        const base = filterFrom({ ...o, category: o.category ?? ["attack"] });
        const { from: _from, to: _to, ...undated } = base;
        const span = (await store.aggregate({ by: [], filter: undated }))[0];
        const coverage = (await store.aggregate({ by: [], filter: {} }))[0];
        if (!span || !coverage) {
          io.stdout(o.format === "json" ? `${JSON.stringify({ places: [], surges: [], newAreas: [] })}\n` : "no incidents match\n");
          return 0;
        }
        const lastWeek = weekOf(o.to ?? span.last, o.weekStart);
        const weeks = weeksEndingWith(lastWeek, o.weeks);
        const history = addWeeks(weeks[0]!, -Math.max(52, o.quietWeeks));
        const placeDims: StatDimension[] = o.by === "admin1" ? ["country", "admin1"] : [o.by];
        const rows = await store.aggregate({ by: [...placeDims, "perpetrator", "week"], filter: { ...base, from: history, to: addDays(lastWeek, 6) }, weekStart: o.weekStart });
        const counts = rows.map((r) => {
          const place = o.by === "admin1" ? `${r.key[1]}, ${r.key[0]}` : (r.key[0] ?? "");
          return { place, group: r.key[placeDims.length] ?? "", week: r.key[placeDims.length + 1] ?? "", incidents: r.incidents };
        });
        const t = computeTrends(counts, { weeks, coverageStart: weekOf(coverage.first, o.weekStart), quietWeeks: o.quietWeeks, rule: { ...DEFAULT_SURGE_RULE, minCount: o.minCount, alpha: o.alpha } });
        const counting = `${(base.category ?? []).join(", ")} incidents`;
        io.stdout(o.format === "json" ? `${JSON.stringify({ week_start: o.weekStart, weeks, by: o.by, filter: base, ...t }, null, 2)}\n` : trendsText(t, weeks, o.weekStart, counting));
        return 0;
      });
    },
  );
}

function figureLine(f: ComparedFigure): string {
  const ours = f.ours.high === null ? `${f.ours.low}+` : f.ours.low === f.ours.high ? String(f.ours.low) : `${f.ours.low}-${f.ours.high}`;
  return `  ${f.label}${f.key !== null && f.key !== f.label && f.label !== "total" ? ` [${f.key}]` : ""}: published ${f.claimed ?? "-"}, ours ${ours}: ${f.explanation}`;
}

function comparisonText(c: Comparison): string {
  const s = c.statistic;
  const lines = [
    `${s.publisher}${s.published ? ` (${s.published})` : ""}: ${s.metric} by ${s.dimension}, ${s.period.start} to ${s.period.end}${c.scope ? `, ${c.scope}` : ""}  [${s.document}]`,
    `  "${s.quote.length > 160 ? `${s.quote.slice(0, 159)}…` : s.quote}"`,
    figureLine(c.total),
    ...c.items.map(figureLine),
  ];
  if (c.unlisted.length > 0) lines.push("  we also count, where the breakdown lists nothing:", ...c.unlisted.map((u) => `  ${figureLine(u)}`));
  const summary = differenceSummary(c);
  if (summary !== null && c.total.difference !== 0) lines.push(`  ${summary}`);
  return `${lines.join("\n")}\n`;
}

export function registerCompareCommand(program: Command, io: AnalysisCommandIo): void {
  program
    .command("compare")
    .description("published statistics (extracted from ingested bulletins) against Spotlight's own count for the same period, place and measure")
    .requiredOption("--claimed", "compare the published (claimed) figures")
    .option("--from <date>", "statistics whose period ends on or after this date", parseDay)
    .option("--to <date>", "statistics whose period starts on or before this date", parseDay)
    .option("--perpetrator <names>", "our incidents by these perpetrators, comma-separated", "ISIS")
    .addOption(new Option("-f, --format <format>", "output format").choices(["table", "json"]).default("table"))
    .addOption(dbOption())
    .action(async (o: DbOption & { from?: string; to?: string; perpetrator: string; format: "table" | "json" }) => {
      await withStore(io, o, async (store) => {
        const filter = { ...(o.from !== undefined ? { from: o.from } : {}), ...(o.to !== undefined ? { to: o.to } : {}) };
        const statistics = await store.listStatistics(filter);
        const out: Comparison[] = [];
        for (const statistic of statistics) {
          const plan = planComparison(statistic, { perpetrators: items(o.perpetrator) });
          const totals = await store.aggregate(plan.totals);
          const rows = plan.items ? await store.aggregate(plan.items) : [];
          out.push(compareStatistic(plan, totals, rows));
        }
        if (o.format === "json") io.stdout(`${JSON.stringify(out, null, 2)}\n`);
        else if (out.length === 0) io.stdout("no published statistics in the store for this period (they are stored when a bulletin is ingested)\n");
        else io.stdout(`counting our attack incidents by ${o.perpetrator}\n\n${out.map(comparisonText).join("\n")}`);
        return 0;
      });
    });
}
