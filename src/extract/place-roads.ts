// Roads named by their two ends ("the Maiduguri-Damboa road", "the road between Daquq and Tuz
// Khurmatu"): the road is the location and its point lies halfway between the ends, as analysts
// code it. A road the gazetteer knows by name keeps its own entry.

import type { Place } from "../geo/gazetteer.ts";
import { distanceKm } from "../geo/geodesy.ts";
import type { Candidate } from "./place-candidates.ts";
import { NAME, SETTLEMENT, resolveWithKey } from "./place-names.ts";

const ROAD_TYPE = "(road|highway|motorway|axis|route)";
const ROAD_TYPE_RE = new RegExp(`\\b${ROAD_TYPE}\\b`, "i");
const DASHED_RE = new RegExp(`\\bthe\\s+(${NAME}(?:\\s*[-–—]\\s*${NAME})+)\\s+${ROAD_TYPE}\\b`, "g");
const TOWN_OF = "(?:(?:the\\s+)?(?:towns?|villages?|cities|city)\\s+of\\s+)?";
const BETWEEN_RE = new RegExp(`\\b(?:the\\s+)?${ROAD_TYPE}\\s+(?:between|linking|connecting|joining)\\s+${TOWN_OF}(${NAME})\\s+(?:and|with|to)\\s+${TOWN_OF}(${NAME})`, "g");
const DASH_RE = /\s*[-–—]\s*/g;
/** Ends further apart than this make a road too long for a midpoint to say where on it: the first end does. */
const MAX_ROAD_KM = 115;

/** A road's admin1 is its first end's, the one it is named from (its midpoint may fall across a border). */
export function isEndsRoad(place: Place): boolean {
  return place.id.startsWith("road:");
}

export interface RoadCandidate {
  candidate: Candidate;
  /** The text the road's name spans: the ends found inside it are the road's, not places of their own. */
  from: number;
  to: number;
}

/** The first road in `text` named by two ends the gazetteer knows, in the same country. */
export function roadBetweenEnds(text: string, countries: readonly string[], cKey: string, weight: (p: Place) => number): RoadCandidate | null {
  if (!ROAD_TYPE_RE.test(text)) return null;
  DASHED_RE.lastIndex = 0;
  for (let m = DASHED_RE.exec(text); m; m = DASHED_RE.exec(text)) {
    const run = m[1]!;
    // "the Ithriya-Khanaser road": a road the supplement names is its own place.
    if (resolveWithKey(run, countries, cKey, m[2])?.place.kind === "road") continue;
    DASH_RE.lastIndex = 0;
    for (let d = DASH_RE.exec(run); d; d = DASH_RE.exec(run)) {
      const road = between(run.slice(0, d.index), run.slice(d.index + d[0].length), countries, cKey);
      if (road) return make(road, `${run} ${m[2]!.toLowerCase()}`, m.index, m.index + m[0].length, weight);
    }
  }
  BETWEEN_RE.lastIndex = 0;
  for (let m = BETWEEN_RE.exec(text); m; m = BETWEEN_RE.exec(text)) {
    const road = between(m[2]!, m[3]!, countries, cKey);
    if (road) return make(road, `${m[2]!}-${m[3]!} ${m[1]!.toLowerCase()}`, m.index, m.index + m[0].length, weight);
  }
  return null;
}

function between(a: string, b: string, countries: readonly string[], cKey: string): [Place, Place] | null {
  const x = resolveWithKey(a, countries, cKey);
  const y = resolveWithKey(b, countries, cKey);
  // Each end a settlement named in full ("Deir ez" is no end of "Deir ez-Zor-Palmyra").
  if (!x || !y || x.name !== a || y.name !== b || !SETTLEMENT.has(x.place.kind) || !SETTLEMENT.has(y.place.kind)) return null;
  if (x.place.country !== y.place.country || x.place === y.place) return null;
  return distanceKm(x.place.lat, x.place.lon, y.place.lat, y.place.lon) <= MAX_ROAD_KM ? [x.place, y.place] : null;
}

function make([x, y]: [Place, Place], name: string, from: number, to: number, weight: (p: Place) => number): RoadCandidate {
  const place: Place = { ...x, id: `road:${x.id}:${y.id}`, name, kind: "road", population: 0, lat: (x.lat + y.lat) / 2, lon: (x.lon + y.lon) / 2 };
  return { candidate: { place, name, index: from, precision: 2, weight: weight(place) }, from, to };
}
