// `spotlight audit`: each input document through extraction and the audit checks; findings
// as a readable table or as JSON. Returns an exit code; never calls process.exit itself.

import type { AuditFinding } from "../core/incident.ts";
import { auditDocument } from "../audit/audit.ts";
import { extractDocument } from "../extract/extract.ts";
import { InputError } from "../io/input-error.ts";
import { readTextFile } from "../io/read-text.ts";
import { EXIT } from "./extract-command.ts";
import { documentName, resolveInputs } from "./inputs.ts";

export const AUDIT_FORMATS = ["table", "json"] as const;
export type AuditFormat = (typeof AUDIT_FORMATS)[number];

export interface AuditCommandOptions {
  format: AuditFormat;
  published: string | null;
  maxBytes?: number | undefined;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  stdin?: AsyncIterable<Uint8Array | string> | undefined;
}

export interface DocumentAudit {
  document: string;
  findings: AuditFinding[];
}

function table(report: DocumentAudit): string {
  const lines = [`${report.document}: ${report.findings.length === 0 ? "no findings" : `${report.findings.length} finding${report.findings.length === 1 ? "" : "s"}`}`];
  for (const f of report.findings) {
    lines.push(`  ${f.kind}: ${f.message}`);
    lines.push(`    “${f.quote.length > 240 ? `${f.quote.slice(0, 237)}...` : f.quote}”`);
  }
  return lines.join("\n") + "\n";
}

export async function runAudit(paths: readonly string[], o: AuditCommandOptions): Promise<number> {
  const inputs = await resolveInputs(paths, o.stderr);
  if (!inputs) return EXIT.inputError;
  const reports: DocumentAudit[] = [];
  let failed = 0;
  for (const ref of inputs) {
    const document = documentName(ref);
    let text: string;
    try {
      text = await readTextFile(ref, { maxBytes: o.maxBytes, stdin: o.stdin });
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      o.stderr(`spotlight: ${e.message}\n`);
      failed++;
      continue;
    }
    const extraction = extractDocument(text, { document, published: o.published });
    const report = { document, findings: auditDocument(text, extraction, { published: o.published }) };
    if (o.format === "table") o.stdout(table(report));
    reports.push(report);
  }
  if (o.format === "json") o.stdout(JSON.stringify(reports.length === 1 ? reports[0] : reports, null, 2) + "\n");
  return failed > 0 ? EXIT.inputError : EXIT.ok;
}
