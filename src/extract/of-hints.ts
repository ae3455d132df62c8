// "<word> of <place>" phrases ("the village of X", "north of X") are rare, but an unanchored
// regex for them tries every position of the text. Finding each " of " with indexOf and testing
// only the word before it answers the same question.

/** The characters JavaScript's `\s` matches. */
export function isRegexSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** How much text before the spaces a word test sees: more than any word it looks for, plus one for `\b`. */
const WINDOW = 24;

/**
 * Which of `tests` match some `X\s+of\s` in the text, where X is what the test (anchored with `$`,
 * no `g` or `y` flag, matching at most WINDOW - 1 characters) finds at the end of the text before
 * the spaces: bit i set for tests[i]. The same as testing `(?:X)\s+of\s` against the whole text.
 * `ends[i]`, when given, receives the index of the last character of the first such X.
 */
export function wordsBeforeOf(text: string, tests: readonly RegExp[], ends?: number[]): number {
  let found = 0;
  const all = (1 << tests.length) - 1;
  for (let i = text.indexOf("of", 1); i !== -1 && found !== all; i = text.indexOf("of", i + 1)) {
    if (i + 2 >= text.length || !isRegexSpace(text.charCodeAt(i + 2)) || !isRegexSpace(text.charCodeAt(i - 1))) continue;
    let j = i - 1;
    while (j >= 0 && isRegexSpace(text.charCodeAt(j))) j--;
    if (j < 0) continue;
    const before = text.slice(Math.max(0, j + 1 - WINDOW), j + 1);
    for (let t = 0; t < tests.length; t++) {
      if ((found & (1 << t)) !== 0 || !tests[t]!.test(before)) continue;
      found |= 1 << t;
      if (ends) ends[t] = j;
    }
  }
  return found;
}
