// Case-insensitive tests on lower-cased text. V8 runs a `/i` alternation of words two to three
// times slower than the same pattern, lower-cased, without `i`; the rule modules test dozens of
// such patterns on the same incident text, so the text is lower-cased once and shared.

/** A text with its lower-cased form. `exact` when lower-casing could change what matches. */
export interface FoldedText {
  text: string;
  lower: string;
  exact: boolean;
}

// U+0130 lower-cases to two code units and U+212A (Kelvin sign) to ASCII "k": `/i` does not
// equate either with an ASCII letter, so texts holding them are tested with the original regex.
const UNSAFE_RE = /[\u0130\u212A]/;

const recent: FoldedText[] = [];

/** `text` lower-cased; the last few are kept, since every rule module reads the same texts. */
export function fold(text: string): FoldedText {
  for (const f of recent) if (f.text === text) return f;
  const f: FoldedText = { text, lower: text.toLowerCase(), exact: UNSAFE_RE.test(text) };
  if (recent.length >= 6) recent.pop();
  recent.unshift(f);
  return f;
}

/** The pattern with its literal letters lower-cased; escapes (`\b`, `\S`, `\u00C0`) are kept. */
function lowerSource(source: string): string {
  let out = "";
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === "\\") {
      out += c + (source[i + 1] ?? "");
      i++;
    } else out += c.toLowerCase();
  }
  return out;
}

/** A `/i` regex (without `u`, `g`, `y`) that can be tested on folded text. */
export class FoldedRegExp {
  readonly re: RegExp;
  readonly #lower: RegExp;

  constructor(re: RegExp) {
    if (!re.ignoreCase || re.unicode || re.global || re.sticky) throw new Error(`not a plain /i regex: ${re}`);
    // A code-point escape may name an upper-case letter ("[\u00C0-\u00DE]") that /i also matches lower-cased.
    if (/\\[ux]/.test(re.source)) throw new Error(`code-point escapes in ${re}`);
    this.re = re;
    this.#lower = new RegExp(lowerSource(re.source), re.flags.replace("i", ""));
  }

  /** Same answer as `this.re.test(text)`. */
  test(text: string | FoldedText): boolean {
    const f = typeof text === "string" ? fold(text) : text;
    return f.exact ? this.re.test(f.text) : this.#lower.test(f.lower);
  }

  /** Where `this.re.exec(text)` matches, or -1 (lower-casing keeps offsets when not `exact`). */
  search(text: string | FoldedText): number {
    const f = typeof text === "string" ? fold(text) : text;
    const m = f.exact ? this.re.exec(f.text) : this.#lower.exec(f.lower);
    return m ? m.index : -1;
  }
}

export function folded(re: RegExp): FoldedRegExp {
  return new FoldedRegExp(re);
}
