// Small readings of a statistics paragraph's text: count words as digits, a table row's prose
// cell, a count's value, a year that is no count.

import { parseCardinal } from "./numbers.ts";
import { splitCells } from "./table-rows.ts";

// "one" only as a list's item ("..., five in Balochistan and one in Punjab"): "one in three", "no one in Borno" are no counts.
const COUNT_WORDS = ["(?<=(?:,|\\band)\\s)one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"];
// "nine were carried out in West Africa", "three each in the Sahel, ...": the same list's counts.
const COUNT_WORD_RE = new RegExp(`\\b(?:${COUNT_WORDS.join("|")})\\b(?=\\s+(?:each\\s+|of them\\s+)?(?:(?:were|was)\\s+(?:carried out\\s+|recorded\\s+|reported\\s+|conducted\\s+)?|(?:took place|occurred|happened)\\s+)?(?:in|at|on|from)\\s+(?:the\\s+)?[A-Z])`, "gi");

/** "three attacks in Syria": a list's count with its noun, but not "three of the eight attacks in Table A". */
const COUNT_ATTACKS_RE = new RegExp(`(?<!\\bof the\\s)\\b(?:${COUNT_WORDS.join("|")})\\b(?=\\s+(?:attacks|operations)\\s+(?:(?:were|was)\\s+(?:carried out|recorded|reported|conducted)\\s+)?in\\s+(?:the\\s+)?(?!Table\\b|Figure\\b|Annex\\b)[A-Z])`, "gi");

/** "Sixteen (16) members": an official's count written twice, read once as its digits. */
const DOUBLED_COUNT_RE = new RegExp(`\\b(?:${COUNT_WORDS.slice(1).join("|")}|one|twenty-\\w+|thirty|forty|fifty|hundred)\\s+\\((\\d{1,4})\\)`, "gi");

/** "Diyala Province led with eight attacks": the count a leading part is credited with. */
const LED_WITH_RE = new RegExp(`(?<=\\b(?:led|leads|topped the list|came first|followed|came next)\\s+with\\s+)(?:${COUNT_WORDS.join("|")})\\b(?=\\s+(?:attacks|operations|incidents))`, "gi");

/** "recorded four bomb attacks", "These attacks killed nine people, seven of them in Kampala": a total in words, as digits. */
const COUNTED_TOTAL_RE = new RegExp(`(?<=\\b(?:recorded|counted|registered)\\s+)(?:${COUNT_WORDS.slice(1).join("|")})\\b(?=\\s+(?:[\\w-]+\\s+)?(?:attacks|operations|incidents)\\b)|(?<=\\b(?:killed|wounded|injured)\\s+)(?:${COUNT_WORDS.slice(1).join("|")})\\b(?=\\s+(?:[\\w'’-]+\\s+){0,3}?[\\w'’-]+,\\s+(?:\\d+|${COUNT_WORDS.slice(1).join("|")})\\s+of\\s+(?:them|whom)\\b)`, "gi");

const PAREN_COUNT_RE = new RegExp(`\\((one|${COUNT_WORDS.slice(1).join("|")})\\)`, "gi");

/** Count words before a place ("five in Nampula") as digits padded to the word's length. */
export function digitsForWords(text: string): string {
  // "West Africa Province (nine)": a label's count in words in its parenthesis, as "(9)" and spaces after it.
  const once = text.includes("(") ? text.replace(DOUBLED_COUNT_RE, (m, n: string) => n.padEnd(m.length, " ")).replace(PAREN_COUNT_RE, (m, w: string) => `(${parseCardinal(w) ?? w})`.padEnd(m.length, " ")) : text;
  const digits = (w: string): string => String(parseCardinal(w) ?? w).padEnd(w.length, " ");
  const led = once.includes(" with ") ? once.replace(LED_WITH_RE, digits) : once;
  return led.replace(COUNT_WORD_RE, digits).replace(COUNT_ATTACKS_RE, digits).replace(COUNTED_TOTAL_RE, digits);
}

/** The one long cell of a table row that is a sentence with figures in it, if any. */
export function proseCell(row: string): string | null {
  const cell = splitCells(row).find((c) => c.length > 80 && /\d/.test(c) && /[a-z]{3,}\s+[a-z]{3,}/.test(c));
  return cell ?? null;
}

export function toNumber(s: string): number {
  return Number(s.replace(/,/g, ""));
}

export function isYear(raw: string): boolean {
  return !raw.includes(",") && /^(?:19|20)\d\d$/.test(raw);
}

/** A line that ends on "<name> <count>" before a line of its own ("..., Mueda 1\nFatalities by district: ..."). */
const LINE_END_COUNT_RE = /([A-Za-z][\w'’-]*[ \t]+\d[\d,]*)[ \t]*\r?\n[ \t]*(\p{Lu}[\w'’-]*)/gu;

/**
 * A paragraph's text with a ";" where a line of counts ended: its last count ends the list (and
 * is not read with the next line's first word) when the lines are joined. Same length.
 */
export function countLinesEnded(raw: string, text: string): string {
  if (!raw.includes("\n")) return text;
  let out = text;
  for (const m of raw.matchAll(LINE_END_COUNT_RE)) {
    const head = m[1]!.replace(/[ \t]+/g, " ");
    const at = out.indexOf(`${head} ${m[2]}`);
    if (at >= 0) out = `${out.slice(0, at + head.length)};${out.slice(at + head.length + 1)}`;
  }
  return out;
}
