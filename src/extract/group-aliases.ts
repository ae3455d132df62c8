// Abbreviations a document defines for a group ("Al-Shabaab (AS) remained ...", a legend's
// "AS = al-Shabaab"): a later "AS" is that group. Only the text attribution reads is rewritten;
// quotes and offsets keep the document's own words.

import { GENERIC, findGroup, groupNamedAt } from "./attribution-actors.ts";

const IN_PARENS_RE = /\(([A-Z][A-Za-z]{1,5})\)/g;
/** "AS = al-Shabaab": a legend's entry (only "=": "SDF: ISIS cells attacked" is a report, not a definition). */
const LEGEND_RE = /(?<![\w-])([A-Z][A-Za-z]{1,5})\s*=\s*/g;
const UPPER_WORD_RE = /^[A-Z]{2,}$/;
/** "NSAG-J: presumed JNIM, on the basis of ...": a forum's code for a group it presumes, in its key. */
const PRESUMED_KEY_RE = /(?<![\w-])([A-Z]{2,6}-[A-Z]{1,3}|[A-Z]{2,6})\s*:\s*(?:presumed|suspected|probable|likely)\s+/g;
/** A code the key marks as claimed: "NSAG-E (claimed)". */
const CLAIMED_AFTER_RE = /^\s*\(claimed\)/i;

/**
 * "Boko Haram, which now calls itself ISIS's West Africa Province", "Boko Haram (which calls itself
 * ISIS's \"West Africa Province\")", "Boko Haram, whose oath of allegiance to ISIS was accepted", "ADF operatives, who
 * operate as ISIS's Central Africa Province": a
 * group the document tells has become one of ISIS's provinces; its name after that is ISIS's.
 */
const SELF_NAMED_RE = /[,(]\s*(?:which|who)\s+(?:[\w-]+\s+){0,10}?(?:calls|called|presents|styles|brands|names)\s+itself\s+(?:as\s+)?(?:the\s+)?|[,(]\s*(?:which|who)\s+(?:now\s+)?(?:operates?|operating|acts?)\s+(?:as|under the (?:name|banner) of)\s+(?:the\s+)?|[,(]\s*whose\s+(?:oath|pledge)\s+of\s+allegiance\s+to\s+/g;

const MEN_AFTER_RE = /\s+(?:operatives|fighters|militants|members|rebels|men)$/;
const GROUP_IN_PARENS_RE = /\(([A-Z][\w'’ -]{2,30}?)\)/g;

/** Whether `abbr`'s letters are, in order, initials of the words (or hyphenated parts) of `name`. */
function isInitialsOf(abbr: string, name: string): boolean {
  const initials = name.split(/[\s-]+/).filter(Boolean).map((w) => w[0]!.toUpperCase()).join("");
  let k = 0;
  for (const c of initials) if (k < abbr.length && c === abbr[k]!.toUpperCase()) k++;
  return k === abbr.length;
}

/** The fewest words at one end of `words` that still name `group` ("Al-Shabaab" of "... violence. Al-Shabaab"). */
function shortestNaming(words: readonly string[], group: string, side: "end" | "start"): string {
  for (let k = 1; k <= Math.min(6, words.length); k++) {
    const part = (side === "end" ? words.slice(-k) : words.slice(0, k)).join(" ");
    if (groupNamedAt(part, side === "end" ? part.length : 0, side) === group) return part;
  }
  return "";
}

export class GroupAliases {
  /** Abbreviation -> the group's name as GROUPS read it. */
  readonly #aliases = new Map<string, string>();
  /** Codes a key defines as a presumed group: the text is read as "suspected JNIM" unless the row says "(claimed)". */
  readonly #presumed = new Set<string>();
  #replacer: RegExp | null = null;

  /** Reads the definitions a text gives; cheap when it has neither parentheses nor "=". */
  learn(text: string): void {
    if (text.includes("(")) {
      IN_PARENS_RE.lastIndex = 0;
      for (let m = IN_PARENS_RE.exec(text); m; m = IN_PARENS_RE.exec(text)) {
        const before = text.slice(Math.max(0, m.index - 60), m.index).trimEnd();
        const group = groupNamedAt(before, before.length, "end");
        if (group !== null) this.#add(m[1]!, group, shortestNaming(before.split(/\s+/), group, "end"));
      }
    }
    if (text.includes("resumed") || text.includes("uspected") || text.includes("robable") || text.includes("ikely")) {
      PRESUMED_KEY_RE.lastIndex = 0;
      for (let m = PRESUMED_KEY_RE.exec(text); m; m = PRESUMED_KEY_RE.exec(text)) {
        const group = groupNamedAt(text.slice(m.index + m[0].length, m.index + m[0].length + 60), 0, "start");
        // "NSAG" alone reads as gunmen; the key's "NSAG-J" names its group.
        const known = findGroup(m[1]!);
        if (group === null || (known !== null && !GENERIC.has(known))) continue;
        this.#presumed.add(m[1]!);
        this.#set(m[1]!, group);
      }
    }
    // "ISIS's West Africa Province (Boko Haram)": the group in brackets is the province named before it.
    if (text.includes("(")) {
      GROUP_IN_PARENS_RE.lastIndex = 0;
      for (let m = GROUP_IN_PARENS_RE.exec(text); m; m = GROUP_IN_PARENS_RE.exec(text)) {
        const inside = m[1]!.trim();
        const before = text.slice(Math.max(0, m.index - 60), m.index).trimEnd();
        this.#becomesIsis(findGroup(inside), inside.split(/\s+/), "start", groupNamedAt(before, before.length, "end") === "ISIS");
      }
    }
    if (text.includes("itself") || text.includes("allegiance") || text.includes(" operate") || text.includes(" acts as")) {
      SELF_NAMED_RE.lastIndex = 0;
      for (let m = SELF_NAMED_RE.exec(text); m; m = SELF_NAMED_RE.exec(text)) {
        // "ADF operatives, who operate as ...": the group, not its men.
        const before = text.slice(Math.max(0, m.index - 60), m.index).trimEnd().replace(MEN_AFTER_RE, "");
        const at = m.index + m[0].length;
        this.#becomesIsis(groupNamedAt(before, before.length, "end"), before.split(/\s+/), "end", groupNamedAt(text.slice(at, at + 60), 0, "start") === "ISIS");
      }
    }
    if (text.includes("=")) {
      LEGEND_RE.lastIndex = 0;
      for (let m = LEGEND_RE.exec(text); m; m = LEGEND_RE.exec(text)) {
        const at = m.index + m[0].length;
        const after = text.slice(at, at + 60);
        const group = groupNamedAt(after, 0, "start");
        if (group !== null) this.#add(m[1]!, group, shortestNaming(after.split(/\s+/), group, "start"));
      }
    }
  }

  /** A group the text makes one of ISIS's provinces (`ofIsis`): its name, as `words` end or start with it, is ISIS's from here on. */
  #becomesIsis(group: string | null, words: readonly string[], side: "end" | "start", ofIsis: boolean): void {
    if (group === null || group === "ISIS" || GENERIC.has(group) || !ofIsis) return;
    const name = shortestNaming(words, group, side);
    if (name) this.#set(name, "ISIS");
  }

  #add(abbr: string, group: string, name: string): void {
    // An abbreviation the group tables already read needs nothing; "Central Africa Province (DRC)" names a place.
    if (findGroup(abbr) !== null || !isInitialsOf(abbr, name) || this.#aliases.get(abbr) === group) return;
    this.#set(abbr, group);
  }

  #set(abbr: string, group: string): void {
    this.#aliases.set(abbr, group);
    // Longer codes first: "NSAG-J" before "NSAG".
    this.#replacer = new RegExp(`(?<![\\w-])(?:${[...this.#aliases.keys()].sort((a, b) => b.length - a.length).join("|")})(?![\\w-])`, "g");
  }

  /** `text` with each defined abbreviation replaced by its group's name (not in a line of capitals). */
  apply(text: string): string {
    if (this.#replacer === null) return text;
    return text.replace(this.#replacer, (abbr, at: number) => {
      const before = /(\S+)\s+$/.exec(text.slice(Math.max(0, at - 30), at))?.[1] ?? "";
      const after = /^\s+(\S+)/.exec(text.slice(at + abbr.length, at + abbr.length + 30))?.[1] ?? "";
      const upper = (w: string): boolean => UPPER_WORD_RE.test(w.replace(/[^\w]/g, ""));
      if (upper(before) && upper(after)) return abbr;
      const group = this.#aliases.get(abbr)!;
      return this.#presumed.has(abbr) && !CLAIMED_AFTER_RE.test(text.slice(at + abbr.length)) ? `suspected ${group}` : group;
    });
  }
}

const KHAWARIJ_RE = /\bkhawarij\b|\bkharijites?\b/i;
const MUJAHIDIN_RE = /\b(?:the\s+)?mujahid(?:in|een)(?:\s+of\s+the\s+Islamic\s+Emirate)?\b/gi;

/**
 * A text that calls ISIS "khawarij" speaks in the Taliban's voice: its "mujahidin" ("the mujahidin
 * of the Islamic Emirate") are the Taliban's forces, not the group's fighters as in ISIS's own words.
 */
export function inTalibanVoice(text: string): string {
  return text.includes("ujahid") && KHAWARIJ_RE.test(text) ? text.replace(MUJAHIDIN_RE, "Taliban forces") : text;
}

