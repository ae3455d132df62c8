// Migration 0006_page_indexes: the indexes behind a page of incidents (`incidents`, `export`, merge
// candidates). A page is ordered by (event_date, seq) and filtered by country, dates, status and
// method; with status and methods inside the index the engine skips non-matching incidents (and,
// for a full-text page, walks the date order testing each seq against the matches) without reading
// a single row, then reads only the rows it returns. They replace 0001's narrower date indexes, so
// a write maintains as many indexes as before.

import type { Kysely, Migration } from "kysely";

export const PAGE_INDEX_MIGRATION = "0006_page_indexes";

export const pageIndexMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.createIndex("incidents_page_date").on("incidents").columns(["event_date", "seq", "status", "methods"]).execute();
    await db.schema.createIndex("incidents_page_country").on("incidents").columns(["country", "event_date", "seq", "status", "methods"]).execute();
    await db.schema.dropIndex("incidents_date").execute();
    await db.schema.dropIndex("incidents_country_date").execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.createIndex("incidents_date").on("incidents").columns(["event_date", "seq"]).execute();
    await db.schema.createIndex("incidents_country_date").on("incidents").columns(["country", "event_date", "seq"]).execute();
    await db.schema.dropIndex("incidents_page_date").execute();
    await db.schema.dropIndex("incidents_page_country").execute();
  },
};
