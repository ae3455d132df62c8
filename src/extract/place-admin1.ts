// Which admin-1 a point or a settlement is in, beyond the polygon it falls in: GeoNames' coded
// admin-1 where the simplified polygons miss near a boundary, and the settlements around a point.

import { admin1At, distanceToAdmin1Km } from "../geo/admin1-at.ts";
import { loadGazetteer, type Place } from "../geo/gazetteer.ts";
import { POPULATED_KINDS } from "../geo/place.ts";
import { distanceKm } from "../geo/geodesy.ts";
import { pointKey } from "../geo/point-key.ts";

/**
 * Natural Earth's simplified admin-1 polygons miss by tens of km near some boundaries (its
 * Baghdad stops short of Tarmiyah), while GeoNames codes each settlement's own admin1. For the
 * settlement itself, its coded admin1 wins when that polygon is close enough for the polygon to
 * be the one at fault and another settlement nearby carries the same code; a lone code against
 * the polygon is as likely a GeoNames slip (checked over the whole gazetteer: 343 places change,
 * almost all within a few km of the boundary).
 */
export const CODED_ADMIN1_TRUST_KM = 40;
const CODED_ADMIN1_SUPPORT_KM = 20;

export function settlementAdmin1(place: Place, mapped: string): string {
  if (!place.admin1 || place.admin1 === mapped || !POPULATED_KINDS.has(place.kind)) return mapped;
  return codedAdmin1Trusted(place) ? place.admin1 : mapped;
}

/** Per place record (records are never changed): named places recur, and the answer is the place's own. */
const trustedCache = new WeakMap<Place, boolean>();

/** Whether the place's coded admin1 polygon is near enough, and another settlement nearby carries the same code. */
function codedAdmin1Trusted(place: Place): boolean {
  let trusted = trustedCache.get(place);
  if (trusted === undefined) {
    const km = distanceToAdmin1Km(place.lat, place.lon, place.country, place.admin1);
    trusted = km !== null && km <= CODED_ADMIN1_TRUST_KM && loadGazetteer()
      .nearest(place.lat, place.lon, { country: place.country, limit: 6, withinKm: CODED_ADMIN1_SUPPORT_KM })
      .some((q) => {
        const d = distanceKm(place.lat, place.lon, q.lat, q.lon);
        // Beyond half a km: the same town under another record is no second witness.
        return q.id !== place.id && q.admin1 === place.admin1 && d > 0.5 && d <= CODED_ADMIN1_SUPPORT_KM;
      });
    trustedCache.set(place, trusted);
  }
  return trusted;
}

/** Cached values by country and a second key (an admin1, or ""), then by pointKey (toFixed(4) of each coordinate). */
class PointCache<V> {
  private readonly byGroup = new Map<string, Map<string, Map<number | string, V>>>();
  private size = 0;

  get(country: string, sub: string, lat: number, lon: number): V | undefined {
    return this.byGroup.get(country)?.get(sub)?.get(pointKey(lat, lon) ?? `${lat.toFixed(4)},${lon.toFixed(4)}`);
  }

  set(country: string, sub: string, lat: number, lon: number, v: V): void {
    if (this.size > 50_000) {
      this.byGroup.clear();
      this.size = 0;
    }
    let bySub = this.byGroup.get(country);
    if (bySub === undefined) this.byGroup.set(country, (bySub = new Map()));
    let m = bySub.get(sub);
    if (m === undefined) bySub.set(sub, (m = new Map()));
    m.set(pointKey(lat, lon) ?? `${lat.toFixed(4)},${lon.toFixed(4)}`, v);
    this.size++;
  }
}

const admin1Cache = new PointCache<ReturnType<typeof admin1At>>();

/** Bulletins measure from the same few anchors again and again: points repeat. */
export function admin1AtCached(lat: number, lon: number, country: string): ReturnType<typeof admin1At> {
  let hit = admin1Cache.get(country, "", lat, lon);
  if (hit === undefined) {
    hit = admin1At(lat, lon, country);
    admin1Cache.set(country, "", lat, lon, hit);
  }
  return hit;
}

const localCache = new PointCache<boolean>();
const LOCAL_KM = 15;

/** True when the settlements within LOCAL_KM of the point all lie in `admin1`. */
export function settledLocally(point: { lat: number; lon: number }, country: string, admin1: string): boolean {
  let v = localCache.get(country, admin1, point.lat, point.lon);
  if (v === undefined) {
    const local = loadGazetteer().nearest(point.lat, point.lon, { country, limit: 3, withinKm: LOCAL_KM })
      .filter((p) => p.admin1 && distanceKm(point.lat, point.lon, p.lat, p.lon) <= LOCAL_KM);
    v = local.length > 0 && local.every((p) => p.admin1 === admin1);
    localCache.set(country, admin1, point.lat, point.lon, v);
  }
  return v;
}
