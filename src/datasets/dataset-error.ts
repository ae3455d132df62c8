// Errors about a whole dataset file (empty, binary, unknown or wrong format, unreadable CSV), shaped like
// the CLI's input errors: `FILE[:LINE]: message`. Row problems are not errors: they are rejected rows.

export const DATASET_ERROR_CODES = ["empty", "binary", "unknown_format", "wrong_format", "invalid_csv", "invalid_header"] as const;
export type DatasetErrorCode = (typeof DATASET_ERROR_CODES)[number];

export class DatasetError extends Error {
  override readonly name = "DatasetError";
  readonly code: DatasetErrorCode;
  readonly file: string;
  readonly reason: string;
  declare readonly line?: number;

  constructor(code: DatasetErrorCode, file: string, reason: string, line?: number) {
    super(`${line === undefined ? file : `${file}:${line}`}: ${reason}`);
    this.code = code;
    this.file = file;
    this.reason = reason;
    if (line !== undefined) this.line = line;
  }
}
