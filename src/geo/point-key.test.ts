import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { prng } from "../../bench/generate-corpus.ts";
import { fixed4Code, pointKey } from "./point-key.ts";

describe("fixed4Code", () => {
  test("is equal for two values exactly when their toFixed(4) strings are", () => {
    const rng = prng(21);
    const values: number[] = [0, -0, 1e-5, -1e-5, -4e-5, -5e-5, 5e-5, 0.00005, 1.00005, -1.00005, 33.12345, 33.12355, 44.99995, -179.99995, 999.99999];
    for (let i = 0; i < 3000; i++) values.push((rng() - 0.5) * 400, Math.round((rng() - 0.5) * 4e6) / 1e4 + 5e-5, (rng() - 0.5) * 2e-3);
    for (let i = 0; i < values.length; i++) {
      for (let j = i; j < Math.min(values.length, i + 40); j++) {
        const a = values[i]!, b = values[j]!;
        assert.equal(fixed4Code(a) === fixed4Code(b), a.toFixed(4) === b.toFixed(4), `${a} ${b}`);
      }
      const a = values[i]!;
      // Neighbours one ten-thousandth apart, and the value itself.
      for (const b of [a + 1e-4, a - 1e-4, a + 5e-5, a - 5e-5, a + 1e-9]) {
        assert.equal(fixed4Code(a) === fixed4Code(b), a.toFixed(4) === b.toFixed(4), `${a} ${b}`);
      }
    }
  });
});

describe("pointKey", () => {
  test("tells points apart by both coordinates and leaves out-of-range ones to the caller", () => {
    assert.notEqual(pointKey(33.1, 44.2), pointKey(44.2, 33.1));
    assert.equal(pointKey(33.10001, 44.2), pointKey(33.1, 44.20004));
    assert.notEqual(pointKey(-0.00001, 10), pointKey(0.00001, 10));
    assert.equal(pointKey(1e4, 0), undefined);
  });
});
