// Expands command-line paths into the list of inputs to read: files, folders (recursively) and `-` for stdin.
import { open, readdir, realpath, stat } from "node:fs/promises";
import path from "node:path";
import { InputError, fromFsError } from "./input-error.ts";
import { SNIFF_BYTES, sniffBytes } from "./sniff.ts";

export type InputRef =
  | { readonly kind: "file"; /** Absolute path. */ readonly path: string; /** As the user would write it; used in messages. */ readonly name: string }
  | { readonly kind: "stdin"; readonly name: "<stdin>" };

export interface SkippedInput {
  file: string;
  reason: string;
}

export interface InputList {
  inputs: InputRef[];
  skipped: SkippedInput[];
}

export const TEXT_EXTENSIONS: readonly string[] = [".txt", ".md", ".text"];
export const STDIN_REF: InputRef = { kind: "stdin", name: "<stdin>" };

/** For a file with no extension: read its first bytes and decide. Returns why it is skipped, or null. */
async function whyNotText(file: string): Promise<string | null> {
  const handle = await open(file, "r");
  try {
    const buffer = Buffer.alloc(SNIFF_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, SNIFF_BYTES, 0);
    if (bytesRead === 0) return "empty file";
    const sniff = sniffBytes(buffer.subarray(0, bytesRead), true);
    return sniff.kind === "text" ? null : sniff.reason;
  } finally {
    await handle.close();
  }
}

interface Walk {
  inputs: InputRef[];
  skipped: SkippedInput[];
  /** Real paths already listed, so a file named twice (or a symlink loop) is read once. */
  seen: Set<string>;
  /** Text files found, counting ones already listed, so a folder is not "without text" just for repeats. */
  found: number;
}

async function addFile(walk: Walk, file: string): Promise<void> {
  walk.found++;
  const real = await realpath(file);
  if (walk.seen.has(real)) return;
  walk.seen.add(real);
  walk.inputs.push({ kind: "file", path: path.resolve(file), name: file });
}

/**
 * Depth-first, names in code-unit order so the order never depends on the file system or locale.
 * Returns false when the folder was already walked.
 */
async function walkFolder(walk: Walk, dir: string): Promise<boolean> {
  const real = await realpath(dir);
  if (walk.seen.has(real)) return false;
  walk.seen.add(real);
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    walk.skipped.push({ file: dir, reason: fromFsError(error, dir).reason });
    return true;
  }
  names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const name of names) {
    const file = path.join(dir, name);
    if (name.startsWith(".")) {
      walk.skipped.push({ file, reason: "hidden" });
      continue;
    }
    try {
      // stat, not lstat: symlinks are followed like the shell would.
      const info = await stat(file);
      if (info.isDirectory()) {
        await walkFolder(walk, file);
      } else if (!info.isFile()) {
        walk.skipped.push({ file, reason: "not a regular file" });
      } else {
        const ext = path.extname(name).toLowerCase();
        if (TEXT_EXTENSIONS.includes(ext)) {
          await addFile(walk, file);
        } else if (ext !== "") {
          walk.skipped.push({ file, reason: `not a text file extension (${ext})` });
        } else {
          const reason = await whyNotText(file);
          if (reason === null) await addFile(walk, file);
          else walk.skipped.push({ file, reason });
        }
      }
    } catch (error) {
      walk.skipped.push({ file, reason: fromFsError(error, file).reason });
    }
  }
  return true;
}

/**
 * Resolves arguments to inputs, in argument order; a folder's files come in sorted order. A file named
 * explicitly is taken whatever its extension (its content is checked when read). Throws InputError:
 * no_inputs (no arguments), not_found, unreadable, is_directory_without_text (a folder with no text file).
 */
export async function listInputs(args: readonly string[]): Promise<InputList> {
  if (args.length === 0) throw new InputError("no_inputs", "", "no input files given (use - to read stdin)");
  const walk: Walk = { inputs: [], skipped: [], seen: new Set(), found: 0 };
  let stdin = false;
  for (const arg of args) {
    if (arg === "-") {
      if (!stdin) walk.inputs.push(STDIN_REF);
      stdin = true;
      continue;
    }
    const info = await stat(arg).catch((error: unknown) => {
      throw fromFsError(error, arg);
    });
    if (!info.isDirectory()) {
      await addFile(walk, arg);
      continue;
    }
    const before = walk.found;
    const skippedBefore = walk.skipped.length;
    const walked = await walkFolder(walk, arg);
    if (walked && walk.found === before) {
      const skipped = walk.skipped.length - skippedBefore;
      const detail = skipped === 0 ? "it is empty" : `${skipped} file(s) skipped`;
      throw new InputError("is_directory_without_text", arg, `folder has no text files (.txt, .md, .text): ${detail}`);
    }
  }
  return { inputs: walk.inputs, skipped: walk.skipped };
}
