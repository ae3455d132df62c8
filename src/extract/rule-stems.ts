// The literal words a regex's matches must hold, read from its source: what a word gate checks
// a text's words against. "\bambush(?:ed)?" -> a word starting "ambush"; "improvised
// explosive" -> a word containing "improvised"; a rule with an alternative of no literal -> none.

/** The literal a match of one alternative must hold: at the start of a word, or anywhere in one. */
export interface Stem {
  text: string;
  atWordStart: boolean;
}

export const WORD_CHAR = /^[A-Za-z0-9_]$/;
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
export function alternatives(src: string): string[] {
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

/**
 * A gate pattern for `re`: its source with the piece `from` replaced by `to`, same flags. The
 * caller makes it looser (drops words before a word boundary, or an assertion), so that every
 * match of `re` holds a match of it; the gate then reads the words that are left. Throws when
 * `from` is not in the source, so an edited rule cannot silently lose its gate.
 */
export function loosened(re: RegExp, from: string, to: string): RegExp {
  if (!re.source.includes(from)) throw new Error(`loosened: ${from} is not in ${re.source}`);
  return new RegExp(re.source.replace(from, to), re.flags);
}
