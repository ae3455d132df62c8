// Cited sources: parentheticals such as "(Khotwa, January 10, 2021; ISNA, January 11, 2021)"
// or "(Telegram, Amaq, January 10, 2021)", and "according to X" in running text.

import type { SourceRef } from "../core/incident.ts";
import { countryFromText } from "../geo/countries.ts";
import { findDates, MONTH_RE, type DateContext } from "./dates.ts";
import { detached } from "./text.ts";
import { WordGate, wordsOf, type Words } from "./word-gate.ts";
import { bodiesAndOutletsIn, documentOwnersIn } from "./source-bodies.ts";
import { KNOWN, knownSpelling } from "./known-sources.ts";
import { sourcesField } from "./sources-field.ts";


const CHANNEL_RE = /\b(?:Facebook|Twitter|Telegram|X|YouTube|Instagram|WhatsApp|TikTok)\s+(?:page|account|channel|group|post|feed)\b|^@\w+/i;

const PAREN_RE = /\(([^()]{2,300})\)/g;

export interface Citation {
  sources: SourceRef[];
  start: number;
  end: number;
}

function looksLikeName(s: string): boolean {
  const t = s.trim();
  if (!t || t.length > 110) return false;
  // A known outlet is a name whatever its words ("Raqqa Is Being Slaughtered Silently").
  if (KNOWN.has(t.toLowerCase())) return true;
  if (!/^[@A-Z0-9"'“]/.test(t)) return false;
  // "(4-10 Dhu al-Qa'dah / 25 June - 1 July)": a range of days, not an outlet.
  if (/^\d{1,2}\s*[-–]\s*\d{1,2}\b/.test(t) || /[-–/]$/.test(t)) return false;
  const words = t.split(/\s+/);
  if (words.length > 13) return false;
  // A name is not a clause: no finite verbs or measures.
  if (/\b(?:was|were|is|are|has|have|had|km|kilometers|miles|killed|wounded|attacks?)\b/i.test(t)) return false;
  if (/^(?:Note|See|For example|I\.e|E\.g)\b/i.test(t)) return false;
  return true;
}

function isKnown(name: string): boolean {
  return KNOWN.has(name.toLowerCase()) || CHANNEL_RE.test(name) || /\b(?:news|agency|agence|times|post|tv|fm|radio|media|observatory)\b/i.test(name) || /\b[A-Z][\w'’-]*\s*24$/.test(name);
}

/** "ISPR statement", "AFRICOM press release": the outlet, without the kind of document. */
const DOCUMENT_KIND_RE = /\s+(?:press release|press statement|statement|communiqu[eé]|announcement|release)$/i;

const citationCache = new Map<string, SourceRef[] | null>();

/** Parse one parenthetical's inside as a citation, or null when it is something else (memoised: bulletins cite the same way again and again). */
export function parseCitation(inside: string, ctx: DateContext = {}): SourceRef[] | null {
  // A date without a year takes it from the period's end, else the reference: the only context read.
  const key = `${ctx.period?.end ?? ctx.reference ?? ""}\u0000${inside}`;
  let hit = citationCache.get(key);
  if (hit === undefined) {
    hit = parseCitationUncached(inside, ctx);
    if (citationCache.size >= 5_000) citationCache.clear();
    // Stored detached: slices would keep their whole paragraphs alive as long as the cache.
    hit = hit && hit.map((s) => ({ name: detached(s.name), date: s.date }));
    citationCache.set(detached(key), hit);
  }
  return hit && hit.map((s) => ({ ...s }));
}

const CITING_WORD_RE = /^\s*(?:per|via|source:|sources:|cf\.)\s+(?=[@A-Z])/i;
const WEEKDAY_RE = /^(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?$/i;
// "(June 18-July 17, 2015)": the month a range starts in, left of the date read, is no outlet either.
const DATE_PART_RE = /^(?:(?:19|20)\d\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:\s*(?:and|-|–|to)\s*\d{1,2})?|\d{1,2}(?:\s*(?:and|-|–|to)\s*\d{1,2})?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?)$/i;

const ISSUE_AFTER_RE = /(?<=\S)\s+(?:No\.?|Issue|Number|#)\s*\d+$/i;
/** "October 27 and 28": a month's two days, the second kept. */
const DAY_PAIR_RE = new RegExp(`\\b(${MONTH_RE})\\s+\\d{1,2}\\s*(?:and|&)\\s*(\\d{1,2})\\b`, "i");
function parseCitationUncached(inside: string, ctx: DateContext): SourceRef[] | null {
  const segments = (inside.includes(";") ? inside.split(/\s*;\s*/) : [inside]);
  const out: SourceRef[] = [];
  let evidence = false;
  for (const cited of segments) {
    // "per SOHR", "via Reuters": the outlet after the word that cites it.
    // "October 27 and 28, 2020": the later day, as for "27-28 October" (see below).
    const seg = cited.replace(CITING_WORD_RE, "").replace(DAY_PAIR_RE, "$1 $2");
    if (!seg.trim()) continue;
    const dates = findDates(seg, ctx).filter((d) => d.precision === 1);
    const last = dates[dates.length - 1];
    let names = seg;
    let date: string | null = null;
    if (last && seg.slice(last.end).replace(/[\s.,]/g, "") === "") {
      // "5-6 September 2022": the first day of a range the date reader left behind.
      names = seg.slice(0, last.start).replace(/[\s,]+$/, "").replace(/,?\s*\d{1,2}\s*(?:-|–|and|to)$/, "");
      date = last.date;
      evidence = true;
    }
    if (!names.trim()) continue;
    // "(Friday, 10 Mar)": the weekday is part of the date, not an outlet.
    // "(SOHR, September 5 and 6, 2022)": the days and the year left of a date the date reader did not take are no outlets.
    const parts = (names.includes(",") ? names.split(/\s*,\s*/) : [names]).filter((p) => p.trim() && !WEEKDAY_RE.test(p.trim()) && !DATE_PART_RE.test(p.trim()));
    if (parts.length === 0) continue;
    if (!parts.every(looksLikeName)) return null;
    for (const p of parts) {
      // "Al-Naba' No. 426": the outlet, not its issue.
      const name = p.trim().replace(DOCUMENT_KIND_RE, "").replace(ISSUE_AFTER_RE, "");
      if (isKnown(name) || name !== p.trim() || seg !== cited) evidence = true;
      out.push({ name: expand(name), date });
    }
  }
  return evidence && out.length > 0 ? out : null;
}

/** "[KINSO]", "[Kirkuk Electricity Directorate via Shafaq News]": the names a closing bracket lists, or null when one is no name. */
function bracketNames(inside: string): SourceRef[] | null {
  const parts = inside.split(/\s*[;,]\s*|\s+via\s+/).map((p) => p.trim().replace(DOCUMENT_KIND_RE, "")).filter(Boolean);
  return parts.length > 0 && parts.every((p) => BRACKET_NAME_RE.test(p)) ? parts.map((name) => ({ name: expand(name), date: null })) : null;
}
/** A name as a source bracket lists it: capitalised words, particles between them. */
const BRACKET_NAME_RE = /^[A-Z@][\w'’.-]*(?:\s+(?:[A-Z0-9][\w'’.-]*|of|for|the|de|du|des|al-[\w'’-]+|and)){0,5}$/;

/** "... 1 FP officer KIA, 2 WIA. [Rudaw; KINSO]": a log line's closing bracket of its sources. */
const CLOSING_BRACKET_RE = /\[([^\[\]]{2,200})\]\s*\.?\s*$/;

/** Every citation parenthetical in `text`, with its span (parentheses included), and a closing bracket of sources. */
const ISSUE_RE = /^(?:Issue|No\.?|Number|Vol\.?|Volume|Edition)\s*\d+$/i;
const OUTLET_BEFORE_RE = /((?:[Aa]l-)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})\s*$/;

/** A citation's issue numbers given to the known outlet named just before it, or dropped; null when nothing is left. */
function issuesOf(sources: SourceRef[], before: string): SourceRef[] | null {
  const m = OUTLET_BEFORE_RE.exec(before);
  const outlet = m ? canonical(m[1]!) : null;
  const out = sources.flatMap((s) => (ISSUE_RE.test(s.name) ? (outlet ? [{ name: outlet, date: s.date }] : []) : [s]));
  return out.length > 0 ? out : null;
}

export function findCitations(text: string, ctx: DateContext = {}): Citation[] {
  const out: Citation[] = [];
  if (text.includes("(")) {
    PAREN_RE.lastIndex = 0;
    for (let m = PAREN_RE.exec(text); m; m = PAREN_RE.exec(text)) {
      const parsed = parseCitation(m[1]!, ctx);
      // "Al-Naba' (Issue 213, December 19, 2019)": the issue of the outlet named before it.
      const sources = parsed && parsed.some((s) => ISSUE_RE.test(s.name)) ? issuesOf(parsed, text.slice(Math.max(0, m.index - 40), m.index)) : parsed;
      if (sources) out.push({ sources, start: m.index, end: m.index + m[0].length });
    }
  }
  // "Sources: Lusa (13 Jan); Pinnacle News (17 Jan).": the field ends the record, its brackets dates only.
  const field = sourcesField(text, ctx);
  if (field) return [...out.filter((c) => c.end <= field.start), field];
  const bracket = text.endsWith("]") || text.endsWith("].") ? CLOSING_BRACKET_RE.exec(text) : null;
  if (bracket) {
    // "[Kurdistan24; local sources]": the generic part names no outlet.
    const named = bracket[1]!.split(/\s*;\s*/).filter((p) => !GENERIC_SOURCE_RE.test(p.trim())).join("; ");
    // A bracket that closes the line is a citation by its place: its names need no date or fame to be outlets.
    const sources = named ? parseCitation(named, ctx) ?? bracketNames(named) : null;
    if (sources) out.push({ sources, start: bracket.index, end: bracket.index + bracket[0].length });
  }
  return out;
}

const ACCORDING_RE = /\b(?:[Aa]ccording to|reported by|cited by|quoted by|documented by|recorded by|verified by|compiled by|said|told)\s+(?:(?:a|the)\s+(?:statement|communiqu[eé]|report|post|release)\s+(?:by|from|of)\s+)?(?:the\s+|an?\s+)?(?:(?:state|public|private|local|national|independent|pro-\w+)\s+)?(?:(?:broadcaster|television|radio|news agency|newspaper|daily|outlet|channel|monitor)\s+)?((?:@\w+)|(?:[A-Z][\w'’-]*(?:\s+(?:for|of|on|al-|el-|du|de|des|la|le)?\s*(?:d['’])?[A-Z0-9][\w'’-]*){0,6})(?:\s+(?:media|press|news)\s+(?:center|centre|office|agency|cell))?)/g;


/** The channel a claim or statement went out on: "claimed it through Amaq", "on its Andalus radio station". */
// "claimed by ISIS on Telegram", "ISIS's claim on Telegram", "wrote on Twitter": the group that claimed is no channel; the channel after it is
// ("posted on ISIS's Telegram channels" names it after the group).
const CHANNEL_MENTION_RE = /\b(?:claimed|claims?|announced|published|posted|released|issued|said|reported|read|boasted|wrote|tweeted|distributed)\b[^.;]{0,80}?\b(?:through|via|on|in|by)\s+(?:its\s+|the\s+|their\s+)?(?:weekly\s+|official\s+|own\s+)?(?:(?:newsletter|magazine|newspaper|news agency|agency|media outlet|outlet|channel)\s+)?(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:ISIS|ISIL|IS|ISWAP|ISKP|ISCAP|ISGS|ISSP|HTS|JNIM|AQAP|AQIM|Islamic State|Al-Shabaab|Boko Haram|Taliban)(?:\b(?!['’]s|-)|['’]s\s+(?![A-Z])))([A-Z@][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}|al-Naba'?|az-Zallaqa)/g;
/** An outlet as the subject of a report: "Amaq claimed", "the Security Media Cell said", "the group's az-Zallaqa media outlet claimed". */
// "Amaq carried the group's claim": the outlet that carried it.
const SPEAKER_VERB_RE = /\b(?:carried(?=\s+(?:[\w'’]+\s+){0,2}claims?\b)|said|says|claimed|reported|announced|stated|confirmed|published|posted|released|aired|documented|recorded|reports|writes|wrote|informs|relates|announces|indicates|blamed|attributed)\b/g;
/** A press review's verbs: "Studio Tamani reports that", "Le Républicain writes": their subject is an outlet, known or not. */
const PRESS_VERB_RE = /^(?:reports|writes|wrote|informs|relates)$/;
/** An outlet's own name: a few capitalised words, "du"/"de" inside ("Journal du Mali"), a domain ("Lefaso.net"). */
const OUTLET_NAME_RE = /^(?:[A-Z][\wÀ-ÿ'’.-]*|L['’][A-Z][\wÀ-ÿ'’-]*)(?:\s+(?:(?:du|de|des|la|le|al|el)\s+)?[A-Z][\wÀ-ÿ'’.-]*){0,3}$/;
const NOT_PRESS_RE = /^(?:The|A|An|It|He|She|They|We|This|That|Police|Officials?|Local|Security|Army|Military|Residents|Witnesses|Sources)\b/;
/** "Initial reports spoke of nine dead", "First reports from the town": "reports" as the noun, which names no outlet. */
const REPORTS_NOUN_RE = /^\s+(?:from|of|by|that\s+[a-z]+\s+(?:were|was|had)|spoke|speak|said|say|put|gave|give|mentioned|indicated?|suggested?|were|are|had|have|differ(?:ed)?|varied)\b/;
/** The speaker just before such a verb; only the few words before each verb are read. */
// "SOHR activists have documented", "SOHR sources reported": an outlet's people speak for it;
// "the Sulaimani Asayish directorate said": the body by its name; "Garmiyan police said": a force by its place.
const SPEAKER_RE = /(?:^|[^\w'-])((?:[A-Z][\wÀ-ÿ'’.-]*|al-\w+|az-\w+|as-\w+|coalition)(?:\s+(?:[A-Z][\wÀ-ÿ'’.-]*|for|of|du|de|al-\w+)){0,5}(?:\s+police|\s+\d{1,3})?)\s+(?:(?:media outlet|news agency|agency|radio(?: station)?|channels?|outlet|directorate|department)\s+)?(?:(?:activists|sources|correspondents|monitors|teams?)\s+)?(?:(?:has|have|had)\s+)?(?:later\s+|also\s+)?$/;
/** ", a conflict monitoring project, " just before the verb. */
// "Cabo Ligado, a conflict monitor, said", "Amnesty International, citing witnesses, said"
const APPOSITION_RE = /,\s+(?:an?|the|citing|quoting)\s+[^,]{3,60},\s*$/;
/** Heads of institutional names that speak for themselves ("Media Cell", "Africa Command"). */
const INSTITUTION_RE = /^(?:[A-Z]\w+ )?(?:Ministry|Ministers?) of (?:the )?[A-Z]\w+(?: (?:and |of )?[A-Z]\w+){0,2}$|\b(?:Cell|Command|Center|Centre|Agency|News|Observatory|Ministry|Office|Service|Directorate|Department|Council|Asayish|Network|Monitor|Radio|TV|Television|Defen[cs]e Forces?|Armed Forces)$|\b[A-Z]\w+ police$|\b(?:media|press) (?:center|centre|office)$|^[A-Z]{3,}\d*$/;
/** Short names written out as the outlets call themselves. */
const ALIASES = new Map([["sohr", "Syrian Observatory for Human Rights"], ["syrian observatory", "Syrian Observatory for Human Rights"], ["ina", "Iraqi News Agency"], ["smc", "Security Media Cell"]]);

function expand(name: string): string {
  return ALIASES.get(name.toLowerCase()) ?? name;
}
const NOT_OUTLET_RE = /^(?:The|A|An|It|He|She|They|Police|Officials?|Local|Security|ISIS|ISIL|IS|ISKP|ISWAP|ISGS|HTS|JNIM|SDF|ADF|TTP|AQAP|PKK|Taliban|Islamic State|Al-Shabaab|Al Shabaab|Boko Haram)$/i;
const CHANNEL_SUFFIX_RE = /\s+(?:news agency|agency|radio station|radio|media outlet|outlet|channel|website)$/i;

/** Words that describe an outlet rather than name it ("Kurdish-run", "pro-government", "state"). */
const DESCRIPTOR_RE = /^(?:the|[\w]+-(?:run|backed|owned|affiliated|linked|based|controlled|aligned)|pro-\w+|state|official|local)$/i;

function canonical(name: string): string | null {
  const n = name.replace(/^the\s+/i, "").replace(CHANNEL_SUFFIX_RE, "").replace(/[’]/g, "'").trim();
  const known = knownSpelling(n);
  if (known) return known;
  if (/^(?:the\s+)?(?:International\s+|US-led\s+)?Coalition$/i.test(n)) return "International Coalition";
  if (NOT_OUTLET_RE.test(n) || !/^[A-Z@]/.test(n)) return null;
  return isKnown(n) || INSTITUTION_RE.test(n) ? n : null;
}

/** "the Egyptian army spokesman said", "according to the Nigerian military spokesman's statement": a state's spokesman. */
const STATE_SPOKESMAN_RE = /\b(?:the\s+)?([A-Z][a-z]+(?:ian|ese|i|an|ish|ch)?\s+(?:army|military|armed forces|defen[cs]e ministry|interior ministry|police)\s+spokes(?:man|person|woman))\b/g;

/** Outlets named in running text ("according to the Syrian Observatory for Human Rights", "Amaq claimed"). */
export function findNamedSources(text: string): SourceRef[] {
  return namedSourcesOf(text, wordsOf(text));
}

/** The three searches below, gated on the text's words ("[Aa]ccording" read as "according"). */
const GATE = new WordGate([/\b(?:according|reported|cited|quoted|documented|recorded|verified|compiled|said|told)\b/i, CHANNEL_MENTION_RE, SPEAKER_VERB_RE], "wordStart");

// "[Shafaq News, citing a security source: ...]", "[Radio Okapi: ...]", "[Police spokesman to
// Pajhwok: ...]": an analyst's bracket that opens on the outlet it quotes.
const BRACKET_SOURCE_RE = /\[(?:[^\]:]{0,60}?\b(?:to|by)\s+)?([A-Z][\w'’.-]*(?:\s+[A-Z0-9][\w'’.-]*){0,4})\s*(?:,\s*citing\b|:)/g;

const ISSUE_OF_RE = /\b(?:issue|edition) of (?:the\s+)?(?:weekly\s+|newsletter\s+|magazine\s+)?((?:[Aa]l-)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})/g;
const SRC_FIELD_RE = /\b(?:Src|Source):\s*([A-Za-z][^.;|()\d]{1,60}?)(?:\s+\d{1,2}\/\d{1,2}(?:\/\d{2,4})?)?\s*(?=[.;|]|$)/g;
const CLAIMS_FIELD_RE = /\bclaims?\b/i;
const GENERIC_SOURCE_RE = /^(?:(?:local|security|military|official|medical|hospital|humanitarian|multiple|several|various|open|social media|unconfirmed)\s+)*(?:sources?|reports?|residents|witnesses|media)$/i;

/** `findNamedSources` given the text's words (`wordsOf(text)`). */
export function namedSourcesOf(text: string, words: Words): SourceRef[] {
  const out: SourceRef[] = [];
  if (text.includes("[")) {
    BRACKET_SOURCE_RE.lastIndex = 0;
    for (let m = BRACKET_SOURCE_RE.exec(text); m; m = BRACKET_SOURCE_RE.exec(text)) {
      const name = canonical(m[1]!) ?? (NOT_OUTLET_RE.test(m[1]!) ? null : m[1]!);
      if (name) out.push({ name: expand(name), date: null });
    }
  }
  // "Src: Niger MoD communique 16/08.": a log line's source field (generic "local sources" name no outlet).
  if (text.includes("Src:") || text.includes("Source:")) {
    SRC_FIELD_RE.lastIndex = 0;
    for (let m = SRC_FIELD_RE.exec(text); m; m = SRC_FIELD_RE.exec(text)) {
      const name = m[1]!.trim();
      // "Source: ISIS claims of responsibility, Telegram": the outlets the field lists; the group's claims are no outlet.
      for (const part of name.split(/\s*,\s*/)) if (part && !GENERIC_SOURCE_RE.test(part) && !CLAIMS_FIELD_RE.test(part)) out.push({ name: canonical(part) ?? part, date: null });
    }
  }
  const mentions: string[] = [];
  const p = GATE.possibleIn(words);
  if (text.includes("spokes")) {
    STATE_SPOKESMAN_RE.lastIndex = 0;
    for (let m = STATE_SPOKESMAN_RE.exec(text); m; m = STATE_SPOKESMAN_RE.exec(text)) if (countryFromText(m[1]!.split(/\s+/)[0]!)) out.push({ name: m[1]!, date: null });
  }
  if (p[0] === 1) {
    ACCORDING_RE.lastIndex = 0;
    for (let m = ACCORDING_RE.exec(text); m; m = ACCORDING_RE.exec(text)) {
      const name = m[1]!.trim();
      if (isKnown(name) || KNOWN.has(name.replace(/^the\s+/i, "").toLowerCase())) out.push({ name: expand(name), date: null });
      else mentions.push(name);
    }
  }
  if (p[1] === 1) {
    CHANNEL_MENTION_RE.lastIndex = 0;
    for (let m = CHANNEL_MENTION_RE.exec(text); m; m = CHANNEL_MENTION_RE.exec(text)) mentions.push(m[1]!);
  }
  if (p[2] === 1) {
    SPEAKER_VERB_RE.lastIndex = 0;
    for (let v = SPEAKER_VERB_RE.exec(text); v; v = SPEAKER_VERB_RE.exec(text)) {
      // "Cabo Ligado, a conflict monitoring project, said": the speaker before its apposition.
      const before = text.slice(Math.max(0, v.index - 100), v.index);
      const speaker = SPEAKER_RE.exec(before.endsWith(", ") ? before.replace(APPOSITION_RE, " ") : before);
      if (!speaker) continue;
      const name = speaker[1]!.replace(/^(?:the|The)\s+/, "");
      if (PRESS_VERB_RE.test(v[0]) && !(v[0] === "reports" && REPORTS_NOUN_RE.test(text.slice(v.index + v[0].length))) && OUTLET_NAME_RE.test(name) && !NOT_PRESS_RE.test(name) && !NOT_OUTLET_RE.test(name)) out.push({ name, date: null });
      else mentions.push(speaker[1]!);
    }
  }
  // "In the 399th issue of Al-Naba', ISIS claimed ...": the outlet of the issue.
  if (text.includes("issue of") || text.includes("edition of")) {
    ISSUE_OF_RE.lastIndex = 0;
    for (let m = ISSUE_OF_RE.exec(text); m; m = ISSUE_OF_RE.exec(text)) mentions.push(m[1]!);
  }
  for (const mention of mentions) {
    // Drop leading words that are not part of a name ("The Kurdish-run Hawar News" -> "Hawar News").
    const words = mention.trim().split(/\s+/);
    let found: string | null = null;
    for (let i = 0; i < words.length && !found; i++) {
      const known = knownSpelling(words.slice(i).join(" "));
      if (known) found = known;
    }
    for (let i = 0; i < words.length && !found; i++) {
      if (DESCRIPTOR_RE.test(words[i]!)) continue;
      found = canonical(words.slice(i).join(" "));
    }
    if (found) out.push({ name: expand(found), date: null });
  }
  for (const name of bodiesAndOutletsIn(text)) out.push({ name: expand(canonical(name) ?? name), date: null });
  for (const owner of documentOwnersIn(text)) {
    const name = canonical(owner);
    if (name) out.push({ name: expand(name), date: null });
  }
  return withoutShorterForms(out);
}

/** "Ministry of Defense" beside "Nigerien Ministry of Defense": the body once, by its fuller name. */
function withoutShorterForms(list: SourceRef[]): SourceRef[] {
  const names = list.map((s) => s.name.toLowerCase());
  return list.filter((s, i) => {
    const n = names[i]!;
    // "Burkina24" beside "Burkina24.com": the outlet by its address.
    return names.findIndex((m) => m === n) === i && !names.some((m) => m !== n && (m.endsWith(" " + n) || m.startsWith(n + ".")));
  });
}

/** Sources merged by name (case-insensitive); a dated mention wins over an undated one. */
export function mergeSources(lists: readonly SourceRef[][]): SourceRef[] {
  const byName = new Map<string, SourceRef>();
  for (const list of lists) {
    for (const s of list) {
      const key = s.name.toLowerCase();
      const had = byName.get(key);
      if (!had) byName.set(key, { ...s });
      else if (!had.date && s.date) had.date = s.date;
    }
  }
  return [...byName.values()];
}
