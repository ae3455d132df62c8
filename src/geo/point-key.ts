/**
 * Numeric cache keys for points that group them exactly as `${lat.toFixed(4)},${lon.toFixed(4)}`
 * does, without building strings: a point lookup per incident is cheaper by a number than by
 * two toFixed calls and a string hash.
 */

/** Far enough from a rounding tie that the product's rounding error (< 1e-9 here) cannot matter. */
const TIE_MARGIN = 1e-6;

/**
 * A number equal for two values exactly when their `toFixed(4)` strings are: twice the rounded
 * ten-thousandths, plus one for "-0.0000" (a small negative value keeps its sign).
 */
export function fixed4Code(x: number): number {
  const y = x * 1e4;
  const n = Math.round(y);
  if (Math.abs(x) < 1000 && n !== 0 && Math.abs(Math.abs(y - Math.trunc(y)) - 0.5) > TIE_MARGIN) return 2 * n;
  // Ties, zero and the out-of-range: read toFixed itself.
  const s = x.toFixed(4);
  const m = Math.round(Number(s) * 1e4);
  return 2 * m + (m === 0 && s.startsWith("-") ? 1 : 0);
}

/** One number for a point's toFixed(4) pair, or undefined for coordinates out of range (|value| >= 1000). */
export function pointKey(lat: number, lon: number): number | undefined {
  if (!(Math.abs(lat) < 1000 && Math.abs(lon) < 1000)) return undefined;
  // Codes lie within ±2e7, so the pair fits exactly in a double.
  return fixed4Code(lat) * 5e7 + fixed4Code(lon);
}
