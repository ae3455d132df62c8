// Arenas: ISIS's "provinces" as its own infographics and weekly tallies name them, mapped from
// an incident's country (and, where a country is split, its admin-1). Data only, so that the
// store can turn it into a SQL CASE expression and the analysis layer can read labels with it.
//
// The split follows the provinces ISIS announced up to 2022: Sahel (Mali, Burkina Faso, western
// Niger) separate from West Africa (Lake Chad), Mozambique still under Central Africa, Pakistan
// separate from Khorasan (since 2019). Before March 2022 ISIS itself counted Sahel attacks under
// West Africa: compare such claims with both arenas in mind.

export interface ArenaRule {
  arena: string;
  country: string;
  /** When set, only these admin-1 names of the country (as the gazetteer spells them). */
  admin1?: readonly string[];
}

/** Checked in order: a rule with admin-1 names must come before its country's catch-all. */
export const ARENA_RULES: readonly ArenaRule[] = [
  { arena: "Iraq", country: "IQ" },
  { arena: "Syria", country: "SY" },
  { arena: "Sinai", country: "EG", admin1: ["North Sinai", "South Sinai"] },
  { arena: "Egypt", country: "EG" },
  { arena: "Sahel", country: "NE", admin1: ["Tillaberi", "Tillabéri", "Tahoua"] },
  { arena: "West Africa", country: "NG" },
  { arena: "West Africa", country: "NE" },
  { arena: "West Africa", country: "TD" },
  { arena: "West Africa", country: "CM" },
  { arena: "Sahel", country: "ML" },
  { arena: "Sahel", country: "BF" },
  { arena: "Central Africa", country: "CD" },
  { arena: "Central Africa", country: "MZ" },
  { arena: "Central Africa", country: "UG" },
  { arena: "Khorasan", country: "AF" },
  { arena: "Pakistan", country: "PK" },
  { arena: "Hind", country: "IN" },
  { arena: "Somalia", country: "SO" },
  { arena: "Yemen", country: "YE" },
  { arena: "Libya", country: "LY" },
  { arena: "East Asia", country: "PH" },
  { arena: "East Asia", country: "ID" },
  { arena: "Turkey", country: "TR" },
];

/** Where no rule applies. */
export const OTHER_ARENA = "Other";

/** The names bulletins and infographics use for each arena, lower-cased. */
export const ARENA_ALIASES: Readonly<Record<string, readonly string[]>> = {
  Iraq: ["iraq", "iraqi province", "iraq province"],
  Syria: ["syria", "syria province", "al-sham", "sham"],
  Sinai: ["sinai", "sinai peninsula", "sinai province"],
  Egypt: ["egypt", "egypt province"],
  "West Africa": ["west africa", "west africa province", "iswap"],
  Sahel: ["sahel", "sahel province", "isgs", "greater sahara"],
  "Central Africa": ["central africa", "central africa province", "iscap"],
  Khorasan: ["khorasan", "khorasan province", "afghanistan", "iskp", "is-k"],
  Pakistan: ["pakistan", "pakistan province"],
  Hind: ["hind", "india", "hind province"],
  Somalia: ["somalia", "somalia province"],
  Yemen: ["yemen", "yemen province"],
  Libya: ["libya", "libya province"],
  "East Asia": ["east asia", "east asia province", "philippines"],
  Turkey: ["turkey", "turkey province"],
};

/** The arena of an incident's country and admin-1. */
export function arenaOf(country: string, admin1: string): string {
  for (const r of ARENA_RULES) {
    if (r.country !== country) continue;
    if (r.admin1 === undefined || r.admin1.includes(admin1)) return r.arena;
  }
  return OTHER_ARENA;
}

/** The arena a label names ("Sinai Peninsula", "Khorasan, i.e., Afghanistan"), or null. */
export function arenaFromLabel(label: string): string | null {
  const l = label.toLowerCase().replace(/[,(].*$/, "").replace(/^the\s+/, "").trim();
  for (const [arena, aliases] of Object.entries(ARENA_ALIASES)) if (aliases.includes(l)) return arena;
  return null;
}
