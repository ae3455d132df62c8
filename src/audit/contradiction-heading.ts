// contradiction: an item under a "Counterterrorism ..." heading that is in fact an attack by the insurgents.

import type { AuditFinding } from "../core/incident.ts";
import { firstSentence, headingBefore, type AuditContext } from "./context.ts";

const CT_HEADING_RE = /\bcounter-?terror(?:ism)?\b|\bsecurity operations\b/i;
const CT_ACTION_RE = /\b(?:arrest(?:ed|s)?|apprehend(?:ed)?|captured|detained|air ?strikes?|search(?:es| operation)|sweep|raid(?:ed)? (?:on )?(?:an? )?(?:ISIS|hideout)|killed (?:an? |\w+ )?(?:ISIS|terrorist)|eliminated|dismantled|seized)\b/i;
const ATTACK_RE = /\b(?:IEDs?|explosive device|ambush(?:ed)?|attack(?:ed)?|fired|targeted|suicide|car bomb|rockets?|mortars?)\b/i;

export function checkCounterterrorismHeadings(ctx: AuditContext): AuditFinding[] {
  const out: AuditFinding[] = [];
  for (const i of ctx.extraction.incidents) {
    if (i.category !== "attack") continue;
    const heading = headingBefore(ctx, i.quote_start);
    if (!heading || !CT_HEADING_RE.test(heading)) continue;
    const first = firstSentence(i.quote);
    if (CT_ACTION_RE.test(first) || !ATTACK_RE.test(first)) continue;
    const who = i.claim === "claimed" ? `claimed by ${i.perpetrator}` : i.claim === "suspected" ? `probably ${i.perpetrator}` : "by an unnamed attacker";
    const how = i.methods.length ? i.methods.join(", ").replace(/_/g, " ").replace(/\bied\b/, "IED") : "attack";
    out.push({
      kind: "contradiction",
      message: `Under the heading "${heading}", this item is an attack (${how}, ${who}) against ${i.target || "the security forces"}, not a counterterrorism activity.`,
      quote: first,
    });
  }
  return out;
}
