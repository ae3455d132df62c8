/**
 * A bucket grid for nearest-place queries. Cells are a quarter degree, so a query near a dense
 * city measures a few dozen places instead of the hundreds a whole-degree cell holds; the search
 * reach stays that of whole degrees (items up to `reachDegrees` whole-degree cells away).
 * The cells are one dense array over the items' bounding box (an index per cell into items
 * stored cell by cell), and each item's coordinates sit in typed arrays: a query touches no map
 * and allocates nothing per item.
 */
import { EARTH_RADIUS_KM, RAD, haversineKm } from "./geodesy.ts";

interface Located {
  lat: number;
  lon: number;
}

const KM_PER_DEGREE = 111.2;
/** A great circle is never shorter than its difference in latitude: a lower bound that needs no trigonometry. */
const KM_PER_DEGREE_OF_LATITUDE = (EARTH_RADIUS_KM * Math.PI) / 180;
/** Slack for rounding, so the bound never skips an item the exact distance would keep. */
const BOUND_SLACK = 1 - 1e-9;
/** Cells per degree: a power of two, so a cell never straddles a whole degree. */
const SCALE = 4;

/**
 * How many cells away (in latitude or longitude) an item within `km` of a point at `lat` can
 * lie, with a wide margin; Infinity near the poles. From the haversine formula: the latitudes
 * differ by at most km/R, and cos(lat1)·cos(lat2)·sin²(Δlon/2) <= sin²(km/2R).
 */
export function cellReach(lat: number, km: number): number {
  if (!Number.isFinite(km)) return Infinity;
  const dLat = (km / EARTH_RADIUS_KM) * 1.01 + 1e-9;
  const maxLat = Math.abs(lat) * RAD + dLat;
  if (maxLat >= Math.PI / 2 - 1e-6) return Infinity;
  const s = Math.sin(Math.min(Math.PI / 2, dLat / 2)) / Math.sqrt(Math.cos(lat * RAD) * Math.cos(maxLat));
  if (s >= 1) return Infinity;
  const dLon = 2 * Math.asin(s) * 1.01 + 1e-9;
  return Math.floor((Math.max(dLat, dLon) / RAD) * SCALE) + 2;
}

/** One nearest-place search in progress: the best hits so far as parallel arrays, nearest first. */
interface Query<T> {
  lat: number;
  lon: number;
  cosLat: number;
  latDeg: number;
  lonDeg: number;
  limit: number;
  accept: (item: T) => boolean;
  reachDegrees: number;
  best: number[];
  bestKm: number[];
}

export class SpatialGrid<T extends Located> {
  /** The items, cell by cell (in the order given within a cell). */
  private readonly items: T[] = [];
  private readonly lat: Float64Array;
  private readonly lon: Float64Array;
  private readonly cos: Float64Array;
  private readonly latDeg: Int32Array;
  private readonly lonDeg: Int32Array;
  /** Cell i holds items start[i] .. start[i + 1] - 1; cells are row (latitude) by row. */
  private readonly start: Int32Array;
  private readonly lat0: number;
  private readonly lon0: number;
  private readonly rows: number;
  private readonly cols: number;
  private readonly size: number;

  constructor(items: Iterable<T>) {
    const given = [...items];
    const n = given.length;
    const latCells = new Int32Array(n);
    const lonCells = new Int32Array(n);
    let minLat = Infinity, maxLat = -Infinity, minLon = Infinity, maxLon = -Infinity;
    for (let i = 0; i < n; i++) {
      const item = given[i]!;
      const a = Math.floor(item.lat * SCALE);
      const b = Math.floor(item.lon * SCALE);
      latCells[i] = a;
      lonCells[i] = b;
      if (a < minLat) minLat = a;
      if (a > maxLat) maxLat = a;
      if (b < minLon) minLon = b;
      if (b > maxLon) maxLon = b;
    }
    this.size = n;
    this.lat0 = n === 0 ? 0 : minLat;
    this.lon0 = n === 0 ? 0 : minLon;
    this.rows = n === 0 ? 0 : maxLat - minLat + 1;
    this.cols = n === 0 ? 0 : maxLon - minLon + 1;
    // A stable counting sort of the items by cell.
    const start = new Int32Array(this.rows * this.cols + 1);
    const cellOf = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const c = ((latCells[i] ?? 0) - this.lat0) * this.cols + ((lonCells[i] ?? 0) - this.lon0);
      cellOf[i] = c;
      start[c + 1] = (start[c + 1] ?? 0) + 1;
    }
    for (let c = 0; c < this.rows * this.cols; c++) start[c + 1] = (start[c + 1] ?? 0) + (start[c] ?? 0);
    const next = start.slice(0, start.length - 1);
    const order = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const c = cellOf[i] ?? 0;
      order[next[c] ?? 0] = i;
      next[c] = (next[c] ?? 0) + 1;
    }
    this.start = start;
    this.lat = new Float64Array(n);
    this.lon = new Float64Array(n);
    this.cos = new Float64Array(n);
    this.latDeg = new Int32Array(n);
    this.lonDeg = new Int32Array(n);
    for (let j = 0; j < n; j++) {
      const item = given[order[j] ?? 0]!;
      this.items.push(item);
      this.lat[j] = item.lat;
      this.lon[j] = item.lon;
      this.cos[j] = Math.cos(item.lat * RAD);
      this.latDeg[j] = Math.floor(item.lat);
      this.lonDeg[j] = Math.floor(item.lon);
    }
  }

  /**
   * Up to `limit` items nearest to the point, nearest first, among those passing `accept` and
   * lying within `reachDegrees` whole-degree cells of the point's. Searches rings of cells
   * outward until the ring is farther than the k-th best hit or every item has been seen.
   * Equal distances keep the order items were given in (only items at one point tie).
   * With `withinKm`, only the hits within that distance are returned: exactly the ones the
   * unlimited search returns within it, found without searching the rings beyond it.
   */
  nearest(lat: number, lon: number, limit: number, accept: (item: T) => boolean, reachDegrees = 20, withinKm = Infinity): T[] {
    const latCell = Math.floor(lat * SCALE);
    const lonCell = Math.floor(lon * SCALE);
    const cosLat = Math.max(0.2, Math.cos((lat * Math.PI) / 180));
    const lastRing = Math.min((reachDegrees + 1) * SCALE, cellReach(lat, withinKm));
    const query: Query<T> = {
      lat, lon, cosLat: Math.cos(lat * RAD), latDeg: Math.floor(lat), lonDeg: Math.floor(lon), limit, accept, reachDegrees, best: [], bestKm: [],
    };
    const bestKm = query.bestKm;
    let seen = 0;
    for (let ring = 0; ring <= lastRing && seen < this.size; ring++) {
      // The nearest point of a ring-r cell is at least (r-1) cells away in latitude or scaled longitude.
      const worst = bestKm.length >= limit ? (bestKm[bestKm.length - 1] ?? Infinity) : Infinity;
      if (ring > 1 && ((ring - 1) / SCALE) * KM_PER_DEGREE * cosLat > worst) break;
      if (ring === 0) seen += this.visit(latCell, lonCell, query);
      // The ring's outline: its top and bottom rows, then its sides between them.
      for (let dx = -ring; ring > 0 && dx <= ring; dx++) {
        seen += this.visit(latCell - ring, lonCell + dx, query) + this.visit(latCell + ring, lonCell + dx, query);
      }
      for (let dy = -ring + 1; dy <= ring - 1; dy++) {
        seen += this.visit(latCell + dy, lonCell - ring, query) + this.visit(latCell + dy, lonCell + ring, query);
      }
    }
    const out: T[] = [];
    for (let k = 0; k < query.best.length; k++) {
      if ((bestKm[k] ?? Infinity) > withinKm) break;
      out.push(this.items[query.best[k] ?? 0]!);
    }
    return out;
  }

  /** Measures the items of one cell into the query's best list; returns how many items the cell holds. */
  private visit(latCell: number, lonCell: number, q: Query<T>): number {
    const row = latCell - this.lat0;
    const col = lonCell - this.lon0;
    if (row < 0 || row >= this.rows || col < 0 || col >= this.cols) return 0;
    const cell = row * this.cols + col;
    const from = this.start[cell] ?? 0;
    const to = this.start[cell + 1] ?? 0;
    const best = q.best;
    const bestKm = q.bestKm;
    for (let j = from; j < to; j++) {
      if (Math.abs((this.latDeg[j] ?? 0) - q.latDeg) > q.reachDegrees || Math.abs((this.lonDeg[j] ?? 0) - q.lonDeg) > q.reachDegrees) continue;
      if (!q.accept(this.items[j]!)) continue;
      const itemLat = this.lat[j] ?? 0;
      const full = best.length >= q.limit;
      const worst = full ? (bestKm[bestKm.length - 1] ?? Infinity) : Infinity;
      if (full && Math.abs(itemLat - q.lat) * KM_PER_DEGREE_OF_LATITUDE * BOUND_SLACK > worst) continue;
      const km = haversineKm(q.lat, q.lon, q.cosLat, itemLat, this.lon[j] ?? 0, this.cos[j] ?? 0);
      if (full && km >= worst) continue;
      let i = best.length;
      while (i > 0 && (bestKm[i - 1] ?? 0) > km) i--;
      best.splice(i, 0, j);
      bestKm.splice(i, 0, km);
      if (best.length > q.limit) {
        best.pop();
        bestKm.pop();
      }
    }
    return to - from;
  }
}
