import { test } from "node:test";
import assert from "node:assert/strict";
import { extractDocument } from "./extract.ts";

const extract = (text: string, published: string | null = null) => extractDocument(text, { document: "labels.txt", published });

test("a town or district alone opening an item is its label, and a day told late in the sentence still dates it", () => {
  const r = extract(
    [
      "Monthly Security Review: August 2023",
      "",
      "Khyber Pakhtunkhwa",
      "",
      "Tank. Gunmen on motorcycles raided a checkpoint of the Frontier Constabulary in the small hours of 9 August. One constable died.",
      "",
      "Lakki Marwat. Unknown men shot dead a retired subedar outside his house on the evening of 17 August.",
    ].join("\n"),
    "2023-09-02",
  );
  assert.deepEqual(r.incidents.map((i) => [i.event_date, i.admin1]), [["2023-08-09", "Khyber Pakhtunkhwa"], ["2023-08-17", "Khyber Pakhtunkhwa"]]);
  assert.match(r.incidents[1]!.location, /^Lakki\b/);
  assert.equal(r.incidents[0]!.killed.low, 1);
});

test("a body's name in the title ('Centre for ... Studies') places nothing, whatever region shares a word of it", () => {
  const r = extract(
    [
      "CENTRE FOR PEACE AND SECURITY RESEARCH, PESHAWAR",
      "Quarterly Review: July-September 2023",
      "",
      "Militants attacked a police van in Bannu on 14 August 2023. Two policemen were killed.",
    ].join("\n"),
  );
  assert.equal(r.incidents.length, 1);
  assert.equal(r.incidents[0]!.country, "PK");
  assert.equal(r.incidents[0]!.location, "Bannu");
});

test("a spokesman's name before his statement ('Sahel, statement on Twitter, 6 March:') is no place, whatever arena shares it", () => {
  const r = extract(
    [
      "PROVINCIAL STATEMENTS DIGEST", "Period covered: 1-15 March 2022", "", "NANGARHAR", "",
      "Qari Sahel, spokesman for the Nangarhar police command (voice message, 2 March):",
      "\"Last night the khawarij opened fire on a police checkpoint near Jalalabad.\" He said two policemen were martyred.",
      "",
      "Sahel, statement on Twitter, 6 March:",
      "\"The bodies of three men were found this morning in a canal in Behsud district, each shot in the head.\"",
    ].join("\n"),
  );
  assert.deepEqual(r.incidents.map((i) => i.country), ["AF", "AF"]);
});

test("'last night' in a statement whose date closes its speaker's label counts from that date", () => {
  const r = extract(
    [
      "PROVINCIAL STATEMENTS DIGEST", "Period covered: 1-15 March 2022", "", "KUNDUZ", "",
      "Mawlawi Obaidullah, spokesman for the Kunduz police command (statement, 11 March):",
      "\"Last night armed men attacked the guards of a Shia mosque in Kunduz city; two guards were martyred.\"",
    ].join("\n"),
  );
  assert.equal(r.incidents[0]?.event_date, "2022-03-10");
});
