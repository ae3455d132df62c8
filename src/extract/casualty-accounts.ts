// Accounts of a toll that a later one replaces: first reports ("initially reported 25 dead"), an
// earlier figure of a rising toll, and the accounts given before a toll's last revision. Each is
// blanked (same length) so the count rules read only the account that stands.

/** A first report's opening words: "The first reports spoke of", "Initial figures from the hospital put", "The first toll given by the police was". */
export const FIRST_REPORT = String.raw`(?:The\s+|the\s+)?(?:[Ff]irst|[Ii]nitial|[Ee]arly|[Ee]arliest|[Pp]reliminary)\s+(?:reports?|figures?|tolls?|accounts?|estimates?)(?:\s+(?:(?:given|released|issued|announced)\s+)?(?:of|from|by)\s+[^.;,]{1,50}?)?\s+(?:had\s+)?(?:spoke|speak|said|put|gave|mentioned|reported|counted|was|stood at)\b`;
/** "The first reports spoke of 40 dead, then of 60 and 115. ... put the toll at 137": figures the later toll replaced. */
// "According to the first reports, 14 people were killed; ... put the toll at 23", "initially reported 25 dead": the same.
export const FIRST_REPORTS_RE = new RegExp(String.raw`\b${FIRST_REPORT}[^.;]*[.;]|\b[Aa]ccording to (?:the\s+)?(?:first|initial|early|earliest|preliminary)\s+(?:reports?|figures?|tolls?|accounts?|estimates?),?\s[^.;]*[.;]|\b(?:initially|first)\s+(?:reported|said|put|gave|spoke of|counted|told|acknowledged|admitted|confirmed|announced)\b[^.;]*[.;]|\b(?:At first|Initially|Early on),?\s+[^.;]{0,60}?\b(?:spoke of|said|reported|put|gave|counted|mentioned)\b[^.;]*[.;]`, "g");
/** "In the morning the hospital spoke of 12 dead; by the evening ...": the earlier figure of a rising toll. */
// "On the morning of July 3 the police reported 83 dead": the day's hour, with or without its date.
export const EARLIER_FIGURE_RE = /\b(?:(?:In|On) the (?:early )?(?:morning|afternoon)(?: of (?:[A-Z][a-z]+ \d{1,2}|\d{1,2} [A-Z][a-z]+|the (?:attack|bombing|blast|explosion)))?|Initially|At first|Early on)\b[^.;]*[.;]/g;
/** A toll told after a first account, which replaces it. */
// "the next day it reported that the number had risen to five": the number of them.
export const LATER_TOLL_RE = /\b(?:toll|dead|killed|deaths|bodies)\b|\b(?:number|figure)\s+(?:had\s+|has\s+)?(?:risen|rose|climbed|reached|passed)\b/;

/** "later" opening a second account inside the first one's clause. */
// "first counted 38 dead, and on June 15 local sources reported ...": a later day opens the later account too.
const LATER_IN_CLAUSE_RE = /,?\s+(?:but\s+|and\s+)?(?:(?:later|subsequently)\s|(?:on|by)\s+(?:[A-Z][a-z]+\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+|the (?:next|following) day)\b)/;
/** A later toll of the wounded alone revises only the first report's wounded: its dead stand. */
const LATER_WOUNDED_RE = /\b(?:wounded|injured)\b/;
/** What makes a count a first report, which the count rules pass over: its wounded still stand. */
const FIRST_WORD_RE = /\b(?:initially|first|previously|earlier)\b/gi;
const FIRST_DEAD_RE = /\b(?:about\s+|some\s+|at least\s+)?[\w-]+\s+(?:people\s+|others?\s+)?(?:(?:were|had been)\s+)?(?:dead|killed)\b(?:\s+and\b)?/g;
const FIRST_WOUNDED_RE = /(?:,\s*|\s+and\s+)?\b(?:about\s+|some\s+|at least\s+)?[\w-]+\s+(?:others?\s+|people\s+)?(?:(?:were|had been)\s+)?(?:wounded|injured)\b/g;

/** A first report of a toll told later again: blanked (same length) where the later toll replaces it. */
export function earlierAccount(m: string, at: number, all: string): string {
  const later = all.slice(at + m.length);
  // "initially reported ten dead and 47 injured; ... the number of dead had climbed to 16": the wounded stand.
  if (LATER_TOLL_RE.test(later) && !LATER_WOUNDED_RE.test(later) && LATER_WOUNDED_RE.test(m)) return m.replace(FIRST_DEAD_RE, (w) => " ".repeat(w.length)).replace(FIRST_WORD_RE, (w) => " ".repeat(w.length));
  if (LATER_TOLL_RE.test(later)) return " ".repeat(m.length);
  // "initially spoke of 103 dead, later lowered the toll to 95 killed", no toll after it: the later account in the clause stands.
  const then = LATER_IN_CLAUSE_RE.exec(m);
  if (then) return " ".repeat(then.index) + m.slice(then.index);
  return LATER_WOUNDED_RE.test(later) ? m.replace(FIRST_WOUNDED_RE, (w) => " ".repeat(w.length)) : m;
}

/** A toll's revision: what it revises is told before it. */
const REVISION_RE = /\b(?:revised|updated|corrected)\s+(?:the|its|their)\s+(?:death\s+|casualty\s+)?(?:toll|figures?|tally|count)\b|\b(?:gave|put out|announced|issued)\s+(?:a|the|its)\s+final\s+(?:death\s+)?toll\b/g;
/** A clause before the revision: a sentence, a clause after a semicolon, or one joined by ", and". */
const EARLIER_CLAUSE_RE = /[^.;]+?(?:[.;]|,\s+and\s+|$)/g;
/** Someone's toll: a reporting verb and a count's noun. */
const REPORTED_TOLL_CLAUSE_RE = /^(?=[^.;]*\b(?:gave|reported|said|spoke of|put|counted|cited|mentioned|announced|according to)\b)(?=[^.;]*\b(?:killed|dead|deaths|wounded|injured)\b)/;

/** The accounts of a toll given before its last revision, blanked (same length). */
export function beforeRevision(text: string): string {
  let at = -1;
  REVISION_RE.lastIndex = 0;
  for (let m = REVISION_RE.exec(text); m; m = REVISION_RE.exec(text)) at = m.index;
  if (at < 0) return text;
  const before = text.slice(0, at).replace(EARLIER_CLAUSE_RE, (clause) => (REPORTED_TOLL_CLAUSE_RE.test(clause) ? " ".repeat(clause.length) : clause));
  return before + text.slice(at);
}
