// The analysis vocabulary shared by the store (which aggregates in SQL) and the analysis layer
// (trends, surges, claimed vs observed): dimensions, week starts, the aggregate query and its rows.

import type { Range, Statistic } from "./incident.ts";
import type { Category, Claim, Method, TargetType } from "./vocabulary.ts";

/** What incidents can be grouped by. `method` counts an incident once per method it lists. */
export const STAT_DIMENSIONS = ["country", "admin1", "arena", "week", "month", "year", "method", "target_type", "perpetrator", "claim", "category"] as const;
export type StatDimension = (typeof STAT_DIMENSIONS)[number];

/** Week starts, Sunday first (the JavaScript `getUTCDay` numbering). */
export const WEEKDAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** The label a group gets when the field is empty: no claim, no admin-1, no method. */
export const NONE_LABEL = "(none)";

/** Filters by the same dimensions; a list means any of its values. Dates are inclusive YYYY-MM-DD. */
export interface AggregateFilter {
  from?: string;
  to?: string;
  country?: readonly string[];
  admin1?: readonly string[];
  arena?: readonly string[];
  method?: readonly Method[];
  target_type?: readonly TargetType[];
  perpetrator?: readonly string[];
  /** `NONE_LABEL` selects incidents without a claim status. */
  claim?: readonly (Claim | typeof NONE_LABEL)[];
  category?: readonly Category[];
}

export interface AggregateQuery {
  by: readonly StatDimension[];
  filter: AggregateFilter;
  /** The first day of a `week` bucket; default Thursday (the seed bulletins' weeks run Thursday to Wednesday). */
  weekStart?: Weekday;
  /** Also return the ids of the incidents in each group (for explanations; costs more). */
  withIds?: boolean;
}

/** One group. Ranges are sums of the members' ranges: `high` is null when any member's is open-ended. */
export interface AggregateRow {
  /** The group's values, in the order of `by`: a week is its first day (YYYY-MM-DD), a month YYYY-MM, a year YYYY. */
  key: string[];
  incidents: number;
  killed: Range;
  wounded: Range;
  casualties: Range;
  /** First and last event dates in the group. */
  first: string;
  last: string;
  /** Only with `withIds`: the group's incident ids, sorted. */
  ids?: string[];
}

/** A published statistic as stored, with the document that quoted it. */
export interface StoredStatistic extends Statistic {
  document_id: string;
  document: string;
}

/** Statistics whose period overlaps [from, to] (inclusive; either may be omitted). */
export interface StatisticFilter {
  from?: string;
  to?: string;
}
