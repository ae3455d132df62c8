// The document audit: every check over one document's text and extraction. Pure: no I/O.

import type { AuditFinding, Extraction } from "../core/incident.ts";
import { makeContext, type AuditContext, type AuditOptions } from "./context.ts";
import { checkCaptionYears } from "./contradiction-caption-year.ts";
import { checkDirections } from "./contradiction-direction.ts";
import { checkCounterterrorismHeadings } from "./contradiction-heading.ts";
import { checkDatesOutOfPeriod } from "./date-out-of-period.ts";
import { checkDuplicates } from "./duplicate.ts";
import { checkBearings } from "./geography-bearing.ts";
import { checkSectionProvinces } from "./geography-section.ts";
import { checkOrder } from "./order.ts";
import { checkSourcesBeforeEvent } from "./source-before-event.ts";
import { checkSums } from "./sum-mismatch.ts";

export type { AuditOptions } from "./context.ts";

const CHECKS: readonly ((ctx: AuditContext) => AuditFinding[])[] = [
  checkSums,
  checkOrder,
  checkDatesOutOfPeriod,
  checkDuplicates,
  checkSourcesBeforeEvent,
  checkCaptionYears,
  checkDirections,
  checkCounterterrorismHeadings,
  checkBearings,
  checkSectionProvinces,
];

/** Findings about what does not hold together in one document, in the order of the checks. */
export function auditDocument(text: string, extraction: Extraction, options: AuditOptions = {}): AuditFinding[] {
  const ctx = makeContext(text, extraction, options);
  return CHECKS.flatMap((check) => check(ctx));
}
