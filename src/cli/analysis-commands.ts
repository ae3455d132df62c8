// Analysis commands: stats (here), trends (trends-command.ts) and compare --claimed
// (compare-command.ts). Each opens the store (--db, SPOTLIGHT_DB or ./data/spotlight.db), asks it
// for aggregates (computed by the engine), and hands the rows to the pure functions of
// src/analysis. Store failures are one clear line and exit 1.

import { Command, Option } from "commander";
import Table from "cli-table3";
import { stringify } from "csv-stringify/sync";
import { STAT_DIMENSIONS, type AggregateFilter, type StatDimension, type Weekday } from "../core/analysis.ts";
import { formatRange, shownMetrics, statNotes, statRecords, STAT_METRICS, type StatMetric, type StatRecord } from "../analysis/stats.ts";
import { dbOption, type DbOption } from "./store-options.ts";
import { addFilterOptions, filterFrom, listOf, weekStartOption, withStore, type AnalysisCommandIo, type FilterOptions } from "./analysis-options.ts";
import { registerCompareCommand } from "./compare-command.ts";
import { registerTrendCommand } from "./trends-command.ts";

export type { AnalysisCommandIo } from "./analysis-options.ts";

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
