// What every store-backed command shares: the --db option and its target, opening the store with
// errors as one line and exit 1, the listing filter, and argument parsers.

import { InvalidArgumentError, Option } from "commander";
import { StoreError, type IncidentFilter, type Store } from "../core/store.ts";
import { isValidDay } from "../extract/dates.ts";
import { OUTPUT_FORMATS } from "../format/writers.ts";
import { DEFAULT_DB, isPostgresUrl, openStore } from "../store/open-store.ts";
import { redactUrl } from "../store/postgres/open.ts";

export interface StoreCommandIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  setExit: (code: number) => void;
}

export interface DbOption {
  db?: string;
}

export function dbTarget(o: DbOption): string {
  return o.db ?? process.env["SPOTLIGHT_DB"] ?? DEFAULT_DB;
}

export function describeTarget(target: string): string {
  return isPostgresUrl(target) ? redactUrl(target) : target;
}

export function parseDay(value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m || !isValidDay(Number(m[1]), Number(m[2]), Number(m[3]))) throw new InvalidArgumentError("expected a date as YYYY-MM-DD");
  return value;
}

export function parseCount(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError("expected a whole number");
  return Number(value);
}

/** Opens the store, runs `body`, closes; StoreErrors become one line on stderr and exit 1. */
export async function withStore(io: StoreCommandIo, o: DbOption, create: boolean, body: (store: Store) => Promise<number>): Promise<void> {
  const target = dbTarget(o);
  let store: Store | undefined;
  try {
    store = (await openStore(target, { create })).store;
    io.setExit(await body(store));
  } catch (e) {
    if (!(e instanceof StoreError)) throw e;
    io.stderr(`spotlight: ${e.message}\n`);
    io.setExit(1);
  } finally {
    await store?.close();
  }
}

/** The store filter from the listing commands' options (`incidents`, `export`): country codes are upper-cased. */
export function incidentFilter(o: IncidentFilter): IncidentFilter {
  const filter: IncidentFilter = {};
  if (o.country !== undefined) filter.country = o.country.toUpperCase();
  if (o.from !== undefined) filter.from = o.from;
  if (o.to !== undefined) filter.to = o.to;
  if (o.method !== undefined) filter.method = o.method;
  if (o.category !== undefined) filter.category = o.category;
  if (o.search !== undefined) filter.search = o.search;
  if (o.includeRetracted) filter.includeRetracted = true;
  return filter;
}

/** Runs `body`; a StoreError becomes a message and exit code 1, success exit code 0. */
export async function reportStoreErrors(io: StoreCommandIo, body: () => Promise<void>): Promise<void> {
  try {
    await body();
    io.setExit(0);
  } catch (e) {
    if (!(e instanceof StoreError)) throw e;
    io.stderr(`spotlight: ${e.message}\n`);
    io.setExit(1);
  }
}

export function dbOption(): Option {
  return new Option("--db <target>", `SQLite file or postgres:// URL (default: $SPOTLIGHT_DB or ${DEFAULT_DB})`);
}

export function formatOption(choices: readonly string[] = OUTPUT_FORMATS): Option {
  return new Option("-f, --format <format>", "output format").choices([...choices]).default("table");
}
