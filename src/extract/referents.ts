// A news report names the group once ("Islamic State-linked insurgents killed six ...") and then
// writes only "insurgents" or "fighters": those bare nouns refer back to the group it introduced.

import type { Attribution } from "./attribution.ts";
import { groupNamedAt } from "./attribution-actors.ts";

/** The nouns reports use for a group's members once they have named it. */
const NOUN = String.raw`(?:[Ii]nsurgents?|[Mm]ilitants?|[Jj]ihadists?|[Ff]ighters|[Ee]xtremists|[Tt]errorists?)`;
// Each generic noun, then what names its bearer before it ("ISWAP fighters", "Islamic State-linked
// insurgents") or after it ("militants of the Islamic State", "fighters loyal to al-Shabaab").
const NOUN_RE = new RegExp(String.raw`\b${NOUN}\b`, "g");
const LINKED_BEFORE_RE = /(?:[- ](?:linked|affiliated|allied|aligned|inspired|loyal))?\s+$/;
const CAPITAL_LAST_WORD_RE = /[A-Z][^\s]*$/;
const LINKED_AFTER_RE = /^\s+(?:of|from|belonging to|loyal to|linked to|affiliated (?:with|to)|aligned with|allied (?:to|with))\s+(?:the\s+)?/;
// A bare noun as the actor: not after a capitalised name ("SDF fighters", "Hezbollah militants" name
// someone else), and either the subject of an active verb ("insurgents ambushed", "the militants were
// behind it") or whom someone blames ("suspected the insurgents", "killed by militants").
const BARE_RE = new RegExp(
  String.raw`(?<![A-Z][\w'’-]*[ -])\b${NOUN}\s+(?:(?:had|have|then|later)\s+)?(?:[a-z]+ed|shot|set|blew|took|stole|burnt|overran|struck|fired|hit|seized|were behind|was behind|are behind)\b` +
    String.raw`|\b(?:suspected|suspect|blamed|blame|by|believed to be|attributed (?:it |the \w+ )?to)\s+(?:the\s+)?(?:suspected\s+)?${NOUN}\b`,
);

/** Groups that govern where they fight: their men are the state's, not the insurgency a report is about. */
const NOT_REFERENTS = new Set(["Taliban"]);

/** The specific groups `text` names as the bearers of a generic noun, in order. */
export function introducedGroups(text: string): string[] {
  const before: string[] = [];
  const after: string[] = [];
  NOUN_RE.lastIndex = 0;
  for (let m = NOUN_RE.exec(text); m; m = NOUN_RE.exec(text)) {
    const head = text.slice(Math.max(0, m.index - 80), m.index);
    const link = LINKED_BEFORE_RE.exec(head);
    // Every group's name has a capital in its last word ("ISWAP", "al-Shabaab", "Islamic State").
    const named = link && CAPITAL_LAST_WORD_RE.test(head.slice(0, head.length - link[0].length)) ? groupNamedAt(text, m.index - link[0].length, "end") : null;
    if (named !== null) before.push(named);
    const tail = LINKED_AFTER_RE.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 40));
    const follows = tail ? groupNamedAt(text, m.index + m[0].length + tail[0].length, "start") : null;
    if (follows !== null) after.push(follows);
  }
  const out: string[] = [];
  for (const group of [...before, ...after]) if (!NOT_REFERENTS.has(group) && !out.includes(group)) out.push(group);
  return out;
}

/** `text` names its actor with a bare generic noun ("insurgents ambushed ...", "suspected the militants"). */
export function hasBareNoun(text: string): boolean {
  return BARE_RE.test(text);
}

/** The group a section's bare nouns refer to. */
export interface Referent {
  group: string;
  /** The countries the report was about when it named the group: elsewhere, the nouns may mean someone else. */
  countries: readonly string[];
}

/**
 * Tracks the one group a section names behind its generic nouns. A second group makes the nouns
 * ambiguous for the rest of the section; a new section starts afresh.
 */
export class Referents {
  #current: Referent | null = null;
  #ambiguous = false;

  reset(): void {
    this.#current = null;
    this.#ambiguous = false;
  }

  /** Reads a paragraph of the section; `countries` gives those it names or its section is about. */
  observe(text: string, countries: () => readonly string[]): void {
    if (this.#ambiguous) return;
    for (const group of introducedGroups(text)) {
      if (this.#current === null) this.#current = { group, countries: countries() };
      else if (this.#current.group !== group) {
        this.#current = null;
        this.#ambiguous = true;
        return;
      }
    }
  }

  get current(): Referent | null {
    return this.#current;
  }
}

/**
 * An attack nobody is named for whose text calls its actors by a bare generic noun: the section's
 * referent, suspected, when the attack is in a country the report was about when it named it.
 */
export function withReferent(a: Attribution, referent: Referent | null, country: string | null, text: string): Attribution {
  if (referent === null || a.category !== "attack" || a.perpetrator !== "unknown" || a.claim === "claimed") return a;
  if (country !== null && referent.countries.length > 0 && !referent.countries.includes(country)) return a;
  return hasBareNoun(text) ? { category: "attack", perpetrator: referent.group, claim: "suspected" } : a;
}
