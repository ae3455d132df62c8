/** Countries the committed gazetteer and polygons cover: insurgency theatres and their neighbours. */
export const FOCUS_COUNTRIES = [
  "SY", "IQ", "EG", "NG", "CD", "AF", "NE", "ML", "BF", "TD", "CM", "SO", "MZ", "PK", "LY", "TR", "JO", "LB", "IL", "PS",
  "SA", "YE", "IR", "KE", "TZ", "UG", "BJ", "TG", "PH", "IN", "BD", "DZ", "TN", "MR", "SD", "ET", "ER", "DJ", "CF", "GH",
  "CI", "SN", "SS", "RW", "BI", "MA", "KW", "LK", "MV", "MY", "TJ",
] as const;

export type FocusCountry = (typeof FOCUS_COUNTRIES)[number];
