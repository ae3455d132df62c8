// What every engine does after connecting: refuse a newer schema, bring an older one up to date.

import type { Kysely } from "kysely";
import { SchemaTooNewError, StoreError } from "../../core/store.ts";
import type { EngineAdapter } from "./adapter.ts";
import { KyselyStore, type StoreOptions } from "./kysely-store.ts";
import { LATEST_SCHEMA, migrateToLatest, pendingMigrations, unknownMigrations } from "./migrations.ts";
import type { Database } from "./schema.ts";

export interface OpenOptions extends StoreOptions {
  /** Apply pending migrations (default true); otherwise a database that needs them is refused. */
  migrate?: boolean;
}

export interface OpenedStore {
  store: KyselyStore;
  /** Migrations applied while opening. */
  migrated: string[];
}

export async function prepareStore(db: Kysely<Database>, adapter: EngineAdapter, options: OpenOptions): Promise<OpenedStore> {
  try {
    const unknown = await unknownMigrations(db, adapter);
    if (unknown.length > 0) throw new SchemaTooNewError(unknown, LATEST_SCHEMA);
    let migrated: string[] = [];
    if (options.migrate ?? true) migrated = await migrateToLatest(db, adapter);
    else if ((await pendingMigrations(db, adapter)).length > 0) throw new StoreError("unavailable", "the database schema is out of date: run `spotlight db migrate`");
    const storeOptions: StoreOptions = options.clock ? { clock: options.clock } : {};
    return { store: new KyselyStore(db, adapter, storeOptions), migrated };
  } catch (e) {
    await db.destroy();
    throw e;
  }
}
