// A cheap test of which of several regexes can match a text at all, from the words the text
// holds. Each rule's alternatives are read for the literal word each match must begin with
// ("\bambush(?:ed)?" -> a word starting "ambush"; "improvised explosive" -> a word containing
// "improvised"). One pass over the text's words, each looked up once, rules out the rules none
// of whose words occur; the rules left are run as before, so results never change.

/** The literal a match of one alternative must hold: at the start of a word, or anywhere in one. */
interface Stem {
  text: string;
  atWordStart: boolean;
}

const WORD_CHAR = /^[A-Za-z0-9_]$/;
const ZERO_WIDTH_GROUP = ["(?=", "(?!", "(?<=", "(?<!"];

/** The index just after the group opening at `i` (escapes and classes respected). */
function groupEnd(src: string, i: number): number {
  let depth = 0;
  for (let j = i; j < src.length; j++) {
    const c = src[j];
    if (c === "\\") j++;
    else if (c === "[") {
      for (j++; j < src.length && src[j] !== "]"; j++) if (src[j] === "\\") j++;
    } else if (c === "(") depth++;
    else if (c === ")" && --depth === 0) return j + 1;
  }
  return -1;
}

/** The top-level alternatives of a pattern. */
function alternatives(src: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let j = 0; j < src.length; j++) {
    const c = src[j];
    if (c === "\\") j++;
    else if (c === "[") {
      for (j++; j < src.length && src[j] !== "]"; j++) if (src[j] === "\\") j++;
    } else if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "|" && depth === 0) {
      out.push(src.slice(from, j));
      from = j + 1;
    }
  }
  out.push(src.slice(from));
  return out;
}

/** True when a quantifier that allows zero repetitions starts at `i`. */
function optionalAt(src: string, i: number): boolean {
  return src[i] === "?" || src[i] === "*" || /^\{0[,}]/.test(src.slice(i, i + 3));
}

/** The stems of one alternative, or null when a match need not hold any literal word we can name. */
function stemsOf(alt: string, anchored: boolean): Stem[] | null {
  let i = 0;
  for (;;) {
    if (alt.startsWith("\\b", i)) {
      anchored = true;
      i += 2;
    } else if (alt[i] === "^") {
      anchored = true;
      i += 1;
    } else if (ZERO_WIDTH_GROUP.some((g) => alt.startsWith(g, i))) {
      const end = groupEnd(alt, i);
      if (end < 0) return null;
      i = end;
    } else break;
  }
  if (alt[i] === "(") {
    const end = groupEnd(alt, i);
    if (end < 0 || optionalAt(alt, end)) return null;
    const open = alt.startsWith("(?:", i) ? i + 3 : alt.startsWith("(?<", i) ? alt.indexOf(">", i) + 1 : i + 1;
    const out: Stem[] = [];
    for (const inner of alternatives(alt.slice(open, end - 1))) {
      const s = stemsOf(inner, anchored);
      if (!s) return null;
      out.push(...s);
    }
    return out;
  }
  let word = "";
  while (i < alt.length) {
    let c = alt[i]!;
    let next = i + 1;
    if (c === "\\") {
      const e = alt[i + 1] ?? "";
      // Classes and assertions (\s, \w, \d, \b ...) end the literal; escaped punctuation is itself.
      if (/[A-Za-z0-9]/.test(e)) break;
      c = e;
      next = i + 2;
    } else if ("()[]|.^$?*+{}".includes(c)) break;
    if (!WORD_CHAR.test(c)) break;
    if (optionalAt(alt, next)) break;
    word += c;
    i = next;
    if (alt[i] === "+" || alt[i] === "{") break;
  }
  return word === "" ? null : [{ text: word, atWordStart: anchored }];
}

/** The stems of a rule, or null when some alternative has none (the rule is then always tried). */
export function ruleStems(re: RegExp): Stem[] | null {
  // Unicode case folding maps non-ASCII letters to ASCII ones ("ſ" to "s"): words of ASCII letters would not see them.
  if (re.unicode || re.flags.includes("v")) return null;
  const out: Stem[] = [];
  for (const alt of alternatives(re.source)) {
    const s = stemsOf(alt, false);
    if (!s) return null;
    out.push(...s);
  }
  const fold = re.ignoreCase;
  return out.map((s) => ({ text: fold ? s.text.toLowerCase() : s.text, atWordStart: s.atWordStart }));
}

const WORD_RE = /[A-Za-z0-9_]+/g;
const CACHE_LIMIT = 50_000;

/**
 * Which of `rules` can match a text. `wordStart` stems are only sound on the very text the words
 * came from (or one cut at word boundaries); `contains` mode reads every stem as "anywhere in a
 * word", which holds for any slice of the text too (its words are parts of the text's words).
 */
export class WordGate {
  readonly #always: boolean[];
  /** Stems a word must begin with, by their first character (case-folded for /i rules). */
  readonly #byFirst = new Map<string, { rule: number; text: string; fold: boolean }[]>();
  /** Stems a word may hold anywhere. */
  readonly #anywhere: { rule: number; text: string; fold: boolean }[] = [];
  readonly #cache = new Map<string, number[]>();

  constructor(rules: readonly RegExp[], mode: "wordStart" | "contains") {
    const stems = rules.map(ruleStems);
    this.#always = stems.map((s) => s === null);
    stems.forEach((list, rule) => {
      const fold = rules[rule]!.ignoreCase;
      for (const s of list ?? []) {
        const entry = { rule, text: s.text, fold };
        if (s.atWordStart && mode === "wordStart") {
          const first = s.text[0]!;
          const bucket = this.#byFirst.get(first) ?? [];
          bucket.push(entry);
          this.#byFirst.set(first, bucket);
        } else this.#anywhere.push(entry);
      }
    });
  }

  /** For each rule, false when it cannot match `text` (nor, in contains mode, any slice of it). */
  possible(text: string): boolean[] {
    const out = this.#always.slice();
    WORD_RE.lastIndex = 0;
    for (let m = WORD_RE.exec(text); m; m = WORD_RE.exec(text)) {
      for (const i of this.#rulesOf(m[0])) out[i] = true;
    }
    WORD_RE.lastIndex = 0;
    return out;
  }

  #rulesOf(word: string): number[] {
    let hit = this.#cache.get(word);
    if (hit !== undefined) return hit;
    const found: number[] = [];
    const lower = word.toLowerCase();
    const add = (rule: number): void => {
      if (!found.includes(rule)) found.push(rule);
    };
    // A stem a word begins with shares its first character, in the word's case or folded.
    for (const first of new Set([word[0]!, lower[0]!])) {
      for (const s of this.#byFirst.get(first) ?? []) if ((s.fold ? lower : word).startsWith(s.text)) add(s.rule);
    }
    for (const s of this.#anywhere) if ((s.fold ? lower : word).includes(s.text)) add(s.rule);
    hit = found;
    if (this.#cache.size >= CACHE_LIMIT) this.#cache.clear();
    // Keyed by a copy: the word is a slice of the text and would keep it alive.
    this.#cache.set(` ${word}`.slice(1), hit);
    return hit;
  }
}
