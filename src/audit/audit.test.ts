import { test } from "node:test";
import assert from "node:assert/strict";
import type { AuditFinding, Statistic } from "../core/incident.ts";
import { extractDocument } from "../extract/extract.ts";
import { auditDocument } from "./audit.ts";
import { unreadCounts } from "./sum-mismatch.ts";

// Small documents written for these tests, each with exactly one flaw (or none).

function audit(text: string): AuditFinding[] {
  return auditDocument(text, extractDocument(text, { document: "t.txt" }));
}

const HEAD = "Weekly Security Review\n\nMarch 4-10, 2022\n\n";

const CLEAN = `${HEAD}Iraq

Kirkuk Province

- On March 5, 2022, an IED was activated against an Iraqi army patrol about 20 km southwest of Kirkuk. Two soldiers were wounded (Rudaw, March 5, 2022).

- On March 8, 2022, gunmen fired at a police checkpoint near Al-Hawija. One policeman was killed (Shafaq News, March 9, 2022).

Diyala Province

- On March 7, 2022, a shepherd was killed by an IED about 10 km north of Al-Muqdadiyah (Al-Sumaria, March 7, 2022).

Figures

According to the group's weekly infographic (Telegram, March 10, 2022), it carried out 30 attacks in Iraq this week. By province: Diyala (12); Kirkuk (10); Salah al-Din (8). The most frequent method was IEDs (14), followed by shootings (9) and raids (7).
`;

test("a consistent bulletin gives no finding", () => {
  assert.deepEqual(audit(CLEAN), []);
});

test("a breakdown that does not add up to its stated total is a sum_mismatch naming the numbers", () => {
  const text = CLEAN.replace("Salah al-Din (8)", "Salah al-Din (11)");
  const f = audit(text);
  assert.deepEqual(f.map((x) => x.kind), ["sum_mismatch"]);
  assert.match(f[0]!.message, /12 \+ .*10 \+ .*11 = 33, not the 30/);
  assert.match(f[0]!.quote, /By province: Diyala \(12\)/);
});

test("a list whose printed counts were not all read is not a sum_mismatch: its sum proves nothing", () => {
  // "9 in Anbar" names a place outside the province list as read; the parts read add up to 30 - 9.
  const text = CLEAN.replace(
    "By province: Diyala (12); Kirkuk (10); Salah al-Din (8).",
    "The group said 10 of them were in Diyala, 6 in Kirkuk, 5 in Salah al-Din and 9 in Anbar, up from 22 on February 24-March 3, 2022.",
  );
  assert.deepEqual(unreadCounts("10 were in Diyala, 6 in Kirkuk and 9 in Anbar (Telegram, March 10, 2022), 40% of them in 2022; up from 22 on 3 March.", { total: 25, previous_period_total: 22, breakdown: [{ label: "Diyala", value: 10 }, { label: "Kirkuk", value: 6 }] } as unknown as Statistic), [9]);
  assert.deepEqual(audit(text).filter((f) => f.kind === "sum_mismatch"), []);
});

test("dates, years and percentages printed in a list do not hide a real sum_mismatch", () => {
  const text = CLEAN.replace("By province: Diyala (12); Kirkuk (10); Salah al-Din (8).", "By province: Diyala (12); Kirkuk (10); Salah al-Din (11), 40% of them on March 6 (Telegram, March 10, 2022).");
  assert.deepEqual(audit(text).map((x) => x.kind), ["sum_mismatch"]);
});

test("a nested breakdown whose top level adds up is not a sum_mismatch", () => {
  const text = CLEAN.replace(
    "By province: Diyala (12); Kirkuk (10); Salah al-Din (8).",
    "Most were in the north (22 attacks, of which 12 in Diyala and 10 in Kirkuk); the rest in Salah al-Din (8).",
  );
  assert.deepEqual(audit(text), []);
});

test("a ranking that its own numbers contradict is an order finding", () => {
  const text = CLEAN.replace("IEDs (14), followed by shootings (9) and raids (7)", "IEDs (14), followed by shootings (5) and raids (11)").replace(
    "By province: Diyala (12); Kirkuk (10); Salah al-Din (8).",
    "",
  );
  const f = audit(text);
  assert.deepEqual(f.map((x) => x.kind), ["order"]);
  assert.match(f[0]!.message, /raids \(11\) outnumbers shootings \(5\)/);
});

test("an incident dated before the report's period is date_out_of_period", () => {
  const f = audit(CLEAN.replace("On March 7, 2022, a shepherd", "On March 2, 2022, a shepherd").replace("(Al-Sumaria, March 7, 2022)", "(Al-Sumaria, March 2, 2022)"));
  assert.deepEqual(f.map((x) => x.kind), ["date_out_of_period"]);
  assert.match(f[0]!.message, /2022-03-02 .* before the report period 2022-03-04\.\.2022-03-10/);
  assert.match(f[0]!.quote, /^On March 2, 2022, a shepherd/);
});

test("an incident dated by a range that starts before the period is date_out_of_period; one inside it, or a month, is not", () => {
  const extraction = extractDocument(CLEAN, { document: "t.txt" });
  const at = (date: string, precision: 1 | 2 | 3) => ({ ...extraction, incidents: extraction.incidents.map((x, k) => (k === 0 ? { ...x, event_date: date, time_precision: precision } : x)) });
  const f = auditDocument(CLEAN, at("2022-03-01", 2));
  assert.deepEqual(f.map((x) => x.kind), ["date_out_of_period"]);
  assert.match(f[0]!.message, /from 2022-03-01 .* starts before the report period 2022-03-04\.\.2022-03-10/);
  assert.deepEqual(auditDocument(CLEAN, at("2022-03-05", 2)), []);
  assert.deepEqual(auditDocument(CLEAN, at("2022-03-01", 3)), []);
});

test("an incident listed twice with the same date, place and wording is a duplicate", () => {
  const bullet = "- On March 7, 2022, a shepherd was killed by an IED about 10 km north of Al-Muqdadiyah (Al-Sumaria, March 7, 2022).\n";
  const f = audit(CLEAN.replace(bullet, `${bullet}\n${bullet}`));
  assert.deepEqual(f.map((x) => x.kind), ["duplicate"]);
  assert.match(f[0]!.message, /twice/);
});

test("two different incidents on the same day are not duplicates", () => {
  const extra = "- On March 7, 2022, a farmer was wounded by sniper fire about 10 km north of Al-Muqdadiyah (Al-Sumaria, March 7, 2022).\n";
  assert.deepEqual(audit(CLEAN.replace("Figures", `${extra}\nFigures`).replace("Figures\n", "Figures\n")).map((x) => x.kind), []);
});

test("a cited source dated before the event it reports is source_before_event", () => {
  const f = audit(CLEAN.replace("(Shafaq News, March 9, 2022)", "(Shafaq News, March 6, 2022)"));
  assert.deepEqual(f.map((x) => x.kind), ["source_before_event"]);
  assert.match(f[0]!.message, /March 8, 2022.*March 6, 2022/);
});

test("a caption whose year does not match the data it labels is a contradiction", () => {
  const text = `Annual Review\n\nJanuary 1-7, 2022\n\nAttacks in Iraq\n\nThe group published an infographic summing up its activity in Iraq in 2021. It claimed 900 attacks.\n\nSummary of attacks in Iraq in 2022 (Telegram, January 3, 2022)\n\nThe figures are inflated.\n`;
  const f = audit(text);
  assert.deepEqual(f.map((x) => x.kind), ["contradiction"]);
  assert.equal(f[0]!.quote, "Summary of attacks in Iraq in 2022 (Telegram, January 3, 2022)");
});

test("a region called eastern in one place and western in another is a contradiction", () => {
  const text = `Annual Review\n\nJanuary 1-7, 2022\n\nSyria\n\nMost attacks were in the valley (300); they are followed by the desert region in the eastern part of the provinces of Homs and Hama (40).\n\nMost casualties were in the valley (700); next was the desert region in the western part of the provinces of Homs and Hama (90).\n`;
  const f = audit(text);
  assert.deepEqual(f.map((x) => x.kind), ["contradiction"]);
  assert.match(f[0]!.quote, /eastern part .* … .*western part/);
});

test("an insurgent attack listed under a counterterrorism heading is a contradiction", () => {
  const text = CLEAN.replace(
    "Figures",
    "Counterterrorism operations\n\n- On March 9, 2022, Iraqi forces arrested three ISIS operatives near Tuz Khurmatu (Iraqi News Agency, March 9, 2022).\n\n- On March 9, 2022, an IED was activated against an Iraqi army vehicle near Tuz Khurmatu. ISIS claimed responsibility for the attack.\n\nFigures",
  );
  const f = audit(text);
  assert.deepEqual(f.map((x) => x.kind), ["contradiction"]);
  assert.match(f[0]!.quote, /^On March 9, 2022, an IED/);
});

test("a stated direction the gazetteer contradicts is a geography finding", () => {
  const text = CLEAN.replace("Figures", "Afghanistan\n\nThe group remains active in the Nangarhar Province (west of Kabul), where it recruits.\n\nFigures");
  const f = audit(text);
  assert.deepEqual(f.map((x) => x.kind), ["geography"]);
  assert.match(f[0]!.message, /not west of Kabul/);
});

test("a correct stated direction gives no geography finding", () => {
  assert.deepEqual(audit(CLEAN.replace("Figures", "Afghanistan\n\nThe group remains active in the Nangarhar Province (east of Kabul), where it recruits.\n\nFigures")), []);
});

test("an incident under a province heading whose point lies clearly in another province is a geography finding", () => {
  const text = CLEAN.replace("- On March 7, 2022, a shepherd was killed by an IED about 10 km north of Al-Muqdadiyah", "- On March 7, 2022, a shepherd was killed by an IED about 20 km south of Kirkuk");
  const f = audit(text);
  assert.deepEqual(f.map((x) => x.kind), ["geography"]);
  assert.match(f[0]!.message, /Listed under "Diyala Province", but .* is in Kirkuk/);
});
