import { test } from "node:test";
import assert from "node:assert/strict";
import { loadGazetteer } from "../geo/gazetteer.ts";
import { readPlaceLabel, type Admin1Resolver, type LabelContext } from "./place-labels.ts";

const gazetteer = loadGazetteer();
// The resolver the CLI builds: the gazetteer's admin-1 names and their spellings.
const admin1Of: Admin1Resolver = (name, countries) => {
  const p = gazetteer.findAdmin1(name, { countries });
  return p === undefined ? null : { country: p.country, admin1: p.admin1 };
};
const admin1 = (scope: string | null): LabelContext => ({ dimension: "admin1", scope, admin1Of });
const covers = (label: string, ctx: LabelContext) => readPlaceLabel(label, ctx)?.covers.map((c) => (c.kind === "admin1" ? `${c.country}:${c.admin1}` : c.kind === "country" ? c.country : `arena:${c.arena}`)) ?? null;

test("admin-1 spellings fall back to the gazetteer's names", () => {
  assert.deepEqual(covers("Ninawa", admin1("Iraq")), ["IQ:Nineveh"]);
  assert.deepEqual(covers("Kirkuk region", admin1("Iraq")), ["IQ:Kirkuk"]);
  assert.deepEqual(covers("Al-Raqqah Province", admin1("Syria")), ["SY:Raqqa"]);
  assert.deepEqual(covers("Babel", admin1(null)), ["IQ:Babil"]);
  assert.deepEqual(covers("Wilayat Ninawa", admin1(null)), ["IQ:Nineveh"], "ISIS's name for a province that is an admin-1");
  assert.deepEqual(covers("Diyala wilayah", admin1("Iraq")), ["IQ:Diyala"]);
});

test("regions cover the admin-1s they lie in, restricted to the statistic's arena when it has one", () => {
  assert.deepEqual(covers("Northern Baghdad", admin1("Iraq")), ["IQ:Baghdad", "IQ:Salah al-Din"]);
  assert.deepEqual(covers("Al-Khayr", admin1("Syria")), ["SY:Deir ez-Zor"]);
  assert.deepEqual(covers("Al-Badia", admin1("Syria")), ["SY:Homs", "SY:Hama", "SY:Deir ez-Zor", "SY:Raqqa"]);
  assert.deepEqual(covers("al-Jazira", admin1("Iraq")), ["IQ:Nineveh"]);
  assert.deepEqual(covers("al-Jazira", admin1("Syria")), ["SY:Al-Hasakah", "SY:Raqqa", "SY:Deir ez-Zor"]);
  assert.deepEqual(covers("Wilayat al-Furat", admin1(null)), ["SY:Deir ez-Zor", "IQ:Anbar"], "no scope: both sides of the border");
  const read = readPlaceLabel("Euphrates Valley", admin1("Syria"));
  assert.equal(read?.key, "Deir ez-Zor + Raqqa");
  assert.equal(read?.note, "Euphrates Valley spans 2 admin-1s (Deir ez-Zor, Raqqa): compared with their sum; our count covers the whole of each, so it may hold incidents outside the region; its parts outside Syria are left out");
  assert.equal(readPlaceLabel("Al-Barakah", admin1("Syria"))?.note, "Wilayat al-Barakah is counted as Al-Hasakah");
});

test("a list of places is their sum; one unknown member leaves the label uncompared", () => {
  assert.deepEqual(covers("Homs and Hama", admin1("Syria")), ["SY:Homs", "SY:Hama"]);
  assert.deepEqual(covers("Kirkuk, Diyala & Salah al-Din", admin1("Iraq")), ["IQ:Kirkuk", "IQ:Diyala", "IQ:Salah al-Din"]);
  assert.equal(readPlaceLabel("Homs and Atlantis", admin1("Syria")), null);
  assert.equal(readPlaceLabel("the desert", admin1("Syria")), null);
});

test("an arena breakdown reads arenas first; an admin-1 breakdown prefers its arena's admin-1s", () => {
  const arena: LabelContext = { dimension: "arena", scope: null, admin1Of };
  assert.deepEqual(covers("Sahel", arena), ["arena:Sahel"]);
  assert.deepEqual(covers("Sahel", admin1("Sahel")), ["BF:Sahel"], "Burkina Faso's Sahel region in a Sahel province breakdown");
  assert.deepEqual(covers("Khorasan, i.e., Afghanistan", arena), ["arena:Khorasan"]);
  assert.deepEqual(covers("Wilayat Sina", arena), ["arena:Sinai"]);
  assert.deepEqual(covers("Mozambique", arena), ["MZ"]);
});
