// Which of many literal words occur in a text, and where, in one pass over its characters
// (an Aho-Corasick automaton). Each word carries a mask of the rules it gates: a rule whose
// every match holds one of its words cannot match a stretch of text where none of them ends.
// Letters match either case and only ASCII letters, as under a non-unicode /i regex (which
// never folds a non-ASCII character to an ASCII letter); a space matches only U+0020.

const SPACE = 26;
const OTHER = 27;
const SYMBOLS = 28;

function symbolOf(c: number): number {
  if (c >= 97 && c <= 122) return c - 97;
  if (c >= 65 && c <= 90) return c - 65;
  return c === 32 ? SPACE : OTHER;
}

const ASCII_SYMBOL = Uint8Array.from({ length: 128 }, (_, c) => symbolOf(c));

export class LiteralScanner {
  /** state * SYMBOLS + symbol -> the next state, as state * SYMBOLS. */
  readonly #next: Int32Array;
  /** state * SYMBOLS -> the masks of the words that end there. */
  readonly #out: Int32Array;

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
    for (let i = 0; i < next.length; i++) next[i] = next[i]! * SYMBOLS;
    this.#next = next;
    this.#out = new Int32Array(trie.length * SYMBOLS);
    for (let s = 0; s < trie.length; s++) this.#out[s * SYMBOLS] = out[s]!;
  }

  /** Appends (end, mask) for each place where words end in `text`; returns the masks of all of them. */
  scan(text: string, hits: number[]): number {
    const next = this.#next;
    const out = this.#out;
    // States are kept as their row's offset in `next` (state * SYMBOLS), symbols looked up in a table.
    let row = 0;
    let all = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      row = next[row + (c < 128 ? ASCII_SYMBOL[c]! : OTHER)]!;
      const m = out[row]!;
      if (m !== 0) {
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
