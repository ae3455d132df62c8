// Where each of several regexes first matches, with one scan, for rules that can never match at
// the same place: each match of their union then says (by its capture) which rule matched, so no
// rule is tried again at that place. matches.ts's FirstMatches, which allows overlapping rules,
// tries every rule not yet found at every place any rule matches.

import { alternatives } from "./rule-stems.ts";

/** The literal an alternative starts with, lower-cased ("syria" for `\bSyria(?:n)?\b`); "" for none. */
export function leadingLiteral(alternative: string): string {
  const body = alternative.startsWith("\\b") ? alternative.slice(2) : alternative;
  const lit = /^[A-Za-z0-9 -]*/.exec(body)![0];
  // A quantifier after the literal's last character makes that character optional.
  return (/^[?*{]/.test(body.slice(lit.length)) ? lit.slice(0, -1) : lit).toLowerCase();
}

/**
 * `rules.map((re) => re.exec(text)?.index ?? -1)` with one scan, for rules that share their flags
 * (case-insensitive, not unicode), have no capturing groups, and whose alternatives each start
 * with a literal that is no prefix of another rule's: two rules matching at one place would both
 * start with their literals there, one a prefix of the other. Checked at construction.
 */
export class DisjointFirstMatches {
  readonly #union: RegExp;
  readonly #count: number;

  constructor(rules: readonly RegExp[]) {
    const flags = rules[0]?.flags.replace(/[gy]/g, "") ?? "";
    if (!flags.includes("i") || /[uv]/.test(flags)) throw new Error("DisjointFirstMatches: the rules must be case-insensitive, not unicode");
    const literals: string[][] = rules.map((r) => {
      if (r.flags.replace(/[gy]/g, "") !== flags) throw new Error("DisjointFirstMatches: the rules must share their flags");
      if (new RegExp(`${r.source}|`).exec("")!.length !== 1) throw new Error(`DisjointFirstMatches: ${r} has a capturing group`);
      const lits = alternatives(r.source).map(leadingLiteral);
      if (lits.some((l) => l === "")) throw new Error(`DisjointFirstMatches: an alternative of ${r} starts with no literal`);
      return lits;
    });
    literals.forEach((a, i) => literals.forEach((b, j) => {
      if (i !== j && a.some((x) => b.some((y) => y.startsWith(x)))) throw new Error(`DisjointFirstMatches: ${rules[i]} and ${rules[j]} can match at one place`);
    }));
    this.#union = new RegExp(rules.map((r) => `(${r.source})`).join("|"), `${flags}g`);
    this.#count = rules.length;
  }

  /** The first match index of each rule in `text`, -1 for none. */
  indexes(text: string): number[] {
    const out = new Array<number>(this.#count).fill(-1);
    let left = out.length;
    const union = this.#union;
    union.lastIndex = 0;
    for (let m = union.exec(text); m && left > 0; m = union.exec(text)) {
      let k = 0;
      while (m[k + 1] === undefined) k++;
      if (out[k] === -1) {
        out[k] = m.index;
        left--;
      }
      union.lastIndex = m.index + 1;
    }
    union.lastIndex = 0;
    return out;
  }
}
