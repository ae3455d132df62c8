// Published statistics as the store keeps them: one row per figure a document quotes, written
// in the ingest transaction, read back for `compare --claimed` from current document versions.

import type { Kysely } from "kysely";
import type { StatisticFilter, StoredStatistic } from "../../core/analysis.ts";
import type { BreakdownItem, Statistic } from "../../core/incident.ts";
import { isOneOf, METRICS } from "../../core/vocabulary.ts";
import type { EngineAdapter } from "./adapter.ts";
import { chunks } from "./rows.ts";
import type { Database } from "./schema.ts";

export interface StatisticsTable {
  document_id: string;
  ordinal: number;
  publisher: string;
  published: string | null;
  subject: string;
  period_start: string;
  period_end: string;
  metric: string;
  dimension: string;
  total: number | null;
  previous_period_total: number | null;
  breakdown: string;
  quote: string;
  quote_start: number;
  quote_end: number;
}

export type StatisticsDatabase = Database & { statistics: StatisticsTable };

function withStatistics(db: Kysely<Database>): Kysely<StatisticsDatabase> {
  return db.withTables<{ statistics: StatisticsTable }>();
}

/** Stores a document version's statistics (inside the caller's ingest transaction). */
export async function insertStatistics(db: Kysely<Database>, adapter: EngineAdapter, documentId: string, statistics: readonly Statistic[]): Promise<void> {
  const rows: StatisticsTable[] = statistics.map((s, ordinal) => ({
    document_id: documentId,
    ordinal,
    publisher: s.publisher,
    published: s.published,
    subject: s.subject,
    period_start: s.period.start,
    period_end: s.period.end,
    metric: s.metric,
    dimension: s.dimension,
    total: s.total,
    previous_period_total: s.previous_period_total ?? null,
    breakdown: JSON.stringify(s.breakdown),
    quote: s.quote,
    quote_start: s.quote_start,
    quote_end: s.quote_end,
  }));
  for (const part of chunks(rows, 15, adapter.maxParameters)) await withStatistics(db).insertInto("statistics").values(part).execute();
}

/** Statistics of current document versions whose period overlaps the filter's, oldest period first. */
export async function listStatistics(db: Kysely<Database>, filter: StatisticFilter): Promise<StoredStatistic[]> {
  let q = withStatistics(db)
    .selectFrom("statistics")
    .innerJoin("documents", "documents.id", "statistics.document_id")
    .selectAll("statistics")
    .select("documents.name as document")
    .where("documents.superseded_by", "is", null);
  if (filter.from !== undefined) q = q.where("statistics.period_end", ">=", filter.from);
  if (filter.to !== undefined) q = q.where("statistics.period_start", "<=", filter.to);
  const rows = await q.orderBy("statistics.period_start").orderBy("documents.name").orderBy("statistics.ordinal").execute();
  return rows.map((r) => {
    const s: StoredStatistic = {
      document_id: r.document_id,
      document: r.document,
      publisher: r.publisher,
      published: r.published,
      subject: r.subject,
      period: { start: r.period_start, end: r.period_end },
      metric: isOneOf(METRICS, r.metric) ? r.metric : "attacks",
      dimension: r.dimension,
      total: r.total,
      breakdown: JSON.parse(r.breakdown) as BreakdownItem[],
      quote: r.quote,
      quote_start: r.quote_start,
      quote_end: r.quote_end,
    };
    if (r.previous_period_total !== null) s.previous_period_total = r.previous_period_total;
    return s;
  });
}
