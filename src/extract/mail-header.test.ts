import { test } from "node:test";
import assert from "node:assert/strict";
import { readMailHeader } from "./mail-header.ts";
import { extractDocument } from "./extract.ts";

test("a block of mail-header lines gives its subject and date; any other block gives nothing", () => {
  assert.deepEqual(readMailHeader("From: Desk <d@example.org>\nTo: Analysts"), { subject: null, date: null });
  assert.deepEqual(readMailHeader("Subject: FW: RE: Weekly note - Sahel"), { subject: "Weekly note - Sahel", date: null });
  assert.deepEqual(readMailHeader("Sent: Tuesday, 7 June 2022 09:14"), { subject: null, date: "Tuesday, 7 June 2022 09:14" });
  assert.equal(readMailHeader("Location: Mora, Far North Region"), null);
  assert.equal(readMailHeader("Subject: x\nGunmen attacked a convoy."), null);
});

test("an e-mailed signal takes its title, period and arena from the subject line, not from the mail header", () => {
  const text = [
    "From: Ops Room <ops@example.org>",
    "To: Sahel Desk",
    "Date: Mon, 13 Jun 2022 06:40:00 +0000",
    "Subject: RE: SITREP 24/22 - LAKE CHAD BASIN - 6 TO 12 JUN 22",
    "",
    "SERIAL 1",
    "DTG: 081930Z JUN 22",
    "LOCATION: MOKOLO, MAYO-TSANAGA, FAR NORTH REGION",
    "DETAILS: JAS fighters raided a market and burned stalls.",
    "CASUALTIES: 3 civilians killed",
  ].join("\n");
  const out = extractDocument(text, { document: "t" });
  assert.equal(out.title, "SITREP 24/22 - LAKE CHAD BASIN - 6 TO 12 JUN 22");
  assert.deepEqual(out.period, { start: "2022-06-06", end: "2022-06-12" });
  assert.equal(out.published, "2022-06-13");
  assert.equal(out.incidents[0]?.country, "CM");
});
