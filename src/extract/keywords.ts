// Cheap keyword pre-checks for families of case-insensitive rules. A rule's keywords are
// substrings that every match of its regex contains, so a text naming none of them cannot
// match and the regex need not run. Plain `includes` on the lower-cased text is far cheaper
// than trying a long alternation at every position.

let lastText: string | null = null;
let lastLower = "";

/** The text lower-cased; the last one is kept, since every rule family of an incident reads the same text. */
export function lowerText(text: string): string {
  if (text !== lastText) {
    lastText = text;
    lastLower = text.toLowerCase();
  }
  return lastLower;
}

/**
 * True when `lower` (a lower-cased text) contains any of `words` (lower-case ASCII). For an
 * ASCII keyword this is implied by a case-insensitive regex match: such a regex matches an
 * ASCII letter only to the same letter in either case, which lower-casing turns into the keyword.
 */
export function mentionsAny(lower: string, words: readonly string[]): boolean {
  for (const w of words) if (lower.includes(w)) return true;
  return false;
}
