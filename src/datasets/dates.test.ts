import { test } from "node:test";
import assert from "node:assert/strict";
import { gtdDate, gtdDateFromEventId, parseDate } from "./dates.ts";

test("every date style the datasets write is read as the same day", () => {
  for (const text of ["2020-05-09", "9-May-20", "09-May-2020", "09-05-20", "9 May 2020", "09 May 2020", "May 9, 2020", "2020-05-09 00:00:00.000", "2020-05-09T00:00:00Z", "2020/05/09"]) {
    assert.equal(parseDate(text), "2020-05-09", text);
  }
  assert.equal(parseDate("31-12-19"), "2019-12-31");
  assert.equal(parseDate("21 March 2020"), "2020-03-21");
  assert.equal(parseDate("2009-06-09 00:00:00.000"), "2009-06-09");
  assert.equal(parseDate("12/31/2019"), "2019-12-31");
  assert.equal(parseDate("31/12/2019"), "2019-12-31");
});

test("impossible and ambiguous dates are not guessed", () => {
  for (const text of ["", "2020-02-30", "31-02-20", "05/09/2020", "#date+start", "yesterday", "32 May 2020", "9-Mya-20"]) {
    assert.equal(parseDate(text), null, text);
  }
});

test("GTD dates with unknown day or month are coded mid-month or mid-year at precision 3", () => {
  assert.deepEqual(gtdDate("2017", "9", "23"), { date: "2017-09-23", precision: 1 });
  assert.deepEqual(gtdDate("2017", "9", "0"), { date: "2017-09-15", precision: 3 });
  assert.deepEqual(gtdDate("2017", "0", "0"), { date: "2017-07-01", precision: 3 });
  assert.equal(gtdDate("2017", "2", "30"), null);
  assert.deepEqual(gtdDateFromEventId("201709230015"), { date: "2017-09-23", precision: 1 });
  assert.deepEqual(gtdDateFromEventId("197000000001"), { date: "1970-07-01", precision: 3 });
  assert.equal(gtdDateFromEventId("2017"), null);
});
