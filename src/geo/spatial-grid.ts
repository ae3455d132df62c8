/** A 1-degree bucket grid for nearest-place queries; enough for ~30k points. */
import { distanceKm } from "./geodesy.ts";

interface Located {
  lat: number;
  lon: number;
}

const KM_PER_DEGREE = 111.2;

function cellKey(latCell: number, lonCell: number): number {
  return (latCell + 90) * 1000 + (lonCell + 180);
}

export class SpatialGrid<T extends Located> {
  private readonly cells = new Map<number, T[]>();

  constructor(items: Iterable<T>) {
    for (const item of items) {
      const key = cellKey(Math.floor(item.lat), Math.floor(item.lon));
      const cell = this.cells.get(key);
      if (cell === undefined) this.cells.set(key, [item]);
      else cell.push(item);
    }
  }

  /**
   * Up to `limit` items nearest to the point, nearest first, among those passing `accept`.
   * Searches rings of cells outward until the ring is farther than the k-th best hit.
   */
  nearest(lat: number, lon: number, limit: number, accept: (item: T) => boolean, maxRing = 20): T[] {
    const best: Array<{ item: T; km: number }> = [];
    const latCell = Math.floor(lat);
    const lonCell = Math.floor(lon);
    const cosLat = Math.max(0.2, Math.cos((lat * Math.PI) / 180));
    for (let ring = 0; ring <= maxRing; ring++) {
      // The nearest point of a ring-r cell is at least (r-1) degrees away in latitude or scaled longitude.
      const worst = best.length >= limit ? (best[best.length - 1]?.km ?? Infinity) : Infinity;
      if (ring > 1 && (ring - 1) * KM_PER_DEGREE * cosLat > worst) break;
      for (let dy = -ring; dy <= ring; dy++) {
        for (let dx = -ring; dx <= ring; dx++) {
          if (Math.max(Math.abs(dx), Math.abs(dy)) !== ring) continue;
          const cell = this.cells.get(cellKey(latCell + dy, lonCell + dx));
          if (cell === undefined) continue;
          for (const item of cell) {
            if (!accept(item)) continue;
            const km = distanceKm(lat, lon, item.lat, item.lon);
            if (best.length >= limit && km >= (best[best.length - 1]?.km ?? Infinity)) continue;
            let i = best.length;
            while (i > 0 && (best[i - 1]?.km ?? 0) > km) i--;
            best.splice(i, 0, { item, km });
            if (best.length > limit) best.pop();
          }
        }
      }
    }
    return best.map((b) => b.item);
  }
}
