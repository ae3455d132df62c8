import { test } from "node:test";
import assert from "node:assert/strict";
import { extractDocument } from "./extract.ts";

const weekly = (...items: string[]) =>
  extractDocument(["Weekly Jihad Monitor", "", "May 5-11, 2022", "", "Afghanistan", "", ...items.flatMap((i) => [i, ""])].join("\n"), { document: "memory.txt" });

test("an item that names no place but says it happened by the last one is placed there", () => {
  const r = weekly(
    "► On May 8, 2022, a bomb went off outside a Shia mosque in Mazar-e Sharif. Nine worshippers were killed.",
    "► Later that day, a grenade was thrown at a bakery a few hundred meters from the mosque. Two men were wounded.",
  );
  assert.equal(r.incidents.length, 2);
  assert.equal(r.incidents[1]!.location, r.incidents[0]!.location);
  assert.equal(r.incidents[1]!.admin1, "Balkh");
});

test("an item that names no place and says nothing of nearness is not placed by the one before", () => {
  const r = weekly(
    "► On May 8, 2022, a bomb went off outside a Shia mosque in Mazar-e Sharif. Nine worshippers were killed.",
    "► On May 9, 2022, gunmen shot dead a former army officer. No group claimed the killing.",
  );
  assert.equal(r.incidents.length, 2);
  assert.equal(r.incidents[1]!.latitude, null);
});
