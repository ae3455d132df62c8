import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { test } from "node:test";

const projectRoot = fileURLToPath(new URL("../..", import.meta.url));
const readTextUrl = new URL("./read-text.ts", import.meta.url).href;

// The child reads its stdin through readTextStream and prints what it got (or the error) as JSON.
const childScript = `
const { readTextStream } = await import(${JSON.stringify(readTextUrl)});
try {
  const chunks = [];
  for await (const chunk of readTextStream({ kind: "stdin", name: "<stdin>" }, { chunkChars: 64 * 1024 })) chunks.push(chunk);
  process.stdout.write(JSON.stringify({ chunks: chunks.length, text: chunks.join("") }));
} catch (error) {
  process.stdout.write(JSON.stringify({ code: error.code, message: error.message }));
}
`;

interface ChildResult {
  chunks?: number;
  text?: string;
  code?: string;
  message?: string;
}

async function readViaStdin(input: Uint8Array | string): Promise<ChildResult> {
  const child = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", childScript], {
    cwd: projectRoot,
    stdio: ["pipe", "pipe", "inherit"],
  });
  let out = "";
  child.stdout.setEncoding("utf8").on("data", (s: string) => (out += s));
  const exited = new Promise<number | null>((resolve) => child.on("close", resolve));
  child.stdin.end(input);
  assert.equal(await exited, 0);
  return JSON.parse(out) as ChildResult;
}

test("stdin is read as UTF-8 text, BOM dropped, in whole-line chunks", { timeout: 60_000 }, async () => {
  const body = "► On January 11, 2021, mortar fire hit Monguno.\n".repeat(20_000);
  const result = await readViaStdin(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(body)]));
  assert.equal(result.text, body);
  assert.ok((result.chunks ?? 0) > 5);
});

test("bad stdin gets the same errors as files, named <stdin>", { timeout: 60_000 }, async () => {
  assert.deepEqual(await readViaStdin(""), { code: "empty", message: "<stdin>: file is empty (0 bytes)" });
  const bad = await readViaStdin(Buffer.from([0x61, 0x0a, 0x62, 0xff]));
  assert.equal(bad.code, "invalid_utf8");
  assert.match(bad.message ?? "", /^<stdin>:2:2: invalid UTF-8 byte 0xff/);
});
