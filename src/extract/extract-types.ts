// The shapes the extractor takes and gives: its options, what a pass returns, and what a caller
// knows of a candidate beyond its text.

import type { Incident, Period, SourceRef, Statistic } from "../core/incident.ts";

export interface ExtractOptions {
  /** The document's id or file name, copied into every incident. */
  document: string;
  /** Reference date (YYYY-MM-DD) for texts that print no year or period. */
  published?: string | null;
}

export interface ExtractedItems {
  incidents: Incident[];
  statistics: Statistic[];
}

export interface DocumentInfo {
  title: string | null;
  period: Period | null;
  published: string | null;
}

/** What a caller knows of a candidate beyond its text. */
export interface CandidateExtra {
  /** Sources a table row or record names. */
  sources?: SourceRef[];
  /** The day a relative opening ("The next day, ...") counts from. */
  anchorDay?: string | null;
  /** Sources cited at the end of the paragraph, for a segment that cites none. */
  closingSources?: SourceRef[];
  /** Countries the candidate's own place column names, ahead of the section's. */
  countries?: string[];
  /** The day of the incident an earlier segment of the same paragraph told. */
  blockDay?: string | null;
}
