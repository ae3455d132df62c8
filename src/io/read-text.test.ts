import assert from "node:assert/strict";
import path from "node:path";
import { Readable } from "node:stream";
import { test } from "node:test";
import { InputError } from "./input-error.ts";
import { readTextFile, readTextStream } from "./read-text.ts";
import { collect, tempDir, writeTemp } from "./test-helpers.ts";

const enc = new TextEncoder();
const bytes = (...parts: (string | number[])[]): Uint8Array =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === "string" ? [...enc.encode(p)] : p)));

async function readError(content: string | Uint8Array, options: { maxBytes?: number } = {}): Promise<InputError> {
  const dir = await tempDir();
  const ref = await writeTemp(dir, "report.txt", content);
  try {
    await readTextFile(ref, options);
  } catch (error) {
    assert.ok(error instanceof InputError, `expected an InputError, got ${String(error)}`);
    return error;
  }
  assert.fail("expected the read to fail");
}

test("a missing file is a not_found InputError", async () => {
  const dir = await tempDir();
  const ref = { kind: "file", path: path.join(dir, "gone.txt"), name: "gone.txt" } as const;
  await assert.rejects(readTextFile(ref), { code: "not_found", message: "gone.txt: no such file or directory" });
});

test("an empty file says it is empty", async () => {
  const error = await readError("");
  assert.equal(error.code, "empty");
  assert.equal(error.message, "report.txt: file is empty (0 bytes)");
});

test("a whitespace-only file is empty too, and says it holds only whitespace", async () => {
  const error = await readError(" \n\t\r\n  \n");
  assert.equal(error.code, "empty");
  assert.match(error.message, /^report\.txt: file contains only whitespace \(8 bytes\)/);
});

test("a PNG-like file is binary", async () => {
  const png = bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13], "IHDR");
  const error = await readError(png);
  assert.equal(error.code, "binary");
  assert.match(error.message, /NUL byte at byte offset 8/);
});

test("a file full of control characters is binary even without NUL bytes", async () => {
  const noisy = bytes(Array.from({ length: 4000 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x61)));
  assert.equal((await readError(noisy)).code, "binary");
});

test("UTF-16 text is refused with a hint to save it as UTF-8", async () => {
  const error = await readError(bytes([0xff, 0xfe], [0x61, 0, 0x0a, 0]));
  assert.equal(error.code, "invalid_utf8");
  assert.match(error.message, /UTF-16/);
});

test("invalid UTF-8 is reported at its line and column, counting characters not bytes", async () => {
  const error = await readError(bytes("line one\nline two\ncafé é", [0xff], "rest\n"));
  assert.equal(error.code, "invalid_utf8");
  assert.equal(error.line, 3);
  assert.equal(error.column, 7);
  assert.match(error.message, /^report\.txt:3:7: invalid UTF-8 byte 0xff \(byte offset 26\)/);
});

test("overlong encodings and encoded surrogates are invalid, like TextDecoder says", async () => {
  const overlong = await readError(bytes("ab ", [0xc0, 0xaf], "\n"));
  assert.equal(overlong.column, 4);
  assert.match(overlong.message, /invalid UTF-8 byte 0xc0/);
  const surrogate = await readError(bytes("x\n", [0xed, 0xa0, 0x80]));
  assert.equal(surrogate.line, 2);
  assert.match(surrogate.message, /invalid UTF-8 byte 0xed \(byte offset 2\)/);
});

test("a character cut off by the end of the file is reported where it starts", async () => {
  const error = await readError(bytes("abc\nde", [0xe2, 0x82]));
  assert.equal(error.line, 2);
  assert.equal(error.column, 3);
  assert.match(error.message, /invalid UTF-8 sequence 0xe2 0x82 \(byte offset 6, incomplete character at end of file\)/);
});

test("a bad sequence that straddles two reads is still located exactly", async () => {
  const before = "x".repeat(9) + "\n" + "é".repeat(10);
  const source = Readable.from([Buffer.from(before), Buffer.from([0xe2]), Buffer.from("A\n".repeat(5000))]);
  const ref = { kind: "stdin", name: "<stdin>" } as const;
  await assert.rejects(collect(readTextStream(ref, { stdin: source })), {
    code: "invalid_utf8",
    line: 2,
    column: 11,
  });
});

test("a byte order mark is dropped from the text and from column counts", async () => {
  const dir = await tempDir();
  const ref = await writeTemp(dir, "bom.txt", bytes([0xef, 0xbb, 0xbf], "► On January 11, 2021\n"));
  assert.equal(await readTextFile(ref), "► On January 11, 2021\n");
  const error = await readError(bytes([0xef, 0xbb, 0xbf], "ab", [0xff]));
  assert.equal(error.column, 3);
});

test("CRLF line endings pass through untouched and chunks end after the \\r\\n", async () => {
  const dir = await tempDir();
  const lines = Array.from({ length: 200 }, (_, i) => `line ${i} of a Windows file\r\n`);
  const ref = await writeTemp(dir, "crlf.txt", lines.join(""));
  const chunks = await collect(readTextStream(ref, { chunkChars: 500 }));
  assert.ok(chunks.length > 5);
  assert.equal(chunks.join(""), lines.join(""));
  for (const chunk of chunks) assert.ok(chunk.endsWith("\r\n"), JSON.stringify(chunk.slice(-5)));
});

test("chunks hold whole lines and a forced cut in a huge line never splits a surrogate pair", async () => {
  const dir = await tempDir();
  const text = "short line\n" + "a😀".repeat(3000) + "\nend\n";
  const ref = await writeTemp(dir, "emoji.txt", text);
  const chunks = await collect(readTextStream(ref, { chunkChars: 101 }));
  assert.equal(chunks.join(""), text);
  for (const chunk of chunks) {
    const last = chunk.charCodeAt(chunk.length - 1);
    assert.ok(!(last >= 0xd800 && last <= 0xdbff), "chunk ends inside a surrogate pair");
  }
});

test("maxBytes turns a larger file into a too_large InputError, for files and for stdin", async () => {
  const error = await readError("x".repeat(3000) + "\n", { maxBytes: 1024 });
  assert.equal(error.code, "too_large");
  assert.match(error.message, /larger than the limit of 1\.0 KB \(2\.9 KB\)/);
  const source = Readable.from([Buffer.from("y".repeat(800)), Buffer.from("y".repeat(800))]);
  const ref = { kind: "stdin", name: "<stdin>" } as const;
  await assert.rejects(collect(readTextStream(ref, { stdin: source, maxBytes: 1024 })), { code: "too_large" });
});

test("leading blank lines are kept so character offsets match the file", async () => {
  const dir = await tempDir();
  const ref = await writeTemp(dir, "lead.txt", "\n\n\n  Title\n");
  assert.equal(await readTextFile(ref), "\n\n\n  Title\n");
});

test("stopping early closes the file without reading the rest", async () => {
  const dir = await tempDir();
  const ref = await writeTemp(dir, "long.txt", "line\n".repeat(100_000));
  let seen = 0;
  for await (const chunk of readTextStream(ref, { chunkChars: 1000 })) {
    seen += chunk.length;
    break;
  }
  assert.ok(seen > 0 && seen < 2000);
});
