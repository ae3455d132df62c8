// Who published a figure when the paragraph names the outlet rather than citing it.

import { findDates, type DateContext } from "./dates.ts";

// Outlets that publish the figures, named in the prose rather than cited ("ISIS's weekly al-Naba'
// newsletter, published on October 6, credited ...").
const PUBLISHER_RES: [RegExp, string][] = [
  [/\bal[- ]Naba'?(?![\w])/i, "Al-Naba'"],
  [/\bA'?maq\b/i, "Amaq"],
  [/\bNashir\b/i, "Nashir"],
  [/\bDefen[cs]e Headquarters\b/i, "Defence Headquarters"],
];
export const PLATFORM_RE = /^(?:Telegram|Twitter|X|Facebook|Rocket\.Chat|Element|Hoop|Tamtam|websites?|social media)$/i;
const PUBLISHED_ON_RE = /\b(?:published|released|issued|posted|dated)\s+(?:on\s+)?((?:[A-Z][a-z]+day,?\s+)?[^,.;()]{3,24})/;

export function namedPublisher(text: string, ctx: DateContext): { name: string; date: string | null } | null {
  const hit = PUBLISHER_RES.find(([re]) => re.test(text));
  if (!hit) return null;
  const on = PUBLISHED_ON_RE.exec(text);
  const date = on ? (findDates(on[1]!, ctx)[0]?.date ?? null) : null;
  return { name: hit[1], date };
}

// A report's own figures: the publication or monitor the title block names ("PAKISTAN SECURITY
// DIGEST", "Syrian Observatory for Human Rights"), or the monitor a paragraph says counted them
// ("Cabo Ligado counted 64 people", "According to ACLED, ...").

/** Nouns that make a title line the name of a publication or a monitor, not a headline. */
/** An issuing body's noun, for a title's later parts. */
const BODY_NOUN_RE = /\b(?:cell|command|ministry|directorate|headquarters|press cent(?:re|er)|spokes(?:man|person)['’]?s? office)\b/i;
const HOUSE_NOUN_RE = /\b(?:observatory|monitor|digest|review|overview|brief|briefing|bulletin|newsletter|tracker|report|update|weekly|monthly|daily|log|watch|sitrep|institute|centre|center|council|project|network|foundation|commission|mission|office|agency)\b/i;
const SMALL_WORD_RE = /^(?:of|for|and|the|in|on|to|a|an|&)$/i;
const NAME = "((?:[A-Z][\\w'’.-]*\\s+(?:(?:of|for|on|and|the)\\s+)?){0,5}[A-Z][\\w'’-]*)";
/** "Cabo Ligado counted 64 people", "ECPM recorded 18 security incidents". */
const COUNTED_BY_RE = new RegExp(`${NAME}\\s+(?:has\\s+|have\\s+|had\\s+)?(?:counted|recorded|documented|tallied|registered|logged)\\s+(?:a total of\\s+|some\\s+|about\\s+)?\\d`);
/** "Al-Shabaab's Shahada News Agency claimed 96 operations": an agency's claimed count. */
const AGENCY_CLAIMED_RE = new RegExp(`${NAME}\\s+(?:has\\s+)?claimed\\s+(?:a total of\\s+)?\\d`);
const AGENCY_RE = /\b(?:Agency|Media|Foundation|News|Office)$/;
/** "According to ACLED, ...", "according to SOHR statistics". */
const ACCORDING_TO_RE = new RegExp(`\\b[Aa]ccording to (?:the\\s+)?${NAME}(?:\\s+(?:sources|statistics|figures|data|tally|count|documentation))?\\s*(?:[,.;]|$)`);
/** Armed groups count their own attacks: they are no monitor. */
const ARMED_GROUP_RE = /\b(?:ISIS|ISIL|IS|Islamic State|Daesh|Shabaab|Boko Haram|ISWAP|ISCAP|JNIM|TTP|BLA|ADF|Taliban|Hamas|Hezbollah|HTS)\b/;

/** "SDF", "UNHCR" in a title in capitals: a word of three letters at most, or without a vowel, that is no common word. */
function isAcronym(w: string): boolean {
  return /^[A-Z]{2,6}$/.test(w) && (w.length <= 3 || !/[AEIOUY]/.test(w)) && !SMALL_WORD_RE.test(w) && !COMMON_SHORT_RE.test(w);
}
const COMMON_SHORT_RE = /^(?:NEW|WAR|DAY|OUR|ALL|KEY|TOP|LOG|WEEK|END|AND|ITS|OLD|BIG|ONE|TWO|SIX|TEN|MID|WHO|WHY|HOW|OUT|NOW|ARE|WAS|HAS)$/;

function titleCase(s: string): string {
  if (/[a-z]/.test(s)) return s;
  return s
    .toLowerCase()
    .split(/\s+/)
    .map((w, i) => (i > 0 && SMALL_WORD_RE.test(w) ? w : w.charAt(0).toUpperCase() + w.slice(1)))
    .map((w, i) => (isAcronym(s.split(/\s+/)[i] ?? "") ? w.toUpperCase() : w))
    .join(" ");
}

/** The capitalised name that ends a title line, before the initials it spells out. */
const SPELT_NAME_RE = /((?:[A-Z][\w'’.-]*\s+(?:(?:of|for|on|and|the)\s+)?)*[A-Z][\w'’-]*)\s*$/;

/** An acronym, or a name of at least two capitalised words ("Cabo Ligado"); not a sentence's first word alone. */
function monitorName(raw: string): string | null {
  const name = raw.replace(/^(?:The|A|An)\s+/, "").replace(/^.*['’]s\s+/, "").trim();
  if (ARMED_GROUP_RE.test(name)) return null;
  if (/^[A-Z]{2,6}$/.test(name)) return name;
  return name.split(/\s+/).filter((w) => /^[A-Z]/.test(w)).length >= 2 ? name : null;
}

/** The title block of a document: whose report it is, and the acronyms it spells out. */
export class TitleBlock {
  #lines: string[] = [];
  #seen = 0;

  /** Reads one of the document's first blocks. */
  read(text: string): void {
    if (this.#seen++ < 6 && text.length < 120) this.#lines.push(text);
  }

  /** The publication or monitor the first line names ("Pakistan Security Digest"), or null for a headline. */
  get house(): string | null {
    const first = this.#lines[0];
    if (first === undefined) return null;
    const parts = first.split(/\s+[-–—|]\s+/);
    const name = first.split(/\s+[-–—|]\s+|:\s|\s\(/, 1)[0]!.trim();
    if (name.split(/\s+/).length <= 7 && HOUSE_NOUN_RE.test(name) && !/\d/.test(name)) return titleCase(name);
    // "REPUBLIC OF IRAQ - JOINT OPERATIONS COMMAND - SECURITY MEDIA CELL": a state's body after its state, the last the issuer.
    for (let i = parts.length - 1; i > 0; i--) {
      const part = parts[i]!.trim();
      if (part.split(/\s+/).length <= 7 && BODY_NOUN_RE.test(part) && !/\d/.test(part)) return titleCase(part);
    }
    return null;
  }

  /** "ECPM" spelt out by a title line "Eastern Congo Protection Monitor (ECPM)", or the house whose initials it is ("SOHR"). */
  expand(name: string): string {
    if (!/^[A-Z]{2,6}$/.test(name)) return name;
    const spelt = this.#lines.find((l) => l.endsWith(`(${name})`));
    // "Published 29 November 2019 | Caliphate Claims Tracker (CCT)": the capitalised words before the initials, with them.
    const words = spelt ? SPELT_NAME_RE.exec(spelt.slice(0, -name.length - 2))?.[1] : undefined;
    if (spelt) return words ? `${words} (${name})` : spelt;
    const house = this.house;
    const initials = house?.split(/\s+/).filter((w) => /^[A-Z]/.test(w)).map((w) => w[0]).join("");
    return house && initials === name ? house : name;
  }

  /** The monitor a paragraph says published its count, dated with the report when it is the report's own. */
  counter(text: string, reference: string | null): { name: string; date: string | null } | null {
    const agency = AGENCY_CLAIMED_RE.exec(text);
    const raw = COUNTED_BY_RE.exec(text)?.[1] ?? (agency && AGENCY_RE.test(agency[1]!) ? agency[1] : undefined) ?? ACCORDING_TO_RE.exec(text)?.[1];
    const name = raw === undefined ? null : monitorName(raw);
    if (!name) return null;
    const full = this.expand(name);
    return { name: full, date: this.#own(full) ? reference : null };
  }

  /** The title block names `full` as the report's own publisher. */
  #own(full: string): boolean {
    return full === this.house || this.#lines.some((l) => l.endsWith(full));
  }

  /**
   * The publisher a table column's header names: "al-Naba' 210" an outlet, "CCT log" the body
   * whose initials the title block spells out. Null when the header names none ("Attacks").
   */
  column(cell: string, reference: string | null): { name: string; date: string | null } | null {
    const outlet = PUBLISHER_RES.find(([re]) => re.test(cell));
    if (outlet) return { name: outlet[1], date: null };
    const initials = /^[A-Z]{2,6}\b/.exec(cell)?.[0];
    const full = initials ? this.expand(initials) : null;
    if (full && full !== initials) return { name: full, date: this.#own(full) ? reference : null };
    return null;
  }
}
