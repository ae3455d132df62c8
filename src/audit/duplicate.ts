// duplicate: the same incident listed twice (same date, same place, same wording).

import type { AuditFinding, Incident } from "../core/incident.ts";
import { firstSentence, longDate, placeLabel, tokenOverlap, type AuditContext } from "./context.ts";

const SAME_WORDING = 0.9;

function key(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}

function samePlace(a: Incident, b: Incident): boolean {
  if (a.country !== b.country || a.location !== b.location) return false;
  if ((a.offset === null) !== (b.offset === null)) return false;
  return a.offset === null || b.offset === null || (a.offset.anchor === b.offset.anchor && a.offset.km === b.offset.km && a.offset.bearing === b.offset.bearing);
}

export function checkDuplicates(ctx: AuditContext): AuditFinding[] {
  const out: AuditFinding[] = [];
  const list = ctx.extraction.incidents;
  const reported = new Set<number>();
  for (let j = 0; j < list.length; j++) {
    const b = list[j]!;
    for (let i = 0; i < j; i++) {
      const a = list[i]!;
      if (reported.has(j) || a.event_date !== b.event_date || !samePlace(a, b)) continue;
      const fa = firstSentence(a.quote), fb = firstSentence(b.quote);
      if (key(fa) !== key(fb) && tokenOverlap(fa, fb) < SAME_WORDING) continue;
      const exact = key(a.quote) === key(b.quote);
      const where = a.section[a.section.length - 1];
      out.push({
        kind: "duplicate",
        message:
          `${where ? `The "${where}" section lists` : "The document lists"} the same ${longDate(a.event_date)} incident (${placeLabel(a)}) twice` +
          (exact ? ", word for word." : "; the copies differ only in their follow-up sentences."),
        quote: b.quote,
      });
      reported.add(j);
    }
  }
  return out;
}
