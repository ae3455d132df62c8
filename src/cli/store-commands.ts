// Store commands: ingest, incidents, show, edit, history, db migrate. Each opens the store named
// by --db (or SPOTLIGHT_DB, default ./data/spotlight.db), does one thing, closes it, and returns
// an exit code through io.setExit. Store failures are one clear line and exit 1.

import { createReadStream, createWriteStream, existsSync, renameSync, rmSync } from "node:fs";
import { once } from "node:events";
import path from "node:path";
import { Option, type Command } from "commander";
import Table from "cli-table3";
import {
  EDITABLE_FIELDS,
  StoreError,
  type IncidentDetail,
  type IncidentRecord,
  type Revision,
} from "../core/store.ts";
import { CATEGORIES, METHODS, type Method } from "../core/vocabulary.ts";
import { createWriter, type OutputFormat } from "../format/writers.ts";
import { formatRange, formatSources } from "../format/incident-rows.ts";
import { ingestDocument } from "../ingest/ingest-document.ts";
import { InputError } from "../io/input-error.ts";
import { listInputs } from "../io/list-inputs.ts";
import { readTextFile } from "../io/read-text.ts";
import { backupSqlite, isSqliteFile, restoreSqlite } from "../store/sqlite/backup.ts";
import { readLines } from "../datasets/jsonl.ts";
import { isPostgresUrl, openStore } from "../store/open-store.ts";
import { parseSets } from "./edit-changes.ts";
import { dbOption, dbTarget, describeTarget, formatOption, incidentFilter, parseCount, parseDay, reportStoreErrors, withStore, type DbOption, type StoreCommandIo } from "./store-options.ts";

function incidentsTable(list: readonly IncidentRecord[]): string {
  const t = new Table({
    head: ["id", "date", "cc", "admin1", "place", "methods", "target", "killed", "wounded", "rev"],
    style: { head: [], border: [] },
    wordWrap: true,
    colWidths: [18, 12, 4, 14, 22, 16, 26, 8, 9, 5],
  });
  for (const i of list) t.push([i.id, i.event_date, i.country, i.admin1, i.location, i.methods.join(", "), i.target, formatRange(i.killed), formatRange(i.wounded), i.revision]);
  return t.toString();
}

function showText(i: IncidentDetail, history: readonly Revision[]): string {
  const lines = [
    `${i.id}  revision ${i.revision}  ${i.status}${i.retraction_reason ? ` (${i.retraction_reason})` : ""}`,
    `date        ${i.event_date} (precision ${i.time_precision})`,
    `category    ${i.category}; methods ${i.methods.join(", ")}; ${i.claim ?? "no claim"} by ${i.perpetrator || "unknown"}`,
    `target      ${i.target} (${i.target_type})`,
    `place       ${i.offset ? `${i.offset.km} km ${i.offset.bearing} of ${i.offset.anchor}` : i.location}, ${i.admin1}, ${i.country}` +
      (i.latitude !== null && i.longitude !== null ? ` [${i.latitude}, ${i.longitude}] precision ${i.geo_precision}` : ""),
    `casualties  killed ${formatRange(i.killed)}, wounded ${formatRange(i.wounded)}`,
    `sources     ${formatSources(i.sources) || "-"}`,
    "",
    `reported by ${i.reports.length} document${i.reports.length === 1 ? "" : "s"}:`,
    ...i.reports.map((r) => `  ${r.document} v${r.document_version}${r.superseded ? " (superseded)" : ""} [${r.quote_start}-${r.quote_end}]: ${r.quote}`),
  ];
  if (i.possible_duplicates.length) lines.push("", "possible duplicates:", ...i.possible_duplicates.map((d) => `  ${d.id}: ${d.reason}`));
  lines.push("", "revisions:", ...history.map(revisionLine));
  return `${lines.join("\n")}\n`;
}

function revisionLine(r: Revision): string {
  const changes = Object.keys(r.after).map((k) => `${k}: ${JSON.stringify((r.before as Record<string, unknown>)[k])} → ${JSON.stringify((r.after as Record<string, unknown>)[k])}`);
  return `  ${r.revision}  ${r.at}  ${r.kind}  by ${r.by}: ${r.reason}${changes.length ? `\n      ${changes.join("\n      ")}` : ""}`;
}

export function registerStoreCommands(program: Command, io: StoreCommandIo): void {
  program
    .command("ingest")
    .description("extract incidents from documents and keep them in the store (a document's name is its file name)")
    .argument("<inputs...>", "files or folders (their .txt/.md files)")
    .addOption(dbOption())
    .option("--published <date>", "reference date (YYYY-MM-DD) for texts that print no year", parseDay)
    .action(async (inputs: string[], o: DbOption & { published?: string }) => {
      let list;
      try {
        list = await listInputs(inputs);
      } catch (e) {
        if (!(e instanceof InputError)) throw e;
        io.stderr(`spotlight: ${e.message}\n`);
        io.setExit(1);
        return;
      }
      for (const s of list.skipped) io.stderr(`spotlight: skipped ${s.file}: ${s.reason}\n`);
      await withStore(io, o, true, async (store) => {
        let failed = 0;
        for (const ref of list.inputs) {
          const name = ref.kind === "stdin" ? "<stdin>" : path.basename(ref.name);
          let text: string;
          try {
            text = await readTextFile(ref);
          } catch (e) {
            if (!(e instanceof InputError)) throw e;
            io.stderr(`spotlight: ${e.message}\n`);
            failed++;
            continue;
          }
          const r = await ingestDocument(store, { name, text, published: o.published ?? null });
          const counts = r.status === "unchanged" ? "already stored" : `${r.created} new, ${r.merged} merged, ${r.updated} updated, ${r.retracted} retracted, ${r.possibleDuplicates} possible duplicates`;
          io.stdout(`${name}: ${r.status} (version ${r.document.version}, ${r.document.incident_count} incidents): ${counts}\n`);
        }
        return failed > 0 ? 1 : 0;
      });
    });

  program
    .command("incidents")
    .description("list stored incidents, filtered")
    .addOption(dbOption())
    .option("--country <cc>", "ISO country code, e.g. SY")
    .option("--from <date>", "first event date (YYYY-MM-DD)", parseDay)
    .option("--to <date>", "last event date (YYYY-MM-DD)", parseDay)
    .addOption(new Option("--method <method>", "attack method").choices([...METHODS]))
    .addOption(new Option("--category <category>", "incident category").choices([...CATEGORIES]))
    .option("--search <words>", "words in quotes, places or targets (all must match)")
    .option("--include-retracted", "list retracted incidents too")
    .option("--limit <n>", "at most this many", parseCount)
    .addOption(formatOption())
    .action(async (o: DbOption & { country?: string; from?: string; to?: string; method?: Method; category?: (typeof CATEGORIES)[number]; search?: string; includeRetracted?: boolean; limit?: number; format: OutputFormat }) => {
      const filter = incidentFilter(o);
      await withStore(io, o, false, async (store) => {
        const table: IncidentRecord[] = [];
        let written = 0;
        const writer = o.format === "csv" || o.format === "jsonl" ? createWriter(o.format, io.stdout, 1, "incidents") : null;
        writer?.startDocument(describeTarget(dbTarget(o)));
        if (o.format === "json") io.stdout('{"incidents":[');
        let after: string | null = null;
        do {
          const want = o.limit === undefined ? 1000 : Math.min(1000, o.limit - written);
          if (want <= 0) break;
          const page = await store.listIncidents(filter, { limit: want, after });
          if (writer) writer.incidents(page.incidents);
          else if (o.format === "json") page.incidents.forEach((i, n) => io.stdout(`${written + n === 0 ? "\n" : ",\n"}${JSON.stringify(i)}`));
          else table.push(...page.incidents);
          written += page.incidents.length;
          after = page.next;
        } while (after !== null);
        if (writer) {
          writer.endDocument({ document: describeTarget(dbTarget(o)), title: null, period: null, published: null });
          writer.finish();
        } else if (o.format === "json") io.stdout(`${written ? "\n" : ""}]}\n`);
        else io.stdout(`${written} incident${written === 1 ? "" : "s"}\n${written ? `${incidentsTable(table)}\n` : ""}`);
        return 0;
      });
    });

  program
    .command("show")
    .description("one incident with its sources, reports and revisions")
    .argument("<id>", "incident id")
    .addOption(dbOption())
    .option("--as-of <time>", "as it stood at this date or ISO time")
    .addOption(formatOption(["table", "json"]))
    .action(async (id: string, o: DbOption & { asOf?: string; format: "table" | "json" }) => {
      await withStore(io, o, false, async (store) => {
        const incident = await store.getIncident(id, o.asOf !== undefined ? { asOf: o.asOf } : {});
        if (!incident) throw new StoreError("not_found", o.asOf ? `no incident ${id} as of ${o.asOf}` : `no incident ${id}`);
        const history = (await store.history(id)).filter((r) => r.revision <= incident.revision);
        io.stdout(o.format === "json" ? `${JSON.stringify({ ...incident, revisions: history }, null, 2)}\n` : showText(incident, history));
        return 0;
      });
    });

  program
    .command("edit")
    .description("change an incident; the change is a new revision, nothing is overwritten")
    .argument("<id>", "incident id")
    .addOption(dbOption())
    .requiredOption("--set <field=value...>", `fields to change (${EDITABLE_FIELDS.join(", ")}); counts as 3, 2-5 or 2+`)
    .requiredOption("--reason <text>", "why")
    .requiredOption("--by <name>", "who")
    .option("--revision <n>", "the revision you read (refused if it changed since); default: the current one", parseCount)
    .action(async (id: string, o: DbOption & { set: string[]; reason: string; by: string; revision?: number }) => {
      await withStore(io, o, false, async (store) => {
        const changes = parseSets(o.set);
        let expected = o.revision;
        if (expected === undefined) {
          const current = await store.getIncident(id);
          if (!current) throw new StoreError("not_found", `no incident ${id}`);
          expected = current.revision;
        }
        const r = await store.edit(id, changes, { by: o.by, reason: o.reason, expectedRevision: expected });
        io.stdout(`${r.id}: revision ${r.revision}\n`);
        return 0;
      });
    });

  program
    .command("history")
    .description("every revision of an incident: who, when, why, before and after")
    .argument("<id>", "incident id")
    .addOption(dbOption())
    .addOption(formatOption(["table", "json", "jsonl"]))
    .action(async (id: string, o: DbOption & { format: "table" | "json" | "jsonl" }) => {
      await withStore(io, o, false, async (store) => {
        const list = await store.history(id);
        if (list.length === 0) throw new StoreError("not_found", `no incident ${id}`);
        if (o.format === "json") io.stdout(`${JSON.stringify(list, null, 2)}\n`);
        else if (o.format === "jsonl") for (const r of list) io.stdout(`${JSON.stringify(r)}\n`);
        else io.stdout(`${list.map(revisionLine).join("\n")}\n`);
        return 0;
      });
    });

  const db = program.command("db").description("database maintenance");
  db.command("backup")
    .description("copy the database to FILE: SQLite through its online backup API, PostgreSQL (or --portable) as JSON lines of every table")
    .argument("<file>", "the backup file to write")
    .addOption(dbOption())
    .option("--portable", "write the portable JSON-lines backup even for SQLite (restores into either engine)")
    .action(async (file: string, o: DbOption & { portable?: boolean }) => {
      const target = dbTarget(o);
      if (!isPostgresUrl(target) && !o.portable) {
        await reportStoreErrors(io, async () => {
          await backupSqlite(target, file);
          io.stdout(`${describeTarget(target)}: backed up to ${file} (SQLite)\n`);
        });
        return;
      }
      await withStore(io, o, false, async (store) => {
        const partial = `${file}.partial`;
        const out = createWriteStream(partial);
        try {
          const r = await store.exportBackup(async (line) => {
            if (!out.write(`${line}\n`)) await once(out, "drain");
          });
          await new Promise<void>((resolve, reject) => out.end((e?: Error | null) => (e ? reject(e) : resolve())));
          renameSync(partial, file);
          const counts = Object.entries(r.rows).map(([t, n]) => `${n} ${t}`).join(", ");
          io.stdout(`${describeTarget(dbTarget(o))}: backed up to ${file} (portable, schema ${r.schema.at(-1) ?? "none"}): ${counts}\n`);
          return 0;
        } catch (e) {
          out.destroy();
          rmSync(partial, { force: true });
          throw e;
        }
      });
    });
  db.command("restore")
    .description("load a backup into an empty database (a SQLite backup into SQLite; a portable one into either engine), in one transaction")
    .argument("<file>", "a backup written by `db backup`")
    .addOption(dbOption())
    .option("--force", "replace the contents of a database that is not empty")
    .action(async (file: string, o: DbOption & { force?: boolean }) => {
      const target = dbTarget(o);
      if (!existsSync(file)) {
        io.stderr(`spotlight: ${file}: no such backup file\n`);
        io.setExit(1);
        return;
      }
      if (isSqliteFile(file)) {
        await reportStoreErrors(io, async () => {
          if (isPostgresUrl(target)) throw new StoreError("invalid_change", `${file} is a SQLite backup; restore it into a SQLite database, or make a portable one (db backup --portable) for PostgreSQL`);
          const r = await restoreSqlite(file, target, o.force ? { force: true } : {});
          io.stdout(`${describeTarget(target)}: restored from ${file} (SQLite, schema ${r.schema.at(-1) ?? "none"}${r.migrated.length ? `, migrated ${r.migrated.join(", ")}` : ""})\n`);
        });
        return;
      }
      await withStore(io, o, true, async (store) => {
        async function* lines() {
          for await (const l of readLines(createReadStream(file))) yield l.text;
        }
        const r = await store.importBackup(lines(), o.force ? { force: true } : {});
        const counts = Object.entries(r.rows).map(([t, n]) => `${n} ${t}`).join(", ");
        io.stdout(`${describeTarget(target)}: restored from ${file} (portable, schema ${r.schema.at(-1) ?? "none"}): ${counts}\n`);
        return 0;
      });
    });
  db.command("migrate")
    .description("create the database or bring its schema up to date")
    .addOption(dbOption())
    .action(async (o: DbOption) => {
      const target = dbTarget(o);
      try {
        const { store, migrated } = await openStore(target, { create: true });
        await store.close();
        io.stdout(migrated.length ? `${describeTarget(target)}: applied ${migrated.join(", ")}\n` : `${describeTarget(target)}: schema up to date\n`);
        io.setExit(0);
      } catch (e) {
        if (!(e instanceof StoreError)) throw e;
        io.stderr(`spotlight: ${e.message}\n`);
        io.setExit(1);
      }
    });
}
