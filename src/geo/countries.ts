/** Country names and demonyms as written in bulletins -> ISO 3166-1 alpha-2, and back to English names. */

/** ISO2 -> English short name, for the focus countries and others bulletins mention. */
export const COUNTRY_NAMES: Readonly<Record<string, string>> = {
  AF: "Afghanistan", BD: "Bangladesh", BF: "Burkina Faso", BI: "Burundi", BJ: "Benin", CD: "Democratic Republic of the Congo",
  CF: "Central African Republic", CG: "Republic of the Congo", CI: "Côte d'Ivoire", CM: "Cameroon", DJ: "Djibouti", DZ: "Algeria",
  EG: "Egypt", ER: "Eritrea", ET: "Ethiopia", FR: "France", GB: "United Kingdom", GH: "Ghana", IL: "Israel", IN: "India",
  IQ: "Iraq", IR: "Iran", JO: "Jordan", KE: "Kenya", KW: "Kuwait", LB: "Lebanon", LY: "Libya", MA: "Morocco", ML: "Mali",
  MR: "Mauritania", MZ: "Mozambique", NE: "Niger", NG: "Nigeria", PH: "Philippines", PK: "Pakistan", PS: "Palestine",
  RU: "Russia", RW: "Rwanda", SA: "Saudi Arabia", SD: "Sudan", SN: "Senegal", SO: "Somalia", SS: "South Sudan", SY: "Syria",
  TD: "Chad", TG: "Togo", TN: "Tunisia", TR: "Turkey", TZ: "Tanzania", UG: "Uganda", US: "United States", YE: "Yemen",
  // Where ISIS-inspired attacks and arrests outside the theatres are reported.
  AT: "Austria", AU: "Australia", AZ: "Azerbaijan", BE: "Belgium", CA: "Canada", CH: "Switzerland", CN: "China", DE: "Germany",
  DK: "Denmark", ES: "Spain", GR: "Greece", ID: "Indonesia", IT: "Italy", KG: "Kyrgyzstan", KZ: "Kazakhstan", LK: "Sri Lanka",
  MV: "Maldives", MY: "Malaysia", NL: "Netherlands", NO: "Norway", NZ: "New Zealand", SE: "Sweden", TH: "Thailand",
  TJ: "Tajikistan", UZ: "Uzbekistan",
};

/** Lower-cased name, variant or demonym -> ISO2. Regions that imply one country (Sinai, Kurdistan Region) included. */
const NAME_TO_ISO: ReadonlyMap<string, string> = new Map<string, string>([
  ["afghanistan", "AF"], ["afghan", "AF"], ["afghans", "AF"],
  ["bangladesh", "BD"], ["bangladeshi", "BD"],
  ["burkina faso", "BF"], ["burkina", "BF"], ["burkinabe", "BF"], ["burkinabè", "BF"],
  ["burundi", "BI"], ["burundian", "BI"],
  ["benin", "BJ"], ["beninese", "BJ"],
  ["democratic republic of the congo", "CD"], ["democratic republic of congo", "CD"], ["dr congo", "CD"], ["drc", "CD"],
  ["dem. rep. congo", "CD"], ["congo", "CD"], ["congolese", "CD"], ["congo-kinshasa", "CD"],
  ["republic of the congo", "CG"], ["congo-brazzaville", "CG"],
  ["central african republic", "CF"], ["car", "CF"], ["centrafrique", "CF"],
  ["cote d'ivoire", "CI"], ["côte d'ivoire", "CI"], ["ivory coast", "CI"], ["ivorian", "CI"],
  ["cameroon", "CM"], ["cameroonian", "CM"],
  ["djibouti", "DJ"], ["djiboutian", "DJ"],
  ["algeria", "DZ"], ["algerian", "DZ"],
  ["egypt", "EG"], ["egyptian", "EG"], ["egyptians", "EG"], ["sinai", "EG"], ["sinai peninsula", "EG"], ["north sinai", "EG"],
  ["eritrea", "ER"], ["eritrean", "ER"],
  ["ethiopia", "ET"], ["ethiopian", "ET"],
  ["ghana", "GH"], ["ghanaian", "GH"],
  ["israel", "IL"], ["israeli", "IL"],
  ["india", "IN"], ["indian", "IN"],
  ["iraq", "IQ"], ["iraqi", "IQ"], ["iraqis", "IQ"], ["kurdistan region", "IQ"], ["iraqi kurdistan", "IQ"],
  ["iran", "IR"], ["iranian", "IR"],
  ["jordan", "JO"], ["jordanian", "JO"],
  ["kenya", "KE"], ["kenyan", "KE"],
  ["kuwait", "KW"], ["kuwaiti", "KW"],
  ["lebanon", "LB"], ["lebanese", "LB"],
  ["libya", "LY"], ["libyan", "LY"],
  ["morocco", "MA"], ["moroccan", "MA"],
  ["mali", "ML"], ["malian", "ML"],
  ["mauritania", "MR"], ["mauritanian", "MR"],
  ["mozambique", "MZ"], ["mozambican", "MZ"],
  ["niger", "NE"], ["nigerien", "NE"], ["nigérien", "NE"],
  ["nigeria", "NG"], ["nigerian", "NG"], ["nigerians", "NG"],
  // Nigeria's Niger State and Niger Delta, not the country Niger.
  ["niger state", "NG"], ["niger delta", "NG"],
  ["philippines", "PH"], ["philippine", "PH"], ["filipino", "PH"],
  ["pakistan", "PK"], ["pakistani", "PK"],
  ["palestine", "PS"], ["palestinian", "PS"], ["gaza", "PS"], ["gaza strip", "PS"], ["west bank", "PS"],
  ["rwanda", "RW"], ["rwandan", "RW"],
  ["saudi arabia", "SA"], ["saudi", "SA"],
  ["sudan", "SD"], ["sudanese", "SD"],
  ["senegal", "SN"], ["senegalese", "SN"],
  ["somalia", "SO"], ["somali", "SO"], ["somalis", "SO"], ["somaliland", "SO"],
  ["south sudan", "SS"], ["south sudanese", "SS"],
  ["syria", "SY"], ["syrian", "SY"], ["syrians", "SY"], ["syrian arab republic", "SY"],
  ["chad", "TD"], ["chadian", "TD"],
  ["togo", "TG"], ["togolese", "TG"],
  ["tunisia", "TN"], ["tunisian", "TN"],
  ["turkey", "TR"], ["turkish", "TR"], ["türkiye", "TR"], ["turkiye", "TR"],
  ["tanzania", "TZ"], ["tanzanian", "TZ"],
  ["uganda", "UG"], ["ugandan", "UG"],
  ["yemen", "YE"], ["yemeni", "YE"],
  // Countries outside the theatres by name only: their demonyms ("French troops", "Russian aircraft")
  // name foreign forces in the theatres far more often than places.
  ["france", "FR"], ["germany", "DE"], ["united kingdom", "GB"], ["britain", "GB"], ["great britain", "GB"], ["england", "GB"],
  ["belgium", "BE"], ["austria", "AT"], ["spain", "ES"], ["sweden", "SE"], ["netherlands", "NL"], ["italy", "IT"],
  ["russia", "RU"], ["united states", "US"], ["usa", "US"], ["indonesia", "ID"], ["malaysia", "MY"], ["sri lanka", "LK"],
  ["tajikistan", "TJ"], ["uzbekistan", "UZ"], ["kazakhstan", "KZ"], ["kyrgyzstan", "KG"], ["maldives", "MV"],
  ["australia", "AU"], ["canada", "CA"], ["denmark", "DK"], ["norway", "NO"], ["switzerland", "CH"], ["greece", "GR"],
  ["new zealand", "NZ"], ["china", "CN"], ["thailand", "TH"], ["azerbaijan", "AZ"],
]);

function normalise(text: string): string {
  return text.trim().toLowerCase().replace(/[’‘`]/g, "'").replace(/^the\s+/, "").replace(/\s+/g, " ");
}

/** ISO2 for a country name, variant or demonym ("Syrian", "DRC", "Sinai"), or undefined. */
export function countryFromText(text: string): string | undefined {
  return NAME_TO_ISO.get(normalise(text));
}

/** English name for an ISO2 code, or the code itself when unknown. */
export function countryName(iso2: string): string {
  return COUNTRY_NAMES[iso2.toUpperCase()] ?? iso2;
}

/** Every recognised spelling, longest first, for building text matchers. */
export function countryTerms(): string[] {
  return [...NAME_TO_ISO.keys()].sort((a, b) => b.length - a.length);
}
