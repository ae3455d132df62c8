// Errors about an input file, shaped so the CLI can print `file:line:column: message` and pick an exit code.

export const INPUT_ERROR_CODES = [
  "not_found",
  "is_directory_without_text",
  "empty",
  "binary",
  "invalid_utf8",
  "too_large",
  "unreadable",
  "no_inputs",
] as const;
export type InputErrorCode = (typeof INPUT_ERROR_CODES)[number];

export interface TextPosition {
  /** 1-based line. */
  line: number;
  /** 1-based column, in characters (code points). */
  column: number;
}

export class InputError extends Error {
  override readonly name = "InputError";
  readonly code: InputErrorCode;
  readonly file: string;
  /** The message without the `file:line:column: ` prefix. */
  readonly reason: string;
  // `declare`: a plain field would define `line: undefined` even when no position is known.
  declare readonly line?: number;
  declare readonly column?: number;

  constructor(code: InputErrorCode, file: string, reason: string, position?: TextPosition) {
    const where = position === undefined ? file : `${file}:${position.line}:${position.column}`;
    super(where === "" ? reason : `${where}: ${reason}`);
    this.code = code;
    this.file = file;
    this.reason = reason;
    if (position !== undefined) {
      this.line = position.line;
      this.column = position.column;
    }
  }
}

/** Maps a Node file-system error (ENOENT, EACCES, …) to an InputError; anything else is rethrown as is. */
export function fromFsError(error: unknown, file: string): InputError {
  if (error instanceof InputError) return error;
  const code = typeof error === "object" && error !== null && "code" in error ? error.code : undefined;
  switch (code) {
    case "ENOENT":
    case "ENOTDIR":
      return new InputError("not_found", file, "no such file or directory");
    case "EACCES":
    case "EPERM":
      return new InputError("unreadable", file, "permission denied");
    case "EISDIR":
      return new InputError("unreadable", file, "is a directory, not a file");
    default: {
      const detail = error instanceof Error ? error.message : String(error);
      return new InputError("unreadable", file, `cannot read: ${detail}`);
    }
  }
}
