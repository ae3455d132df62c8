// GTD (Global Terrorism Database): the full codebook columns and the subsets people share (eventid plus
// a few *_txt columns, R row names). -9/-99/-999 and blanks are unknown. Mapping: docs/dataset-mapping.md.

import type { Incident, Range } from "../core/incident.ts";
import type { Method, TargetType } from "../core/vocabulary.ts";
import { type ColumnSpec, Header, Row, mappedFingerprint, numberCell, parseCoordinate, parseCount } from "./columns.ts";
import { UNKNOWN_COUNTRY, countryCode, countryNameFor } from "./countries.ts";
import { gtdDate, gtdDateFromEventId } from "./dates.ts";
import { type DatasetMapper, type DatasetModule, blankIncident, specMap } from "./mapper.ts";

/** attacktype1-3: code -> [codebook text, method]. */
export const GTD_ATTACK_TYPES = {
  1: ["Assassination", "shooting"],
  2: ["Armed Assault", "armed_assault"],
  3: ["Bombing/Explosion", "ied"],
  4: ["Hijacking", "kidnapping"],
  5: ["Hostage Taking (Barricade Incident)", "kidnapping"],
  6: ["Hostage Taking (Kidnapping)", "kidnapping"],
  7: ["Facility/Infrastructure Attack", "arson_sabotage"],
  8: ["Unarmed Assault", "other"],
  9: ["Unknown", "other"],
} as const satisfies Record<number, readonly [string, Method]>;

/** targtype1-3: code -> [codebook text, target type]. */
export const GTD_TARGET_TYPES = {
  1: ["Business", "civilian"],
  2: ["Government (General)", "government"],
  3: ["Police", "police"],
  4: ["Military", "military"],
  5: ["Abortion Related", "civilian"],
  6: ["Airports & Aircraft", "infrastructure"],
  7: ["Government (Diplomatic)", "government"],
  8: ["Educational Institution", "civilian"],
  9: ["Food or Water Supply", "infrastructure"],
  10: ["Journalists & Media", "civilian"],
  11: ["Maritime", "infrastructure"],
  12: ["NGO", "civilian"],
  13: ["Other", "other"],
  14: ["Private Citizens & Property", "civilian"],
  15: ["Religious Figures/Institutions", "civilian"],
  16: ["Telecommunication", "infrastructure"],
  17: ["Terrorists/Non-State Militia", "militia"],
  18: ["Tourists", "civilian"],
  19: ["Transportation", "infrastructure"],
  20: ["Unknown", "other"],
  21: ["Utilities", "infrastructure"],
  22: ["Violent Political Party", "militia"],
} as const satisfies Record<number, readonly [string, TargetType]>;

/** weaptype1-4: code -> [codebook text, method used when the attack type says nothing (Unknown, Unarmed)]. */
export const GTD_WEAPON_TYPES = {
  1: ["Biological", "other"],
  2: ["Chemical", "other"],
  3: ["Radiological", "other"],
  4: ["Nuclear", "other"],
  5: ["Firearms", "shooting"],
  6: ["Explosives", "ied"],
  7: ["Fake Weapons", "other"],
  8: ["Incendiary", "arson_sabotage"],
  9: ["Melee", "other"],
  10: ["Vehicle (not to include vehicle-borne explosives, i.e., car or truck bombs)", "other"],
  11: ["Sabotage Equipment", "arson_sabotage"],
  12: ["Other", "other"],
  13: ["Unknown", "other"],
} as const satisfies Record<number, readonly [string, Method]>;

type CodeTable<T> = Readonly<Record<number, readonly [string, T]>>;

function lookup<T>(table: CodeTable<T>, code: string, text: string): { code: number; value: T } | null {
  const n = Number(code);
  if (code !== "" && Number.isInteger(n) && table[n] !== undefined) return { code: n, value: table[n]![1] };
  const t = text.trim().toLowerCase().replace(/\/|\bor\b/g, " ").replace(/\s+/g, " ");
  if (t === "") return null;
  for (const [k, [name, value]] of Object.entries(table)) {
    const key = name.toLowerCase().replace(/\/|\bor\b/g, " ").replace(/\s+/g, " ");
    if (key === t || (t.length >= 6 && key.startsWith(t))) return { code: Number(k), value };
  }
  return null;
}

/** GTD writes -9, -99 and -999 (and blanks) for unknown. */
export function isGtdUnknown(text: string): boolean {
  const s = text.trim();
  return s === "" || s === "-9" || s === "-99" || s === "-999" || s === "NA";
}

function countRange(text: string): Range | null | "bad" {
  if (isGtdUnknown(text)) return null;
  const n = parseCount(text) ?? (Number.isFinite(Number(text)) ? Math.round(Number(text)) : null);
  if (n === null || n < 0) return "bad";
  return { low: n, high: n };
}

// ---- export -----------------------------------------------------------------------------------

function attackCode(i: Incident): number {
  if (i.methods.some((m) => m === "ied" || m === "suicide_bombing" || m === "grenade" || m === "rocket_artillery" || m === "airstrike")) return 3;
  if (i.methods.includes("kidnapping")) return 6;
  if (i.methods.includes("arson_sabotage")) return 7;
  if (i.methods.some((m) => m === "shooting" || m === "sniper" || m === "armed_assault" || m === "ambush" || m === "execution")) return 2;
  return 9;
}

const TARGET_CODE: Readonly<Record<TargetType, number>> = {
  military: 4, police: 3, intelligence: 2, government: 2, militia: 17, civilian: 14, infrastructure: 21, insurgents: 17, other: 13,
};

function weaponCode(i: Incident): number {
  if (i.methods.some((m) => m === "ied" || m === "suicide_bombing" || m === "grenade" || m === "rocket_artillery" || m === "airstrike")) return 6;
  if (i.methods.some((m) => m === "shooting" || m === "sniper" || m === "armed_assault" || m === "ambush" || m === "execution")) return 5;
  if (i.methods.includes("arson_sabotage")) return 8;
  return 13;
}

/** nkill/nwound: an exact or low count; blank when unknown (0 with no upper bound). */
function countCell(r: Range): string {
  return r.low === 0 && r.high === null ? "" : String(r.low);
}

function countAgrees(range: (i: Incident) => Range) {
  return (raw: string, _derived: string, i: Incident): boolean => {
    const r = range(i);
    return isGtdUnknown(raw) ? r.low === 0 && r.high === null : Number(raw) === r.low;
  };
}

const SPECIFICITY: Readonly<Record<1 | 2 | 3, string>> = { 1: "1", 2: "2", 3: "4" };
const dateParts = (i: Incident): [string, string, string] => {
  const [y = "", m = "", d = ""] = i.event_date.split("-");
  return [String(Number(y)), String(Number(m)), i.time_precision === 3 ? "0" : String(Number(d))];
};

const GTD_SPECS: readonly ColumnSpec[] = [
  { name: "eventid", agree: "text", derive: (i) => (i.source_dataset?.name === "gtd" ? i.source_dataset.id : "") },
  { name: "iyear", agree: "number", derive: (i) => dateParts(i)[0] },
  { name: "imonth", agree: "number", derive: (i) => dateParts(i)[1] },
  { name: "iday", agree: "number", derive: (i) => dateParts(i)[2] },
  { name: "country_txt", agree: (raw, _d, i) => countryCode(raw) === i.country, derive: (i) => countryNameFor(i.country) },
  { name: "provstate", agree: "text", derive: (i) => i.admin1 },
  { name: "city", agree: "text", derive: (i) => i.location },
  { name: "latitude", agree: "number", derive: (i) => numberCell(i.latitude) },
  { name: "longitude", agree: "number", derive: (i) => numberCell(i.longitude) },
  { name: "specificity", agree: "lossy", derive: (i) => SPECIFICITY[i.geo_precision] },
  { name: "summary", agree: "text", derive: (i) => i.quote },
  { name: "suicide", agree: "number", derive: (i) => (i.methods.includes("suicide_bombing") ? "1" : "0") },
  { name: "attacktype1", agree: "lossy", derive: (i) => String(attackCode(i)) },
  { name: "attacktype1_txt", agree: "lossy", derive: (i) => GTD_ATTACK_TYPES[attackCode(i) as keyof typeof GTD_ATTACK_TYPES][0] },
  { name: "targtype1", agree: "lossy", derive: (i) => String(TARGET_CODE[i.target_type]) },
  { name: "targtype1_txt", agree: "lossy", derive: (i) => GTD_TARGET_TYPES[TARGET_CODE[i.target_type] as keyof typeof GTD_TARGET_TYPES][0] },
  { name: "target1", agree: "text", derive: (i) => i.target },
  { name: "gname", agree: "text", derive: (i) => (i.perpetrator === "unknown" ? "Unknown" : i.perpetrator) },
  { name: "claimed", agree: "lossy", derive: (i) => (i.claim === "claimed" ? "1" : i.claim === null ? "" : "0") },
  { name: "weaptype1", agree: "lossy", derive: (i) => String(weaponCode(i)) },
  { name: "weaptype1_txt", agree: "lossy", derive: (i) => GTD_WEAPON_TYPES[weaponCode(i) as keyof typeof GTD_WEAPON_TYPES][0] },
  { name: "nkill", agree: countAgrees((i) => i.killed), derive: (i) => countCell(i.killed) },
  { name: "nwound", agree: countAgrees((i) => i.wounded), derive: (i) => countCell(i.wounded) },
];

export const GTD_COLUMNS = [
  "eventid", "iyear", "imonth", "iday", "country_txt", "provstate", "city", "latitude", "longitude", "specificity",
  "summary", "suicide", "attacktype1", "attacktype1_txt", "targtype1", "targtype1_txt", "target1", "gname", "claimed",
  "weaptype1", "weaptype1_txt", "nkill", "nwound",
] as const;

const SPECS = specMap(GTD_SPECS);

// ---- import -----------------------------------------------------------------------------------

function mapRow(row: Row, document: string, schema: string): Incident | string {
  const eventid = row.get("eventid");
  if (eventid === "") return "eventid is empty";
  const date = row.has("iyear") ? gtdDate(row.get("iyear"), row.get("imonth"), row.get("iday")) : gtdDateFromEventId(eventid);
  if (date === null) {
    return row.has("iyear")
      ? `iyear/imonth/iday "${row.get("iyear")}/${row.get("imonth")}/${row.get("iday")}" is not a date`
      : `eventid "${eventid}" does not hold a date (YYYYMMDD + 4 digits)`;
  }
  const killed = countRange(row.get("nkill"));
  if (killed === "bad") return `nkill "${row.get("nkill")}" is not a count`;
  const wounded = countRange(row.get("nwound"));
  if (wounded === "bad") return `nwound "${row.get("nwound")}" is not a count`;
  const i = blankIncident(`gtd:${eventid}`, document);
  i.event_date = date.date;
  i.time_precision = date.precision;
  i.category = "attack";
  const methods = new Set<Method>();
  for (const n of ["1", "2", "3"]) {
    const a = lookup(GTD_ATTACK_TYPES, row.get(`attacktype${n}`), row.get(`attacktype${n}_txt`));
    if (a) methods.add(a.value);
  }
  if (row.get("suicide") === "1" && methods.has("ied")) {
    methods.delete("ied");
    methods.add("suicide_bombing");
  }
  if (methods.size === 0 || [...methods].every((m) => m === "other")) {
    const w = lookup(GTD_WEAPON_TYPES, row.get("weaptype1"), row.get("weaptype1_txt"));
    if (w && w.value !== "other") methods.clear(), methods.add(w.value);
  }
  i.methods = methods.size === 0 ? ["other"] : [...methods].sort((a, b) => (a === "other" ? 1 : b === "other" ? -1 : 0));
  if (i.methods.length > 1 && i.methods.includes("other")) i.methods = i.methods.filter((m) => m !== "other");
  const gname = row.get("gname");
  i.perpetrator = gname === "" || /^unknown$/i.test(gname) ? "unknown" : gname;
  const claimed = row.get("claimed");
  i.claim = claimed === "1" ? "claimed" : i.perpetrator === "unknown" ? "unattributed" : "suspected";
  const t = lookup(GTD_TARGET_TYPES, row.get("targtype1"), row.get("targtype1_txt"));
  i.target_type = t?.value ?? "other";
  i.target = row.get("target1");
  const countryText = row.get("country_txt");
  i.country = countryCode(countryText) ?? UNKNOWN_COUNTRY;
  i.admin1 = row.get("provstate");
  i.location = row.get("city");
  i.latitude = parseCoordinate(row.get("latitude"), 90);
  i.longitude = parseCoordinate(row.get("longitude"), 180);
  if (i.latitude === null || i.longitude === null) i.latitude = i.longitude = null;
  const spec = Number(row.get("specificity"));
  i.geo_precision = spec === 1 ? (row.get("vicinity") === "1" ? 2 : 1) : spec === 2 || spec === 3 ? 2 : 3;
  i.killed = killed ?? { low: 0, high: null };
  i.wounded = wounded ?? { low: 0, high: null };
  i.casualties =
    killed && wounded ? { low: killed.low + wounded.low, high: killed.low + wounded.low } : { low: i.killed.low + i.wounded.low, high: null };
  i.fatalities = i.killed.low;
  i.quote = row.get("summary");
  i.source_dataset = { name: "gtd", id: eventid, schema, mapped: mappedFingerprint(i) };
  return i;
}

function detect(header: Header): DatasetMapper | null {
  const h = (k: string) => header.has(k);
  if (!h("eventid") || !(h("iyear") || h("country_txt") || h("attacktype1") || h("attacktype1_txt") || h("nkill"))) return null;
  const schema = h("iyear") && h("attacktype1") && h("targtype1") && h("nkill") && h("latitude") ? "gtd-codebook" : "gtd-subset";
  return { dataset: "gtd", schema, style: { inter: "code" }, specs: SPECS, map: (row, document) => mapRow(row, document, schema) };
}

export const GTD: DatasetModule = {
  dataset: "gtd",
  expects: "GTD (columns eventid and iyear, country_txt, attacktype1 or nkill)",
  detect,
  defaultColumns: GTD_COLUMNS,
  defaultStyle: { inter: "code" },
  specs: SPECS,
};
