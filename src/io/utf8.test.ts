import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { TextChunker } from "./text-chunker.ts";
import { findInvalidUtf8, incompleteTailLength } from "./utf8.ts";

const strictDecode = (bytes: Uint8Array): boolean => {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
};

// Bytes biased towards UTF-8 lead and continuation bytes, so both valid and subtly broken input is common.
const utf8ishBytes = fc
  .array(
    fc.oneof(
      fc.integer({ min: 0x20, max: 0x7e }),
      fc.integer({ min: 0x80, max: 0xbf }),
      fc.integer({ min: 0xc0, max: 0xff }),
      fc.constantFrom(0x0a, 0xe0, 0xed, 0xf0, 0xf4),
    ),
    { maxLength: 40 },
  )
  .map((a) => Uint8Array.from(a));

test("findInvalidUtf8 finds a fault exactly when the strict TextDecoder rejects the bytes", () => {
  fc.assert(
    fc.property(utf8ishBytes, (bytes) => {
      assert.equal(findInvalidUtf8(bytes) === null, strictDecode(bytes));
    }),
    { numRuns: 5000 },
  );
});

test("the bytes before a reported fault are valid UTF-8", () => {
  fc.assert(
    fc.property(utf8ishBytes, (bytes) => {
      const fault = findInvalidUtf8(bytes);
      if (fault !== null) assert.ok(strictDecode(bytes.subarray(0, fault.offset)));
    }),
    { numRuns: 3000 },
  );
});

test("incompleteTailLength measures an unfinished character at the end", () => {
  const euro = new TextEncoder().encode("a€"); // 61 e2 82 ac
  assert.equal(incompleteTailLength(euro), 0);
  assert.equal(incompleteTailLength(euro.subarray(0, 3)), 2);
  assert.equal(incompleteTailLength(euro.subarray(0, 2)), 1);
  assert.equal(incompleteTailLength(euro.subarray(0, 1)), 0);
});

test("any text split into any byte pieces comes back whole, in chunks that end at newlines or never inside a pair", () => {
  const line = fc.string({ unit: "grapheme", maxLength: 30 });
  fc.assert(
    fc.property(
      fc.array(line, { minLength: 1, maxLength: 30 }),
      fc.array(fc.integer({ min: 1, max: 17 }), { minLength: 1, maxLength: 10 }),
      fc.integer({ min: 1, max: 40 }),
      (lines, cuts, chunkChars) => {
        const text = "x" + lines.join("\n");
        const bytes = new TextEncoder().encode(text);
        const chunker = new TextChunker("t.txt", chunkChars);
        const out: string[] = [];
        let at = 0;
        for (let i = 0; at < bytes.length; i++) {
          const size = cuts[i % cuts.length]!;
          out.push(...chunker.push(bytes.subarray(at, at + size)));
          at += size;
        }
        out.push(...chunker.end());
        assert.equal(out.join(""), text);
        for (const chunk of out.slice(0, -1)) {
          const last = chunk.charCodeAt(chunk.length - 1);
          assert.ok(!(last >= 0xd800 && last <= 0xdbff));
          assert.ok(chunk.length > 0);
          assert.ok(chunk.endsWith("\n") || chunk.length >= chunkChars - 1);
        }
      },
    ),
    { numRuns: 1000 },
  );
});
