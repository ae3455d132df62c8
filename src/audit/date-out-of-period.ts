// date_out_of_period: an incident dated before the report's period, after it, or after publication.

import type { AuditFinding } from "../core/incident.ts";
import { placeLabel, type AuditContext } from "./context.ts";

export function checkDatesOutOfPeriod(ctx: AuditContext): AuditFinding[] {
  const { period } = ctx.extraction;
  const out: AuditFinding[] = [];
  for (const i of ctx.extraction.incidents) {
    const range = period ? `${period.start}..${period.end}` : "";
    // A range or a week ("between 3 and 8 August") is dated by its first day: one that begins before
    // the period reaches outside it. Later dates of a range or week are not known, so nothing else is said.
    if (i.time_precision === 2 && period && i.event_date < period.start) {
      out.push({ kind: "date_out_of_period", message: `Incident dated from ${i.event_date} (${placeLabel(i)}; a range or week) starts before the report period ${range}.`, quote: i.quote });
      continue;
    }
    if (i.time_precision !== 1) continue;
    let message: string | null = null;
    if (period && i.event_date < period.start) {
      message = `Incident dated ${i.event_date} (${placeLabel(i)}) is before the report period ${range}.`;
    } else if (period && i.event_date > period.end) {
      message = `Incident dated ${i.event_date} (${placeLabel(i)}) is after the report period ${range}` +
        (ctx.published && i.event_date > ctx.published ? ` and after the document's publication on ${ctx.published}.` : " (the report covers events up to " + period.end + ").");
    } else if (ctx.published && i.event_date > ctx.published) {
      message = `Incident dated ${i.event_date} (${placeLabel(i)}) is after the document's publication on ${ctx.published}.`;
    }
    if (message) out.push({ kind: "date_out_of_period", message, quote: i.quote });
  }
  return out;
}
