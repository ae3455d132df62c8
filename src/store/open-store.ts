// Picks the engine from the target: a postgres:// URL or a SQLite file path.

import { openPostgresStore } from "./postgres/open.ts";
import type { OpenedStore, OpenOptions } from "./shared/prepare.ts";
import { openSqliteStore } from "./sqlite/open.ts";

export type { OpenedStore, OpenOptions };

export const DEFAULT_DB = "./data/spotlight.db";

export function isPostgresUrl(target: string): boolean {
  return /^postgres(?:ql)?:\/\//i.test(target);
}

export function openStore(target: string, options: OpenOptions & { create?: boolean } = {}): Promise<OpenedStore> {
  return isPostgresUrl(target) ? openPostgresStore(target, options) : openSqliteStore(target, options);
}
