import assert from "node:assert/strict";
import { mkdir, symlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { test } from "node:test";
import { InputError } from "./input-error.ts";
import { listInputs } from "./list-inputs.ts";
import { tempDir } from "./test-helpers.ts";

const PNG_HEADER = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);

async function mixedFolder(): Promise<string> {
  const dir = await tempDir();
  await mkdir(path.join(dir, "b-sub", "deeper"), { recursive: true });
  await mkdir(path.join(dir, ".git"));
  await writeFile(path.join(dir, "z.txt"), "last\n");
  await writeFile(path.join(dir, "a.md"), "# first\n");
  await writeFile(path.join(dir, "B.TEXT"), "upper-case extension\n");
  await writeFile(path.join(dir, "b-sub", "deeper", "c.txt"), "nested\n");
  await writeFile(path.join(dir, "b-sub", "NOTES"), "plain text without an extension\n");
  await writeFile(path.join(dir, "chart.png"), PNG_HEADER);
  await writeFile(path.join(dir, "blob"), PNG_HEADER);
  await writeFile(path.join(dir, "nothing"), "");
  await writeFile(path.join(dir, "data.csv"), "a,b\n");
  await writeFile(path.join(dir, ".hidden.txt"), "secret\n");
  return dir;
}

test("a folder is walked recursively, keeping text files in sorted order and reporting the rest as skipped", async () => {
  const dir = await mixedFolder();
  const { inputs, skipped } = await listInputs([dir]);
  const rel = (p: string): string => path.relative(dir, p);
  assert.deepEqual(
    inputs.map((i) => rel(i.name)),
    ["B.TEXT", "a.md", "b-sub/NOTES", "b-sub/deeper/c.txt", "z.txt"],
  );
  const reasons = Object.fromEntries(skipped.map((s) => [rel(s.file), s.reason]));
  assert.equal(reasons[".git"], "hidden");
  assert.equal(reasons[".hidden.txt"], "hidden");
  assert.equal(reasons["chart.png"], "not a text file extension (.png)");
  assert.equal(reasons["data.csv"], "not a text file extension (.csv)");
  assert.match(reasons["blob"] ?? "", /binary/);
  assert.equal(reasons["nothing"], "empty file");
});

test("the same listing comes back every time", async () => {
  const dir = await mixedFolder();
  assert.deepEqual(await listInputs([dir]), await listInputs([dir]));
});

test("inputs keep argument order, stdin is listed once and a file named twice is read once", async () => {
  const dir = await tempDir();
  const a = path.join(dir, "a.txt");
  const b = path.join(dir, "b.png");
  await writeFile(a, "a\n");
  await writeFile(b, PNG_HEADER);
  await symlink(a, path.join(dir, "link.txt"));
  const { inputs } = await listInputs([b, "-", a, dir, "-"]);
  // An explicitly named file is taken whatever its extension; its content is checked on reading.
  assert.deepEqual(
    inputs.map((i) => i.name),
    [b, "<stdin>", a],
  );
  assert.equal(inputs[1]?.kind, "stdin");
});

test("a missing path is a not_found InputError naming the path", async () => {
  const dir = await tempDir();
  const missing = path.join(dir, "missing.txt");
  await assert.rejects(listInputs([missing]), (error: unknown) => {
    assert.ok(error instanceof InputError);
    assert.equal(error.code, "not_found");
    assert.equal(error.file, missing);
    assert.equal(error.message, `${missing}: no such file or directory`);
    return true;
  });
});

test("a folder without any text file is an is_directory_without_text InputError", async () => {
  const dir = await tempDir();
  await writeFile(path.join(dir, "chart.png"), PNG_HEADER);
  await assert.rejects(listInputs([dir]), { code: "is_directory_without_text" });
  const empty = await tempDir();
  await assert.rejects(listInputs([empty]), /folder has no text files .*it is empty/);
});

test("no arguments at all is a no_inputs InputError", async () => {
  await assert.rejects(listInputs([]), { code: "no_inputs", message: "no input files given (use - to read stdin)" });
});
