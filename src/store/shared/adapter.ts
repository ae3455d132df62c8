// What differs between engines, as data and three small functions. Everything else in
// src/store/shared is engine-agnostic query code.

import type { Expression, Kysely, SqlBool } from "kysely";
import type { StoreEngine } from "../../core/store.ts";
import type { AnalysisDialect } from "./analysis-dialect.ts";
import type { Database } from "./schema.ts";

/** The words of an incident the full-text index covers. */
export interface SearchDocument {
  seq: number;
  quotes: string;
  places: string;
  targets: string;
}

/** `few`: the matching seqs, when so few that reading them first beats walking the page order. */
export type SearchPlan = { kind: "few"; seqs: readonly number[] } | { kind: "many" };

export interface EngineAdapter {
  readonly engine: StoreEngine;
  /** Column type of the auto-numbered `incidents.seq` key. */
  readonly serialType: "integer" | "serial";
  /** Largest number of bound parameters one statement may carry. */
  readonly maxParameters: number;
  /** Migration step: the full-text index (FTS5 table or tsvector table with GIN). */
  createSearchIndex(db: Kysely<unknown>): Promise<void>;
  dropSearchIndex(db: Kysely<unknown>): Promise<void>;
  /** Replaces the index entries of these incidents; `fresh`: they have none yet (new incidents). */
  writeSearch(db: Kysely<Database>, docs: readonly SearchDocument[], options?: { fresh?: boolean }): Promise<void>;
  /** Empties the full-text index (a forced restore). */
  clearSearch(db: Kysely<Database>): Promise<void>;
  /** After rows were inserted with explicit `seq` values: the next auto-numbered key follows them. */
  syncSerial(db: Kysely<Database>): Promise<void>;
  /**
   * A condition on `incidents.seq`: the incident contains every token as a word prefix. The engine
   * may first look how many incidents match (`planSearch`) and pass what it found here.
   */
  matchSearch(tokens: readonly string[], plan: SearchPlan): Expression<SqlBool>;
  /** What `matchSearch` should do for these tokens; may query the index. */
  planSearch(db: Kysely<Database>, tokens: readonly string[]): Promise<SearchPlan>;
  /** Day arithmetic, string aggregates and generated columns for the analysis queries. */
  readonly analysis: AnalysisDialect;
}
