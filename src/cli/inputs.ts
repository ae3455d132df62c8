// Input listing shared by the commands that read documents: files, folders and stdin,
// with skipped files and listing errors reported on stderr.

import { InputError } from "../io/input-error.ts";
import { listInputs, type InputRef } from "../io/list-inputs.ts";

/** The inputs named by `paths` (stdin when none), or null after printing why there are none. */
export async function resolveInputs(paths: readonly string[], stderr: (text: string) => void): Promise<InputRef[] | null> {
  try {
    const list = await listInputs(paths.length ? paths : ["-"]);
    for (const s of list.skipped) stderr(`spotlight: skipped ${s.file}: ${s.reason}\n`);
    return list.inputs;
  } catch (e) {
    if (e instanceof InputError) {
      stderr(`spotlight: ${e.message}\n`);
      return null;
    }
    throw e;
  }
}

/** The name a document is known by: its file name, or "<stdin>". */
export function documentName(ref: InputRef): string {
  return ref.kind === "stdin" ? "<stdin>" : ref.name.split(/[\\/]/).pop() ?? ref.name;
}
