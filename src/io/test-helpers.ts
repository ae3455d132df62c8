// Temp-dir plumbing shared by the io tests.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { after } from "node:test";
import type { InputRef } from "./list-inputs.ts";

/** A fresh folder under os.tmpdir(), removed when the test file finishes. */
export async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "spotlight-io-"));
  after(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

export async function writeTemp(dir: string, name: string, content: string | Uint8Array): Promise<InputRef> {
  const file = path.join(dir, name);
  await writeFile(file, content);
  return { kind: "file", path: file, name };
}

export async function collect(chunks: AsyncIterable<string>): Promise<string[]> {
  const out: string[] = [];
  for await (const chunk of chunks) out.push(chunk);
  return out;
}
