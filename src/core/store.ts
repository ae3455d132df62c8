// The one storage contract. SQLite and PostgreSQL implement it (src/store/); the CLI and
// later the API use only this. Every method is async so that a network engine fits.

import type { AggregateQuery, AggregateRow, StatisticFilter, StoredStatistic } from "./analysis.ts";
import type { Extraction, Incident, Period } from "./incident.ts";
import type { Category, Method } from "./vocabulary.ts";

export const STORE_ENGINES = ["sqlite", "postgres"] as const;
export type StoreEngine = (typeof STORE_ENGINES)[number];

/** A document as given to the store: its name identifies it across versions. */
export interface DocumentInput {
  name: string;
  text: string;
  published?: string | null;
  publisher?: string | null;
}

export interface StoredDocument {
  id: string;
  name: string;
  /** SHA-256 of the text, hex. */
  hash: string;
  title: string | null;
  period: Period | null;
  publisher: string | null;
  published: string | null;
  ingested_at: string;
  /** 1 for the first text stored under this name, then 2, 3… */
  version: number;
  /** The id of the next version of this document, once one is stored. */
  superseded_by: string | null;
  incident_count: number;
  /** The dataset format of an imported file ("acled", "gtd", "ucdp", "jsonl"); null for a text document. */
  format: string | null;
}

/** One document's account of an incident: where in which document, as the extractor read it. */
export interface Report {
  document_id: string;
  document: string;
  document_version: number;
  /** True when a later version of the document replaced this one. */
  superseded: boolean;
  quote: string;
  quote_start: number;
  quote_end: number;
  linked_at: string;
}

export const INCIDENT_STATUSES = ["active", "retracted"] as const;
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number];

/** An incident as stored: the interchange record plus its bookkeeping. `id` is the store's id. */
export interface IncidentRecord extends Incident {
  revision: number;
  status: IncidentStatus;
  retraction_reason: string | null;
  created_at: string;
  updated_at: string;
}

export interface PossibleDuplicate {
  id: string;
  reason: string;
}

export interface IncidentDetail extends IncidentRecord {
  reports: Report[];
  possible_duplicates: PossibleDuplicate[];
}

/** The fields an analyst may change. */
export const EDITABLE_FIELDS = [
  "event_date", "time_precision", "category", "methods", "perpetrator", "claim", "target", "target_type",
  "country", "admin1", "location", "latitude", "longitude", "geo_precision", "killed", "wounded", "casualties", "fatalities",
] as const;
export type EditableField = (typeof EDITABLE_FIELDS)[number];
export type IncidentChanges = Partial<Pick<Incident, EditableField>>;

/** A snapshot field of an incident as revisions record it. */
export type IncidentState = Omit<IncidentRecord, "revision" | "created_at" | "updated_at">;

export const REVISION_KINDS = ["create", "merge", "reconcile", "edit", "retract"] as const;
export type RevisionKind = (typeof REVISION_KINDS)[number];

/** One change to an incident. `before`/`after` hold only the fields that changed. */
export interface Revision {
  incident_id: string;
  revision: number;
  at: string;
  by: string;
  reason: string;
  kind: RevisionKind;
  before: Partial<IncidentState>;
  after: Partial<IncidentState>;
}

export interface EditMeta {
  by: string;
  reason: string;
  /** The revision the editor read; a different current revision refuses the edit. */
  expectedRevision: number;
}

export interface RetractMeta {
  by?: string;
  expectedRevision?: number;
}

export interface IncidentFilter {
  country?: string;
  /** Inclusive YYYY-MM-DD bounds on event_date. */
  from?: string;
  to?: string;
  method?: Method;
  category?: Category;
  /** Words (prefixes) that must all occur in a quote, place or target. */
  search?: string;
  includeRetracted?: boolean;
}

export interface Page {
  limit: number;
  /** The `next` cursor of the previous page. */
  after?: string | null;
}

export interface IncidentPage {
  incidents: IncidentRecord[];
  next: string | null;
}

export type IngestStatus = "new" | "unchanged" | "revised";

export interface IngestResult {
  document: StoredDocument;
  status: IngestStatus;
  /** Incidents created, merged into an existing incident, updated from a revised text, retracted because the revision dropped them. */
  created: number;
  merged: number;
  updated: number;
  retracted: number;
  possibleDuplicates: number;
}

/** A dataset file given to `importIncidents`: like a document, its name identifies it across versions. */
export interface ImportSource {
  name: string;
  /** "acled", "gtd", "ucdp" or "jsonl". */
  format: string;
  /** SHA-256 of the file's bytes, hex: the same name and hash again is "unchanged" and reads nothing. */
  hash: string;
}

export interface ImportIncidentsOptions {
  /** Who the revisions name (default "import"). */
  by?: string;
  /** Called after each batch is written with the number of incidents read so far. */
  onProgress?: (read: number) => void;
}

export interface ImportIncidentsResult {
  document: StoredDocument;
  status: IngestStatus;
  /** Records new to the store; merged into an incident another source reported; changed since an earlier import; identical to it; ids repeated in the file (the first wins). */
  created: number;
  merged: number;
  updated: number;
  unchanged: number;
  repeated: number;
  possibleDuplicates: number;
}

/** What a restore found in a backup. */
export interface RestoreResult {
  schema: string[];
  rows: Record<string, number>;
}

export interface Store {
  readonly engine: StoreEngine;
  /** Stores the document and its extraction in one transaction, reconciling and merging incidents. */
  ingest(document: DocumentInput, extraction: Extraction): Promise<IngestResult>;
  getDocument(id: string): Promise<StoredDocument | null>;
  listDocuments(): Promise<StoredDocument[]>;
  /** The incident now, or as it stood at `asOf` (an ISO timestamp); null if it did not exist then. */
  getIncident(id: string, options?: { asOf?: string }): Promise<IncidentDetail | null>;
  listIncidents(filter: IncidentFilter, page: Page): Promise<IncidentPage>;
  history(id: string): Promise<Revision[]>;
  edit(id: string, changes: IncidentChanges, meta: EditMeta): Promise<IncidentRecord>;
  retract(id: string, reason: string, meta?: RetractMeta): Promise<IncidentRecord>;
  possibleDuplicates(): Promise<{ a: string; b: string; reason: string }[]>;
  /**
   * Stores a dataset file's incidents (ids stable across files: `acled:<id>` …) in one transaction:
   * new records are created or merged into another source's incident, changed ones updated through a
   * revision, identical ones left alone.
   */
  importIncidents(source: ImportSource, incidents: AsyncIterable<Incident>, options?: ImportIncidentsOptions): Promise<ImportIncidentsResult>;
  /** Every table as JSON lines through `write`, from one snapshot; the first line names the schema (the portable backup). */
  exportBackup(write: (line: string) => void | Promise<void>): Promise<RestoreResult>;
  /** Loads a portable backup in one transaction; refuses a non-empty store unless `force`, and a newer schema. */
  importBackup(lines: AsyncIterable<string>, options?: { force?: boolean }): Promise<RestoreResult>;
  /** Counts and casualty ranges of active incidents grouped by the query's dimensions, computed by the engine. */
  aggregate(query: AggregateQuery): Promise<AggregateRow[]>;
  /** Published statistics of current document versions whose period overlaps the filter's. */
  listStatistics(filter?: StatisticFilter): Promise<StoredStatistic[]>;
  close(): Promise<void>;
}

export type StoreErrorCode = "not_found" | "stale_revision" | "retracted" | "invalid_change" | "schema_too_new" | "unavailable" | "not_empty";

/** Every error the store raises on purpose; `code` tells them apart. */
export class StoreError extends Error {
  readonly code: StoreErrorCode;
  constructor(code: StoreErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "StoreError";
    this.code = code;
  }
}

export class StaleRevisionError extends StoreError {
  readonly expected: number;
  readonly actual: number;
  constructor(id: string, expected: number, actual: number) {
    super("stale_revision", `incident ${id} is at revision ${actual}, not ${expected}: someone changed it since you read it; read it again and redo the edit`);
    this.name = "StaleRevisionError";
    this.expected = expected;
    this.actual = actual;
  }
}

export class SchemaTooNewError extends StoreError {
  constructor(unknown: readonly string[], known: string) {
    super("schema_too_new", `the database was made by a newer Spotlight (schema ${unknown.join(", ")}); this version knows schemas up to ${known}. Upgrade Spotlight to use it.`);
    this.name = "SchemaTooNewError";
  }
}
