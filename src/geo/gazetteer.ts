/**
 * In-memory gazetteer over the committed GeoNames extract plus the curated supplement and aliases.
 * Every name is indexed under its strict and loose keys (normalize-place.ts), so a lookup is a
 * few hash probes; buckets are pre-sorted by rank at load.
 */
import { readGazetteerRows, readSupplement, supplementToNamed, type NamedPlace } from "./gazetteer-data.ts";
import { placeKeyPair } from "./normalize-place.ts";
import { POPULATED_KINDS, type Place } from "./place.ts";
import { SpatialGrid } from "./spatial-grid.ts";

export { PLACE_KINDS, type Place, type PlaceKind } from "./place.ts";

export interface LookupOptions {
  /** ISO2 codes to prefer; when none of them has a match, all countries are searched. */
  countries?: readonly string[];
}

export interface Gazetteer {
  /** Best first: strict tier before loose, curated before plain GeoNames, settlements before others, larger first. */
  lookup(name: string, options?: LookupOptions): Place[];
  /** The admin1 of `country` written as `name` (any spelling the gazetteer knows). */
  admin1(country: string, name: string): Place | undefined;
  /** An admin1 named in text ("Diyala Province", "the Kunar region"), located at its capital. */
  findAdmin1(name: string, options?: LookupOptions): Place | undefined;
  /**
   * Places nearest to the point, nearest first (default limit 1). With `withinKm`, only those
   * of them within that distance (found without searching farther).
   */
  nearest(lat: number, lon: number, options?: NearestOptions): Place[];
  /** Every place record (GeoNames rows, admin1 rows, supplement entries). */
  all(): readonly Place[];
}

export interface NearestOptions {
  country?: string;
  limit?: number;
  withinKm?: number;
}

interface Entry {
  place: Place;
  rank: number;
}

function rankOf(p: NamedPlace): number {
  // Lower is better: curated, then settlements, then population (capped into the fractional part).
  const curated = p.curated ? 0 : 2;
  const populated = POPULATED_KINDS.has(p.place.kind) ? 0 : 1;
  return curated + populated - Math.min(p.place.population, 1e8) / 1e8;
}

class Index {
  private readonly buckets = new Map<string, Entry[]>();

  /** `merge`: the place may already be in the bucket (aliases), so look for it and keep the better rank. */
  add(key: string, entry: Entry, merge: boolean): void {
    const b = this.buckets.get(key);
    if (b === undefined) {
      this.buckets.set(key, [entry]);
      return;
    }
    // A place's own names arrive together, so a repeat is always the bucket's last entry.
    if (b[b.length - 1]?.place === entry.place) return;
    const old = merge ? b.find((e) => e.place === entry.place) : undefined;
    if (old === undefined) b.push(entry);
    else if (entry.rank < old.rank) old.rank = entry.rank;
  }

  sort(): void {
    for (const b of this.buckets.values()) if (b.length > 1) b.sort((x, y) => x.rank - y.rank);
  }

  get(key: string): readonly Entry[] {
    return this.buckets.get(key) ?? [];
  }
}

const EMPTY: readonly Place[] = [];
const acceptAll = (): boolean => true;
const LOOKUP_CACHE_LIMIT = 100_000;

class LoadedGazetteer implements Gazetteer {
  private readonly strict = new Index();
  private readonly loose = new Index();
  private readonly admin1ByKey = new Map<string, Place>();
  private readonly places: Place[] = [];
  private readonly cache = new Map<string, readonly Place[]>();
  private grid: SpatialGrid<Place> | undefined;
  /** One grid per country, built on first use: most queries are limited to one country. */
  private readonly countryGrids = new Map<string, SpatialGrid<Place>>();
  private byCountry: Map<string, Place[]> | undefined;

  constructor(rows: readonly NamedPlace[]) {
    const supplement = readSupplement();
    // Only the places aliases point at are looked up by id.
    const targets = new Set(supplement.aliases.map((a) => a.target));
    const byId = new Map<string, NamedPlace>();
    for (const r of rows) {
      if (targets.has(r.place.id)) byId.set(r.place.id, r);
      this.places.push(r.place);
      this.indexNames(r, r.names, false);
    }
    for (const s of supplement.places) {
      const named = supplementToNamed(s);
      if (targets.has(named.place.id)) byId.set(named.place.id, named);
      this.places.push(named.place);
      this.indexNames(named, named.names, false);
    }
    for (const a of supplement.aliases) {
      const target = byId.get(a.target);
      if (target === undefined) throw new Error(`supplement.json: alias target ${a.target} is not in the gazetteer`);
      this.indexNames({ ...target, curated: true }, a.names, true);
    }
    this.strict.sort();
    this.loose.sort();
  }

  private indexNames(p: NamedPlace, names: readonly string[], merge: boolean): void {
    const rank = rankOf(p);
    for (const n of names) {
      const k = placeKeyPair(n);
      if (k === undefined) continue;
      this.strict.add(k.strict, { place: p.place, rank }, merge);
      this.loose.add(k.loose, { place: p.place, rank }, merge);
      if (p.place.kind === "admin1") {
        this.admin1ByKey.set(`${p.place.country}|${k.strict}`, p.place);
        this.admin1ByKey.set(`${p.place.country}|~${k.loose}`, p.place);
      }
    }
  }

  private candidates(name: string): readonly Place[] {
    const cached = this.cache.get(name);
    if (cached !== undefined) return cached;
    const k = placeKeyPair(name);
    let out: readonly Place[] = EMPTY;
    if (k !== undefined) {
      const strict = this.strict.get(k.strict);
      const loose = this.loose.get(k.loose);
      if (strict.length + loose.length > 0) {
        const list: Place[] = strict.map((e) => e.place);
        for (const e of loose) if (!list.includes(e.place)) list.push(e.place);
        out = list;
      }
    }
    if (this.cache.size >= LOOKUP_CACHE_LIMIT) this.cache.clear();
    this.cache.set(name, out);
    return out;
  }

  lookup(name: string, options?: LookupOptions): Place[] {
    const all = this.candidates(name);
    const countries = options?.countries;
    if (countries === undefined || countries.length === 0 || all.length === 0) return all.slice();
    const inCountries = all.filter((p) => countries.includes(p.country));
    return inCountries.length > 0 ? inCountries : all.slice();
  }

  admin1(country: string, name: string): Place | undefined {
    const k = placeKeyPair(name);
    if (k === undefined) return undefined;
    return this.admin1ByKey.get(`${country}|${k.strict}`) ?? this.admin1ByKey.get(`${country}|~${k.loose}`);
  }

  findAdmin1(name: string, options?: LookupOptions): Place | undefined {
    const admins = this.candidates(name).filter((p) => p.kind === "admin1");
    const countries = options?.countries;
    if (countries !== undefined && countries.length > 0) {
      const preferred = admins.find((p) => countries.includes(p.country));
      if (preferred !== undefined) return preferred;
    }
    return admins[0];
  }

  nearest(lat: number, lon: number, options?: NearestOptions): Place[] {
    const country = options?.country;
    const limit = options?.limit ?? 1;
    const withinKm = options?.withinKm ?? Infinity;
    if (country === undefined) {
      this.grid ??= new SpatialGrid(this.places.filter((p) => p.kind !== "admin1"));
      return this.grid.nearest(lat, lon, limit, acceptAll, 20, withinKm);
    }
    let grid = this.countryGrids.get(country);
    if (grid === undefined) {
      grid = new SpatialGrid(this.placesOf(country));
      this.countryGrids.set(country, grid);
    }
    return grid.nearest(lat, lon, limit, acceptAll, 20, withinKm);
  }

  all(): readonly Place[] {
    return this.places;
  }

  /** A country's places other than admin1 rows, in the order of all(); grouped for every country in one pass. */
  private placesOf(country: string): readonly Place[] {
    if (this.byCountry === undefined) {
      this.byCountry = new Map();
      for (const p of this.places) {
        if (p.kind === "admin1") continue;
        const list = this.byCountry.get(p.country);
        if (list === undefined) this.byCountry.set(p.country, [p]);
        else list.push(p);
      }
    }
    return this.byCountry.get(country) ?? EMPTY;
  }
}

let singleton: Gazetteer | undefined;

/** The shared gazetteer; the data files are read on the first call only. */
export function loadGazetteer(): Gazetteer {
  singleton ??= new LoadedGazetteer(readGazetteerRows());
  return singleton;
}
