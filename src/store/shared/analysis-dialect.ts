// What the analysis queries (aggregate.ts) need from each engine: day arithmetic on ISO date
// text, a substring test, a string aggregate, and columns computed from the incident JSON.

import type { Kysely, RawBuilder } from "kysely";

/** A column the analysis migration derives from `incidents.data` (JSON text) at `path`. */
export interface JsonColumn {
  name: string;
  type: "integer" | "text";
  path: readonly string[];
}

export interface RollupTriggerOptions {
  unlessAnyRowIn?: string;
}

export interface AnalysisDialect {
  /** Days since 1970-01-01 of a YYYY-MM-DD text. */
  epochDay(date: RawBuilder<unknown>): RawBuilder<number>;
  /** The YYYY-MM-DD text of a day number. */
  dayText(day: RawBuilder<unknown>): RawBuilder<string>;
  /** True when `needle` occurs in `haystack`. */
  contains(haystack: RawBuilder<unknown>, needle: RawBuilder<unknown>): RawBuilder<boolean>;
  /** The group's values joined with `separator`. */
  joinAgg(value: RawBuilder<unknown>, separator: string): RawBuilder<string>;
  /** Statements run (in the query's transaction) before an aggregate, e.g. more sort/hash memory. */
  readonly aggregateSettings: readonly RawBuilder<unknown>[];
  /** Migration step: columns the engine computes from `data` whenever a row is written. */
  addJsonColumns(db: Kysely<unknown>, columns: readonly JsonColumn[]): Promise<void>;
  dropJsonColumns(db: Kysely<unknown>, columns: readonly JsonColumn[]): Promise<void>;
  /**
   * Migration step: row triggers on `incidents` that run `add` (SQL over `new`) for a row that is
   * active after an insert or update and `subtract` (over `old`) for one that was active before an
   * update or delete; updates only when one of `columns` is set. With `unlessAnyRowIn`, an insert
   * is skipped while that table has a row (a bulk insert adds its rows itself).
   */
  createRollupTriggers(db: Kysely<unknown>, add: readonly string[], subtract: readonly string[], columns: readonly string[], options?: RollupTriggerOptions): Promise<void>;
  dropRollupTriggers(db: Kysely<unknown>): Promise<void>;
}
