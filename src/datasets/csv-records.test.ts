import { test } from "node:test";
import assert from "node:assert/strict";
import { DatasetError } from "./dataset-error.ts";
import { CsvRecordTooLarge, DEFAULT_MAX_RECORD_CHARS, readCsvRecords, type CsvItem } from "./csv-records.ts";
import { importDataset } from "./import.ts";
import { chunks } from "./test-helpers.ts";

async function items(text: string, size: number, sepLine = false): Promise<CsvItem[]> {
  const out: CsvItem[] = [];
  for await (const batch of readCsvRecords(chunks(text, size), { delimiter: sepLine ? ";" : ",", sepLine })) out.push(...batch);
  return out;
}

/** `prefix`, then `megabytes` MB of `fill` without a line break, read lazily so the test holds none of it. */
async function* runaway(prefix: string, fill: string, megabytes: number): AsyncGenerator<Buffer> {
  yield Buffer.from(prefix);
  const block = Buffer.from(fill.repeat(Math.ceil((1024 * 1024) / fill.length)).slice(0, 1024 * 1024));
  for (let k = 0; k < megabytes; k++) yield block;
}

const CSV = 'a,b,c\r\n1,"two\r\nlines",3\r\n\r\n4,5,"six, ""quoted"""\r\n7,"x\ny\nz",9\r\n10,11,12';

test("records keep the line they start on, whatever the chunk size, across quoted line breaks and blank lines", async () => {
  for (const size of [1, 2, 3, 7, 64, 1 << 16]) {
    const got = await items(CSV, size);
    assert.deepEqual(
      got.map((i) => [i.kind, i.line, i.fields]),
      [
        ["row", 1, ["a", "b", "c"]],
        ["row", 2, ["1", "two\r\nlines", "3"]],
        ["row", 5, ["4", "5", 'six, "quoted"']],
        ["row", 6, ["7", "x\ny\nz", "9"]],
        ["row", 9, ["10", "11", "12"]],
      ],
      `chunks of ${size}`,
    );
  }
});

test("a BOM and a sep= line are skipped, multi-byte characters survive any split, and lines still count from the file's first", async () => {
  const text = "\uFEFFsep=;\na;b\n\u00e9t\u00e9;\u0627\u0644\u0645\u064a\u0627\u062f\u064a\u0646\n";
  for (const size of [1, 2, 5, 100]) {
    const got = await items(text, size, true);
    assert.deepEqual(got.map((i) => [i.line, i.fields]), [[2, ["a", "b"]], [3, ["\u00e9t\u00e9", "\u0627\u0644\u0645\u064a\u0627\u062f\u064a\u0646"]]], `chunks of ${size}`);
  }
});

test("a quote never closed comes out as a bad record at the line it opened on", async () => {
  const got = await items('a,b\n1,2\n3,"never closed\nand on\n', 4);
  assert.deepEqual(got.map((i) => [i.kind, i.line]), [["row", 1], ["row", 2], ["bad", 3]]);
  assert.equal(got[2]!.kind === "bad" && got[2]!.code, "quote_not_closed");
});

test("a record that runs past the limit stops reading with the line it started on, without holding the rest", async () => {
  const read = async (input: AsyncIterable<Buffer>): Promise<unknown> => {
    try {
      for await (const _batch of readCsvRecords(input, { delimiter: ",", sepLine: false })) continue;
    } catch (e) {
      return e;
    }
    return null;
  };
  const quote = await read(runaway('a,b\n1,2\n3,"opened', "text, and more text\n", 60));
  assert.ok(quote instanceof CsvRecordTooLarge, String(quote));
  assert.equal(quote.line, 3);
  const line = await read(runaway("a,b\n", "x", 60));
  assert.ok(line instanceof CsvRecordTooLarge);
  assert.equal(line.line, 2);
  const header = await read(runaway("", "y,", 60));
  assert.ok(header instanceof CsvRecordTooLarge);
  assert.equal(header.line, 1);
  assert.ok(DEFAULT_MAX_RECORD_CHARS < 60 * 1024 * 1024);
});

test("importing a 60 MB unclosed quote is an invalid_csv error naming the file and the line", async () => {
  const header = "event_id_cnty,event_date,event_type,country,fatalities\n";
  const input = runaway(`${header}IRQ1,2020-01-01,Battles,Iraq,1\nIRQ2,2020-01-02,Battles,Iraq,"1`, "notes, notes\r\n", 60);
  try {
    for await (const _item of importDataset(input, { file: "huge.csv", from: "auto" })) continue;
    assert.fail("expected an error");
  } catch (e) {
    assert.ok(e instanceof DatasetError, String(e));
    assert.equal(e.code, "invalid_csv");
    assert.match(e.message, /^huge\.csv:3: a record starting here runs past 8 MB without ending/);
  }
});

test("text after a closing quote makes one bad record up to the next quote that can close the field; later lines keep their numbers", async () => {
  const got = await items('a,b,c\n1,"abc"def,x\n2,"n",3\n4,5,6\n', 5);
  assert.deepEqual(got.map((i) => [i.kind, i.line]), [["row", 1], ["bad", 2], ["row", 4]]);
  assert.equal(got[1]!.kind === "bad" && got[1]!.code, "text_after_quote");
  assert.deepEqual(got[2]!.fields, ["4", "5", "6"]);
});

test("old Mac files, with a bare carriage return ending each line, count lines the same way", async () => {
  for (const size of [1, 3, 100]) {
    const got = await items('a,b\r1,"x\ry"\r2,3\r', size);
    assert.deepEqual(got.map((i) => [i.line, i.fields]), [[1, ["a", "b"]], [2, ["1", "x\ry"]], [4, ["2", "3"]]], `chunks of ${size}`);
  }
});
