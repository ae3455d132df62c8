/**
 * Point -> admin1 on the committed polygons (data/admin1.topo.json), the same ones maps draw.
 * Ray casting (even-odd, so ring winding does not matter) behind a bounding-box filter.
 */
import { loadGazetteer } from "./gazetteer.ts";
import { distanceKm } from "./geodesy.ts";
import { allRegions, regionCountries, regionsOf, type Region } from "./admin1-polygons.ts";

export interface Admin1Hit {
  country: string;
  admin1: string;
}

/** Points this close to a polygon of the requested country still belong to it (coastlines, simplification, bad coordinates). */
export const NEAREST_POLYGON_KM = 30;
const KM_PER_DEGREE = 111.2;
/** Bounding-box margin for the fallback search, in degrees (30 km with room for high latitudes). */
const MARGIN_DEG = 0.45;

function contains(r: Region, lon: number, lat: number): boolean {
  if (lon < r.minLon || lon > r.maxLon || lat < r.minLat || lat > r.maxLat) return false;
  let inside = false;
  for (const ring of r.rings) {
    const n = ring.length;
    for (let i = 0, j = n - 2; i < n; j = i, i += 2) {
      const xi = ring[i] ?? 0, yi = ring[i + 1] ?? 0, xj = ring[j] ?? 0, yj = ring[j + 1] ?? 0;
      if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

/**
 * Offsets (km, in a local equirectangular projection centred on the point) of the nearest
 * point on segment i of a ring: the one geometric step both boundary checks share.
 */
function nearestOnSegment(ring: Float64Array, i: number, lon: number, lat: number, kx: number, ky: number): [number, number] {
  const ax = ((ring[i] ?? 0) - lon) * kx, ay = ((ring[i + 1] ?? 0) - lat) * ky;
  const bx = ((ring[i + 2] ?? 0) - lon) * kx, by = ((ring[i + 3] ?? 0) - lat) * ky;
  const dx = bx - ax, dy = by - ay;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2));
  return [ax + t * dx, ay + t * dy];
}

/** Margin over a distance bound, so that rounding never rejects a segment the exact test would keep. */
const REJECT_SLACK = 1.0001;

/**
 * True when segment i lies wholly more than `km` east, west, north or south of the point (same
 * projection as nearestOnSegment): then no point of it is within `km`, and the exact test can be
 * skipped. Most segments of a polygon are rejected this way without any allocation.
 */
function segmentBeyond(ring: Float64Array, i: number, lon: number, lat: number, kx: number, ky: number, km: number): boolean {
  const ax = ((ring[i] ?? 0) - lon) * kx, bx = ((ring[i + 2] ?? 0) - lon) * kx;
  if ((ax > km && bx > km) || (ax < -km && bx < -km)) return true;
  const ay = ((ring[i + 1] ?? 0) - lat) * ky, by = ((ring[i + 3] ?? 0) - lat) * ky;
  return (ay > km && by > km) || (ay < -km && by < -km);
}

/** Approximate km from the point to the region's boundary (local equirectangular projection). */
function distanceToBoundaryKm(r: Region, lon: number, lat: number): number {
  const kx = Math.cos((lat * Math.PI) / 180) * KM_PER_DEGREE;
  const ky = KM_PER_DEGREE;
  let best = Infinity;
  for (const ring of r.rings) {
    for (let i = 0; i + 3 < ring.length; i += 2) {
      if (segmentBeyond(ring, i, lon, lat, kx, ky, best * REJECT_SLACK)) continue;
      const [px, py] = nearestOnSegment(ring, i, lon, lat, kx, ky);
      const d = Math.hypot(px, py);
      if (d < best) best = d;
    }
  }
  return best;
}

/** Natural Earth boundaries are coarse in places (its Baghdad stops short of Tarmiyah): near a boundary, local places outvote it. */
const LOCAL_VOTE_KM = 20;
const LOCAL_VOTERS = 5;
const LOCAL_QUORUM = 2;

/**
 * `distanceToBoundaryKm(r, lon, lat) < km`, stopping at the first segment that close. Squared
 * distances settle clear cases; `Math.hypot` (as above) decides the ones within rounding of `km`.
 */
function boundaryWithinKm(r: Region, lon: number, lat: number, km: number): boolean {
  const kx = Math.cos((lat * Math.PI) / 180) * KM_PER_DEGREE;
  const ky = KM_PER_DEGREE;
  const inner = (km * 0.999) ** 2;
  const outer = (km * 1.001) ** 2;
  const reach = km * 1.001 * REJECT_SLACK;
  for (const ring of r.rings) {
    for (let i = 0; i + 3 < ring.length; i += 2) {
      if (segmentBeyond(ring, i, lon, lat, kx, ky, reach)) continue;
      const [px, py] = nearestOnSegment(ring, i, lon, lat, kx, ky);
      const d2 = px * px + py * py;
      if (d2 > outer) continue;
      if (d2 < inner || Math.hypot(px, py) < km) return true;
    }
  }
  return false;
}

function hit(r: Region, lat: number, lon: number): Admin1Hit {
  const nearBoundary = r.children.length > 0 || boundaryWithinKm(r, lon, lat, LOCAL_VOTE_KM);
  if (!nearBoundary) return { country: r.country, admin1: r.admin1 };
  // Voters lie within LOCAL_VOTE_KM, so an undated polygon needs only the 12 nearest within it.
  const near = loadGazetteer()
    .nearest(lat, lon, { country: r.country, limit: 12, withinKm: r.children.length > 0 ? Infinity : LOCAL_VOTE_KM })
    .filter((p) => p.admin1 !== "");
  if (r.children.length > 0) {
    // Dated polygon: the current admin1 of the nearest place that is one of its children.
    const child = near.find((p) => r.children.includes(p.admin1));
    return { country: r.country, admin1: child?.admin1 ?? r.admin1 };
  }
  // Override only when at least LOCAL_QUORUM places within LOCAL_VOTE_KM all name the same other admin1.
  const voters = near.slice(0, LOCAL_VOTERS).filter((p) => distanceKm(lat, lon, p.lat, p.lon) <= LOCAL_VOTE_KM);
  const first = voters[0]?.admin1;
  if (voters.length >= LOCAL_QUORUM && first !== undefined && first !== r.admin1 && voters.every((p) => p.admin1 === first)) {
    return { country: r.country, admin1: first };
  }
  return { country: r.country, admin1: r.admin1 };
}

/**
 * The admin1 containing the point, limited to `country` (ISO2) when given. Points just outside
 * every polygon (up to NEAREST_POLYGON_KM) get the nearest one; null beyond that.
 */
export function admin1At(lat: number, lon: number, country?: string): Admin1Hit | null {
  const candidates = country === undefined ? allRegions() : regionsOf(country);
  for (const r of candidates) if (contains(r, lon, lat)) return hit(r, lat, lon);
  let best: Region | undefined;
  let bestKm = NEAREST_POLYGON_KM;
  for (const r of candidates) {
    if (lon < r.minLon - MARGIN_DEG || lon > r.maxLon + MARGIN_DEG || lat < r.minLat - MARGIN_DEG || lat > r.maxLat + MARGIN_DEG) continue;
    const km = distanceToBoundaryKm(r, lon, lat);
    if (km <= bestKm) {
      bestKm = km;
      best = r;
    }
  }
  return best === undefined ? null : hit(best, lat, lon);
}

/** Countries that have polygons (the focus countries). */
export function admin1Countries(): string[] {
  return regionCountries();
}

/** Km from the point to the polygon of `admin1` in `country` (0 inside), or null when there is no such polygon. */
export function distanceToAdmin1Km(lat: number, lon: number, country: string, admin1: string): number | null {
  let best: number | null = null;
  for (const r of regionsOf(country)) {
    if (r.admin1 !== admin1 && !r.children.includes(admin1)) continue;
    const km = contains(r, lon, lat) ? 0 : distanceToBoundaryKm(r, lon, lat);
    if (best === null || km < best) best = km;
  }
  return best;
}
