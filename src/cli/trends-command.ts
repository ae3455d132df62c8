// `spotlight trends`: weekly counts per place from the store, handed to src/analysis/trends.ts for
// week-over-week and year-over-year change, surges and new areas. A second aggregate gives the
// store's coverage (weeks with any incident, per arena) so that a gap is not read as a quiet spell.

import { InvalidArgumentError, Option, type Command } from "commander";
import Table from "cli-table3";
import type { StatDimension, Weekday } from "../core/analysis.ts";
import { computeTrends, DEFAULT_SURGE_RULE, type Change, type NewArea, type Trends } from "../analysis/trends.ts";
import { addDays, addWeeks, weekOf, weeksEndingWith } from "../analysis/weeks.ts";
import { dbOption, type DbOption } from "./store-options.ts";
import { addFilterOptions, filterFrom, parsePositive, parseRatio, weekStartOption, withStore, type AnalysisCommandIo, type FilterOptions } from "./analysis-options.ts";

const TREND_PLACES = ["admin1", "country", "arena"] as const;
type TrendPlace = (typeof TREND_PLACES)[number];

function parseShare(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0 || n > 1) throw new InvalidArgumentError("expected a number above 0 and at most 1");
  return n;
}

function signed(c: Change | null): string {
  if (c === null) return "";
  return `${c.change > 0 ? "+" : ""}${c.change}${c.percent === null ? "" : ` (${c.percent > 0 ? "+" : ""}${c.percent}%)`}`;
}

const incidentsWord = (n: number) => `${n} incident${n === 1 ? "" : "s"}`;

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
  const where = (a: NewArea) => (a.area === null ? "" : ` (the store covers ${a.area} in ${a.coveredWeeks} of them)`);
  lines.push(t.newAreas.length === 0 ? "new areas: none" : "new areas (a group active where it had no incident in the weeks before, while the store covered the area):");
  for (const a of t.newAreas) lines.push(`  ${a.week}  ${a.group} in ${a.place}: ${incidentsWord(a.incidents)}, none in the ${a.quietWeeks} weeks before${where(a)}`);
  if (t.noPriorCoverage.length > 0) {
    lines.push("no prior coverage (no incident of the group there in the weeks before, but the store has too few incidents of any kind in the area then to call it new):");
    for (const a of t.noPriorCoverage) lines.push(`  ${a.week}  ${a.group} in ${a.place}: ${incidentsWord(a.incidents)}; the store covers ${a.area ?? "the area"} in only ${a.coveredWeeks} of the ${a.quietWeeks} weeks before`);
  }
  return `${lines.join("\n")}\n`;
}

export function registerTrendCommand(program: Command, io: AnalysisCommandIo): void {
  const trends = program
    .command("trends")
    .description("week-over-week and year-over-year change per place, surges against each place's baseline, new areas (only where the store covered the arena in the quiet weeks; otherwise 'no prior coverage')")
    .option("--weeks <n>", "weeks to report, ending with the last week (default 12)", parsePositive, 12)
    .addOption(new Option("--by <place>", "what a place is").choices([...TREND_PLACES]).default("admin1"))
    .option("--quiet-weeks <n>", "a group is new in a place after this many weeks without an incident there", parsePositive, 12)
    .option(
      "--min-coverage <share>",
      "a place is new only if the store holds incidents (any kind) in its arena in at least this share of the quiet weeks; otherwise it is listed as 'no prior coverage'",
      parseShare,
      1,
    )
    .option("--min-count <n>", "no surge below this many incidents in a week", parsePositive, DEFAULT_SURGE_RULE.minCount)
    .option("--alpha <p>", "the count model's false-alarm rate", parseRatio, DEFAULT_SURGE_RULE.alpha)
    .addOption(weekStartOption())
    .addOption(new Option("-f, --format <format>", "output format").choices(["table", "json"]).default("table"))
    .addOption(dbOption());
  addFilterOptions(trends).action(
    async (o: FilterOptions & DbOption & { weeks: number; by: TrendPlace; quietWeeks: number; minCoverage: number; minCount: number; alpha: number; weekStart: Weekday; format: "table" | "json" }) => {
      await withStore(io, o, async (store) => {
        const base = filterFrom({ ...o, category: o.category ?? ["attack"] });
        const { from: _from, to: _to, ...undated } = base;
        const span = (await store.aggregate({ by: [], filter: undated }))[0];
        const first = (await store.aggregate({ by: [], filter: {} }))[0];
        if (!span || !first) {
          io.stdout(o.format === "json" ? `${JSON.stringify({ places: [], surges: [], newAreas: [], noPriorCoverage: [] })}\n` : "no incidents match\n");
          return 0;
        }
        const lastWeek = weekOf(o.to ?? span.last, o.weekStart);
        const weeks = weeksEndingWith(lastWeek, o.weeks);
        const history = addWeeks(weeks[0]!, -Math.max(52, o.quietWeeks));
        const window = { from: history, to: addDays(lastWeek, 6) };
        // The arena leads the key so that each place knows the area whose coverage counts.
        const placeDims: StatDimension[] = o.by === "admin1" ? ["arena", "country", "admin1"] : o.by === "country" ? ["arena", "country"] : ["arena"];
        const rows = await store.aggregate({ by: [...placeDims, "perpetrator", "week"], filter: { ...base, ...window }, weekStart: o.weekStart });
        const counts = rows.map((r) => {
          const place = o.by === "admin1" ? `${r.key[2]}, ${r.key[1]}` : (r.key[placeDims.length - 1] ?? "");
          return { place, area: r.key[0] ?? "", group: r.key[placeDims.length] ?? "", week: r.key[placeDims.length + 1] ?? "", incidents: r.incidents };
        });
        // Coverage: any incident, whatever the filters, since it measures what the store has read.
        const coverage = new Map<string, Set<string>>();
        for (const r of await store.aggregate({ by: ["arena", "week"], filter: window, weekStart: o.weekStart })) {
          const weeksOf = coverage.get(r.key[0] ?? "") ?? new Set<string>();
          weeksOf.add(r.key[1] ?? "");
          coverage.set(r.key[0] ?? "", weeksOf);
        }
        const t = computeTrends(counts, {
          weeks,
          coverageStart: weekOf(first.first, o.weekStart),
          quietWeeks: o.quietWeeks,
          coverage,
          minCoverage: o.minCoverage,
          rule: { ...DEFAULT_SURGE_RULE, minCount: o.minCount, alpha: o.alpha },
        });
        const counting = `${(base.category ?? []).join(", ")} incidents`;
        io.stdout(o.format === "json" ? `${JSON.stringify({ week_start: o.weekStart, weeks, by: o.by, filter: base, ...t }, null, 2)}\n` : trendsText(t, weeks, o.weekStart, counting));
        return 0;
      });
    },
  );
}
