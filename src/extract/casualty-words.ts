// The literal words the casualty rules need, scanned once per text. Each bit names a rule;
// every match of that rule holds (in ASCII letters of either case) one of the words listed
// with its bit, so where none of them occurs the rule is not tried. HINT is exact: a clause
// holds a hint word exactly when the casualty-word regex finds one (KIA and WIA, which that
// regex wants as whole words, are only candidates).

import { LiteralScanner } from "./literal-scanner.ts";

export const W_HINT = 1 << 0;
export const W_KIA = 1 << 1;
export const W_TOLL = 1 << 2;
export const W_INTRANSITIVE = 1 << 3;
export const W_ACTIVE = 1 << 4;
export const W_ELLIPTIC = 1 << 5;
export const W_HEADLINE = 1 << 6;
export const W_PARTICIPLE = 1 << 7;
export const W_LOST = 1 << 8;
export const W_BODY = 1 << 9;
export const W_REMAINS = 1 << 10;
export const W_PASSIVE = 1 << 11;
export const W_NONE = 1 << 12;
export const W_ANTECEDENT = 1 << 13;
export const W_UNKNOWN = 1 << 14;
export const W_BACKGROUND_VERB = 1 << 15;
export const W_BACKGROUND_LINK = 1 << 16;
export const W_BACKGROUND_PHRASE = 1 << 17;
export const W_OFFICIAL = 1 << 18;
// RESTATEMENT_RE: one of its own phrases, or "claimed responsibility ... stating", or a subject and a verb.
export const W_RESTATEMENT = 1 << 19;
export const W_RESTATEMENT_RESPONSIBILITY = 1 << 20;
export const W_RESTATEMENT_STATING = 1 << 21;
export const W_RESTATEMENT_SUBJECT = 1 << 22;
export const W_RESTATEMENT_VERB = 1 << 23;
/** A month's name, without which no date is blanked. */
export const W_MONTH = 1 << 24;
/** A killing named as a noun: "assassination of an element". */
export const W_NOMINAL = 1 << 25;
/** "sustained a gunshot wound", "suffered injuries". */
export const W_SUSTAINED = 1 << 26;
/** An update's running total: "bringing to three the number killed", "the toll has risen to five". */
export const W_TOTAL = 1 << 27;
/** "the toll could rise", "it may rise": the dead are not all counted yet. */
export const W_RISE = 1 << 28;
/** Every rule may match (a clause whose words are moved about before the rules read it). */
export const W_ALL = (1 << 29) - 1;

/** Whether RESTATEMENT_RE may match where the words `w` occur. */
export function restatementPossible(w: number): boolean {
  return (w & W_RESTATEMENT) !== 0 || (w & (W_RESTATEMENT_RESPONSIBILITY | W_RESTATEMENT_STATING)) === (W_RESTATEMENT_RESPONSIBILITY | W_RESTATEMENT_STATING) || (w & (W_RESTATEMENT_SUBJECT | W_RESTATEMENT_VERB)) === (W_RESTATEMENT_SUBJECT | W_RESTATEMENT_VERB);
}

const WORDS: [number, string[]][] = [
  // HINT_RE's alternatives, "neutrali[sz]", "die[ds]" and "bod(?:y|ies)" spelt out.
  [W_HINT, ["number up", "number to", "fatalit", "number had risen", "number has risen", "number had climbed", "number rose", "neutralis", "neutraliz", "kill", "dead", "died", "dies", "wound", "injur", "hurt", "maim", "slain", "execut", "behead", "martyr", "assassin", "murder", "liquidat", "eliminat", "perish", "lost", "casualt", "remains", "body", "bodies", "corpses", "slaughter", "massacr", "left", "leaving", "death", "gunned down", "gunning down", "toll", "supreme price", "ultimate price", "supreme sacrifice", "ultimate sacrifice", "succumbed", "lives", "shahadat", "fell "]],
  [W_KIA, ["kia", "wia"]],
  [W_TOLL, ["toll"]],
  [W_INTRANSITIVE, ["died", "perished", "lost ", "supreme price", "ultimate price", "supreme sacrifice", "ultimate sacrifice", "succumbed", "embraced ", "lives", "fell "]],
  // The verbs as the rules spell them: "sustained wounds" is no wounded.
  [W_ACTIVE, ["killing", "killed", "wounding", "wounded", "injuring", "injured", "left", "leaving", "shot dead", "shooting dead", "neutrali", "eliminat", "liquidat", "behead", "execut", "slaughter", "murder", "assassinat", "massacr", "gunned down", "gunning down", "martyr"]],
  [W_ELLIPTIC, ["wounded", "injured", "killed", "dead"]],
  [W_HEADLINE, ["killed", "dead", "wounded", "injured", "hurt", "kia", "wia", "neutrali"]],
  [W_PARTICIPLE, ["killed", "wounded", "injured"]],
  [W_LOST, ["lost", "losing"]],
  [W_BODY, ["body"]],
  [W_REMAINS, ["remains", "bodies", "corpses"]],
  [W_PASSIVE, ["killed", "wounded", "injured", "casualties", "slain", "executed", "beheaded", "dead", "martyred", "assassinated", "murdered", "died", "liquidated", "eliminated", "to death", "hurt", "maimed", "neutrali", "gunned down"]],
  [W_NONE, ["no ", "nobody", "none", "neither", "without"]],
  // countPhrase reads its antecedent only for "they"/"them" and the passengers of CREW_RE.
  [W_ANTECEDENT, ["they", "them", "passengers", "occupants", "crew", "riders", "riding", "inside", "board", "aboard"]],
  // "t report" and the like are the ends of "not report" and "didn't report"; "losses" and "among" for dead left open.
  [W_UNKNOWN, ["fate of", "unknown ", "unclear ", "no casualty", "no death", "no fatality", "t report", "t disclose", "t give", "t provide", "casualties were", "casualties was", "casualties are", "casualties remain", "losses", "among"]],
  [W_BACKGROUND_VERB, ["launched", "came", "comes", "carried out", "conducted"]],
  [W_BACKGROUND_LINK, ["after", "following", "in response to"]],
  [W_BACKGROUND_PHRASE, ["the past", "the last", "in recent ", "follows ", "followed ", "since the ", "perpetrators of", "organizers of", "organisers of", "planners of", "mastermind", "financiers of", "been killed", "been murdered", "been executed", "been assassinated"]],
  [W_RESTATEMENT, ["according to ", "he had killed", "he had shot dead", "claimed to have", "to have ", "d that", "claiming that", "claimed through ", "claimed via ", "through its ", "via its ", "isis has claimed", "in its claim", "in a claim", "in the claim", "s claim", "claimed it ", "claimed they ", "which claimed", "who claimed", "giving a ", "citing a ", "putting a ", "reporting a ", "boasted of", "bragged of"]],
  [W_RESTATEMENT_RESPONSIBILITY, ["claimed responsibility", "claimed the "]],
  [W_RESTATEMENT_STATING, ["stating", "saying", "adding", "asserting", "claiming"]],
  // "A'maq": the scanner holds letters and spaces only, so the name's last letters stand for it.
  [W_RESTATEMENT_SUBJECT, ["the group ", "the organi", "the militants ", "the jihadists ", "isis", "province", "iswap", "iskp", "iscap", "jnim", "shabaab", "boko haram", "amaq", "maq"]],
  [W_RESTATEMENT_VERB, ["said ", "claimed ", "claiming ", "stated ", "boasted "]],
  // MONTH_RE's names, as the date-blanking rule reads them.
  [W_MONTH, ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]],
  [W_NOMINAL, ["assassination of", "killing of", "execution of", "beheading of", "murder of", "death of", "deaths of", "injury of", "injuries of", "wounding of", "injuring of", "injury to", "injuries to"]],
  [W_SUSTAINED, ["sustained", "suffered", "received", "treated for", "escaped with", "survived with"]],
  [W_OFFICIAL, ["said", "reported", "acknowledged", "admitted", "confirmed", "stated", "according to", "put ", "counted", "told", "gave"]],
  [W_RISE, [" rise"]],
  [W_TOTAL, ["bringing", "risen to", "rose to", "climbed to", "increased to", "reached ", "jumped to", "toll to", "toll up", "figure to", "tally to", "count to", "number to", "number up", "rose this ", "rose last ", "rose on ", "risen this ", "lowered to", "reduced to", "revised to", "revised down", "revised up", "raised to", "corrected to", "fatalities to", "dead to", "deaths to", "killed to", "victims to", "wounded to", "injured to", "stood at", "stands at", "passed ", "exceeded ", "topped ", "surpassed ", "dead was ", "dead is ", "deaths was ", "killed was ", "fatalities was ", "victims was ", "wounded was ", "injured was "]],
];

export const CASUALTY_WORDS = new LiteralScanner(WORDS.flatMap(([bit, words]) => words.map((w): [string, number] => [w, bit])));
