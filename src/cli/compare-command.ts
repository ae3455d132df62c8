// `spotlight compare --claimed`: each published statistic in the store against our own count for
// the same period, place and measure, and its previous-period total against our count for the
// period before. Labels are read with the region table and the gazetteer's admin-1 names; the
// table lists, under each figure that differs, the incidents we count there (date, place, what).

import { Option, type Command } from "commander";
import { stringify } from "csv-stringify/sync";
import type { AggregateRow } from "../core/analysis.ts";
import type { IncidentRecord, Store } from "../core/store.ts";
import { loadGazetteer, type Gazetteer } from "../geo/gazetteer.ts";
import { compareStatistic, differenceSummary, planComparison, type Comparison, type ComparedFigure } from "../analysis/compare.ts";
import type { Admin1Resolver } from "../analysis/place-labels.ts";
import { dbOption, parseDay, type DbOption } from "./store-options.ts";
import { items, parsePositive, withStore, type AnalysisCommandIo } from "./analysis-options.ts";

type CompareFormat = "table" | "json" | "csv";

function gazetteerResolver(): Admin1Resolver {
  let gazetteer: Gazetteer | undefined;
  return (name, countries) => {
    gazetteer ??= loadGazetteer();
    const place = gazetteer.findAdmin1(name, { countries });
    return place === undefined || place.admin1 === "" ? null : { country: place.country, admin1: place.admin1 };
  };
}

function oursText(f: ComparedFigure): string {
  return f.ours.high === null ? `${f.ours.low}+` : f.ours.low === f.ours.high ? String(f.ours.low) : `${f.ours.low}-${f.ours.high}`;
}

function figureLine(f: ComparedFigure, indent = "  "): string {
  const key = f.key !== null && f.key !== f.label && !f.label.startsWith("total") && !f.label.startsWith("previous") ? ` [${f.key}]` : "";
  return `${indent}${f.label}${key}: published ${f.claimed ?? "-"}, ours ${oursText(f)}: ${f.explanation}`;
}

function toll(word: string, r: IncidentRecord["killed"]): string {
  if (r.low === 0 && r.high === 0) return "";
  if (r.high === null) return r.low === 0 ? `${word} unknown` : `${word} ${r.low}+`;
  return `${word} ${r.low === r.high ? r.low : `${r.low}-${r.high}`}`;
}

function incidentLine(i: IncidentRecord): string {
  const what = i.methods.length > 0 ? i.methods.join("+") : i.category;
  const target = i.target.length > 48 ? `${i.target.slice(0, 47)}…` : i.target;
  const tolls = [toll("killed", i.killed), toll("wounded", i.wounded)].filter((t) => t !== "");
  return `${i.event_date}  ${i.admin1 || "?"} (${i.country}), ${i.location}: ${what} against ${target}${tolls.length ? `; ${tolls.join(", ")}` : ""}  [${i.id}]`;
}

/** Read at most this many of a figure's incidents to pick the ones shown (by date). */
const READ_AT_MOST = 200;

/** Whether the table lists our incidents under a figure: where it differs, or where only we count. */
function listsIncidents(f: ComparedFigure): boolean {
  return f.ids.length > 0 && (f.status === "more" || f.status === "short" || f.status === "not_published");
}

async function incidentLines(store: Store, f: ComparedFigure, limit: number, cache: Map<string, IncidentRecord | null>, indent: string): Promise<string[]> {
  if (!listsIncidents(f)) return [];
  const read: IncidentRecord[] = [];
  for (const id of f.ids.slice(0, READ_AT_MOST)) {
    if (!cache.has(id)) cache.set(id, await store.getIncident(id));
    const i = cache.get(id);
    if (i) read.push(i);
  }
  read.sort((a, b) => a.event_date.localeCompare(b.event_date) || a.id.localeCompare(b.id));
  const out = read.slice(0, limit).map((i) => `${indent}${incidentLine(i)}`);
  if (f.ids.length > out.length) out.push(`${indent}… and ${f.ids.length - out.length} more (--format json lists every id)`);
  return out;
}

async function comparisonText(store: Store, c: Comparison, limit: number, cache: Map<string, IncidentRecord | null>): Promise<string> {
  const s = c.statistic;
  const lines = [
    `${s.publisher}${s.published ? ` (${s.published})` : ""}: ${s.metric} by ${s.dimension}, ${s.period.start} to ${s.period.end}${c.scope ? `, ${c.scope}` : ""}  [${s.document}]`,
    `  "${s.quote.length > 160 ? `${s.quote.slice(0, 159)}…` : s.quote}"`,
  ];
  // A statistic without a total is a list of figures: our overall count adds nothing to it.
  if (c.total.claimed === null && c.items.length > 0) {
    if (c.coverage === 0) lines.push("  note: the store holds no incident of any kind in this period: a difference shows where our sources stop, not what the claim adds");
  } else {
    lines.push(figureLine(c.total));
    const summary = differenceSummary(c);
    if (summary !== null) lines.push(`    ${c.total.status === "agrees" || c.total.status === "within_range" ? `the total agrees, but ${summary}` : summary}`);
    else if (c.items.length === 0) lines.push(...(await incidentLines(store, c.total, limit, cache, "      ")));
  }
  if (c.previous !== null) lines.push(`${figureLine({ ...c.previous.total, label: `previous period, ${c.previous.period.start} to ${c.previous.period.end}` })}`, ...(await incidentLines(store, c.previous.total, limit, cache, "      ")));
  for (const f of c.items) lines.push(figureLine(f), ...(await incidentLines(store, f, limit, cache, "      ")));
  if (c.unlisted.length > 0) {
    lines.push("  we also count, where the breakdown lists nothing:");
    for (const u of c.unlisted) lines.push(figureLine(u, "    "), ...(await incidentLines(store, u, limit, cache, "        ")));
  }
  return `${lines.join("\n")}\n`;
}

const CSV_HEADS = ["document", "publisher", "published", "metric", "dimension", "scope", "period", "period_start", "period_end", "label", "key", "published_value", "ours_low", "ours_high", "difference", "status", "explanation", "ids"];

function csvRows(c: Comparison): (string | number)[][] {
  const s = c.statistic;
  const row = (period: "current" | "previous", start: string, end: string, f: ComparedFigure) => [
    s.document, s.publisher, s.published ?? "", s.metric, s.dimension, c.scope ?? "", period, start, end,
    f.label, f.key ?? "", f.claimed ?? "", f.ours.low, f.ours.high ?? "", f.difference ?? "", f.status, f.explanation, f.ids.join(" "),
  ];
  const current = (f: ComparedFigure) => row("current", s.period.start, s.period.end, f);
  return [
    current(c.total),
    ...(c.previous === null ? [] : [row("previous", c.previous.period.start, c.previous.period.end, c.previous.total)]),
    ...c.items.map(current),
    ...c.unlisted.map(current),
  ];
}

async function compareAll(store: Store, perpetrators: readonly string[], from: string | undefined, to: string | undefined): Promise<Comparison[]> {
  const statistics = await store.listStatistics({ ...(from !== undefined ? { from } : {}), ...(to !== undefined ? { to } : {}) });
  const admin1Of = gazetteerResolver();
  const cache = new Map<string, AggregateRow[]>();
  const run = async (q: Parameters<Store["aggregate"]>[0]) => {
    const key = JSON.stringify(q);
    const hit = cache.get(key) ?? (await store.aggregate(q));
    cache.set(key, hit);
    return hit;
  };
  const out: Comparison[] = [];
  for (const statistic of statistics) {
    const plan = planComparison(statistic, { perpetrators, admin1Of });
    const rows = plan.items ? await run(plan.items) : [];
    const more = plan.previous === null ? { coverage: await run(plan.coverage) } : { coverage: await run(plan.coverage), previousTotals: await run(plan.previous.totals), previousCoverage: await run(plan.previous.coverage) };
    out.push(compareStatistic(plan, await run(plan.totals), rows, more));
  }
  return out;
}

export function registerCompareCommand(program: Command, io: AnalysisCommandIo): void {
  program
    .command("compare")
    .description("published statistics (extracted from ingested bulletins) against Spotlight's own count for the same period, place and measure, and their previous-period totals against ours for the period before")
    .requiredOption("--claimed", "compare the published (claimed) figures")
    .option("--from <date>", "statistics whose period ends on or after this date", parseDay)
    .option("--to <date>", "statistics whose period starts on or before this date", parseDay)
    .option("--perpetrator <names>", "our incidents by these perpetrators, comma-separated", "ISIS")
    .option("--list <n>", "our incidents listed under each figure that differs (table)", parsePositive, 5)
    .addOption(new Option("-f, --format <format>", "output format").choices(["table", "json", "csv"]).default("table"))
    .addOption(dbOption())
    .action(async (o: DbOption & { from?: string; to?: string; perpetrator: string; list: number; format: CompareFormat }) => {
      await withStore(io, o, async (store) => {
        const out = await compareAll(store, items(o.perpetrator), o.from, o.to);
        if (o.format === "json") io.stdout(`${JSON.stringify(out, null, 2)}\n`);
        else if (o.format === "csv") io.stdout(stringify([CSV_HEADS, ...out.flatMap(csvRows)]));
        else if (out.length === 0) io.stdout("no published statistics in the store for this period (they are stored when a bulletin is ingested)\n");
        else {
          const cache = new Map<string, IncidentRecord | null>();
          const texts: string[] = [];
          for (const c of out) texts.push(await comparisonText(store, c, o.list, cache));
          io.stdout(`counting our attack incidents by ${o.perpetrator}\n\n${texts.join("\n")}`);
        }
        return 0;
      });
    });
}
