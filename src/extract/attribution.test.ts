import { test } from "node:test";
import assert from "node:assert/strict";
import { attribute, type SectionHints } from "./attribution.ts";

const none: SectionHints = { claimedBySection: false, groupOfSection: null };
const isisClaims: SectionHints = { claimedBySection: true, groupOfSection: "ISIS" };

const table: [string, SectionHints, string, string, string | null][] = [
  ["On May 3, 2022, an IED was activated against an army jeep. ISIS claimed responsibility (Amaq, May 4, 2022).", none, "attack", "ISIS", "claimed"],
  ["On May 3, 2022, a truck was blown up. No group has claimed responsibility, but it was probably ISIS.", none, "attack", "ISIS", "suspected"],
  ["On May 3, 2022, a truck was blown up. No group has claimed responsibility.", none, "attack", "unknown", "unattributed"],
  ["On May 3, 2022, a militia post was targeted by machine gun fire.", isisClaims, "attack", "ISIS", "claimed"],
  ["On May 3, 2022, a convoy was attacked. So far no organization has claimed responsibility, but in our assessment, it was probably ISIS.", isisClaims, "attack", "ISIS", "suspected"],
  ["On May 3, 2022, Iraqi security forces arrested four ISIS operatives in Hawija.", isisClaims, "counterterrorism", "Iraqi security forces", null],
  ["On May 3, 2022, Coalition aircraft carried out airstrikes against an ISIS hideout.", none, "counterterrorism", "International Coalition", null],
  ["On May 3, 2022, the Syrian army shelled HTS positions south of Idlib.", none, "clash", "Syrian army", null],
  ["Gunmen believed to be Boko Haram fighters stormed a village, killing 9.", none, "attack", "Boko Haram", "suspected"],
  ["On May 3, 2022, al-Shabaab fighters attacked a base; the group said in a statement it killed 20.", none, "attack", "al-Shabaab", "claimed"],
];
for (const [text, hints, category, perpetrator, claim] of table) {
  test(`attribute reads "${text.slice(0, 80)}"`, () => {
    const a = attribute(text, hints);
    assert.deepEqual([a.category, a.perpetrator, a.claim], [category, perpetrator, claim]);
  });
}
