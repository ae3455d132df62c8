import { test } from "node:test";
import assert from "node:assert/strict";
import { ARENA_RULES } from "../core/arenas.ts";
import { loadGazetteer } from "../geo/gazetteer.ts";
import { REGIONS, regionFromLabel, regionKey } from "./regions.ts";

test("every region names admin-1s as the gazetteer spells them, or a known arena, and cites a source", () => {
  const gazetteer = loadGazetteer();
  const arenas = new Set(ARENA_RULES.map((r) => r.arena));
  const countries = new Set(ARENA_RULES.map((r) => r.country));
  for (const r of REGIONS) {
    assert.ok(r.source.length > 3, `${r.name} has a source`);
    assert.ok((r.arena === undefined) !== (r.parts === undefined), `${r.name} covers either an arena or parts`);
    if (r.arena !== undefined) assert.ok(arenas.has(r.arena), `${r.name}: arena ${r.arena}`);
    for (const p of r.parts ?? []) {
      assert.ok(countries.has(p.country), `${r.name}: country ${p.country}`);
      for (const a of p.admin1 ?? []) assert.equal(gazetteer.admin1(p.country, a)?.admin1, a, `${r.name}: ${p.country} ${a}`);
    }
  }
});

test("no two regions share a name once spellings are normalised", () => {
  const seen = new Map<string, string>();
  for (const r of REGIONS) {
    for (const n of [r.name, ...r.aliases]) {
      const k = regionKey(n);
      assert.ok(!seen.has(k) || seen.get(k) === r.name, `"${n}" of ${r.name} is also ${seen.get(k)}`);
      seen.set(k, r.name);
    }
  }
});

test("ISIS's wilayat names and analysts' regions are found under their transliterations", () => {
  const name = (label: string) => regionFromLabel(label)?.name ?? null;
  assert.deepEqual(["Wilayat al-Khayr", "al-Khair", "Al Khayr Province", "Wilāyat al-Khayr"].map(name), Array<string>(4).fill("Wilayat al-Khayr"));
  assert.deepEqual(["Al-Badia", "the Badiya", "Syrian Desert"].map(name), Array<string>(3).fill("Wilayat al-Badiya"));
  assert.deepEqual(["Northern Baghdad", "North Baghdad", "Shamal Baghdad", "Wilayat Shamal Baghdad"].map(name), Array<string>(4).fill("Wilayat Shamal Baghdad"));
  assert.deepEqual(["Euphrates Valley", "the Middle Euphrates River Valley", "Al-Barakah", "Hawran", "Sahel", "Diyala"].map(name), ["Euphrates Valley", "Euphrates Valley", "Wilayat al-Barakah", "Wilayat Hawran", "Wilayat al-Sahel", null]);
});
