// The Poisson count model behind surge detection: how surprising is a week's count given the
// place's baseline rate? Computed in log space so that large means do not underflow.

function logFactorial(k: number): number {
  let s = 0;
  for (let i = 2; i <= k; i++) s += Math.log(i);
  return s;
}

/** P(X >= k) for X ~ Poisson(mean). 1 for k <= 0; for mean 0, 0 whenever k >= 1. */
export function poissonUpperTail(k: number, mean: number): number {
  if (k <= 0) return 1;
  if (mean <= 0) return 0;
  // 1 - P(X <= k-1), summing the lower terms; for k far above the mean sum the upper terms instead.
  if (k > mean) {
    let term = Math.exp(-mean + k * Math.log(mean) - logFactorial(k));
    let sum = 0;
    for (let i = k; term > 1e-17 * sum || i < k + 10; i++) {
      sum += term;
      term *= mean / (i + 1);
      if (i > k + 10_000) break;
    }
    return Math.min(1, sum);
  }
  let term = Math.exp(-mean);
  let lower = 0;
  for (let i = 0; i < k; i++) {
    lower += term;
    term *= mean / (i + 1);
  }
  return Math.max(0, 1 - lower);
}
