import assert from "node:assert/strict";
import { test } from "node:test";
import { INPUT_ERROR_CODES, InputError, fromFsError } from "./input-error.ts";

test("the message reads file:line:column: reason when a position is known", () => {
  const error = new InputError("invalid_utf8", "report.txt", "invalid UTF-8 byte 0xff", { line: 12, column: 5 });
  assert.equal(error.message, "report.txt:12:5: invalid UTF-8 byte 0xff");
  assert.equal(error.code, "invalid_utf8");
  assert.equal(error.file, "report.txt");
  assert.equal(error.line, 12);
  assert.equal(error.column, 5);
  assert.ok(error instanceof Error);
});

test("without a position the message is file: reason and line and column are absent", () => {
  const error = new InputError("empty", "a.txt", "file is empty (0 bytes)");
  assert.equal(error.message, "a.txt: file is empty (0 bytes)");
  assert.equal("line" in error, false);
  assert.equal("column" in error, false);
});

test("file-system error codes map to not_found and unreadable", () => {
  const enoent = Object.assign(new Error("x"), { code: "ENOENT" });
  const eacces = Object.assign(new Error("x"), { code: "EACCES" });
  assert.equal(fromFsError(enoent, "f").code, "not_found");
  assert.equal(fromFsError(eacces, "f").code, "unreadable");
  assert.equal(INPUT_ERROR_CODES.length, 8);
});
