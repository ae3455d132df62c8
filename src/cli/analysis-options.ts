// Options and helpers the analysis commands share: the store opener (an existing store only),
// number parsers, and the filters every analysis command takes (the same names as `stats --by`).

import { InvalidArgumentError, Option, type Command } from "commander";
import { NONE_LABEL, WEEKDAYS, type AggregateFilter } from "../core/analysis.ts";
import { ARENA_RULES, OTHER_ARENA, arenaFromLabel } from "../core/arenas.ts";
import type { Store } from "../core/store.ts";
import { CATEGORIES, CLAIMS, METHODS, TARGET_TYPES, isOneOf } from "../core/vocabulary.ts";
import { parseDay, withStore as openAndRun, type DbOption } from "./store-options.ts";

export interface AnalysisCommandIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  setExit: (code: number) => void;
}

/** Analysis reads an existing store only: a missing database is an error, not created. */
export function withStore(io: AnalysisCommandIo, o: DbOption, body: (store: Store) => Promise<number>): Promise<void> {
  return openAndRun(io, o, false, body);
}

export function parsePositive(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new InvalidArgumentError("expected a whole number of at least 1");
  return Number(value);
}

export function parseRatio(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0 || n >= 1) throw new InvalidArgumentError("expected a number between 0 and 1");
  return n;
}

export function items(value: string): string[] {
  return value.split(",").map((s) => s.trim()).filter((s) => s !== "");
}

/** A comma list whose items must be in `allowed`. */
export function listOf<T extends string>(allowed: readonly T[], what: string) {
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

export interface FilterOptions {
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

export function addFilterOptions(c: Command): Command {
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

export const weekStartOption = () => new Option("--week-start <day>", "first day of a week bucket").choices([...WEEKDAYS]).default("thu");
