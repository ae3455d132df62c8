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

/** One ring's points, as topojson-client's `ring` gives them. */
function ringPoints(arcs: readonly Position[][], ringArcs: readonly number[]): Position[] {
  const points: Position[] = [];
  for (const i of ringArcs) {
    if (points.length) points.pop();
    const a = arcs[i < 0 ? ~i : i] ?? [];
    const from = points.length;
    for (const p of a) points.push(p);
    if (i < 0) {
      for (let lo = from, hi = points.length - 1; lo < hi; lo++, hi--) {
        const t = points[lo]!;
        points[lo] = points[hi]!;
        points[hi] = t;
      }
    }
  }
  if (points.length < 2) points.push(points[0] ?? []);
  while (points.length < 4) points.push(points[0] ?? []);
  return points;
}

export function parseRegions(topo: Topology): Region[] {
  if (topo.transform != null) throw new Error("admin1.topo.json: quantized topologies are not supported");
  const all: Region[] = [];
  for (const g of topo.objects.admin1.geometries) {
    let polygons: number[][][];
    if (g.type === "Polygon") polygons = [g.arcs as number[][]];
    else if (g.type === "MultiPolygon") polygons = g.arcs as number[][][];
    else continue;
    const rings: Float64Array[] = [];
    let minLon = Infinity, minLat = Infinity, maxLon = -Infinity, maxLat = -Infinity;
    for (const polygon of polygons) {
      for (const ringArcs of polygon) {
        const ring = ringPoints(topo.arcs, ringArcs);
        const flat = new Float64Array(ring.length * 2);
        for (let i = 0; i < ring.length; i++) {
          const lon = ring[i]![0] ?? 0;
          const lat = ring[i]![1] ?? 0;
          flat[2 * i] = lon;
          flat[2 * i + 1] = lat;
          if (lon < minLon) minLon = lon;
          if (lon > maxLon) maxLon = lon;
          if (lat < minLat) minLat = lat;
          if (lat > maxLat) maxLat = lat;
        }
        rings.push(flat);
      }
    }
    const props = g.properties ?? ({} as Admin1Props);
    all.push({ country: props.country, admin1: props.admin1, children: props.children ?? [], rings, minLon, minLat, maxLon, maxLat });
  }
  return all;
}

let regions: Region[] | undefined;
let byCountry: Map<string, Region[]> | undefined;

/** Every region, and the regions of each country, in the file's order. */
export function loadRegions(): { all: Region[]; byCountry: Map<string, Region[]> } {
  if (regions !== undefined && byCountry !== undefined) return { all: regions, byCountry };
  const topo = JSON.parse(readFileSync(new URL("./data/admin1.topo.json", import.meta.url), "utf8")) as Topology;
  const all = parseRegions(topo);
  const index = new Map<string, Region[]>();
  for (const r of all) {
    const list = index.get(r.country);
    if (list === undefined) index.set(r.country, [r]);
    else list.push(r);
  }
  regions = all;
  byCountry = index;
  return { all, byCountry: index };
}
