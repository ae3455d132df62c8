// Regex iteration without the hidden copies: `String.prototype.matchAll` and `split` with a
// regex construct a new RegExp on every call (species constructor), and `split` then tries a
// sticky match at every position. On short incident texts that copy costs more than the scan.

/**
 * Every match of a global regex, as `text.matchAll(re)` gives them. The regex's `lastIndex` is
 * reset before and after, so a module-level regex can be shared (but not nested on itself).
 */
export function* eachMatch(re: RegExp, text: string): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  try {
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0].length === 0) re.lastIndex = advance(text, re.lastIndex, re.unicode);
      yield m;
    }
  } finally {
    re.lastIndex = 0;
  }
}

function advance(text: string, i: number, unicode: boolean): number {
  if (!unicode || i + 1 >= text.length) return i + 1;
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return i + 1;
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff ? i + 2 : i + 1;
}

/**
 * `text.split(re)` for a global regex without capturing groups: the pieces between matches.
 * Same results as the spec's algorithm: the leftmost match at or after each position, an empty
 * match where the last piece ended moves on one position, and no match counts at the very end.
 */
export function splitAt(text: string, re: RegExp): string[] {
  re.lastIndex = 0;
  if (text.length === 0) {
    const m = re.exec(text);
    re.lastIndex = 0;
    return m ? [] : [text];
  }
  const out: string[] = [];
  let p = 0;
  let q = 0;
  while (q < text.length) {
    re.lastIndex = q;
    const m = re.exec(text);
    if (!m || m.index >= text.length) break;
    const e = Math.min(m.index + m[0].length, text.length);
    if (e === p) {
      q = m.index + 1;
      continue;
    }
    out.push(text.slice(p, m.index));
    p = e;
    q = p;
  }
  re.lastIndex = 0;
  out.push(text.slice(p));
  return out;
}

/**
 * Where each of several regexes first matches in a text, with one scan for all of them. Same
 * results as `rules.map((re) => re.exec(text)?.index ?? -1)` for rules that share their flags
 * and never match the empty string: the union of the rules, searched from each position after
 * the last one it matched at, visits in order every position where some rule matches, and at
 * each such position the rules not yet found are tried there (sticky).
 */
export class FirstMatches {
  readonly #union: RegExp;
  readonly #sticky: RegExp[];

  constructor(rules: readonly RegExp[]) {
    const flags = rules[0]?.flags.replace(/[gy]/g, "") ?? "";
    if (rules.some((r) => r.flags.replace(/[gy]/g, "") !== flags)) throw new Error("FirstMatches: the rules must share their flags");
    this.#union = new RegExp(rules.map((r) => `(?:${r.source})`).join("|"), `${flags}g`);
    this.#sticky = rules.map((r) => new RegExp(r.source, `${flags}y`));
  }

  /** The first match index of each rule in `text`, -1 for none. */
  indexes(text: string): number[] {
    const out = new Array<number>(this.#sticky.length).fill(-1);
    let left = out.length;
    const union = this.#union;
    union.lastIndex = 0;
    for (let m = union.exec(text); m && left > 0; m = union.exec(text)) {
      const at = m.index;
      for (let i = 0; i < out.length; i++) {
        if (out[i] !== -1) continue;
        const re = this.#sticky[i]!;
        re.lastIndex = at;
        if (re.test(text)) {
          out[i] = at;
          left--;
        }
      }
      union.lastIndex = at + 1;
    }
    union.lastIndex = 0;
    return out;
  }

  /** The rule whose first match comes first (the earlier rule on a tie), or -1: one search, stopped at the first position. */
  first(text: string): number {
    const union = this.#union;
    union.lastIndex = 0;
    const m = union.exec(text);
    union.lastIndex = 0;
    if (!m) return -1;
    for (let i = 0; i < this.#sticky.length; i++) {
      const re = this.#sticky[i]!;
      re.lastIndex = m.index;
      if (re.test(text)) return i;
    }
    return -1;
  }
}

/** One regex that matches where any of `rules` does (they must share their flags): `anyOf(rules).test(t)` is `rules.some((r) => r.test(t))` with one search. */
export function anyOf(rules: readonly RegExp[]): RegExp {
  const flags = rules[0]?.flags.replace(/[gy]/g, "") ?? "";
  if (rules.some((r) => r.flags.replace(/[gy]/g, "") !== flags)) throw new Error("anyOf: the rules must share their flags");
  return new RegExp(rules.map((r) => `(?:${r.source})`).join("|"), flags);
}
