// Output writers for extraction results. Each writer is fed documents one at a time and
// incidents as they stream in, so a 500 MB input never has to sit in memory as output.

import { stringify } from "csv-stringify/sync";
import Table from "cli-table3";
import type { Incident, Period, Statistic } from "../core/incident.ts";
import { INCIDENT_COLUMNS, STATISTIC_COLUMNS, formatRange, formatSources, incidentRow, statisticRow } from "./incident-rows.ts";

export const OUTPUT_FORMATS = ["table", "json", "jsonl", "csv"] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export const RECORD_KINDS = ["incidents", "statistics", "all"] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

export interface DocumentSummary {
  document: string;
  title: string | null;
  period: Period | null;
  published: string | null;
}

export interface ResultWriter {
  startDocument(document: string): void;
  incidents(list: readonly Incident[]): void;
  statistics(list: readonly Statistic[]): void;
  endDocument(summary: DocumentSummary): void;
  /** After the last document. */
  finish(): void;
}

type Out = (text: string) => void;

/** One JSON object per document (`{document, incidents, statistics, title, period, published}`); several documents make an array. */
export function jsonWriter(out: Out, documentCount: number, records: RecordKind): ResultWriter {
  let first = true;
  let docIndex = 0;
  let statistics: Statistic[] = [];
  const many = documentCount !== 1;
  return {
    startDocument(document) {
      if (many) out(docIndex === 0 ? "[\n" : ",\n");
      docIndex++;
      first = true;
      statistics = [];
      out(`{"document":${JSON.stringify(document)},"incidents":[`);
    },
    incidents(list) {
      if (records === "statistics") return;
      for (const i of list) {
        out(`${first ? "\n" : ",\n"}${JSON.stringify(i)}`);
        first = false;
      }
    },
    statistics(list) {
      statistics.push(...list);
    },
    endDocument(s) {
      const stats = records === "incidents" ? [] : statistics;
      out(`${first ? "" : "\n"}],"statistics":${JSON.stringify(stats)},"title":${JSON.stringify(s.title)},"period":${JSON.stringify(s.period)},"published":${JSON.stringify(s.published)}}`);
    },
    finish() {
      if (many) out(docIndex === 0 ? "[]\n" : "\n]\n");
      else out("\n");
    },
  };
}

/** One JSON object per line; `record_type` tells incidents from statistics. */
export function jsonlWriter(out: Out, records: RecordKind): ResultWriter {
  let document = "";
  return {
    startDocument(d) {
      document = d;
    },
    incidents(list) {
      if (records !== "statistics") for (const i of list) out(`${JSON.stringify({ record_type: "incident", ...i })}\n`);
    },
    statistics(list) {
      if (records !== "incidents") for (const s of list) out(`${JSON.stringify({ record_type: "statistic", document, ...s })}\n`);
    },
    endDocument() {},
    finish() {},
  };
}

/** RFC 4180 CSV with a header row: incidents by default, or statistics. */
export function csvWriter(out: Out, records: RecordKind): ResultWriter {
  const stats = records === "statistics";
  let document = "";
  out(stringify([stats ? [...STATISTIC_COLUMNS] : [...INCIDENT_COLUMNS]]));
  return {
    startDocument(d) {
      document = d;
    },
    incidents(list) {
      if (!stats && list.length) out(stringify(list.map(incidentRow)));
    },
    statistics(list) {
      if (stats && list.length) out(stringify(list.map((s) => statisticRow(s, document))));
    },
    endDocument() {},
    finish() {},
  };
}

function short(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}

/** A readable table per document for a terminal. */
export function tableWriter(out: Out, records: RecordKind): ResultWriter {
  let incidents: Incident[] = [];
  let statistics: Statistic[] = [];
  return {
    startDocument() {
      incidents = [];
      statistics = [];
    },
    incidents(list) {
      incidents.push(...list);
    },
    statistics(list) {
      statistics.push(...list);
    },
    endDocument(s) {
      const period = s.period ? ` ${s.period.start} .. ${s.period.end}` : "";
      out(`\n${s.document}${s.title ? ` — ${short(s.title, 70)}` : ""}${period}\n`);
      if (records !== "statistics") {
        const t = new Table({
          head: ["date", "category", "methods", "claim", "target", "place", "admin1", "cc", "killed", "wounded", "sources"],
          style: { head: [], border: [] },
          wordWrap: true,
          colWidths: [12, 10, 16, 14, 24, 26, 14, 4, 8, 9, 22],
        });
        for (const i of incidents) {
          const place = i.offset ? `${i.offset.km} km ${i.offset.bearing} of ${i.offset.anchor}` : i.location;
          t.push([i.event_date, i.category, i.methods.join(", "), i.claim ?? "", short(i.target, 40), short(place, 40), i.admin1, i.country, formatRange(i.killed), formatRange(i.wounded), short(formatSources(i.sources), 40)]);
        }
        out(`${incidents.length} incident${incidents.length === 1 ? "" : "s"}\n${incidents.length ? `${t.toString()}\n` : ""}`);
      }
      if (records !== "incidents" && statistics.length) {
        const t = new Table({ head: ["publisher", "metric", "by", "total", "breakdown"], style: { head: [], border: [] }, wordWrap: true, colWidths: [12, 11, 8, 7, 70] });
        for (const st of statistics) t.push([st.publisher, st.metric, st.dimension, st.total ?? "", st.breakdown.map((b) => `${b.label} ${b.value}`).join("; ")]);
        out(`${statistics.length} published statistic${statistics.length === 1 ? "" : "s"}\n${t.toString()}\n`);
      }
    },
    finish() {},
  };
}

export function createWriter(format: OutputFormat, out: Out, documentCount: number, records: RecordKind): ResultWriter {
  switch (format) {
    case "json":
      return jsonWriter(out, documentCount, records);
    case "jsonl":
      return jsonlWriter(out, records);
    case "csv":
      return csvWriter(out, records);
    case "table":
      return tableWriter(out, records);
  }
}
