/**
 * The committed admin-1 polygons (data/admin1.topo.json) as flat coordinate rings, read once.
 * The topology's arcs are stitched into rings directly, as topojson-client's `feature` stitches
 * them (an arc's first point dropped where the previous arc ended, negative arcs reversed, short
 * rings padded with their first point), without building GeoJSON arrays first.
 */
import { readFileSync } from "node:fs";

export interface Region {
  country: string;
  admin1: string;
  /** Current admin1s inside a dated Natural Earth polygon (see scripts/build-admin1.ts). */
  children: readonly string[];
  /** Rings as flat [lon, lat, lon, lat, ...]. */
  rings: Float64Array[];
  minLon: number;
  minLat: number;
  maxLon: number;
  maxLat: number;
}

interface Admin1Props {
  country: string;
  admin1: string;
  children?: string[];
}

type Position = readonly number[];

interface TopoGeometry {
  type: string;
  arcs?: number[][] | number[][][];
  properties?: Admin1Props;
}

interface Topology {
  transform?: unknown;
  arcs: Position[][];
  objects: { admin1: { geometries: TopoGeometry[] } };
}

/** Appends an arc's points (reversed for a negative index) to a ring, over the ring's last point. */
function appendArc(ring: number[], arc: readonly Position[], reversed: boolean): void {
  if (ring.length > 0) ring.length -= 2;
  const n = arc.length;
  for (let k = 0; k < n; k++) {
    const p = arc[reversed ? n - 1 - k : k]!;
    ring.push(p[0] ?? 0, p[1] ?? 0);
  }
}

/**
 * One ring as flat [lon, lat, ...], as topojson-client's `ring` builds it: each arc after the first
 * replaces the previous arc's last point with its own first, and a ring of fewer than four
 * points is padded with its first point.
 */
export function ringCoordinates(arcs: readonly Position[][], ringArcs: readonly number[]): Float64Array {
  const ring: number[] = [];
  for (const i of ringArcs) appendArc(ring, arcs[i < 0 ? ~i : i] ?? [], i < 0);
  // (An empty ring, which topojson-client would pad with undefined, becomes (0, 0).)
  const first = ring.length > 0 ? [ring[0]!, ring[1]!] : [0, 0];
  while (ring.length < 8) ring.push(first[0]!, first[1]!);
  return Float64Array.from(ring);
}

function regionOf(topo: Topology, g: TopoGeometry): Region | null {
  let polygons: number[][][];
  if (g.type === "Polygon") polygons = [g.arcs as number[][]];
  else if (g.type === "MultiPolygon") polygons = g.arcs as number[][][];
  else return null;
  const rings: Float64Array[] = [];
  let minLon = Infinity, minLat = Infinity, maxLon = -Infinity, maxLat = -Infinity;
  for (const polygon of polygons) {
    for (const ringArcs of polygon) {
      const flat = ringCoordinates(topo.arcs, ringArcs);
      for (let i = 0; i < flat.length; i += 2) {
        const lon = flat[i]!;
        const lat = flat[i + 1]!;
        if (lon < minLon) minLon = lon;
        if (lon > maxLon) maxLon = lon;
        if (lat < minLat) minLat = lat;
        if (lat > maxLat) maxLat = lat;
      }
      rings.push(flat);
    }
  }
  const props = g.properties ?? ({} as Admin1Props);
  return { country: props.country, admin1: props.admin1, children: props.children ?? [], rings, minLon, minLat, maxLon, maxLat };
}

/** Every region of the topology, in its order. */
export function parseRegions(topo: Topology): Region[] {
  if (topo.transform != null) throw new Error("admin1.topo.json: quantized topologies are not supported");
  const all: Region[] = [];
  for (const g of topo.objects.admin1.geometries) {
    const r = regionOf(topo, g);
    if (r !== null) all.push(r);
  }
  return all;
}

let topology: Topology | undefined;
/** Geometries by country, in the file's order; their rings are built on a country's first use. */
let geometriesByCountry: Map<string, TopoGeometry[]> | undefined;
const regionsByCountry = new Map<string, Region[]>();
let everyRegion: Region[] | undefined;

function loadTopology(): { topo: Topology; byCountry: Map<string, TopoGeometry[]> } {
  if (topology !== undefined && geometriesByCountry !== undefined) return { topo: topology, byCountry: geometriesByCountry };
  const topo = JSON.parse(readFileSync(new URL("./data/admin1.topo.json", import.meta.url), "utf8")) as Topology;
  if (topo.transform != null) throw new Error("admin1.topo.json: quantized topologies are not supported");
  const byCountry = new Map<string, TopoGeometry[]>();
  for (const g of topo.objects.admin1.geometries) {
    if (g.type !== "Polygon" && g.type !== "MultiPolygon") continue;
    const country = g.properties?.country as string;
    const list = byCountry.get(country);
    if (list === undefined) byCountry.set(country, [g]);
    else list.push(g);
  }
  topology = topo;
  geometriesByCountry = byCountry;
  return { topo, byCountry };
}

/** The regions of one country (ISO2), in the file's order: most bulletins need only a few countries. */
export function regionsOf(country: string): Region[] {
  let regions = regionsByCountry.get(country);
  if (regions === undefined) {
    const { topo, byCountry } = loadTopology();
    regions = (byCountry.get(country) ?? []).map((g) => regionOf(topo, g)!);
    regionsByCountry.set(country, regions);
  }
  return regions;
}

/** Every region, in the file's order. */
export function allRegions(): Region[] {
  everyRegion ??= parseRegions(loadTopology().topo);
  return everyRegion;
}

/** The countries that have regions. */
export function regionCountries(): string[] {
  return [...loadTopology().byCountry.keys()];
}
