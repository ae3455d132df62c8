// How far back a place name (with "the" and spaces before it) can reach from a word: names are
// made of word characters, apostrophes (the ayn's "ʿ" too), hyphens, Latin letters with accents and spaces only.

import { isRegexSpace } from "./of-hints.ts";

/** A character of NAME (place-names.ts), "the" or the spaces between them. */
export function isNameOrSpace(c: number): boolean {
  if (c < 0x80) {
    return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f || c === 0x27 || c === 0x2d || isRegexSpace(c);
  }
  return (c >= 0xc0 && c <= 0x24f) || c === 0x2019 || c === 0x2bf || isRegexSpace(c);
}

/** The start of the run of name characters and spaces that ends just before `at`. */
export function nameRunStart(text: string, at: number): number {
  let i = at;
  while (i > 0 && isNameOrSpace(text.charCodeAt(i - 1))) i--;
  return i;
}

/** The same with "." too: a distance ("about 2.5 km", "twenty-five km"). */
export function numberRunStart(text: string, at: number): number {
  let i = at;
  for (let c = text.charCodeAt(i - 1); i > 0 && (c === 0x2e || isNameOrSpace(c)); c = text.charCodeAt(--i - 1));
  return i;
}
