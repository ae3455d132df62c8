// ACLED: the 2016 API export (event types such as "Battle-No change of territory", numeric inter codes,
// gwno), the 2019-2022 export (sub_event_type, iso, iso3, data_id) and the 2025 schema (disorder_type,
// civilian_targeting, inter codes as words). Mapping table: docs/dataset-mapping.md; the vocabularies
// are in acled-tables.ts.

import { createHash } from "node:crypto";
import type { Incident } from "../core/incident.ts";
import type { Category, Method, TargetType } from "../core/vocabulary.ts";
import { type ColumnSpec, type ExportStyle, Header, Row, mappedFingerprint, numberCell, parseCoordinate, parseCount } from "./columns.ts";
import { UNKNOWN_COUNTRY, countryCode, countryFromNumeric, countryNameFor } from "./countries.ts";
import { parseDateCell } from "./dates.ts";
import { memoize } from "./memo.ts";
import { ACLED_EVENT_TYPES, ACLED_INTER, ACLED_INTER_TARGET, ACLED_SUB_EVENT_METHODS, type CategoryRule, type InterCode } from "./acled-tables.ts";
import { type DatasetMapper, type DatasetModule, blankIncident, specMap } from "./mapper.ts";

const INTER_BY_TEXT: ReadonlyMap<string, InterCode> = new Map(
  Object.entries(ACLED_INTER).map(([code, text]) => [text.toLowerCase(), Number(code) as InterCode]),
);

const interCode = memoize((text: string): InterCode | null => {
  const s = text.trim();
  if (s === "") return 0;
  const n = Number(s);
  if (Number.isInteger(n) && n >= 0 && n <= 8) return n as InterCode;
  return INTER_BY_TEXT.get(s.toLowerCase()) ?? null;
});

const EVENT_TYPES: ReadonlyMap<string, { category: CategoryRule; method: Method }> = new Map(
  Object.entries(ACLED_EVENT_TYPES).map(([k, v]) => [k.toLowerCase(), v]),
);
const SUB_EVENTS: ReadonlyMap<string, Method> = new Map(Object.entries(ACLED_SUB_EVENT_METHODS).map(([k, v]) => [k.toLowerCase(), v]));
const eventType = memoize((text: string) => EVENT_TYPES.get(text.toLowerCase()) ?? null);
const lowerCase = memoize((text: string) => text.toLowerCase());

function isStateActor(code: InterCode): boolean {
  return code === 1 || code === 8;
}

/** The target type actor2's name gives (Police Forces of …), or null. */
const targetTypeByName = memoize((actor2: string): TargetType | null => {
  if (/^police forces\b/i.test(actor2)) return "police";
  if (/^military forces\b/i.test(actor2)) return "military";
  if (/\bintelligence\b/i.test(actor2)) return "intelligence";
  if (/^government of\b|\bofficials?\b/i.test(actor2)) return "government";
  return null;
});

function targetType(actor2: string, inter2: InterCode): TargetType {
  return targetTypeByName(actor2) ?? ACLED_INTER_TARGET[inter2];
}

/** The category of an event type given the actors (the `by_actor` rule: armed groups attack; states strike rebels). */
function category(rule: CategoryRule, subEvent: string, inter1: InterCode, inter2: InterCode): Category {
  if (rule === "by_actor") {
    if (isStateActor(inter1)) return inter2 === 2 ? "counterterrorism" : "other";
    return inter1 === 0 ? "other" : "attack";
  }
  if (rule === "other" && subEvent === "arrests" && isStateActor(inter1)) return "counterterrorism";
  return rule;
}

// ---- export: interchange -> ACLED -------------------------------------------------------------

const METHOD_PRIORITY: readonly Method[] = ["suicide_bombing", "airstrike", "ied", "rocket_artillery", "grenade", "kidnapping", "arrest", "arson_sabotage"];

/** [event_type, sub_event_type] for an incident's category and methods. */
export function acledTypes(i: Pick<Incident, "category" | "methods" | "target_type">): [string, string] {
  const m = METHOD_PRIORITY.find((p) => i.methods.includes(p));
  switch (m) {
    case "suicide_bombing":
      return ["Explosions/Remote violence", "Suicide bomb"];
    case "airstrike":
      return ["Explosions/Remote violence", "Air/drone strike"];
    case "ied":
      return ["Explosions/Remote violence", "Remote explosive/landmine/IED"];
    case "rocket_artillery":
      return ["Explosions/Remote violence", "Shelling/artillery/missile attack"];
    case "grenade":
      return ["Explosions/Remote violence", "Grenade"];
    case "kidnapping":
      return ["Violence against civilians", "Abduction/forced disappearance"];
    case "arrest":
      return ["Strategic developments", "Arrests"];
    case "arson_sabotage":
      return ["Strategic developments", "Looting/property destruction"];
    default:
      break;
  }
  if (i.category === "clash") return ["Battles", "Armed clash"];
  if (i.methods.some((x) => x === "shooting" || x === "sniper" || x === "armed_assault" || x === "ambush" || x === "execution")) {
    return i.target_type === "civilian" ? ["Violence against civilians", "Attack"] : ["Battles", "Armed clash"];
  }
  return ["Strategic developments", "Other"];
}

const LEGACY_TYPES: Readonly<Record<string, string>> = {
  "Battles": "Battle-No change of territory",
  "Explosions/Remote violence": "Remote violence",
  "Protests": "Riots/Protests",
  "Riots": "Riots/Protests",
  "Strategic developments": "Strategic development",
};

const looksState = memoize((name: string): boolean => /\b(military|army|police|forces of|government|coalition|security forces|gendarmerie)\b/i.test(name));

function inter1Of(i: Incident): InterCode {
  if (i.category === "attack") return 2;
  if (i.category === "counterterrorism") return 1;
  if (i.perpetrator === "unknown" || i.perpetrator === "") return 0;
  return looksState(i.perpetrator) ? 1 : 2;
}

const TARGET_INTER: Readonly<Record<TargetType, InterCode>> = {
  military: 1, police: 1, intelligence: 1, government: 1, militia: 3, civilian: 7, infrastructure: 7, insurgents: 2, other: 0,
};

function inter2Of(i: Incident): InterCode {
  return i.target === "" && i.target_type === "other" ? 0 : TARGET_INTER[i.target_type];
}

function interCell(code: InterCode, style: ExportStyle): string {
  return style.inter === "text" ? ACLED_INTER[code] : String(code);
}

function interaction(i: Incident, style: ExportStyle): string {
  const a = inter1Of(i);
  const b = inter2Of(i);
  if (style.inter === "code") return a <= b || b === 0 ? `${a}${b}` : `${b}${a}`;
  if (b === 0) return `${ACLED_INTER[a]} only`;
  const [x, y] = a <= b ? [a, b] : [b, a];
  return `${ACLED_INTER[x]}-${ACLED_INTER[y]}`;
}

const sameSources = (raw: string, derived: string): boolean => raw.replace(/\s+/g, "") === derived.replace(/\s+/g, "");

const ACLED_SPECS: readonly ColumnSpec[] = [
  { name: "event_id_cnty", agree: "text", derive: (i) => (i.source_dataset?.name === "acled" ? i.source_dataset.id : i.id) },
  { name: "event_date", agree: "date", derive: (i) => i.event_date },
  { name: "year", agree: "number", derive: (i) => i.event_date.slice(0, 4) },
  { name: "time_precision", agree: "number", derive: (i) => String(i.time_precision) },
  {
    name: "disorder_type",
    agree: "lossy",
    derive: (i) => (acledTypes(i)[0] === "Strategic developments" ? "Strategic developments" : "Political violence"),
  },
  { name: "event_type", agree: "lossy", derive: (i, s) => (s.inter === "code" && s.legacyTypes === true ? (LEGACY_TYPES[acledTypes(i)[0]] ?? acledTypes(i)[0]) : acledTypes(i)[0]) },
  { name: "sub_event_type", agree: "lossy", derive: (i) => acledTypes(i)[1] },
  { name: "actor1", agree: "text", derive: (i) => (i.perpetrator === "unknown" ? "" : i.perpetrator) },
  { name: "inter1", agree: "lossy", derive: (i, s) => interCell(inter1Of(i), s) },
  { name: "actor2", agree: "text", derive: (i) => i.target },
  { name: "inter2", agree: "lossy", derive: (i, s) => interCell(inter2Of(i), s) },
  { name: "interaction", agree: "lossy", derive: interaction },
  { name: "civilian_targeting", agree: "lossy", derive: (i) => (i.target_type === "civilian" && i.category !== "other" ? "Civilian targeting" : "") },
  { name: "country", agree: (raw, _d, i) => countryCode(raw) === i.country, derive: (i) => countryNameFor(i.country) },
  { name: "admin1", agree: "text", derive: (i) => i.admin1 },
  { name: "location", agree: "text", derive: (i) => i.location },
  { name: "latitude", agree: "number", derive: (i) => numberCell(i.latitude) },
  { name: "longitude", agree: "number", derive: (i) => numberCell(i.longitude) },
  { name: "geo_precision", agree: "number", derive: (i) => String(i.geo_precision) },
  { name: "source", agree: sameSources, derive: (i) => i.sources.map((s) => s.name).join("; ") },
  { name: "notes", agree: "text", derive: (i) => i.quote },
  // ACLED's conservative rule: the lowest number of deaths reported.
  { name: "fatalities", agree: "number", derive: (i) => String(i.fatalities) },
];

export const ACLED_COLUMNS_2025 = [
  "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type", "actor1",
  "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting", "iso", "region",
  "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale",
  "notes", "fatalities", "tags", "timestamp",
] as const;

const SPECS = specMap(ACLED_SPECS);

// ---- import: ACLED -> interchange ---------------------------------------------------------------

function mapRow(row: Row, document: string, schema: string): Incident | string {
  const id = row.get("event_id_cnty");
  const key = id || row.get("data_id") || createHash("sha1").update(row.fields.join("\u0000")).digest("hex").slice(0, 16);
  const dateText = row.get("event_date");
  const date = parseDateCell(dateText);
  if (dateText === "") return "event_date is empty";
  if (date === null) return `event_date "${dateText}" is not a date`;
  const countryText = row.get("country");
  if (countryText === "") return "country is empty";
  const typeText = row.get("event_type");
  if (typeText === "") return "event_type is empty";
  const fatalText = row.get("fatalities");
  const fatalities = parseCount(fatalText);
  if (fatalities === null || fatalities < 0) return fatalText === "" ? "fatalities is empty" : `fatalities "${fatalText}" is not a count`;
  const lat = parseCoordinate(row.get("latitude"), 90);
  const lon = parseCoordinate(row.get("longitude"), 180);
  if ((lat === null) !== (lon === null) || (lat === null && (row.get("latitude") !== "" || row.get("longitude") !== ""))) {
    return `latitude/longitude "${row.get("latitude")}", "${row.get("longitude")}" are not coordinates`;
  }
  const inter1 = interCode(row.get("inter1")) ?? 0;
  const inter2 = interCode(row.get("inter2")) ?? 0;
  const type = eventType(typeText);
  const subText = lowerCase(row.get("sub_event_type"));
  const method: Method = SUB_EVENTS.get(subText) ?? type?.method ?? "other";
  const i = blankIncident(`acled:${key}`, document);
  i.event_date = date;
  const tp = Number(row.get("time_precision"));
  i.time_precision = tp === 2 || tp === 3 ? tp : 1;
  i.category = category(type?.category ?? "other", subText, inter1, inter2);
  i.methods = [method];
  const actor1 = row.get("actor1");
  i.perpetrator = actor1 === "" ? "unknown" : actor1;
  i.target = row.get("actor2");
  i.target_type = targetType(i.target, inter2);
  const notes = row.get("notes");
  if (i.category === "attack") {
    i.claim = /\bclaimed\b/i.test(notes) && !/\b(no|not|nobody|none)\b[^.]{0,40}\bclaimed\b/i.test(notes)
      ? "claimed"
      : /^unidentified\b/i.test(actor1) || actor1 === ""
        ? "unattributed"
        : "suspected";
  }
  i.country = countryCode(countryText) ?? countryFromNumeric(row.get("iso")) ?? UNKNOWN_COUNTRY;
  i.admin1 = row.get("admin1");
  i.location = row.get("location");
  i.latitude = lat;
  i.longitude = lon;
  const gp = Number(row.get("geo_precision"));
  i.geo_precision = gp === 1 || gp === 2 ? gp : 3;
  i.killed = { low: fatalities, high: null };
  i.casualties = { low: fatalities, high: null };
  i.fatalities = fatalities;
  const source = row.get("source");
  i.sources = source === "" ? [] : source.split(";").map((s) => ({ name: s.trim(), date: null })).filter((s) => s.name !== "");
  i.quote = notes;
  i.quote_end = 0;
  i.source_dataset = { name: "acled", id, schema, mapped: mappedFingerprint(i) };
  return i;
}

function detect(header: Header): DatasetMapper | null {
  const h = (k: string) => header.has(k);
  if (!(h("event_date") && h("event_type") && h("fatalities") && (h("event_id_cnty") || h("data_id")))) return null;
  const legacy = h("gwno") || h("ally_actor_1") || !h("sub_event_type");
  const schema = legacy ? "acled-2016" : h("disorder_type") || h("civilian_targeting") ? "acled-2025" : "acled-2019";
  // Inter codes are words in the 2025 schema, numbers before; the importer reads both either way.
  const style: ExportStyle = schema === "acled-2025" ? { inter: "text" } : { inter: "code", legacyTypes: legacy };
  return { dataset: "acled", schema, style, specs: SPECS, map: (row, document) => mapRow(row, document, schema) };
}

export const ACLED: DatasetModule = {
  dataset: "acled",
  expects: "ACLED (columns event_id_cnty or data_id, event_date, event_type, fatalities)",
  detect,
  defaultColumns: ACLED_COLUMNS_2025,
  defaultStyle: { inter: "text" },
  specs: SPECS,
};
