/**
 * Match keys for place names. Two tiers:
 * - strict: case, diacritics, apostrophes (ʿ ’ '), hyphens and spaces ignored, a leading Arabic
 *   article and trailing administrative words dropped ("Al-Anbar Province" -> "anbar");
 * - loose: also folds the transliteration variants analysts mix (ee/ei/ay -> i, ou/aw -> u,
 *   q -> k, dh -> d, rh -> r, ph -> f, final -ah/-eh -> -a, doubled letters, inner articles), so that
 *   "Al-Mayadeen" meets "Mayadin" and "Deir ez-Zor" meets "Dayr az Zawr".
 * Keys are only ever compared with other keys, so the folding may produce non-words.
 */

/** Arabic (and Arabic-derived) articles, as separate tokens after hyphen splitting. */
const ARTICLES: ReadonlySet<string> = new Set([
  "al", "el", "ar", "as", "ash", "ad", "adh", "an", "at", "ath", "az", "ez", "es", "ed", "en", "er", "et", "ul", "ud", "um",
]);

/** Administrative words that do not change which place is meant; "desert" or "valley" do, so they stay. */
const ADMIN_WORDS: ReadonlySet<string> = new Set([
  "province", "provinces", "governorate", "governate", "state", "region", "district", "subdistrict", "city", "village", "town",
  "area", "municipality", "prefecture", "county", "muhafazah", "muhafazat", "wilayat", "wilaya", "territory", "department",
]);

/** Letters NFD does not decompose. */
const SPECIAL: Readonly<Record<string, string>> = {
  ı: "i", ø: "o", æ: "ae", œ: "oe", ß: "ss", đ: "d", ð: "d", ł: "l", þ: "th", ħ: "h", ŧ: "t", ŋ: "n",
};

const COMBINING = /[\u0300-\u036f]/g;
const APOSTROPHES = /[ʿʾʼʻ'’‘`´]/g;
const NON_ALNUM = /[^a-z0-9]+/g;
const SPECIAL_RE = /[ıøæœßđðłþħŧŋ]/g;
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** Words of letters and digits joined by single spaces or hyphens: their tokens need no clean-up pass. */
const SIMPLE_NAME = /^[A-Za-z0-9]+(?:[ -][A-Za-z0-9]+)*$/;

/** Lowercased ASCII tokens with articles and admin words removed; empty for non-Latin names. */
export function placeTokens(name: string): string[] {
  // Most names of the data are simple; the general path gives them the same tokens.
  const tokens = SIMPLE_NAME.test(name) ? name.toLowerCase().split(SEPARATOR) : cleanTokens(name);
  if (tokens.length === 0) return tokens;
  if (tokens.length > 1 && tokens[0] === "the") tokens.shift();
  while (tokens.length > 1 && ADMIN_WORDS.has(tokens[tokens.length - 1] ?? "")) tokens.pop();
  // "Province of X" / "Governorate of X"
  if (tokens.length > 2 && ADMIN_WORDS.has(tokens[0] ?? "") && tokens[1] === "of") tokens.splice(0, 2);
  if (tokens.length > 1 && ARTICLES.has(tokens[0] ?? "")) tokens.shift();
  return tokens;
}

const SEPARATOR = /[ -]/;

function cleanTokens(name: string): string[] {
  // Plain-ASCII names skip Unicode normalisation.
  const ascii = PRINTABLE_ASCII.test(name);
  const lowered = ascii
    ? name.toLowerCase()
    : name.normalize("NFD").replace(COMBINING, "").toLowerCase().replace(SPECIAL_RE, (c) => SPECIAL[c] ?? c);
  const s = lowered.replace(APOSTROPHES, "").replace(NON_ALNUM, " ").trim();
  return s === "" ? [] : s.split(" ");
}

/** Strict key: tokens joined. */
export function strictKey(tokens: readonly string[]): string {
  return tokens.join("");
}

// One left-to-right pass; a two-letter cluster wins over its first letter alone ("ee" before "e").
// Pairs: ph -> f, dh -> d, rh -> r, ck -> k; ee ei ey ay ai ie iy ea -> i; oo ou ow aw au uw ue -> u.
// Single letters: q -> k, e -> i, o -> u, y -> i.

/** Ta marbuta endings: Hasakah / Hasakeh / Hasaka. */
function taMarbuta(token: string): string {
  if (token.length <= 3) return token;
  if (token.endsWith("ah") || token.endsWith("eh")) return `${token.slice(0, -2)}a`;
  return token.endsWith("e") ? `${token.slice(0, -1)}a` : token;
}

// Folded by a loop over character codes: every gazetteer name is keyed at load.
function looseToken(token: string): string {
  const t = taMarbuta(token);
  let out = "";
  const n = t.length;
  for (let i = 0; i < n; ) {
    const c = t.charCodeAt(i);
    const pair = i + 1 < n ? loosePair(c, t.charCodeAt(i + 1)) : "";
    if (pair !== "") {
      out += pair;
      i += 2;
      continue;
    }
    out += looseSingle(c, t[i]!);
    i += 1;
  }
  return out;
}

const CH = (s: string): number => s.charCodeAt(0);
const [a_, c_, d_, e_, h_, i_, k_, o_, p_, q_, r_, u_, w_, y_] = ["a", "c", "d", "e", "h", "i", "k", "o", "p", "q", "r", "u", "w", "y"].map(CH) as [number, number, number, number, number, number, number, number, number, number, number, number, number, number];

/** LOOSE_PAIRS as a switch: the fold of two letters, or "" when they are no pair. */
function loosePair(x: number, y: number): string {
  switch (x) {
    case p_: return y === h_ ? "f" : "";
    case d_: return y === h_ ? "d" : "";
    // "Rhamu" / "Ramu": an h after r marks no sound of its own.
    case r_: return y === h_ ? "r" : "";
    case c_: return y === k_ ? "k" : "";
    case e_: return y === e_ || y === i_ || y === y_ || y === a_ ? "i" : "";
    case a_: return y === y_ || y === i_ ? "i" : y === w_ || y === u_ ? "u" : "";
    case i_: return y === e_ || y === y_ ? "i" : "";
    case o_: return y === o_ || y === u_ || y === w_ ? "u" : "";
    case u_: return y === w_ || y === e_ ? "u" : "";
    default: return "";
  }
}

/** LOOSE_SINGLES as a switch. */
function looseSingle(c: number, ch: string): string {
  return c === q_ ? "k" : c === e_ || c === y_ ? "i" : c === o_ ? "u" : ch;
}

/** Runs of one character made one ("Muqdadiyyah" -> "Muqdadiyah"). */
function undouble(s: string): string {
  let out = "";
  let start = 0;
  for (let i = 1; i < s.length; i++) {
    if (s.charCodeAt(i) === s.charCodeAt(i - 1)) {
      out += s.slice(start, i);
      start = i + 1;
    }
  }
  return start === 0 ? s : out + s.slice(start);
}

/** Words of place names spelled with other vowels than the folding reaches: "Tell/Tel/Tal Tamr", "Jebel/Jabal". */
const WORD_VARIANTS: Readonly<Record<string, string>> = { tall: "tal", tell: "tal", tel: "tal", jebel: "jabal", jbel: "jabal", djebel: "jabal", kfar: "kafr" };

/** Loose key: inner articles dropped too ("Deir ez-Zor" -> "deir zor"), tokens folded. */
export function looseKey(tokens: readonly string[]): string {
  let out = "";
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i] ?? "";
    if (i > 0 && tokens.length > 1 && ARTICLES.has(w)) continue;
    const t = tokens.length > 1 ? WORD_VARIANTS[w] ?? w : w;
    out += looseToken(t);
  }
  return undouble(out);
}

/**
 * Match keys for a name, strict first then loose (the loose one is omitted when equal).
 * Returns [] for names with no Latin letters or digits.
 */
export function placeKeys(name: string): string[] {
  const tokens = placeTokens(name);
  if (tokens.length === 0) return [];
  const strict = strictKey(tokens);
  const loose = looseKey(tokens);
  return loose === strict || loose === "" ? [strict] : [strict, loose];
}

/** Both tiers, always present (loose may equal strict); undefined for names with no Latin letters. */
export function placeKeyPair(name: string): { strict: string; loose: string } | undefined {
  const tokens = placeTokens(name);
  if (tokens.length === 0) return undefined;
  return { strict: strictKey(tokens), loose: looseKey(tokens) };
}
