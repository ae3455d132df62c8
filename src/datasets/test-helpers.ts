// Helpers for the dataset tests: run the importer over an in-memory file.

import type { Incident } from "../core/incident.ts";
import { importDataset, ImportSummary, type ImportFormat, type ImportInfo, type ImportItem } from "./import.ts";
import { createExporter, type ExportFormat, type ExportOptions } from "./export.ts";

export interface Imported {
  items: ImportItem[];
  incidents: Incident[];
  rejected: Extract<ImportItem, { kind: "rejected" }>[];
  info: ImportInfo | null;
  summary: ImportSummary;
}

/** Feeds `text` in small chunks so that records cross chunk boundaries. */
export async function* chunks(text: string | Buffer, size = 7): AsyncGenerator<Buffer> {
  const b = typeof text === "string" ? Buffer.from(text, "utf8") : text;
  for (let i = 0; i < b.length; i += size) yield b.subarray(i, i + size);
}

export async function importText(text: string | Buffer, from: ImportFormat = "auto", file = "fixture.csv"): Promise<Imported> {
  const summary = new ImportSummary();
  let info: ImportInfo | null = null;
  const items: ImportItem[] = [];
  for await (const item of importDataset(chunks(text), { file, from, onInfo: (i) => (info = i), onSkippedTagRow: () => summary.tagRows++ })) {
    items.push(item);
    summary.add(item);
  }
  return {
    items,
    incidents: items.flatMap((i) => (i.kind === "incident" ? [i.incident] : [])),
    rejected: items.flatMap((i) => (i.kind === "rejected" ? [i] : [])),
    info,
    summary,
  };
}

export function exportAll(incidents: readonly Incident[], format: ExportFormat, o: ExportOptions = {}): string {
  const ex = createExporter(format, o);
  return ex.start() + incidents.map((i) => ex.write(i)).join("") + ex.end();
}
