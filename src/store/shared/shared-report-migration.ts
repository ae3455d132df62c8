// Migration 0008_shared_report_records: from here on a report may hold SAME_AS_INCIDENT (rows.ts)
// instead of a copy of its incident's record. The schema does not change; the migration marks the
// databases that may hold such reports, so that a Spotlight which would read them as records refuses
// them (an unknown migration means a newer version), and going down writes every copy out again.

import { sql, type Kysely, type Migration } from "kysely";

export const SHARED_REPORT_MIGRATION = "0008_shared_report_records";

export const sharedReportMigration: Migration = {
  async up() {
    // Nothing to change: existing reports all hold their own record, which stays valid.
  },
  async down(db: Kysely<unknown>) {
    await sql`update reports set data = (select incidents.data from incidents where incidents.id = reports.incident_id) where data = ''`.execute(db);
  },
};
