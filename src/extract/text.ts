// Text normalisation shared by the extractors. Every transform here keeps the string's
// length, so an index into the normalised text is an index into the cleaned quote.

const SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

/** Superscript digits used as footnote markers, as an ordinary number ("³" -> "3"). */
export function superscriptNumber(s: string): string {
  let out = "";
  for (const ch of s) {
    const i = SUPERSCRIPTS.indexOf(ch);
    if (i >= 0) out += String(i);
  }
  return out;
}

/** Footnote marks to strip from a heading's words: superscript digits, in superscript parentheses or not ("⁽¹⁾"). */
export const SUPERSCRIPT_RE = /[⁽⁾⁰¹²³⁴⁵⁶⁷⁸⁹]+/g;

/** A run of spaces, tabs and no-break/thin spaces that is not a single plain space. */
const NOT_ONE_SPACE_RE = / [ \t\u00a0\u2009\u202f]+|[\t\u00a0\u2009\u202f][ \t\u00a0\u2009\u202f]*/g;

/**
 * Markdown and layout removed, typography kept: this is what an incident's `quote` shows.
 * Bullets, emphasis markers, heading hashes and repeated spaces go; words stay verbatim.
 */
export function cleanQuote(raw: string): string {
  // Each step runs only when its characters occur: most blocks are plain prose on one line.
  let s = raw.includes("\r") ? raw.replace(/\r/g, "") : raw;
  // A Markdown link keeps its words, not its address: "[Shafaq News](https://...)" -> "Shafaq News".
  if (s.includes("](")) s = s.replace(MARKDOWN_LINK_RE, "$1");
  const marked = s.includes("*") || s.includes("_");
  if (marked) s = s.replace(/\*\*|__/g, "").replace(/(^|[\s(])[*_](?=\S)([^*_\n]+?)(?<=\S)[*_](?=[\s).,;:!?]|$)/g, "$1$2");
  s = s
    .replace(/^\s*#{1,6}\s+/, "")
    .replace(/^\s*(?:[-–—•▶►◆◇▪▫●○■□‣⁃∙·*+>]+\s|(?:\(?\d{1,3}[.)]|\d{1,3}\/)(?!\d)|\(?(?:[ivx]{1,4}|[a-hA-H])[.)](?=\s))\s*/u, "")
    .replace(/^\s*(?:[-–—•▶►◆◇▪▫●○■□‣⁃∙·*+]+)\s+/u, "");
  // Runs of spaces and tabs become one space. Only runs other than a lone plain space need a
  // replacement (the same result with a match per run that changes); the copy when nothing
  // changes keeps a quote held by an incident from pinning the chunk its line was sliced from.
  const spaced = s.replace(NOT_ONE_SPACE_RE, " ");
  s = spaced === s ? detached(s) : spaced;
  if (s.includes("\n")) {
    // Text pasted from a PDF splits words at line ends: "wound-\ning" is "wounding"; a prefix or
    // a name keeps its hyphen ("pro-\ngovernment", "Monguno-\nMarte"), without the break.
    if (s.includes("-\n") || s.includes("- \n")) s = s.replace(LINE_END_HYPHEN_RE, (_, word: string, next: string) => (/[A-Z]/.test(next) || HYPHEN_PREFIXES.has(word.toLowerCase()) ? `${word}-` : word));
    s = s.replace(/\s*\n\s*/g, " ");
  }
  return s.trim();
}

const MARKDOWN_LINK_RE = /\[([^\]\n]{1,200})\]\((?:https?:\/\/|www\.|\/|#)[^()\s]*\)/g;
const LINE_END_HYPHEN_RE = /(?<=^|[^\w'-])([A-Za-z][A-Za-z'’]*)-[ \t]*\n[ \t]*(?=([A-Za-z]))/g;
/** Words that end in a hyphen of their own: a prefix, a number or an Arabic article. */
const HYPHEN_PREFIXES = new Set([
  "al", "el", "ad", "ar", "as", "an", "at", "ash", "az", "pro", "anti", "non", "self", "ex", "co", "pre", "post",
  "counter", "semi", "multi", "cross", "mid", "sub", "well", "one", "two", "three", "four", "five", "six", "seven",
  "eight", "nine", "ten", "twelve", "so", "vice", "long", "short", "high", "low", "half", "all", "off", "over",
]);

// "evening.3", "Al-Naba'.5": a footnote number glued after a sentence's full stop, as PDFs paste it.
const FOOTNOTE_AFTER_STOP_RE = /(?<=[A-Za-z'")\]]\.)\d{1,3}(?=\s|$)/g;

/** `text` with footnote numbers glued after a full stop blanked (same length). */
export function blankFootnoteNumbers(text: string): string {
  return text.includes(".") ? text.replace(FOOTNOTE_AFTER_STOP_RE, (d) => " ".repeat(d.length)) : text;
}

/**
 * The text the rules read: typographic quotes and dashes made plain and footnote
 * markers blanked, one character for one, so offsets still point into the quote.
 */
export function normalizeForMatching(quote: string): string {
  // One code unit in, one out: astral characters are left alone (they match nothing below).
  const plain = quote.replace(PLAIN_RE, (ch) => PLAIN[ch] ?? " ");
  // "#Tessit", "#BurkinaFaso": a hashtag's word is read as the word.
  return plain.includes("#") ? plain.replace(HASHTAG_RE, " ") : plain;
}
const HASHTAG_RE = /#(?=[A-Za-z\u00C0-\u024F])/g;

const PLAIN: Readonly<Record<string, string>> = {
  "’": "'", "‘": "'", "ʼ": "'", "′": "'", "`": "'", "ʿ": "'", "ʾ": "'",
  "“": '"', "”": '"', "„": '"', "″": '"',
  "–": "-", "—": "-", "‑": "-", "‒": "-",
};
const PLAIN_RE = /[’‘ʼ′`ʿʾ“”„″–—‑‒⁽⁾⁰¹²³⁴⁵⁶⁷⁸⁹]/g;

const ABBREVIATIONS = new Set([
  "i.e", "e.g", "dr", "mr", "mrs", "ms", "gen", "col", "lt", "maj", "capt", "sgt", "brig", "st", "no",
  "vs", "etc", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  "u.s", "u.n", "u.k", "approx", "km", "p", "pp", "vol", "fig", "mt", "ft", "gov",
]);

export interface Sentence {
  text: string;
  start: number;
  end: number;
}

/** Sentences with their offsets (the first `limit` of them); abbreviations such as "i.e." and "Gen." do not end one. */
export function splitSentences(text: string, limit = Infinity): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  // Parentheses open since `start`, counted up to `counted` (each candidate end only reads what is new).
  let open = 0;
  let counted = 0;
  SENTENCE_END_RE.lastIndex = 0;
  for (let m = SENTENCE_END_RE.exec(text); m; m = SENTENCE_END_RE.exec(text)) {
    const word = wordBefore(text, Math.max(start, m.index - 6), m.index);
    // "al-Ra'i." ends a sentence: a letter after an apostrophe or a hyphen ends a name, it is no initial.
    const joined = word.length === 1 && m.index >= 2 && JOINER_CODES.has(text.charCodeAt(m.index - 2));
    if ((ABBREVIATIONS.has(word) || /^[a-z]$/i.test(word)) && !joined) continue;
    // Parentheses must be closed before a sentence ends.
    open += openParens(text, counted, m.index);
    counted = m.index;
    if (open > 0) continue;
    const end = m.index + m[0].length;
    const sentence = text.slice(start, end);
    // Blank stretches are no sentences; with a `limit`, the scan stops once that many are found.
    if (sentence.trim().length > 0) out.push({ text: sentence, start, end });
    if (out.length >= limit) return out;
    start = end;
    while (start < text.length && isSpace(text.charCodeAt(start))) start++;
    open = 0;
    counted = start;
  }
  if (start < text.length && text.slice(start).trim().length > 0) out.push({ text: text.slice(start), start, end: text.length });
  return out;
}

/** "'" and "-": what joins the last letter of a transliterated name ("Ra'i", "Shu'a-i") to the rest of it. */
const JOINER_CODES: ReadonlySet<number> = new Set([39, 45]);

// An endnote mark may follow the stop: "... killing two policemen.[6] The raid ..."; a bracketed note may open the next sentence.
const SENTENCE_END_RE = /[.!?]+["')\]]*(?:\[\d{1,3}\])*(?=\s+["“(\[]?[A-Z0-9])/g;

/** The run of letters and dots ending at `to` (not before `from`), lower-cased: "Gen." -> "gen". */
function wordBefore(text: string, from: number, to: number): string {
  let i = to;
  while (i > from) {
    const c = text.charCodeAt(i - 1);
    // A-Z, a-z, "."
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46) i--;
    else break;
  }
  return text.slice(i, to).toLowerCase();
}

/** "(" minus ")" in text[from, to): counted without building the substring. */
function openParens(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 40) n++;
    else if (c === 41) n--;
  }
  return n;
}

/** `text` with the given spans replaced by spaces (same length). */
export function blankSpans(text: string, spans: readonly { start: number; end: number }[]): string {
  if (spans.length === 0) return text;
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let out = "";
  let at = 0;
  for (const { start, end } of sorted) {
    const s = Math.max(start, at);
    const e = Math.min(end, text.length);
    if (e <= s) continue;
    out += text.slice(at, s) + " ".repeat(e - s);
    at = e;
  }
  return out + text.slice(at);
}

/**
 * Where stretches of a cleaned quote lie in the raw text it was cleaned from: the cleaned text is
 * the raw text minus markup and extra whitespace, so the two can be walked side by side. Stretches
 * asked for in order continue the walk where the last one stopped, so a paragraph's many segments
 * cost one walk, not one each.
 */
export class RawWalker {
  readonly #raw: string;
  readonly #cleaned: string;
  /** Walk state: cleaned index `j` is matched at raw index `i` (before the step past it). */
  #i = 0;
  #j = 0;

  constructor(raw: string, cleaned: string) {
    this.#raw = raw;
    this.#cleaned = cleaned;
  }

  /** Raw offsets [start, end) for cleaned offsets [from, to). */
  span(from: number, to: number): { start: number; end: number } {
    const raw = this.#raw;
    const cleaned = this.#cleaned;
    const n = raw.length;
    if (from < this.#j) {
      this.#i = 0;
      this.#j = 0;
    }
    // Compared as UTF-16 code units, as the characters they are: no one-character strings.
    let i = this.#i;
    let start = -1;
    let end = n;
    for (let j = this.#j; j < cleaned.length && i <= n; j++) {
      const c = cleaned.charCodeAt(j);
      if (j === from) {
        // Where the walk may resume next time: before this character is looked for.
        this.#i = i;
        this.#j = j;
      }
      if (c === 32) {
        // A space in the quote: the raw text's next white space (a plain space is white space too).
        while (i < n && !isSpace(raw.charCodeAt(i))) i++;
      } else {
        while (i < n && raw.charCodeAt(i) !== c) i++;
      }
      if (j === from) start = i;
      if (j === to - 1) {
        end = Math.min(n, i + 1);
        break;
      }
      i++;
      if (c === 32) while (i < n && isSpace(raw.charCodeAt(i))) i++;
    }
    return { start: Math.max(0, start), end };
  }
}

/** Raw offsets [start, end) in `raw` of the cleaned offsets [from, to) of `cleaned` (one walk from the start). */
export function rawSpan(raw: string, cleaned: string, from: number, to: number): { start: number; end: number } {
  return new RawWalker(raw, cleaned).span(from, to);
}

/** `/\s/.test(ch)` for one UTF-16 code unit, without a regex call per character. */
export function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * A copy of `s` that does not keep a larger string alive. V8 represents `slice` results as views
 * into their parent; a memoised value or key that is such a view pins the whole paragraph (or
 * chunk) it came from. Prefixing makes a new string, which `slice` flattens into fresh storage.
 */
export function detached(s: string): string {
  return ` ${s}`.slice(1);
}
