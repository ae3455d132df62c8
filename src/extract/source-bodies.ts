// Official bodies and outlets an item cites in prose by a name no list knows: "according to the
// Defence Headquarters", "the regional health directorate said", "told the daily al-Shorouk",
// "the local news site Aden al-Ghad", "residents quoted by the Sinai24 news page". The kind of
// body or outlet the text gives ("headquarters", "news site") is what makes the name a source:
// people, towns and groups are named the same way, so a bare name is not taken.

const LEAD = String.raw`(?:[Aa]ccording to|quoted by|cited by|reported by|told)`;
const CAP = String.raw`[A-Z][\w'’-]*`;
/** An outlet's name: capitalised words, an Arabic article ("al-Shorouk"), a number ("Sinai 24"). */
// Dots only inside a word ("Lefaso.net"): a name never runs on past the end of its sentence.
const NAME = String.raw`(?:(?:al|el|as|ad|ar|az|an)-)?[A-Z][\w'’-]*(?:\.[\w'’-]+)*(?:\s+(?:(?:al|el|as|ad|ar|az|an)-)?[A-Z0-9][\w'’-]*(?:\.[\w'’-]+)*){0,3}`;
/** Lower-case words that may stand in a body's name before its head ("the regional health directorate"). */
const BODY_WORD = String.raw`(?:regional|provincial|state|district|local|general|central|national|health|education|emergency|civil|security|military|joint|federal|army|police|Peshmerga)`;
/** What a ministry is of: "Defence", "the Interior", "national defence", "Foreign Affairs". */
const MINISTRY_OF = String.raw`(?:the\s+)?(?:(?:national|public|internal|homeland)\s+)?(?:[Dd]efen[cs]e|[Ii]nterior|[Ss]ecurity|[Hh]ealth|[Ii]nformation|[Jj]ustice|[Ff]oreign [Aa]ffairs|${CAP}(?:\s+(?:and\s+)?${CAP}){0,2})`;
/** The heads of official bodies' names. */
const BODY_HEAD = String.raw`(?:[Hh]eadquarters|[Hh]ospital|[Dd]irectorate(?:\s+of\s+${CAP}(?:\s+${CAP}){0,2})?|[Mm]inistry\s+of\s+${MINISTRY_OF}|[Mm]ilitary\s+[Rr]egion|[Cc]ommand(?:\s+in\s+${CAP})?)`;
const BODY = String.raw`((?:${CAP}\s+){0,4}(?:${BODY_WORD}\s+){0,3}${BODY_HEAD})`;
/** "according to the Defence Headquarters", "told the Arish hospital". */
const BODY_CITED_RE = new RegExp(String.raw`\b${LEAD}\s+(?:the\s+)?${BODY}(?![\w'’-])`, "g");
/** "the Second Military Region said in a statement", "the ministry of national defence (MDN) said". */
const BODY_SAID_RE = new RegExp(String.raw`(?:^|[,;:.]\s+|\b(?:and|while|as)\s+)(?:[Tt]he\s+|[Aa]\s+)?${BODY}(?:\s+\([A-Z]{2,8}\))?\s+(?:said|says|stated|announced|reported|confirmed)\b`, "g");

/** What a named outlet is: "the local news site", "the daily", "the journal", "state broadcaster". */
const OUTLET_KIND = String.raw`(?:news\s+site|news\s+website|website|news\s+page|journal|weekly|magazine|newspaper|daily|broadcaster|television\s+channel|TV\s+channel|radio\s+station|news\s+agency)`;
const OUTLET_ADJ = String.raw`(?:(?:local|regional|national|state|state-run|state-owned|private|independent|online|pro-[\w-]+|[A-Z]\w+-language)\s+)*`;
/** "told the daily al-Shorouk", "according to the local news site Aden al-Ghad", "The journal Sidwaya published". */
const KIND_THEN_NAME_RE = new RegExp(String.raw`\b(?:${LEAD}\s+(?:the\s+|an?\s+)?|[Tt]he\s+)${OUTLET_ADJ}${OUTLET_KIND}\s+(${NAME})`, "g");
/** "quoted by the Sinai24 news page", "according to the Hadramawt TV channel". */
const NAME_THEN_KIND_RE = new RegExp(String.raw`\b${LEAD}\s+(?:the\s+)?(${NAME})\s+(?:${OUTLET_KIND}|Facebook\s+page|page|channel)\b`, "g");
/** "according to AFRICOM's press release", "according to the group's Amaq news agency": the owner or the outlet owned. */
const OWNER_DOCUMENT_RE = new RegExp(String.raw`\b${LEAD}\s+(${NAME})['’]s?\s+(?:(?:latest|weekly|daily|official|own)\s+)?(?:press\s+release|statement|communiqu[eé]|report|announcement|bulletin|tally|figures)\b`, "g");
const OWNED_OUTLET_RE = new RegExp(String.raw`\b${LEAD}\s+(?:(?:the\s+)?(?:group|province|organi[sz]ation|movement|militants|jihadists|insurgents)['’]s|its|their)\s+(?:own\s+|official\s+)?(${NAME})`, "g");

/** Cheap tests first: the words KIND_THEN_NAME_RE needs, and a top-level domain after a dot. */
const OUTLET_KIND_HINT_RE = /\b(?:news|website|journal|weekly|magazine|newspaper|daily|broadcaster|channel|station)\b/;
const TLD_RE = /\.(?:net|com|org|info|ml|bf|ne|tg|bj|ng|so|sn|ci|cd|mz|af|pk|iq|sy|eg|ly|tn|dz|ma)\b/;
const DOMAIN_RE = /(?<![\w.@/-])([A-Z][\w-]*\.(?:net|com|org|info|ml|bf|ne|tg|bj|ng|so|sn|ci|cd|mz|af|pk|iq|sy|eg|ly|tn|dz|ma))(?![\w.])/g;

const CITES_RE = /according|quoted|cited|reported by|told/;
const SAID_RE = /\b(?:said|says|stated|announced|reported|confirmed)\b/;

/** Words that are no outlet however they are introduced. */
const NOT_NAME_RE = /^(?:The|A|An|It|This|That|He|She|They|Its|Their|On|In|At|After|Before|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;

function add(out: string[], raw: string): void {
  const name = raw.trim().replace(/[.,]+$/, "");
  if (name && !NOT_NAME_RE.test(name.split(/\s+/)[0]!) && !out.includes(name)) out.push(name);
}

/** Bodies and outlets cited in `text` by their kind ("according to the Defence Headquarters"). */
export function bodiesAndOutletsIn(text: string): string[] {
  const out: string[] = [];
  const cites = CITES_RE.test(text);
  // A body by its head alone ("the command said") is the one named before: no name of its own.
  if (cites) for (const m of text.matchAll(BODY_CITED_RE)) if (/\s/.test(m[1]!.trim())) add(out, m[1]!);
  if (SAID_RE.test(text)) for (const m of text.matchAll(BODY_SAID_RE)) if (/\s/.test(m[1]!.trim())) add(out, m[1]!);
  if (OUTLET_KIND_HINT_RE.test(text)) for (const m of text.matchAll(KIND_THEN_NAME_RE)) add(out, m[1]!);
  // "quoted by Lefaso.net": a web address is an outlet's name whatever introduces it.
  if (TLD_RE.test(text)) for (const m of text.matchAll(DOMAIN_RE)) add(out, m[1]!);
  if (cites) {
    for (const m of text.matchAll(NAME_THEN_KIND_RE)) add(out, m[1]!);
    for (const m of text.matchAll(OWNED_OUTLET_RE)) add(out, m[1]!);
  }
  return out;
}

/** "according to AFRICOM's press release": names that own the document cited, for the caller to check against its outlets. */
export function documentOwnersIn(text: string): string[] {
  if (!CITES_RE.test(text)) return [];
  return [...text.matchAll(OWNER_DOCUMENT_RE)].map((m) => m[1]!);
}
