// Published statistics (placeholder until the statistics reader lands).
import type { Statistic } from "../core/incident.ts";
import type { Block } from "./blocks.ts";
import type { DateContext } from "./dates.ts";

export class StatisticsReader {
  constructor(readonly context: () => DateContext) {}
  block(_b: Block, _headings: readonly string[]): Statistic[] {
    return [];
  }
  end(): Statistic[] {
    return [];
  }
}
