import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { DocumentExtractor, extractDocument } from "../../src/extract/extract.ts";
import { ROOT } from "../helpers.ts";

const IN = join(ROOT, "test", "fixtures", "bulletins");
const samples = readdirSync(IN).filter((f) => f.endsWith(".txt")).map((f) => readFileSync(join(IN, f), "utf8"));

test("extraction never throws on random text", () => {
  fc.assert(
    fc.property(fc.string({ unit: "binary", maxLength: 400 }), (s) => {
      extractDocument(s, { document: "random" });
    }),
    { numRuns: 300 },
  );
});

test("extraction never throws on mutated bulletins and keeps offsets inside the text", () => {
  const sample = fc.constantFrom(...samples);
  fc.assert(
    fc.property(sample, fc.array(fc.tuple(fc.nat(), fc.nat({ max: 40 }), fc.string({ maxLength: 12 })), { maxLength: 12 }), (text, edits) => {
      let t = text;
      for (const [at, del, ins] of edits) {
        const i = at % (t.length + 1);
        t = t.slice(0, i) + ins + t.slice(i + del);
      }
      const r = extractDocument(t, { document: "mutated" });
      for (const i of r.incidents) {
        assert.ok(i.quote_start >= 0 && i.quote_end <= t.length && i.quote_start < i.quote_end);
        assert.ok(i.killed.low >= 0 && i.casualties.low >= i.killed.low);
      }
    }),
    { numRuns: 60 },
  );
});

test("extraction is the same however the text is chunked", () => {
  const text = samples[0]!;
  const whole = extractDocument(text, { document: "d" });
  fc.assert(
    fc.property(fc.array(fc.nat({ max: text.length }), { maxLength: 8 }), (cuts) => {
      const ex = new DocumentExtractor({ document: "d" });
      const points = [...new Set([0, ...cuts.sort((a, b) => a - b), text.length])];
      const incidents = [];
      for (let k = 1; k < points.length; k++) incidents.push(...ex.push(text.slice(points[k - 1], points[k])).incidents);
      incidents.push(...ex.end().incidents);
      assert.deepEqual(incidents, whole.incidents);
    }),
    { numRuns: 20 },
  );
});

// Work, not wall-clock: the number of incidents and the size of each are proportional to the
// input, so a run over 8x the text must not take disproportionately longer than 1x (a quadratic
// step would make it 64x). The bound is loose on purpose; speed itself is measured by the benchmark.
test("extraction time grows linearly with input size", () => {
  const unit = samples.join("\n\n");
  const time = (n: number) => {
    const text = Array.from({ length: n }, () => unit).join("\n\n");
    const t0 = process.hrtime.bigint();
    extractDocument(text, { document: "big" });
    return Number(process.hrtime.bigint() - t0);
  };
  time(1);
  const one = Math.min(time(1), time(1));
  const eight = time(8);
  assert.ok(eight < one * 8 * 4, `8x the text took ${(eight / one).toFixed(1)}x the time`);
});

test("a single huge line without newlines is handled without blowing up", () => {
  const line = "On May 2, 2022, a bomb exploded near Kirkuk. ".repeat(20_000);
  const r = extractDocument(line, { document: "oneline" });
  assert.ok(r.incidents.length > 0);
});

test("quote offsets point at the quote in the original document", () => {
  for (const text of samples) {
    const r = extractDocument(text, { document: "d" });
    for (const i of r.incidents) {
      const raw = text.slice(i.quote_start, i.quote_end).replace(/\*\*|__|(?<=\s|^)_|_(?=[\s.,;:]|$)/g, "").replace(/\s+/g, " ").trim();
      assert.equal(raw, i.quote.replace(/\s+/g, " ").trim());
    }
  }
});
