// Numbers as analysts write them: digits with thousands separators, words up to the
// thousands ("twenty-three", "a hundred and twelve"), and vague quantities.

const UNITS: Record<string, number> = {
  zero: 0, no: 0, none: 0, one: 1, a: 1, an: 1, single: 1, two: 2, both: 2, three: 3, four: 4,
  five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13,
  fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const COLLECTIVE: Record<string, number> = { dozen: 12, score: 20, couple: 2, pair: 2 };

/** Vague plural quantities, with the low bound used for counting (ACLED counts "dozens" as 12). */
export const VAGUE_QUANTITIES: Record<string, number> = {
  several: 2, some: 2, few: 2, "a few": 2, many: 2, numerous: 2, multiple: 2, various: 2,
  dozens: 12, scores: 20, tens: 10, hundreds: 100, thousands: 1000, other: 2, others: 2,
  additional: 2, more: 2, further: 2,
};

export const NUMBER_WORD_PATTERN =
  "(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a dozen|a single|a hundred|one hundred|hundred)";

/**
 * Every word the look-ups below can find: the tables' own words and what a plain object inherits
 * ("constructor"); any other word stops the number, as it would after three missed look-ups.
 */
const NUMBER_KEYS = new Set([...Object.keys(UNITS), ...Object.keys(TENS), ...Object.keys(COLLECTIVE), "hundred", "thousand", "__proto__", ...Object.getOwnPropertyNames(Object.prototype)]);

const DIGITS_RE = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?/;
const COMMAS_RE = /,/g;

/** True for the characters of a `[\s-]` class: white space, line terminators and "-". */
function isBreak(c: number): boolean {
  if (c === 32 || c === 45 || (c >= 9 && c <= 13)) return true;
  if (c < 160) return false;
  return c === 160 || c === 5760 || (c >= 8192 && c <= 8202) || c === 8232 || c === 8233 || c === 8239 || c === 8287 || c === 12288 || c === 65279;
}

/** A cardinal in digits or words at the start of `text`, or null. */
export function parseCardinal(text: string): number | null {
  const t = text.trim().toLowerCase();
  const digits = DIGITS_RE.exec(t);
  if (digits) return Number(digits[0].replace(COMMAS_RE, ""));
  let total = 0;
  let current = 0;
  let seen = false;
  // Words (the pieces between runs of spaces and hyphens) are cut one at a time: most
  // phrases stop being a number after a word or two.
  for (let from = 0; from >= 0; ) {
    let end = from;
    while (end < t.length && !isBreak(t.charCodeAt(end))) end++;
    const w = t.slice(from, end);
    if (end < t.length) {
      from = end + 1;
      while (from < t.length && isBreak(t.charCodeAt(from))) from++;
    } else from = -1;
    if (w === "and" && seen) continue;
    // "a single soldier": one, not one and one.
    if (w === "single" && seen && current === 1 && total === 0) continue;
    if (!NUMBER_KEYS.has(w)) break;
    const unit = UNITS[w];
    const ten = TENS[w];
    const coll = COLLECTIVE[w];
    if (unit !== undefined && !(w === "a" || w === "an" || w === "no" || w === "both") ) {
      current += unit;
      seen = true;
    } else if ((w === "a" || w === "an") && !seen) {
      current = 1;
      seen = true;
    } else if (ten !== undefined) {
      current += ten;
      seen = true;
    } else if (w === "hundred") {
      current = (current || 1) * 100;
      seen = true;
    } else if (w === "thousand") {
      total += (current || 1) * 1000;
      current = 0;
      seen = true;
    } else if (coll !== undefined) {
      current = (current || 1) * coll;
      seen = true;
    } else break;
  }
  return seen ? total + current : null;
}
