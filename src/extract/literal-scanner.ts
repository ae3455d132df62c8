// Which of many literal words occur in a text, and where, in one pass over its characters
// (an Aho-Corasick automaton). Each word carries a mask (31 bits) of the rules it gates: a rule whose
// every match holds one of its words cannot match a stretch of text where none of them ends.
// Letters match either case and only ASCII letters, as under a non-unicode /i regex (which
// never folds a non-ASCII character to an ASCII letter); a space matches only U+0020.

const SPACE = 26;
const OTHER = 27;
const SYMBOLS = 28;
/**
 * A state's row in the table: its next states for the 28 symbols (as row offsets) and then the
 * low and high halves of the masks of the words that end there. 32 16-bit cells are one 64-byte
 * cache line, so each character read touches one line (the scan runs between other rules that
 * evict the table; a row per line keeps it cheap to fetch).
 */
const ROW = 32;
const MASK_LOW = 28;
const MASK_HIGH = 29;

function symbolOf(c: number): number {
  if (c >= 97 && c <= 122) return c - 97;
  if (c >= 65 && c <= 90) return c - 65;
  return c === 32 ? SPACE : OTHER;
}

const ASCII_SYMBOL = Uint8Array.from({ length: 128 }, (_, c) => symbolOf(c));

export class LiteralScanner {
  /** The rows of the states, state * ROW onwards. */
  readonly #table: Uint16Array;

  constructor(words: readonly (readonly [string, number])[]) {
    const trie: (number | undefined)[][] = [[]];
    const out: number[] = [0];
    for (const [word, mask] of words) {
      let s = 0;
      for (let i = 0; i < word.length; i++) {
        const a = symbolOf(word.charCodeAt(i));
        if (a === OTHER) throw new Error(`LiteralScanner: "${word}" holds a character other than a letter or a space`);
        let t = trie[s]![a];
        if (t === undefined) {
          t = trie.length;
          trie.push([]);
          out.push(0);
          trie[s]![a] = t;
        }
        s = t;
      }
      out[s] = out[s]! | mask;
    }
    // Breadth first, so a state's fallback (its longest proper suffix in the trie) is complete before it.
    const next = new Int32Array(trie.length * SYMBOLS);
    const fail = new Int32Array(trie.length);
    const queue: number[] = [];
    for (let a = 0; a < SYMBOLS; a++) {
      const t = trie[0]![a];
      if (t !== undefined) {
        next[a] = t;
        queue.push(t);
      }
    }
    for (let q = 0; q < queue.length; q++) {
      const s = queue[q]!;
      out[s] = out[s]! | out[fail[s]!]!;
      for (let a = 0; a < SYMBOLS; a++) {
        const t = trie[s]![a];
        const fallback = next[fail[s]! * SYMBOLS + a]!;
        if (t === undefined) next[s * SYMBOLS + a] = fallback;
        else {
          fail[t] = fallback;
          next[s * SYMBOLS + a] = t;
          queue.push(t);
        }
      }
    }
    if (trie.length * ROW > 0x10000) throw new Error(`LiteralScanner: ${trie.length} states are too many for 16-bit rows`);
    const table = new Uint16Array(trie.length * ROW);
    for (let s = 0; s < trie.length; s++) {
      for (let a = 0; a < SYMBOLS; a++) table[s * ROW + a] = next[s * SYMBOLS + a]! * ROW;
      if (!(out[s]! >= 0 && out[s]! <= 0x7fffffff)) throw new Error("LiteralScanner: a mask must be a non-negative 31-bit number");
      table[s * ROW + MASK_LOW] = out[s]! & 0xffff;
      table[s * ROW + MASK_HIGH] = out[s]! >>> 16;
    }
    this.#table = table;
  }

  /** Appends (end, mask) for each place where words end in `text`; returns the masks of all of them. */
  scan(text: string, hits: number[]): number {
    const table = this.#table;
    let row = 0;
    let all = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      row = table[row + (c < 128 ? ASCII_SYMBOL[c]! : OTHER)]!;
      const low = table[row + MASK_LOW]!;
      const high = table[row + MASK_HIGH]!;
      if ((low | high) !== 0) {
        const m = low | (high << 16);
        hits.push(i + 1, m);
        all |= m;
      }
    }
    return all;
  }
}

/**
 * The masks of the hits that end in (from, to]. A word that starts with a letter and ends there
 * lies inside [from, to) when the text before `from` is punctuation and white space.
 */
export function masksIn(hits: readonly number[], from: number, to: number): number {
  let m = 0;
  for (let i = 0; i < hits.length; i += 2) {
    const end = hits[i]!;
    if (end > to) break;
    if (end > from) m |= hits[i + 1]!;
  }
  return m;
}
