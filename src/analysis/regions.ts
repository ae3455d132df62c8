// Regions that published statistics name but that are not one admin-1: ISIS's own "wilayat"
// (provinces), old and current, and the regions analysts write about. Each maps to the admin-1s
// it lies in (as the gazetteer spells them), to a whole country, or to an arena. Names that are
// plain admin-1s in another spelling ("Ninawa", "Hims", "Salahuddin") are not listed here: the
// gazetteer's admin-1 names and aliases resolve those.
//
// A region smaller than its admin-1s ("Al-Badia", the desert parts of four governorates) can only
// be counted as the sum of those admin-1s, which may hold incidents outside the region: the
// comparison says so. Where a name covers places in two arenas (ISIS's cross-border Wilayat
// al-Furat), a statistic scoped to one arena counts only the admin-1s in that arena.
//
// Sources, cited by key per entry:
//   TIS  "Territory of the Islamic State", Wikipedia (provinces claimed in 2013-2014 and their
//        governorates: al-Barakah = al-Hasakah, al-Khayr = Deir ez-Zor, ...).
//   OAS  "A Brief History of ISIS 'Provinces'", Oasis Center, 2016 (al-Furat straddling Syria and
//        Iraq, al-Jazira, Dijla, al-Fallujah, al-Janub, al-Badiya originally Homs).
//   LWJ  Long War Journal, "ISIS' Southern Division", April 2014 (the 16 wilayat map; al-Janub
//        based in Babil).
//   ISW  Institute for the Study of War reports on the "Northern Baghdad Belts" (Tarmiyah, Taji in
//        Baghdad governorate; Dujail, Balad, Samarra in Salah al-Din).
//   NAB  ISIS's own provincial names as Al-Naba' and Amaq use them since the 2019 and 2022
//        reorganisations (Wilayat al-Iraq, al-Sham, Gharb Ifriqiya, Wasat Ifriqiya, Mozambique,
//        al-Sahel, ...); the arena each is counted under is src/core/arenas.ts's.
//   ITIC The ITIC's "Spotlight on Global Jihad" usage: "the Euphrates Valley and the desert region
//        west of it" counted as Deir ez-Zor plus Al-Raqqah; "the desert region (Al-Badia)" listing
//        incidents in Deir ez-Zor, Homs, Hama and Raqqa deserts.
//   GEO  Physical or historical geography (the Hamrin range, Hawran, Qalamoun, Lake Chad basin,
//        Liptako-Gourma), as standard references describe it.

export interface RegionPart {
  country: string;
  /** The admin-1s, spelled as the gazetteer's display names; absent: the whole country. */
  admin1?: readonly string[];
}

export interface Region {
  name: string;
  /** Other names and transliterations, compared after `regionKey`. */
  aliases: readonly string[];
  /** An ISIS province (its own name) or an analysts' region. */
  kind: "isis_province" | "region";
  /** What it covers: a whole arena, or admin-1s / countries. */
  arena?: string;
  parts?: readonly RegionPart[];
  /** Source key (see above) and the rationale in a few words. */
  source: string;
}

export const REGIONS: readonly Region[] = [
  // ISIS provinces in Syria (TIS, OAS).
  { name: "Wilayat al-Khayr", aliases: ["al-Khayr", "al-Khair", "Khayr"], kind: "isis_province", parts: [{ country: "SY", admin1: ["Deir ez-Zor"] }], source: "TIS: al-Khayr is Deir ez-Zor governorate renamed" },
  { name: "Wilayat al-Barakah", aliases: ["al-Barakah", "al-Baraka", "Barakah"], kind: "isis_province", parts: [{ country: "SY", admin1: ["Al-Hasakah"] }], source: "TIS: al-Barakah is al-Hasakah governorate renamed" },
  { name: "Wilayat al-Badiya", aliases: ["al-Badiya", "al-Badia", "Badia", "Badiya", "Syrian Desert", "Badiyat al-Sham", "Syrian Badia"], kind: "isis_province", parts: [{ country: "SY", admin1: ["Homs", "Hama", "Deir ez-Zor", "Raqqa"] }], source: "OAS (al-Badiya first carved from Homs); ITIC (desert incidents in Homs, Hama, Deir ez-Zor and Raqqa)" },
  { name: "Wilayat Dimashq", aliases: ["Dimashq province", "Wilayat Damascus"], kind: "isis_province", parts: [{ country: "SY", admin1: ["Damascus", "Rif Dimashq"] }], source: "TIS: Damascus and its countryside" },
  { name: "Wilayat Hawran", aliases: ["Hawran", "Houran", "Hauran"], kind: "isis_province", parts: [{ country: "SY", admin1: ["Daraa", "As-Suwayda"] }], source: "GEO: the Hawran plain spans Daraa and As-Suwayda; ISIS's Hawran claims came from Daraa's Yarmouk basin" },
  { name: "Wilayat al-Furat", aliases: ["al-Furat", "Furat province", "Euphrates Province"], kind: "isis_province", parts: [{ country: "SY", admin1: ["Deir ez-Zor"] }, { country: "IQ", admin1: ["Anbar"] }], source: "OAS: Al-Bukamal (Deir ez-Zor) and Al-Qaim (Anbar) across the border" },
  // ISIS provinces in Iraq (OAS, LWJ, ISW).
  { name: "Wilayat Shamal Baghdad", aliases: ["Shamal Baghdad", "Northern Baghdad", "North Baghdad", "Northern Baghdad Belt", "Northern Baghdad Belts", "North of Baghdad"], kind: "isis_province", parts: [{ country: "IQ", admin1: ["Baghdad", "Salah al-Din"] }], source: "ISW: the belt from Tarmiyah and Taji (Baghdad) to Dujail, Balad and Samarra (Salah al-Din)" },
  { name: "Wilayat al-Janub", aliases: ["al-Janub", "Southern Division", "Southern Iraq"], kind: "isis_province", parts: [{ country: "IQ", admin1: ["Babil"] }], source: "LWJ: the Southern Division is based in Babil (Jurf al-Sakhar)" },
  { name: "Wilayat al-Fallujah", aliases: ["al-Fallujah province", "Fallujah province"], kind: "isis_province", parts: [{ country: "IQ", admin1: ["Anbar"] }], source: "OAS: carved out of Anbar around Fallujah" },
  { name: "Wilayat Dijla", aliases: ["Dijla", "Tigris province"], kind: "isis_province", parts: [{ country: "IQ", admin1: ["Nineveh", "Salah al-Din"] }], source: "OAS: the Tigris valley south of Mosul (Qayyarah in Nineveh, Shirqat in Salah al-Din)" },
  { name: "Wilayat al-Jazira", aliases: ["al-Jazira", "al-Jazirah", "Jazira", "Jazirah", "Jezira"], kind: "isis_province", parts: [{ country: "IQ", admin1: ["Nineveh"] }, { country: "SY", admin1: ["Al-Hasakah", "Raqqa", "Deir ez-Zor"] }], source: "OAS (ISIS's Iraqi al-Jazira: Tal Afar, Ba'aj in Nineveh); GEO (Syria's Jazira: the land east of the Euphrates)" },
  // ISIS provinces in Libya (TIS).
  { name: "Wilayat Barqa", aliases: ["Barqa", "Barqah", "Cyrenaica"], kind: "isis_province", parts: [{ country: "LY", admin1: ["Benghazi", "Derna"] }], source: "TIS: eastern Libya (Derna, Benghazi)" },
  { name: "Wilayat Tarabulus", aliases: ["Tarabulus", "Tripolitania"], kind: "isis_province", parts: [{ country: "LY", admin1: ["Tripoli", "Misrata", "Sirte"] }], source: "TIS: western Libya, Sirte included" },
  { name: "Wilayat Fezzan", aliases: ["Fezzan", "Fazzan"], kind: "isis_province", parts: [{ country: "LY", admin1: ["Sabha", "Murzuq"] }], source: "TIS: the south-western desert" },
  // ISIS's current provinces, as arenas (NAB).
  { name: "Wilayat al-Iraq", aliases: ["Iraq Province"], kind: "isis_province", arena: "Iraq", source: "NAB: all Iraqi wilayat merged in 2019" },
  { name: "Wilayat al-Sham", aliases: ["Sham province"], kind: "isis_province", arena: "Syria", source: "NAB: all Syrian wilayat merged in 2019" },
  { name: "Wilayat Sina", aliases: ["Sina", "Sinai Province"], kind: "isis_province", arena: "Sinai", source: "NAB: its own name for the Sinai province" },
  { name: "Wilayat Gharb Ifriqiya", aliases: ["Gharb Ifriqiya", "Gharb Afriqiya", "ISWAP"], kind: "isis_province", arena: "West Africa", source: "NAB: its own name for the West Africa province" },
  { name: "Wilayat Wasat Ifriqiya", aliases: ["Wasat Ifriqiya", "Wasat Afriqiya", "ISCAP"], kind: "isis_province", arena: "Central Africa", source: "NAB: its own name for the Central Africa province" },
  { name: "Wilayat Mozambique", aliases: ["Mozambique Province", "Mozambique"], kind: "isis_province", parts: [{ country: "MZ" }], source: "NAB: split from Central Africa in 2022; counted here as the country" },
  { name: "Wilayat al-Sahel", aliases: ["al-Sahil", "ISSP"], kind: "isis_province", arena: "Sahel", source: "NAB: since 2022; before that ISIS counted it under West Africa" },
  { name: "Wilayat Khurasan", aliases: ["Khurasan", "Khorasan Province", "ISKP"], kind: "isis_province", arena: "Khorasan", source: "NAB: its own name for the Khorasan province" },
  { name: "Wilayat Bakistan", aliases: ["Bakistan", "Pakistan Province"], kind: "isis_province", arena: "Pakistan", source: "NAB: its own name for the Pakistan province" },
  { name: "Wilayat al-Hind", aliases: ["al-Hind"], kind: "isis_province", arena: "Hind", source: "NAB: its own name for the Hind province" },
  { name: "Wilayat al-Sumal", aliases: ["al-Sumal", "Somalia Province"], kind: "isis_province", arena: "Somalia", source: "NAB: its own name for the Somalia province" },
  { name: "Wilayat al-Yaman", aliases: ["al-Yaman", "Yemen Province"], kind: "isis_province", arena: "Yemen", source: "NAB: its own name for the Yemen province" },
  { name: "Wilayat Sharq Asiya", aliases: ["Sharq Asiya", "East Asia Province"], kind: "isis_province", arena: "East Asia", source: "NAB: its own name for the East Asia province" },
  { name: "Wilayat Turkiya", aliases: ["Turkiya"], kind: "isis_province", arena: "Turkey", source: "NAB: its own name for the Turkey province" },
  { name: "Wilayat Libya", aliases: ["Libya Province"], kind: "isis_province", arena: "Libya", source: "NAB: its own name for the Libya province" },
  // Analysts' regions.
  { name: "Euphrates Valley", aliases: ["Middle Euphrates River Valley", "Middle Euphrates", "MERV", "Euphrates River Valley", "Euphrates valley and the desert west of it"], kind: "region", parts: [{ country: "SY", admin1: ["Deir ez-Zor", "Raqqa"] }, { country: "IQ", admin1: ["Anbar"] }], source: "ITIC (Syria: Deir ez-Zor plus Al-Raqqah); GEO (Iraq: the Anbar stretch, Al-Qaim to Fallujah)" },
  { name: "Hamrin Mountains", aliases: ["Hamrin", "Himreen", "Jabal Hamrin", "Hamrin range"], kind: "region", parts: [{ country: "IQ", admin1: ["Diyala", "Salah al-Din", "Kirkuk"] }], source: "GEO: the range runs where Diyala, Salah al-Din and Kirkuk meet" },
  { name: "Qalamoun", aliases: ["Qalamun", "Qalamoun Mountains", "Eastern Qalamoun"], kind: "region", parts: [{ country: "SY", admin1: ["Rif Dimashq"] }], source: "GEO: the mountains north-east of Damascus" },
  { name: "Beni", aliases: ["Beni territory", "Beni-Butembo"], kind: "region", parts: [{ country: "CD", admin1: ["North Kivu"] }], source: "GEO: Beni territory, North Kivu" },
  { name: "Lake Chad Basin", aliases: ["Lake Chad", "Lake Chad region", "Lake Chad area"], kind: "region", parts: [{ country: "NG", admin1: ["Borno"] }, { country: "NE", admin1: ["Diffa"] }, { country: "TD", admin1: ["Lac"] }, { country: "CM", admin1: ["Far North"] }], source: "GEO: the four riparian admin-1s" },
  { name: "Liptako-Gourma", aliases: ["tri-border area", "three borders area", "tri-border region", "Liptako Gourma"], kind: "region", parts: [{ country: "ML", admin1: ["Gao", "Menaka", "Mopti"] }, { country: "NE", admin1: ["Tillaberi"] }, { country: "BF", admin1: ["Sahel", "Est", "Nord", "Centre-Nord"] }], source: "GEO: the Mali-Niger-Burkina Faso border area as conflict reporting uses the name" },
];

/** A name in comparable form: no diacritics, case, articles, "Wilayat"/"Province"/"region" words or punctuation. */
export function regionKey(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’‘`ʿʾ]/g, "")
    .replace(/\b(?:wilayat|wilayah|wilaya|vilayat|province|governorate|region|area|state)\b/g, " ")
    .replace(/^\s*the\s+/, "")
    .replace(/(^|[\s-])(?:al|el|ad|ar|as|ash|at|az|an)-/g, "$1")
    .replace(/^\s*(?:al|el)\s+/, "")
    .replace(/[^a-z0-9]+/g, "");
}

const BY_KEY: ReadonlyMap<string, Region> = new Map(REGIONS.flatMap((r) => [r.name, ...r.aliases].map((n) => [regionKey(n), r] as const)));

/** The region a published label names, or null. */
export function regionFromLabel(label: string): Region | null {
  const key = regionKey(label);
  return key === "" ? null : (BY_KEY.get(key) ?? null);
}
