/** Shared by the build scripts: curated admin1 names (src/geo/data/admin1-names.json). */
import { readFileSync } from "node:fs";

const PATH = new URL("../src/geo/data/admin1-names.json", import.meta.url);

/** GeoNames admin1 code ("SY.07") -> [display name, ...aliases]. */
export function readAdmin1Names(): Map<string, string[]> {
  const raw: unknown = JSON.parse(readFileSync(PATH, "utf8"));
  const out = new Map<string, string[]>();
  if (typeof raw !== "object" || raw === null) throw new Error("admin1-names.json: not an object");
  for (const [code, names] of Object.entries(raw)) {
    if (code.startsWith("_")) continue;
    if (!Array.isArray(names) || !names.every((n): n is string => typeof n === "string") || names.length === 0) {
      throw new Error(`admin1-names.json: ${code} must be a non-empty string array`);
    }
    out.set(code, names);
  }
  return out;
}

/** Uncurated GeoNames admin1 names carry type words ("Kano State", "Muhafazat Hadramaout"). */
export function cleanAdmin1Name(raw: string): string {
  return raw
    .replace(/^(?:Muhafazat|Province of|Governorate of)\s+/i, "")
    .replace(/\s+(?:State|Province|Governorate|Region|County|District|Department)$/i, "")
    .trim();
}
