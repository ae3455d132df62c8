// The tables as Kysely sees them: one schema for both engines. Dates and timestamps are ISO
// text everywhere (no engine date types), structured values are JSON text.

import type { Generated } from "kysely";

export interface DocumentsTable {
  id: string;
  name: string;
  hash: string;
  version: number;
  text: string;
  title: string | null;
  period_start: string | null;
  period_end: string | null;
  publisher: string | null;
  published: string | null;
  ingested_at: string;
  superseded_by: string | null;
  superseded_at: string | null;
  incident_count: number;
  /** The dataset format of an imported file ("acled", "gtd", "ucdp", "jsonl"); null for a text document. */
  format: Generated<string | null>;
}

/** The filterable fields as columns; the whole incident (without bookkeeping) as JSON in `data`. */
export interface IncidentsTable {
  seq: Generated<number>;
  id: string;
  event_date: string;
  country: string;
  admin1: string;
  category: string;
  /** "|ied|shooting|": one LIKE filters by method on both engines. */
  methods: string;
  target_type: string;
  status: string;
  retraction_reason: string | null;
  revision: number;
  created_at: string;
  updated_at: string;
  data: string;
  /** "|acled|gtd|": the datasets with a report of this incident ("|" for none); one LIKE excludes them when matching. */
  datasets: Generated<string>;
}

/** Provenance: one row per (document, extracted incident); `data` is the incident as that document gave it. */
export interface ReportsTable {
  document_id: string;
  extracted_id: string;
  incident_id: string;
  quote_start: number;
  quote_end: number;
  linked_at: string;
  data: string;
}

export interface RevisionsTable {
  incident_id: string;
  revision: number;
  at: string;
  by: string;
  reason: string;
  kind: string;
  before: string;
  after: string;
}

export interface PossibleDuplicatesTable {
  /** The pair in sorted order: a < b. */
  a: string;
  b: string;
  reason: string;
  created_at: string;
}

export interface MigrationTable {
  name: string;
  timestamp: string;
}

export interface Database {
  documents: DocumentsTable;
  incidents: IncidentsTable;
  reports: ReportsTable;
  revisions: RevisionsTable;
  possible_duplicates: PossibleDuplicatesTable;
  spotlight_migration: MigrationTable;
}

export const MIGRATION_TABLE = "spotlight_migration";
export const MIGRATION_LOCK_TABLE = "spotlight_migration_lock";
