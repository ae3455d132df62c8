/**
 * A bucket grid for nearest-place queries. Cells are a quarter degree, so a query near a dense
 * city measures a few dozen places instead of the hundreds a whole-degree cell holds; the search
 * reach stays that of whole degrees (items up to `reachDegrees` whole-degree cells away).
 */
import { EARTH_RADIUS_KM, distanceKm } from "./geodesy.ts";

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

function cellKey(latCell: number, lonCell: number): number {
  return (latCell + 90 * SCALE) * 2000 + (lonCell + 180 * SCALE);
}

/** One nearest-place search in progress (a plain record rather than closures over the search's variables). */
interface Query<T> {
  lat: number;
  lon: number;
  latDeg: number;
  lonDeg: number;
  limit: number;
  accept: (item: T) => boolean;
  reachDegrees: number;
  best: Array<{ item: T; km: number }>;
}

export class SpatialGrid<T extends Located> {
  private readonly cells = new Map<number, T[]>();
  private readonly size: number;

  constructor(items: Iterable<T>) {
    let size = 0;
    for (const item of items) {
      size++;
      const key = cellKey(Math.floor(item.lat * SCALE), Math.floor(item.lon * SCALE));
      const cell = this.cells.get(key);
      if (cell === undefined) this.cells.set(key, [item]);
      else cell.push(item);
    }
    this.size = size;
  }

  /**
   * Up to `limit` items nearest to the point, nearest first, among those passing `accept` and
   * lying within `reachDegrees` whole-degree cells of the point's. Searches rings of cells
   * outward until the ring is farther than the k-th best hit or every item has been seen.
   * Equal distances keep the order items were given in (only items at one point tie).
   */
  nearest(lat: number, lon: number, limit: number, accept: (item: T) => boolean, reachDegrees = 20): T[] {
    const best: Array<{ item: T; km: number }> = [];
    const latCell = Math.floor(lat * SCALE);
    const lonCell = Math.floor(lon * SCALE);
    const latDeg = Math.floor(lat);
    const lonDeg = Math.floor(lon);
    const cosLat = Math.max(0.2, Math.cos((lat * Math.PI) / 180));
    const lastRing = (reachDegrees + 1) * SCALE;
    const query: Query<T> = { lat, lon, latDeg, lonDeg, limit, accept, reachDegrees, best };
    let seen = 0;
    for (let ring = 0; ring <= lastRing && seen < this.size; ring++) {
      // The nearest point of a ring-r cell is at least (r-1) cells away in latitude or scaled longitude.
      const worst = best.length >= limit ? (best[best.length - 1]?.km ?? Infinity) : Infinity;
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
    return best.map((b) => b.item);
  }

  /** Measures the items of one cell into the query's best list; returns how many items the cell holds. */
  private visit(latCell: number, lonCell: number, q: Query<T>): number {
    const cell = this.cells.get(cellKey(latCell, lonCell));
    if (cell === undefined) return 0;
    const best = q.best;
    for (const item of cell) {
      if (Math.abs(Math.floor(item.lat) - q.latDeg) > q.reachDegrees || Math.abs(Math.floor(item.lon) - q.lonDeg) > q.reachDegrees) continue;
      if (!q.accept(item)) continue;
      const full = best.length >= q.limit;
      if (full && Math.abs(item.lat - q.lat) * KM_PER_DEGREE_OF_LATITUDE * BOUND_SLACK > (best[best.length - 1]?.km ?? Infinity)) continue;
      const km = distanceKm(q.lat, q.lon, item.lat, item.lon);
      if (full && km >= (best[best.length - 1]?.km ?? Infinity)) continue;
      let i = best.length;
      while (i > 0 && (best[i - 1]?.km ?? 0) > km) i--;
      best.splice(i, 0, { item, km });
      if (best.length > q.limit) best.pop();
    }
    return cell.length;
  }
}
