// geography: a stated direction (or distance) that the gazetteer contradicts by a wide margin,
// e.g. "the Nangarhar Province (southwest of Kabul)" when Nangarhar lies east of Kabul.

import type { AuditFinding } from "../core/incident.ts";
import { loadGazetteer, type Place } from "../geo/gazetteer.ts";
import { POPULATED_KINDS } from "../geo/place.ts";
import { compassToDegrees, distanceKm, initialBearing, type CompassPoint } from "../geo/geodesy.ts";
import { splitSentences } from "../extract/text.ts";
import type { AuditContext } from "./context.ts";

// A proper name of up to four words; Arabic articles ("Bir al-Abd") stay inside the name.
const WORD = "\\p{Lu}[\\p{L}'’-]*";
const NAME = `${WORD}(?:[ -](?:${WORD}|(?:al|el|ad|ash|as|ar|an|at|az|ed|es)-[\\p{L}'’-]+)){0,3}`;
const DIRS = "north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west";
// "X Province (southwest of Kabul)", "X region, about 200 km northeast of Kabul", "the village of X, 12 km east of Y".
const STATED_RE = new RegExp(
  `(?:\\b(?:village|town|city) of )?(${NAME})(?: (Province|Governorate|region|State))?(?: \\(|, )(?:about |some |approximately |roughly |around )?(?:(\\d+) ?km )?(${DIRS})(?:ern)? of (?:the (?:city|town) of )?(${NAME})\\b`,
  "gu",
);
const COMPASS: Record<string, CompassPoint> = { north: "N", south: "S", east: "E", west: "W", northeast: "NE", northwest: "NW", southeast: "SE", southwest: "SW" };
/** Angular error beyond which a stated direction is wrong, not rough: more than two compass points. */
const MAX_BEARING_ERROR = 90;
const MIN_KM_FOR_BEARING = 20;
const MAX_UNSTATED_KM = 400;

function angleDiff(a: number, b: number): number {
  const d = Math.abs(a - b) % 360;
  return d > 180 ? 360 - d : d;
}

/** The place a name refers to, or undefined when the gazetteer knows it under clearly different positions. */
function resolve(name: string, admin: boolean, country: string | undefined): Place | undefined {
  const g = loadGazetteer();
  const options = country ? { countries: [country] } : {};
  if (admin) return g.findAdmin1(name, options);
  const all = g.lookup(name, options);
  const first = all.find((p) => !country || p.country === country);
  if (!first) return undefined;
  // Other places of the same name in the same country (not the province named after the town).
  const hits = all.filter((p) => p.country === first.country && p.kind !== "admin1");
  if (hits.slice(1, 4).some((p) => distanceKm(first.lat, first.lon, p.lat, p.lon) > 50)) return undefined;
  return first;
}

export function checkBearings(ctx: AuditContext): AuditFinding[] {
  const out: AuditFinding[] = [];
  for (const b of ctx.blocks) {
    if (b.kind !== "paragraph" && b.kind !== "footnote") continue;
    for (const s of splitSentences(b.quote)) {
      for (const m of s.text.matchAll(STATED_RE)) {
        const [, rawName, suffix, km, dir, anchorName] = m;
        const name = rawName!.replace(/^(?:The|In|On|At|Near) /, "");
        const anchor = resolve(anchorName!, false, undefined);
        if (!anchor) continue;
        const admin = suffix !== undefined && suffix !== "region" ? true : suffix === "region";
        const place = resolve(name, admin, anchor.country) ?? (admin ? undefined : resolve(name, true, anchor.country));
        if (!place || place.country !== anchor.country || place.id === anchor.id) continue;
        // Mountains, deserts, roads and regions have no single point to measure from.
        if (place.kind !== "admin1" && !POPULATED_KINDS.has(place.kind)) continue;
        const actualKm = distanceKm(anchor.lat, anchor.lon, place.lat, place.lon);
        // A direction without a distance relates neighbouring places; far beyond that the gazetteer found a namesake.
        const maxKm = km !== undefined ? Math.max(3 * Number(km), MAX_UNSTATED_KM) : MAX_UNSTATED_KM;
        if (actualKm < MIN_KM_FOR_BEARING || actualKm > maxKm) continue;
        const actual = initialBearing(anchor.lat, anchor.lon, place.lat, place.lon);
        const stated = compassToDegrees(COMPASS[dir!.replace("-", "")]!);
        const label = `${name}${suffix ? ` ${suffix}` : ""}`;
        const where = place.kind === "admin1" ? `its capital lies` : "it lies";
        if (angleDiff(actual, stated) > MAX_BEARING_ERROR) {
          out.push({
            kind: "geography",
            message: `${label} is not ${dir} of ${anchorName}: ${where} ${Math.round(actualKm)} km from ${anchor.name} at bearing ${Math.round(actual)}° (gazetteer: ${place.source}).`,
            quote: s.text.trim(),
          });
        } else if (km !== undefined && place.kind !== "admin1") {
          const statedKm = Number(km);
          if (Math.abs(actualKm - statedKm) > Math.max(40, statedKm)) {
            out.push({
              kind: "geography",
              message: `${label} is not about ${statedKm} km from ${anchorName}: the gazetteer puts it ${Math.round(actualKm)} km away.`,
              quote: s.text.trim(),
            });
          }
        }
      }
    }
  }
  return out;
}
