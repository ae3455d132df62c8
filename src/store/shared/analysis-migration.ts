// Migration 0003_analysis: what `stats`, `trends` and `compare --claimed` need.
// - Columns the engine derives from the incident JSON (casualty ranges, perpetrator, claim), so
//   aggregates read columns, never JSON; generated, so no write path has to set them.
// - One index holding every column an aggregate reads, in the order aggregate.ts groups by:
//   a grouped scan reads the index in order, without touching the rows or sorting.
// - `statistics`: the figures each document publishes, as extracted at ingest.

import type { Kysely, Migration } from "kysely";
import type { EngineAdapter } from "./adapter.ts";
import type { JsonColumn } from "./analysis-dialect.ts";

export const ANALYSIS_MIGRATION = "0003_analysis";

export const ANALYSIS_COLUMNS: readonly JsonColumn[] = [
  { name: "perpetrator", type: "text", path: ["perpetrator"] },
  { name: "claim", type: "text", path: ["claim"] },
  { name: "killed_low", type: "integer", path: ["killed", "low"] },
  { name: "killed_high", type: "integer", path: ["killed", "high"] },
  { name: "wounded_low", type: "integer", path: ["wounded", "low"] },
  { name: "wounded_high", type: "integer", path: ["wounded", "high"] },
  { name: "casualties_low", type: "integer", path: ["casualties", "low"] },
  { name: "casualties_high", type: "integer", path: ["casualties", "high"] },
];

/** The analysis index: filter column, then the grouping columns in order, then the measures. */
export const ANALYSIS_INDEX_COLUMNS = [
  "status", "event_date", "country", "admin1", "category", "target_type", "perpetrator", "claim", "methods",
  "killed_low", "killed_high", "wounded_low", "wounded_high", "casualties_low", "casualties_high",
] as const;

export function analysisMigration(adapter: EngineAdapter): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await adapter.analysis.addJsonColumns(db, ANALYSIS_COLUMNS);
      await db.schema.createIndex("incidents_analysis").on("incidents").columns([...ANALYSIS_INDEX_COLUMNS]).execute();
      await db.schema
        .createTable("statistics")
        .addColumn("document_id", "text", (c) => c.notNull().references("documents.id"))
        .addColumn("ordinal", "integer", (c) => c.notNull())
        .addColumn("publisher", "text", (c) => c.notNull())
        .addColumn("published", "text")
        .addColumn("subject", "text", (c) => c.notNull())
        .addColumn("period_start", "text", (c) => c.notNull())
        .addColumn("period_end", "text", (c) => c.notNull())
        .addColumn("metric", "text", (c) => c.notNull())
        .addColumn("dimension", "text", (c) => c.notNull())
        .addColumn("total", "integer")
        .addColumn("previous_period_total", "integer")
        .addColumn("breakdown", "text", (c) => c.notNull())
        .addColumn("quote", "text", (c) => c.notNull())
        .addColumn("quote_start", "integer", (c) => c.notNull())
        .addColumn("quote_end", "integer", (c) => c.notNull())
        .addPrimaryKeyConstraint("statistics_pk", ["document_id", "ordinal"])
        .execute();
      await db.schema.createIndex("statistics_period").on("statistics").columns(["period_start", "period_end"]).execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable("statistics").execute();
      await db.schema.dropIndex("incidents_analysis").execute();
      await adapter.analysis.dropJsonColumns(db, ANALYSIS_COLUMNS);
    },
  };
}
