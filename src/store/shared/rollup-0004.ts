// Migration 0004_rollup, as it shipped (frozen: migration 0005 in rollup.ts replaces its tables and
// triggers; a database migrated from scratch must still pass through exactly this state).
// Per-day counts that aggregates read instead of a million incidents.
// Two tables over the active incidents, the coarsest first:
//   daily_place_counts  (event_date, country, admin1)
//   daily_counts        (event_date, country, admin1, category, target_type, perpetrator, claim)
// each with the incident count and, per measure, the sum of lows, the sum of known highs and the
// number of known highs (a sum's high is open-ended unless every member's is known). Arena is a
// function of (country, admin1), so both tables answer it. Triggers on `incidents` (created here,
// in `AnalysisDialect.createRollupTriggers`) keep them in the writing transaction whatever writes:
// ingest, import, edit, retract, restore, a bench writing rows straight into the table.
// `perpetrator` and `claim` may be null; the rollup stores NULL_KEY instead, so its keys are
// NOT NULL and one unique index serves the upserts on both engines.

import { sql, type Kysely, type Migration } from "kysely";
import type { EngineAdapter } from "./adapter.ts";

export const ROLLUP_MIGRATION = "0004_rollup";

/** Stands for null in the rollup's nullable key columns (no perpetrator or claim has a control character). */
const NULL_KEY = "\u0001";

const NULLABLE_KEYS: ReadonlySet<string> = new Set(["perpetrator", "claim"]);

interface Rollup {
  readonly table: string;
  readonly keys: readonly string[];
}

/** The rollups of 0004, coarsest first. */
export const ROLLUPS_0004: readonly Rollup[] = [
  { table: "daily_place_counts", keys: ["event_date", "country", "admin1"] },
  { table: "daily_counts", keys: ["event_date", "country", "admin1", "category", "target_type", "perpetrator", "claim"] },
];

/** Rollup measure columns: [rollup column, incidents column, kind]. */
const MEASURES = [
  ["killed_low", "killed_low", "sum"],
  ["killed_high", "killed_high", "sum"],
  ["killed_known", "killed_high", "count"],
  ["wounded_low", "wounded_low", "sum"],
  ["wounded_high", "wounded_high", "sum"],
  ["wounded_known", "wounded_high", "count"],
  ["casualties_low", "casualties_low", "sum"],
  ["casualties_high", "casualties_high", "sum"],
  ["casualties_known", "casualties_high", "count"],
] as const;

const lit = (s: string) => `'${s.replace(/'/g, "''")}'`;

function keyValue(row: string, key: string): string {
  return NULLABLE_KEYS.has(key) ? `coalesce(${row}.${key}, ${lit(NULL_KEY)})` : `${row}.${key}`;
}

function measureValue(row: string, column: string, kind: "sum" | "count"): string {
  return kind === "sum" ? `coalesce(${row}.${column}, 0)` : `(case when ${row}.${column} is null then 0 else 1 end)`;
}

/** Statements adding the row `new` (an active incident) to every rollup. Plain SQL text, no parameters. */
function rollupAdd(row = "new"): string[] {
  return ROLLUPS_0004.map((r) => {
    const cols = [...r.keys, "incidents", ...MEASURES.map(([c]) => c)];
    const values = [...r.keys.map((k) => keyValue(row, k)), "1", ...MEASURES.map(([, c, kind]) => measureValue(row, c, kind))];
    const updates = ["incidents", ...MEASURES.map(([c]) => c)].map((c) => `${c} = ${r.table}.${c} + excluded.${c}`);
    return `insert into ${r.table} (${cols.join(", ")}) values (${values.join(", ")}) on conflict (${r.keys.join(", ")}) do update set ${updates.join(", ")}`;
  });
}

/** Statements taking the row `old` (an active incident) out of every rollup; empty groups go. */
function rollupSubtract(row = "old"): string[] {
  return ROLLUPS_0004.flatMap((r) => {
    const where = r.keys.map((k) => `${k} = ${keyValue(row, k)}`).join(" and ");
    const sets = ["incidents = incidents - 1", ...MEASURES.map(([c, src, kind]) => `${c} = ${c} - ${measureValue(row, src, kind)}`)];
    return [`update ${r.table} set ${sets.join(", ")} where ${where}`, `delete from ${r.table} where ${where} and incidents = 0`];
  });
}

/** Columns of `incidents` whose change can move an incident between groups or change its measures. */
const ROLLUP_SOURCE_COLUMNS = ["status", "event_date", "country", "admin1", "category", "target_type", "data"] as const;

export function rollupMigration(adapter: EngineAdapter): Migration {
  return {
    async up(db: Kysely<unknown>) {
      for (const r of ROLLUPS_0004) {
        let t = db.schema.createTable(r.table);
        for (const k of r.keys) t = t.addColumn(k, "text", (c) => c.notNull());
        t = t.addColumn("incidents", "integer", (c) => c.notNull());
        for (const [c] of MEASURES) t = t.addColumn(c, "integer", (c2) => c2.notNull());
        // Columns added in a loop leave the builder no column names to check against.
        await t.addPrimaryKeyConstraint(`${r.table}_pk`, [...r.keys] as never[]).execute();
        const keys = r.keys.map((k) => (NULLABLE_KEYS.has(k) ? `coalesce(${k}, ${lit(NULL_KEY)})` : k));
        const measures = MEASURES.map(([, c, kind]) => (kind === "sum" ? `coalesce(sum(${c}), 0)` : `count(${c})`));
        await sql
          .raw(`insert into ${r.table} (${[...r.keys, "incidents", ...MEASURES.map(([c]) => c)].join(", ")})
            select ${[...keys, "count(*)", ...measures].join(", ")} from incidents where status = 'active' group by ${keys.join(", ")}`)
          .execute(db);
      }
      await adapter.analysis.createRollupTriggers(db, rollupAdd("new"), rollupSubtract("old"), ROLLUP_SOURCE_COLUMNS);
    },
    async down(db: Kysely<unknown>) {
      await adapter.analysis.dropRollupTriggers(db);
      for (const r of ROLLUPS_0004) await db.schema.dropTable(r.table).execute();
    },
  };
}
