/** Great-circle helpers on a spherical Earth (mean radius); errors < 0.5% are fine for incident geolocation. */

export const EARTH_RADIUS_KM = 6371.0088;

export const COMPASS_POINTS = ["N", "NE", "E", "SE", "S", "SW", "W", "NW"] as const;
export type CompassPoint = (typeof COMPASS_POINTS)[number];

export const RAD = Math.PI / 180;
const DEG = 180 / Math.PI;

export function compassToDegrees(point: CompassPoint): number {
  return COMPASS_POINTS.indexOf(point) * 45;
}

/** The point `km` away from (lat, lon) along the great circle leaving at `bearing`. */
export function destination(lat: number, lon: number, km: number, bearing: CompassPoint | number): { lat: number; lon: number } {
  const theta = (typeof bearing === "number" ? bearing : compassToDegrees(bearing)) * RAD;
  const delta = km / EARTH_RADIUS_KM;
  const phi1 = lat * RAD;
  const lambda1 = lon * RAD;
  const sinPhi2 = Math.sin(phi1) * Math.cos(delta) + Math.cos(phi1) * Math.sin(delta) * Math.cos(theta);
  const phi2 = Math.asin(Math.min(1, Math.max(-1, sinPhi2)));
  const lambda2 =
    lambda1 + Math.atan2(Math.sin(theta) * Math.sin(delta) * Math.cos(phi1), Math.cos(delta) - Math.sin(phi1) * sinPhi2);
  // Normalise longitude to [-180, 180).
  const lon2 = ((((lambda2 * DEG + 540) % 360) + 360) % 360) - 180;
  return { lat: phi2 * DEG, lon: lon2 };
}

/** Haversine distance in km. */
export function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const dPhi = (lat2 - lat1) * RAD;
  const dLambda = (lon2 - lon1) * RAD;
  const a = Math.sin(dPhi / 2) ** 2 + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * Math.sin(dLambda / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}

/**
 * distanceKm with the cosines of both latitudes given (`Math.cos(lat * RAD)`), for searches
 * that measure one point against many: the same operations in the same order, so the same result.
 */
export function haversineKm(lat1: number, lon1: number, cosLat1: number, lat2: number, lon2: number, cosLat2: number): number {
  const dPhi = (lat2 - lat1) * RAD;
  const dLambda = (lon2 - lon1) * RAD;
  const a = Math.sin(dPhi / 2) ** 2 + cosLat1 * cosLat2 * Math.sin(dLambda / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** Initial great-circle bearing from point 1 to point 2, degrees in [0, 360). */
export function initialBearing(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const phi1 = lat1 * RAD;
  const phi2 = lat2 * RAD;
  const dLambda = (lon2 - lon1) * RAD;
  const y = Math.sin(dLambda) * Math.cos(phi2);
  const x = Math.cos(phi1) * Math.sin(phi2) - Math.sin(phi1) * Math.cos(phi2) * Math.cos(dLambda);
  return ((Math.atan2(y, x) * DEG) % 360 + 360) % 360;
}

/** Nearest of the eight compass points to a bearing in degrees. */
export function bearingToCompass(degrees: number): CompassPoint {
  const normalised = ((degrees % 360) + 360) % 360;
  return COMPASS_POINTS[Math.round(normalised / 45) % 8] ?? "N";
}
