// The outlets, channels and monitors analysts cite, known by name: a citation naming one needs no
// date to be a source, and the names are written as the outlets write them.

/** Outlets and channels that are sources even when cited without a date. */
export const KNOWN_SOURCES = [
  "Telegram", "Amaq", "Al-Naba'", "Al-Naba", "Nashir", "Wikipedia", "Reuters", "AFP", "AP", "Associated Press",
  "BBC", "Al Jazeera", "Al-Jazeera", "Al-Arabiya", "Al-Sumaria", "Rudaw", "Kurdistan 24", "Shafaq News",
  "Syrian Observatory for Human Rights", "SOHR", "SANA", "ISNA", "Fars", "Tasnim", "Khotwa", "Deir ez-Zor 24",
  "Al-Badia 24", "Sky News", "Premium Times", "Sahara Reporters", "HumAngle", "Daily Trust", "Garowe Online",
  "Long War Journal", "ACLED", "Tolo News", "TOLOnews", "Pajhwok", "Xinhua", "Anadolu", "Twitter", "Facebook",
  "YouTube", "Radio Okapi", "Kivu Security Tracker", "Cabo Ligado", "Zitamar", "Lusa", "Critical Threats",
  "Radio Andalus", "Andalus", "Shahada News Agency", "Somalimemo", "AMISOM", "ATMIS", "az-Zallaqa", "Thabat", "Hawar News", "ANHA", "ISPR", "AFRICOM", "CENTCOM", "Security Media Cell",
  "Iraqi Security Media Cell", "Iraqi News Agency", "Somali National News Agency", "Bakhtar News Agency",
  // Monitors, rights groups and UN missions that analysts cite in prose.
  "Amnesty International", "Human Rights Watch", "OCHA", "UNHCR", "UNICEF", "ICRC", "MSF", "Doctors Without Borders",
  "MONUSCO", "MINUSMA", "UNAMA", "UNAMI", "Airwars", "Crisis Group", "International Crisis Group",
  "Raqqa Is Being Slaughtered Silently", "Euphrates Post", "Enab Baladi", "Orient News", "Step News", "SDF Press Center",
  "RFI", "France 24", "Jeune Afrique", "Der Spiegel", "Shabelle", "Hiiraan Online", "Sinai Foundation for Human Rights",
] as const;
/** The known outlets, lower-cased. */
export const KNOWN = new Set(KNOWN_SOURCES.map((s) => s.toLowerCase()));

/** Each known outlet by its lower-cased name (a final apostrophe dropped), as it writes itself. */
export const CANONICAL = new Map(KNOWN_SOURCES.map((s) => [s.toLowerCase().replace(/'$/, ""), s as string]));
CANONICAL.set("al-naba", "Al-Naba'");
// al-Shabaab's station and news agency by their own names, however the text shortens them ("on its Andalus radio station").
CANONICAL.set("andalus", "Radio Andalus");
CANONICAL.set("shahada", "Shahada News Agency");

/** A known outlet as it writes itself, whatever the case and apostrophes of `name` ("al-Naba’" -> "Al-Naba'"). */
export function knownSpelling(name: string): string | undefined {
  return CANONICAL.get(name.replace(/[’]/g, "'").toLowerCase().replace(/'$/, ""));
}
