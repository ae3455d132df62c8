import { test } from "node:test";
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { WEEKLY_WATCH } from "../../src/store/analysis.contract.ts";
import { spotlight, tempDir } from "../helpers.ts";

test("stats, trends and compare --claimed run end to end on an ingested bulletin", (t) => {
  const dir = tempDir(t);
  const db = join(dir, "spotlight.db");
  writeFileSync(join(dir, "weekly-watch.txt"), WEEKLY_WATCH);
  assert.equal(spotlight(["ingest", join(dir, "weekly-watch.txt"), "--db", db]).status, 0);

  const json = spotlight(["stats", "--by", "arena,admin1", "--db", db, "--format", "json"]);
  assert.equal(json.status, 0, json.stderr);
  const rows = (JSON.parse(json.stdout) as { rows: { arena: string; admin1: string; incidents: number; casualties: { low: number } }[] }).rows;
  assert.deepEqual(rows.map((r) => [r.arena, r.admin1, r.incidents, r.casualties.low]), [["Iraq", "Diyala", 2, 3], ["Iraq", "Kirkuk", 2, 6], ["Sinai", "North Sinai", 1, 4]]);

  const csv = spotlight(["stats", "--by", "week", "--week-start", "thu", "--metric", "killed", "--db", db, "--format", "csv"]);
  assert.equal(csv.stdout, "week,incidents,killed_low,killed_high,first,last\n2021-01-07,5,8,8,2021-01-08,2021-01-13\n");

  const methods = spotlight(["stats", "--by", "method", "--country", "IQ", "--db", db]);
  assert.match(methods.stdout, /note: an incident is counted once per method it lists/);
  assert.match(spotlight(["stats", "--by", "planet", "--db", db]).stderr, /unknown dimension planet/);

  const trends = spotlight(["trends", "--weeks", "2", "--by", "arena", "--db", db]);
  assert.equal(trends.status, 0, trends.stderr);
  assert.match(trends.stdout, /weeks from thu, 2020-12-31 to 2021-01-13/);
  assert.match(trends.stdout, /Iraq +│ 0 +│ 4 /);

  const compare = spotlight(["compare", "--claimed", "--db", db]);
  assert.equal(compare.status, 0, compare.stderr);
  assert.match(compare.stdout, /Iraq: published 3, ours 4: we count 1 more: the published figure lacks at least 1 of our 4 incidents/);
  assert.match(compare.stdout, /total: published 20, ours 13: our count is short by 7/);
  // The store begins on January 8: the week before is a gap, said to be one.
  assert.match(compare.stdout, /previous period, 2020-12-31 to 2021-01-06: published 9, ours 0: our count is short by 9: .*the store holds no incident of any kind in this period/);
  // Under Iraq, our four incidents, by date, with their place and what happened.
  assert.match(compare.stdout, /Iraq: published 3.*\n +2021-01-08  Diyala \(IQ\), Ba'qubah: ied against .*; killed 2  \[\w+\]\n +2021-01-10  Diyala/);
});

/** Invented bulletins. SYRIA_WEEK: a published breakdown by region for January 7-13, 2021, with the previous week's total, and our incidents. */
const SYRIA_WEEK = `Weekly Insurgency Digest

January 14-20, 2021

Summary of ISIS's activity in Syria

ISIS published an infographic summing up its activity in Syria between January 7 and January 13, 2021. During this time, ISIS operatives carried out 7 attacks, compared to 2 in the previous week. Most of the attacks were carried out in the Euphrates Valley (4). Attacks carried out in ISIS's other regions: Al-Badia (2) and Al-Hasakah (1) (Amaq, January 14, 2021).

The Syrian arena

ISIS attacks in the various provinces¹

Deir ez-Zor Province

► **On January 8, 2021**, an IED was activated against an SDF patrol near Al-Busayrah. Two fighters were wounded.

► **On January 11, 2021**, ISIS operatives shot dead a tribal elder in the town of Hajin.

Al-Raqqah Province

► **On January 9, 2021**, ISIS operatives fired at an SDF checkpoint near Al-Karamah, east of Al-Raqqah. One fighter was killed.

Homs Province

► **On January 12, 2021**, a Syrian army bus was attacked near Al-Sukhnah. Three soldiers were killed.

Al-Hasakah Province

► **On January 10, 2021**, an IED was activated against an SDF vehicle near Al-Shaddadi. The driver was wounded.

► **On January 4, 2021**, ISIS operatives shot dead an SDF fighter near Al-Hawl.

¹ According to ISIS's claims of responsibility posted on Telegram
`;

/** IRAQ_WEEK: figures for February 4-10, 2021; the store holds nothing for the week before. */
const IRAQ_WEEK = `Weekly Insurgency Digest

February 11-17, 2021

Summary of ISIS's activity in Iraq

ISIS published an infographic summing up its activity in Iraq between February 4 and February 10, 2021. During this time, ISIS operatives carried out 5 attacks, compared to 6 in the previous week. Most of the attacks were carried out in Salah al-Din (3). Attacks carried out in ISIS's other provinces: Kirkuk (2) (Amaq, February 11, 2021).

The Iraqi arena

ISIS attacks in the various provinces¹

Baghdad Province

► **On February 5, 2021**, an IED was activated against an Iraqi army patrol near Al-Tarmiyah. Two soldiers were wounded.

Salah al-Din Province

► **On February 7, 2021**, ISIS operatives fired at a Popular Mobilization post near Samarra. One fighter was killed.

Kirkuk Province

► **On February 8, 2021**, an IED was activated against a police vehicle near Al-Hawija. Two policemen were killed.

¹ According to ISIS's claims of responsibility posted on Telegram
`;

/** SYRIA_NEXT: the week of January 14, 2021 in Syria, with ISIS's first incident in Aleppo. */
const SYRIA_NEXT = `Weekly Insurgency Digest

January 21-27, 2021

The Syrian arena

ISIS attacks in the various provinces¹

Deir ez-Zor Province

► **On January 15, 2021**, ISIS operatives shot dead an SDF fighter near Al-Busayrah.

Aleppo Province

► **On January 17, 2021**, an IED was activated against a Syrian army vehicle near Maskanah. One soldier was killed.

¹ According to ISIS's claims of responsibility posted on Telegram
`;

function storeOf(t: { after: (fn: () => void) => void }): string {
  const dir = tempDir(t);
  const db = join(dir, "spotlight.db");
  const files = Object.entries({ "syria-week.txt": SYRIA_WEEK, "iraq-week.txt": IRAQ_WEEK, "syria-next.txt": SYRIA_NEXT }).map(([name, text]) => {
    writeFileSync(join(dir, name), text);
    return join(dir, name);
  });
  const ingest = spotlight(["ingest", ...files, "--db", db]);
  assert.equal(ingest.status, 0, ingest.stderr);
  return db;
}

interface Figure {
  label: string;
  key: string | null;
  claimed: number | null;
  ours: { low: number; high: number | null };
  difference: number | null;
  status: string;
  explanation: string;
  ids: string[];
}
interface ComparisonJson {
  statistic: { document: string };
  scope: string | null;
  total: Figure;
  items: Figure[];
  unlisted: Figure[];
  coverage: number | null;
  previous: { period: { start: string; end: string }; total: Figure; coverage: number | null } | null;
}

test("compare --claimed reads regions as the sum of their admin-1s and sets the previous week's total against ours for that week", (t) => {
  const db = storeOf(t);
  const out = spotlight(["compare", "--claimed", "--db", db, "--format", "json"]);
  assert.equal(out.status, 0, out.stderr);
  const all = JSON.parse(out.stdout) as ComparisonJson[];
  const syria = all.find((c) => c.statistic.document === "syria-week.txt");
  assert.ok(syria);
  // Ours, January 7-13: Deir ez-Zor 2, Raqqa 1, Homs 1, Al-Hasakah 1 (January 15 and 17 are the week after).
  assert.equal(syria.scope, "Syria");
  assert.deepEqual(syria.items.map((f) => [f.label, f.key, f.claimed, f.ours.low, f.difference]), [
    ["Euphrates Valley", "Deir ez-Zor + Raqqa", 4, 3, -1],
    ["Al-Badia", "Homs + Hama + Deir ez-Zor + Raqqa", 2, 4, 2],
    ["Al-Hasakah", "Al-Hasakah", 1, 1, 0],
  ]);
  assert.match(syria.items[1]!.explanation, /Wilayat al-Badiya spans 4 admin-1s \(Homs, Hama, Deir ez-Zor, Raqqa\): compared with their sum; our count covers the whole of each, so it may hold incidents outside the region/);
  assert.deepEqual([syria.total.claimed, syria.total.ours.low, syria.total.difference, syria.coverage], [7, 5, -2, 5]);
  assert.deepEqual(syria.unlisted, []);
  // The previous week, December 31 to January 6: published 2; ours, the attack of January 4.
  assert.deepEqual(syria.previous?.period, { start: "2020-12-31", end: "2021-01-06" });
  assert.deepEqual([syria.previous?.total.claimed, syria.previous?.total.ours.low, syria.previous?.total.difference, syria.previous?.coverage], [2, 1, -1, 1]);

  const iraq = all.find((c) => c.statistic.document === "iraq-week.txt");
  assert.ok(iraq);
  assert.deepEqual(iraq.items.map((f) => [f.label, f.ours.low, f.difference]), [["Salah al-Din", 1, -2], ["Kirkuk", 1, -1]]);
  assert.deepEqual([iraq.total.ours.low, iraq.total.difference], [3, -2]);
  assert.deepEqual([iraq.previous?.total.claimed, iraq.previous?.total.ours.low, iraq.previous?.coverage], [6, 0, 0]);
  assert.match(iraq.previous?.total.explanation ?? "", /the store holds no incident of any kind in this period/);

  const csv = spotlight(["compare", "--claimed", "--db", db, "--format", "csv", "--from", "2021-01-07", "--to", "2021-01-13"]);
  assert.equal(csv.status, 0, csv.stderr);
  const lines = csv.stdout.trim().split("\n");
  assert.equal(lines[0], "document,publisher,published,metric,dimension,scope,period,period_start,period_end,label,key,published_value,ours_low,ours_high,difference,status,explanation,ids");
  assert.deepEqual(lines.slice(1).map((l) => l.split(",").slice(6, 15).join(",")), [
    "current,2021-01-07,2021-01-13,total (Syria),Syria,7,5,5,-2",
    "previous,2020-12-31,2021-01-06,previous period total (Syria),Syria,2,1,1,-1",
    "current,2021-01-07,2021-01-13,Euphrates Valley,Deir ez-Zor + Raqqa,4,3,3,-1",
    "current,2021-01-07,2021-01-13,Al-Badia,Homs + Hama + Deir ez-Zor + Raqqa,2,4,4,2",
    "current,2021-01-07,2021-01-13,Al-Hasakah,Al-Hasakah,1,1,1,0",
  ]);

  const table = spotlight(["compare", "--claimed", "--db", db, "--from", "2021-01-07", "--to", "2021-01-13"]);
  assert.match(table.stdout, /  previous period, 2020-12-31 to 2021-01-06: published 2, ours 1: our count is short by 1: the published figure has 2, we have 1 incident, so it counts at least 1 we do not have\n +2021-01-04  Al-Hasakah \(SY\), Al-Hawl: shooting against/);
  assert.match(table.stdout, /  Euphrates Valley \[Deir ez-Zor \+ Raqqa\]: published 4, ours 3: our count is short by 1/);
  assert.match(table.stdout, /  total \(Syria\): published 7, ours 5: our count is short by 2: .*\n    by item: Euphrates Valley -1, Al-Badia \+2\n/);
});

test("trends calls a place new only where the store covered its arena in the quiet weeks", (t) => {
  const db = storeOf(t);
  type Found = { place: string; week: string; coveredWeeks: number };
  const run = (...extra: string[]) => {
    const r = spotlight(["trends", "--weeks", "6", "--quiet-weeks", "2", "--db", db, "--format", "json", ...extra]);
    assert.equal(r.status, 0, r.stderr);
    return JSON.parse(r.stdout) as { weeks: string[]; newAreas: Found[]; noPriorCoverage: Found[] };
  };
  const strict = run();
  assert.deepEqual(strict.weeks, ["2020-12-31", "2021-01-07", "2021-01-14", "2021-01-21", "2021-01-28", "2021-02-04"]);
  // Aleppo, week of January 14: Syria was covered in both weeks before (January 4; January 8-12).
  assert.deepEqual(strict.newAreas.map((a) => [a.place, a.week, a.coveredWeeks]), [["Aleppo, SY", "2021-01-14", 2]]);
  // Iraq's places in February: the store holds nothing in Iraq in the two weeks before, so they are not called new.
  assert.deepEqual(strict.noPriorCoverage.map((a) => [a.place, a.week, a.coveredWeeks]), [
    ["Al-Hasakah, SY", "2020-12-31", 0],
    ["Deir ez-Zor, SY", "2021-01-07", 1],
    ["Homs, SY", "2021-01-07", 1],
    ["Raqqa, SY", "2021-01-07", 1],
    ["Baghdad, IQ", "2021-02-04", 0],
    ["Kirkuk, IQ", "2021-02-04", 0],
    ["Salah al-Din, IQ", "2021-02-04", 0],
  ]);
  const half = run("--min-coverage", "0.5");
  assert.deepEqual(half.newAreas.map((a) => a.place), ["Deir ez-Zor, SY", "Homs, SY", "Raqqa, SY", "Aleppo, SY"]);
  assert.deepEqual(half.noPriorCoverage.map((a) => a.place), ["Al-Hasakah, SY", "Baghdad, IQ", "Kirkuk, IQ", "Salah al-Din, IQ"]);

  const text = spotlight(["trends", "--weeks", "6", "--quiet-weeks", "2", "--db", db]);
  assert.match(text.stdout, /new areas \(.*\):\n  2021-01-14  ISIS in Aleppo, SY: 1 incident, none in the 2 weeks before \(the store covers Syria in 2 of them\)/);
  assert.match(text.stdout, /  2021-02-04  ISIS in Kirkuk, IQ: 1 incident; the store covers Iraq in only 0 of the 2 weeks before/);
  assert.match(spotlight(["trends", "--min-coverage", "1.5", "--db", db]).stderr, /expected a number above 0 and at most 1/);
});
