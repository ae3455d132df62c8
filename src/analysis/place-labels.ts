// Published place labels read as what Spotlight counts by: an arena, a country, admin-1s. The
// order: an arena's own name; a region or ISIS province (regions.ts); the gazetteer's admin-1
// names with their spellings (through `Admin1Resolver`, which the CLI builds from src/geo, since
// this layer may import only core); a list of such names ("Homs and Hama"), counted as their sum.

import { ARENA_RULES, arenaFromLabel, arenaOf } from "../core/arenas.ts";
import { regionFromLabel, type Region } from "./regions.ts";

/** The admin-1 a name denotes (any spelling the gazetteer knows), preferring `countries`; null if none. */
export type Admin1Resolver = (name: string, countries: readonly string[]) => { country: string; admin1: string } | null;

export type Cover =
  | { kind: "arena"; arena: string }
  | { kind: "country"; country: string }
  /** `country` null: any country in scope (no resolver: the admin-1 is matched by name only). */
  | { kind: "admin1"; country: string | null; admin1: string };

export interface PlaceLabel {
  label: string;
  /** What the label was read as, for display: "Sinai", "Diyala", "Deir ez-Zor + Raqqa". */
  key: string;
  covers: Cover[];
  /** The region-table entry, when one was used. */
  region: Region | null;
  /** What a reader must know about the reading (a sum, a region larger than its label, a part dropped by scope). */
  note: string | null;
}

export interface LabelContext {
  dimension: "arena" | "admin1";
  /** The arena the statistic is about, or null. */
  scope: string | null;
  admin1Of?: Admin1Resolver;
}

/** An admin-1 name in a comparable form: "Al-Anbar Province" and "Anbar" agree. */
export function placeKey(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/\b(?:province|governorate|region|state)\b/g, "")
    .replace(/^\s*(?:the\s+)?(?:al|el|ar|as|ad)[-\s]+/, "")
    .replace(/[^a-z0-9]+/g, "");
}

/** A label without ISIS's "Wilayat" (province) word, which the gazetteer does not know: "Wilayat Ninawa" is Ninawa. */
function withoutWilayat(label: string): string {
  const bare = label.replace(/\b(?:wilayat|wilayah|wilaya|vilayat)\b/gi, " ").replace(/\s+/g, " ").trim();
  return bare === "" ? label : bare;
}

export function countriesOf(arena: string): string[] {
  return [...new Set(ARENA_RULES.filter((r) => r.arena === arena).map((r) => r.country))];
}

export function arenaOfCover(c: Cover): string[] {
  if (c.kind === "arena") return [c.arena];
  if (c.kind === "country") return [...new Set(ARENA_RULES.filter((r) => r.country === c.country).map((r) => r.arena))];
  return c.country === null ? [] : [arenaOf(c.country, c.admin1)];
}

function coverName(c: Cover): string {
  return c.kind === "arena" ? c.arena : c.kind === "country" ? c.country : c.admin1;
}

function fromRegion(label: string, region: Region, scope: string | null): PlaceLabel {
  if (region.arena !== undefined) return { label, key: region.arena, covers: [{ kind: "arena", arena: region.arena }], region, note: null };
  const all: Cover[] = (region.parts ?? []).flatMap((p): Cover[] => (p.admin1 === undefined ? [{ kind: "country", country: p.country }] : p.admin1.map((a) => ({ kind: "admin1", country: p.country, admin1: a }))));
  const inScope = scope === null ? all : all.filter((c) => arenaOfCover(c).includes(scope));
  const covers = inScope.length > 0 ? inScope : all;
  const names = covers.map(coverName);
  const notes: string[] = [];
  if (covers.length > 1) notes.push(`${region.name} spans ${covers.length} admin-1s (${names.join(", ")}): compared with their sum`);
  else notes.push(`${region.name} is counted as ${names[0]}`);
  if (region.kind === "region" || covers.length > 1) notes.push("our count covers the whole of each, so it may hold incidents outside the region");
  if (covers.length < all.length) notes.push(`its parts outside ${scope} are left out`);
  return { label, key: names.join(" + "), covers, region, note: notes.join("; ") };
}

function fromAdmin1(label: string, ctx: LabelContext, countries: readonly string[]): PlaceLabel | null {
  if (ctx.admin1Of === undefined) {
    // No gazetteer: the admin-1 is matched by name against the rows.
    return placeKey(label) === "" ? null : { label, key: label, covers: [{ kind: "admin1", country: null, admin1: label }], region: null, note: null };
  }
  const hit = ctx.admin1Of(withoutWilayat(label), countries);
  return hit === null ? null : { label, key: hit.admin1, covers: [{ kind: "admin1", country: hit.country, admin1: hit.admin1 }], region: null, note: null };
}

function fromArena(label: string): PlaceLabel | null {
  const arena = arenaFromLabel(label);
  return arena === null ? null : { label, key: arena, covers: [{ kind: "arena", arena }], region: null, note: null };
}

/** One name, not a list. */
function readOne(label: string, ctx: LabelContext): PlaceLabel | null {
  const region = regionFromLabel(label);
  const scopeCountries = ctx.scope === null ? [] : countriesOf(ctx.scope);
  if (ctx.dimension === "arena") return fromArena(label) ?? (region && fromRegion(label, region, ctx.scope)) ?? fromAdmin1(label, ctx, scopeCountries);
  // Admin-1 breakdowns: a region with admin-1 parts, then the scope's own admin-1s (Burkina Faso's
  // "Sahel" region is not the Sahel arena there), then arena names, then admin-1s anywhere.
  if (region !== null && region.arena === undefined) return fromRegion(label, region, ctx.scope);
  if (ctx.admin1Of !== undefined && scopeCountries.length > 0) {
    const hit = ctx.admin1Of(withoutWilayat(label), scopeCountries);
    if (hit !== null && scopeCountries.includes(hit.country)) return { label, key: hit.admin1, covers: [{ kind: "admin1", country: hit.country, admin1: hit.admin1 }], region: null, note: null };
  }
  return (region && fromRegion(label, region, ctx.scope)) ?? fromArena(label) ?? fromAdmin1(label, ctx, scopeCountries);
}

/** The label as covers, or null when it names nothing Spotlight counts by. */
export function readPlaceLabel(label: string, ctx: LabelContext): PlaceLabel | null {
  const whole = readOne(label, ctx);
  // Without a gazetteer any name reads as an admin-1, so a list must be tried before that guess.
  const guessed = whole !== null && whole.region === null && whole.covers.every((c) => c.kind === "admin1" && c.country === null);
  if (whole !== null && !(guessed && /\band\b|&|,/.test(label))) return whole;
  const parts = label.split(/\s*(?:,|&|\band\b)\s*/).map((p) => p.trim()).filter((p) => p !== "");
  if (parts.length < 2) return whole;
  const read = parts.map((p) => readOne(p, ctx));
  if (read.some((r) => r === null)) return null;
  const ok = read as PlaceLabel[];
  const covers = ok.flatMap((r) => r.covers);
  const notes = ok.map((r) => r.note).filter((n): n is string => n !== null);
  return {
    label,
    key: ok.map((r) => r.key).join(" + "),
    covers,
    region: null,
    note: [`names ${ok.length} places (${ok.map((r) => r.key).join(", ")}): compared with their sum`, ...notes].join("; "),
  };
}

/** A row of the place query: [arena, country, admin1]. */
export function coverMatches(c: Cover, arena: string, country: string, admin1: string): boolean {
  if (c.kind === "arena") return arena === c.arena;
  if (c.kind === "country") return country === c.country;
  return (c.country === null || c.country === country) && placeKey(admin1) === placeKey(c.admin1);
}

/** Comparable identities of what a label covers, for telling a total from its listed parts. */
export function coverKeys(p: PlaceLabel): string[] {
  return p.covers.map((c) => (c.kind === "arena" ? `arena:${c.arena}` : c.kind === "country" ? `country:${c.country}` : `admin1:${c.country ?? ""}:${placeKey(c.admin1)}`));
}
