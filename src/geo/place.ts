/** The place record shared by the gazetteer, the supplement and admin1 lookups. */

export const PLACE_KINDS = [
  "country",
  "admin1",
  "city",
  "town",
  "village",
  "neighbourhood",
  "region",
  "area",
  "desert",
  "mountain",
  "valley",
  "river",
  "road",
  "border",
  "camp",
  "facility",
] as const;

export type PlaceKind = (typeof PLACE_KINDS)[number];

export function isPlaceKind(s: string): s is PlaceKind {
  return (PLACE_KINDS as readonly string[]).includes(s);
}

/** Kinds that are settlements; the gazetteer ranks them before regions, roads and admin units. */
export const POPULATED_KINDS: ReadonlySet<PlaceKind> = new Set(["city", "town", "village", "neighbourhood", "camp"]);

export interface Place {
  /** "gn:<geonameid>", "cj:<country>:<lat>:<lon>" (GeoNames row without id), "a1:<admin1 code>", "sup:<slug>". */
  id: string;
  name: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** English common name of the first-level division ("" when unknown). */
  admin1: string;
  lat: number;
  lon: number;
  kind: PlaceKind;
  /** 0 when unknown. */
  population: number;
  /** Where the record comes from: "GeoNames <id>", or the supplement entry's public source. */
  source: string;
}

/** GeoNames feature code and population -> kind. cities500 holds only populated places (class P). */
export function kindFromFeature(feature: string, population: number): PlaceKind {
  if (feature === "ADM1") return "admin1";
  if (feature === "PPLX") return "neighbourhood";
  if (feature === "PPLC" || feature === "PPLA" || population >= 100_000) return "city";
  if (feature === "PPLA2" || feature === "PPLA3" || population >= 5_000) return "town";
  return "village";
}
