// geography: an incident listed under a province heading whose point lies clearly inside another admin1.

import type { AuditFinding, Incident } from "../core/incident.ts";
import { admin1At } from "../geo/admin1-at.ts";
import { loadGazetteer } from "../geo/gazetteer.ts";
import { destination } from "../geo/geodesy.ts";
import { headingBefore, type AuditContext } from "./context.ts";

const PROVINCE_HEADING_RE = /^(?:The )?(.+?) (?:Province|Governorate|State)$/;

/** Points spread over where the incident may be: a stated offset is rough in both distance and direction. */
function uncertaintySamples(i: Incident, lat: number, lon: number): { lat: number; lon: number }[] {
  const radius = Math.max(4, i.offset ? 0.3 * i.offset.km : 4);
  const points = [{ lat, lon }];
  for (let deg = 0; deg < 360; deg += 45) points.push(destination(lat, lon, radius, deg));
  return points;
}

export function checkSectionProvinces(ctx: AuditContext): AuditFinding[] {
  const out: AuditFinding[] = [];
  const g = loadGazetteer();
  for (const i of ctx.extraction.incidents) {
    if (i.latitude === null || i.longitude === null || i.geo_precision === 3) continue;
    const heading = headingBefore(ctx, i.quote_start);
    const m = heading ? PROVINCE_HEADING_RE.exec(heading) : null;
    if (!heading || !m) continue;
    const listed = g.findAdmin1(m[1]!, { countries: [i.country] });
    if (!listed || listed.country !== i.country) continue;
    const hits = uncertaintySamples(i, i.latitude, i.longitude).map((p) => admin1At(p.lat, p.lon, i.country)?.admin1 ?? null);
    // Clearly elsewhere: the point and most of the area around it in one other admin1, at most one sample in the listed one.
    const other = hits[0];
    if (!other || other === listed.admin1) continue;
    if (hits.filter((h) => h === listed.admin1).length > 1 || hits.filter((h) => h === other).length < Math.ceil((hits.length * 2) / 3)) continue;
    const where = i.offset ? `"about ${i.offset.km} km ${i.offset.bearing} of ${i.offset.anchor}"` : `"${i.location}"`;
    const near = g.nearest(i.latitude, i.longitude, { country: i.country, limit: 1 })[0];
    out.push({
      kind: "geography",
      message:
        `Listed under "${heading}", but ${where} is in ${other}, not ${listed.admin1}` +
        (near ? ` (nearest gazetteer place: ${near.name}, admin1 ${near.admin1 || "unknown"}).` : "."),
      quote: i.quote,
    });
  }
  return out;
}
