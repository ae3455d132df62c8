// Versioned schema migrations, in code (no migration folder to ship), run by Kysely's Migrator.
// Add a migration by appending an entry with a name that sorts after the last one; never edit
// one that has shipped.

import { Migrator, type Kysely, type Migration, type MigrationResult } from "kysely";
import { SchemaTooNewError } from "../../core/store.ts";
import type { EngineAdapter } from "./adapter.ts";
import { ANALYSIS_MIGRATION, analysisMigration } from "./analysis-migration.ts";
import { ROLLUP_MIGRATION, rollupMigration } from "./rollup-0004.ts";
import { ROLLUP_DAYS_MIGRATION, rollupDaysMigration } from "./rollup.ts";
import { PAGE_INDEX_MIGRATION, pageIndexMigration } from "./page-index-migration.ts";
import { WEEKLY_ROLLUP_MIGRATION, weeklyRollupMigration } from "./weekly-rollup.ts";
import { SHARED_REPORT_MIGRATION, sharedReportMigration } from "./shared-report-migration.ts";
import { ANALYSIS_INDEX_DATASETS_MIGRATION, analysisIndexDatasetsMigration } from "./analysis-index-migration.ts";
import { MIGRATION_LOCK_TABLE, MIGRATION_TABLE, type Database } from "./schema.ts";

function initial(adapter: EngineAdapter): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable("documents")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("name", "text", (c) => c.notNull())
        .addColumn("hash", "text", (c) => c.notNull())
        .addColumn("version", "integer", (c) => c.notNull())
        .addColumn("text", "text", (c) => c.notNull())
        .addColumn("title", "text")
        .addColumn("period_start", "text")
        .addColumn("period_end", "text")
        .addColumn("publisher", "text")
        .addColumn("published", "text")
        .addColumn("ingested_at", "text", (c) => c.notNull())
        .addColumn("superseded_by", "text")
        .addColumn("superseded_at", "text")
        .addColumn("incident_count", "integer", (c) => c.notNull().defaultTo(0))
        .addUniqueConstraint("documents_name_version", ["name", "version"])
        .addUniqueConstraint("documents_name_hash", ["name", "hash"])
        .execute();
      await db.schema
        .createTable("incidents")
        .addColumn("seq", adapter.serialType, (c) => c.primaryKey())
        .addColumn("id", "text", (c) => c.notNull().unique())
        .addColumn("event_date", "text", (c) => c.notNull())
        .addColumn("country", "text", (c) => c.notNull())
        .addColumn("admin1", "text", (c) => c.notNull())
        .addColumn("category", "text", (c) => c.notNull())
        .addColumn("methods", "text", (c) => c.notNull())
        .addColumn("target_type", "text", (c) => c.notNull())
        .addColumn("status", "text", (c) => c.notNull())
        .addColumn("retraction_reason", "text")
        .addColumn("revision", "integer", (c) => c.notNull())
        .addColumn("created_at", "text", (c) => c.notNull())
        .addColumn("updated_at", "text", (c) => c.notNull())
        .addColumn("data", "text", (c) => c.notNull())
        .execute();
      await db.schema.createIndex("incidents_date").on("incidents").columns(["event_date", "seq"]).execute();
      await db.schema.createIndex("incidents_country_date").on("incidents").columns(["country", "event_date", "seq"]).execute();
      await db.schema
        .createTable("reports")
        .addColumn("document_id", "text", (c) => c.notNull().references("documents.id"))
        .addColumn("extracted_id", "text", (c) => c.notNull())
        .addColumn("incident_id", "text", (c) => c.notNull().references("incidents.id"))
        .addColumn("quote_start", "integer", (c) => c.notNull())
        .addColumn("quote_end", "integer", (c) => c.notNull())
        .addColumn("linked_at", "text", (c) => c.notNull())
        .addColumn("data", "text", (c) => c.notNull())
        .addPrimaryKeyConstraint("reports_pk", ["document_id", "extracted_id"])
        .execute();
      await db.schema.createIndex("reports_incident").on("reports").column("incident_id").execute();
      await db.schema
        .createTable("revisions")
        .addColumn("incident_id", "text", (c) => c.notNull().references("incidents.id"))
        .addColumn("revision", "integer", (c) => c.notNull())
        .addColumn("at", "text", (c) => c.notNull())
        .addColumn("by", "text", (c) => c.notNull())
        .addColumn("reason", "text", (c) => c.notNull())
        .addColumn("kind", "text", (c) => c.notNull())
        .addColumn("before", "text", (c) => c.notNull())
        .addColumn("after", "text", (c) => c.notNull())
        .addPrimaryKeyConstraint("revisions_pk", ["incident_id", "revision"])
        .execute();
      await db.schema
        .createTable("possible_duplicates")
        .addColumn("a", "text", (c) => c.notNull().references("incidents.id"))
        .addColumn("b", "text", (c) => c.notNull().references("incidents.id"))
        .addColumn("reason", "text", (c) => c.notNull())
        .addColumn("created_at", "text", (c) => c.notNull())
        .addPrimaryKeyConstraint("possible_duplicates_pk", ["a", "b"])
        .execute();
      await db.schema.createIndex("possible_duplicates_b").on("possible_duplicates").column("b").execute();
      await adapter.createSearchIndex(db);
    },
    async down(db: Kysely<unknown>) {
      await adapter.dropSearchIndex(db);
      for (const t of ["possible_duplicates", "revisions", "reports", "incidents", "documents"]) await db.schema.dropTable(t).execute();
    },
  };
}

/** Dataset imports: which documents are dataset files, which datasets report an incident, reports by record id. */
const importLinks: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable("documents").addColumn("format", "text").execute();
    await db.schema.alterTable("incidents").addColumn("datasets", "text", (c) => c.notNull().defaultTo("|")).execute();
    await db.schema.createIndex("reports_extracted").on("reports").column("extracted_id").execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropIndex("reports_extracted").execute();
    await db.schema.alterTable("incidents").dropColumn("datasets").execute();
    await db.schema.alterTable("documents").dropColumn("format").execute();
  },
};

/** Every migration, in order. */
export function migrations(adapter: EngineAdapter): Record<string, Migration> {
  return {
    "0001_initial": initial(adapter),
    "0002_import_links": importLinks,
    [ANALYSIS_MIGRATION]: analysisMigration(adapter),
    [ROLLUP_MIGRATION]: rollupMigration(adapter),
    [ROLLUP_DAYS_MIGRATION]: rollupDaysMigration(adapter),
    [PAGE_INDEX_MIGRATION]: pageIndexMigration,
    [WEEKLY_ROLLUP_MIGRATION]: weeklyRollupMigration(adapter),
    [SHARED_REPORT_MIGRATION]: sharedReportMigration,
    [ANALYSIS_INDEX_DATASETS_MIGRATION]: analysisIndexDatasetsMigration,
  };
}

export const LATEST_SCHEMA = ANALYSIS_INDEX_DATASETS_MIGRATION;

function migrator(db: Kysely<Database>, adapter: EngineAdapter): Migrator {
  const list = migrations(adapter);
  return new Migrator({
    db,
    provider: { getMigrations: async () => list },
    migrationTableName: MIGRATION_TABLE,
    migrationLockTableName: MIGRATION_LOCK_TABLE,
  });
}

/** Migrations the database has run that this version does not know: a newer Spotlight made it. */
export async function unknownMigrations(db: Kysely<Database>, adapter: EngineAdapter): Promise<string[]> {
  const tables = await db.introspection.getTables();
  if (!tables.some((t) => t.name === MIGRATION_TABLE)) return [];
  const known = new Set(Object.keys(migrations(adapter)));
  const rows = await db.selectFrom("spotlight_migration").select("name").execute();
  return rows.map((r) => r.name).filter((n) => !known.has(n)).sort();
}

/** Migrations not yet applied to this database. */
export async function pendingMigrations(db: Kysely<Database>, adapter: EngineAdapter): Promise<string[]> {
  const infos = await migrator(db, adapter).getMigrations();
  return infos.filter((m) => m.executedAt === undefined).map((m) => m.name);
}

/** Applies the migrations up to and including `name` (an older schema: upgrade tests start there). */
export async function migrateUpTo(db: Kysely<Database>, adapter: EngineAdapter, name: string): Promise<void> {
  const { error } = await migrator(db, adapter).migrateTo(name);
  if (error !== undefined) throw error instanceof Error ? error : new Error(String(error));
}

/** Brings the schema up to date; refuses a database made by a newer version. Returns the migrations applied. */
export async function migrateToLatest(db: Kysely<Database>, adapter: EngineAdapter): Promise<string[]> {
  const unknown = await unknownMigrations(db, adapter);
  if (unknown.length > 0) throw new SchemaTooNewError(unknown, LATEST_SCHEMA);
  const { error, results } = await migrator(db, adapter).migrateToLatest();
  if (error !== undefined) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r: MigrationResult) => r.status === "Success").map((r) => r.migrationName);
}
