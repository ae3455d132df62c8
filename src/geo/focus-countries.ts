/** Countries the committed gazetteer and polygons cover: insurgency theatres and their neighbours. */
export const FOCUS_COUNTRIES = [
  "SY", "IQ", "EG", "NG", "CD", "AF", "NE", "ML", "BF", "TD", "CM", "SO", "MZ", "PK", "LY", "TR", "JO", "LB", "IL", "PS",
  "SA", "YE", "IR", "KE", "TZ", "UG", "BJ", "TG", "PH", "IN", "BD", "DZ", "TN", "MR", "SD", "ET", "ER", "DJ", "CF", "GH",
  "CI", "SN", "SS", "RW", "BI", "MA", "KW", "LK", "MV", "MY", "TJ", "ID",
] as const;

export type FocusCountry = (typeof FOCUS_COUNTRIES)[number];

/**
 * Countries whose admin-1 polygons are committed: the focus countries but Indonesia. Its thousands of
 * islands would move the shared simplification threshold and quantization grid and so shift borders
 * elsewhere (Jalalabad fell into Laghman); its places take the admin1 their gazetteer records give.
 */
export const POLYGON_COUNTRIES: readonly FocusCountry[] = FOCUS_COUNTRIES.filter((c) => c !== "ID");
