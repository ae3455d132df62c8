// source_before_event: a cited source dated before the event it reports.

import type { AuditFinding } from "../core/incident.ts";
import { firstSentence, longDate, type AuditContext } from "./context.ts";

// A citation inside a note or a reference to an earlier event may rightly predate the incident.
const EARLIER_CONTEXT_RE = /\b(?:Note|earlier|previous(?:ly)?|last (?:week|month)|in recent (?:days|weeks|months)|a day before|before that)\b/i;

export function checkSourcesBeforeEvent(ctx: AuditContext): AuditFinding[] {
  const out: AuditFinding[] = [];
  for (const i of ctx.extraction.incidents) {
    if (i.time_precision !== 1) continue;
    for (const s of i.sources) {
      if (s.date === null || s.date >= i.event_date) continue;
      const cited = longDate(s.date);
      const at = i.quote.indexOf(cited);
      if (at < 0) continue;
      if (EARLIER_CONTEXT_RE.test(i.quote.slice(firstSentence(i.quote).length, at)) || /\(Note:/i.test(i.quote.slice(0, at))) continue;
      const what = firstSentence(i.quote).replace(/^On [A-Z][a-z]+ \d{1,2}, \d{4}, /, "").replace(/\s*\([^()]*\)\s*\.?$/, "").replace(/\.$/, "");
      out.push({
        kind: "source_before_event",
        message: `The incident (${what}) is dated ${longDate(i.event_date)}, but its cited source (${s.name}) is dated ${cited}, before the event.`,
        quote: i.quote,
      });
      break;
    }
  }
  return out;
}
