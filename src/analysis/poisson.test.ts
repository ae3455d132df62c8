import { test } from "node:test";
import assert from "node:assert/strict";
import { poissonUpperTail } from "./poisson.ts";

const close = (a: number, b: number, eps = 1e-6) => assert.ok(Math.abs(a - b) < eps, `${a} is not ${b}`);

test("the Poisson upper tail matches hand-computed values", () => {
  // P(X >= 3 | 0.5) = 1 - e^-0.5 (1 + 0.5 + 0.125)
  close(poissonUpperTail(3, 0.5), 1 - Math.exp(-0.5) * 1.625);
  // P(X >= 4 | 0.5) = that minus e^-0.5 * 0.5^3 / 6
  close(poissonUpperTail(4, 0.5), 1 - Math.exp(-0.5) * (1.625 + 0.125 / 6));
  close(poissonUpperTail(1, 2), 1 - Math.exp(-2));
  close(poissonUpperTail(0, 3), 1);
  assert.equal(poissonUpperTail(1, 0), 0);
});

test("large means neither underflow nor lose the tail", () => {
  const p = poissonUpperTail(126, 100);
  assert.ok(p > 0.005 && p < 0.01, String(p));
  // P(X = 100 | 100) = e^-100 100^100 / 100! ≈ 0.0398610
  close(poissonUpperTail(100, 100) - poissonUpperTail(101, 100), 0.039861, 1e-6);
  assert.ok(poissonUpperTail(1000, 100) < 1e-100);
});
