import { test } from "node:test";
import assert from "node:assert/strict";
import { extractDocument } from "./extract.ts";

test("a diary's day headings ('Day 4 - Thursday, 6 June') date what is told under them, the year from 'Field notes, published ...'", () => {
  const r = extractDocument(
    [
      "LAKE CHAD DIARY",
      "Field notes, published 30 June 2019",
      "",
      "Day 4 - Thursday, 6 June",
      "",
      "A fisherman at the jetty told me gunmen had burned two boats at dawn and killed a boy who tried to swim away.",
      "",
      "Day 5 - Friday, 7 June (Eid)",
      "",
      "Soldiers at the checkpoint said an explosive device had gone off under a pick-up that morning, killing its driver.",
    ].join("\n"),
    { document: "diary.txt" },
  );
  assert.deepEqual(r.incidents.map((i) => i.event_date), ["2019-06-06", "2019-06-07"]);
  assert.equal(r.published, "2019-06-30");
});
