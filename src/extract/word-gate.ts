// A cheap test of which of several regexes can match a text at all, from the words the text
// holds. Each rule's alternatives are read for the literal word each match must begin with
// ("\bambush(?:ed)?" -> a word starting "ambush"; "improvised explosive" -> a word containing
// "improvised"). One pass over the text's words, each looked up once, rules out the rules none
// of whose words occur; the rules left are run as before, so results never change.

import { WORD_CHAR, ruleStems } from "./rule-stems.ts";

const NONE: readonly number[] = [];

/** Character codes of [A-Za-z0-9_], the word characters of non-Unicode regexes. */
const WORD_CODE = new Uint8Array(128);
for (let c = 0; c < 128; c++) WORD_CODE[c] = WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 0;

/** One distinct word, with the rules of each gate (by gate id) it may start. */
export interface Word {
  readonly text: string;
  readonly rules: (readonly number[])[];
  /** The same rules in one array, gate id << 16 | rule: all gates are answered from one object. */
  packed: Int32Array;
  /** Some gate has a rule the word may start: only such words are handed to the gates. */
  relevant: boolean;
}

/** A text's words that some gate reads, as `wordsOf` found them while `gates` gates existed. */
export interface Words {
  readonly text: string;
  readonly list: readonly Word[];
  readonly gates: number;
  /** Every gate's answer for this text, by gate id, read in one pass on the first question. */
  answers?: Uint8Array[];
}

const NO_RULES = new Int32Array(0);

/** Every gate's answer for a text, from its words in one pass (see Word.packed). */
function answersOf(words: Words): Uint8Array[] {
  const out: Uint8Array[] = [];
  // Every gate made so far: a word shared with a later text may already hold rules of gates made since.
  for (let g = 0; g < allGates.length; g++) out.push(allGates[g]!.always.slice());
  const list = words.list;
  for (let w = 0; w < list.length; w++) {
    const packed = list[w]!.packed;
    for (let k = 0; k < packed.length; k++) {
      const e = packed[k]!;
      out[e >>> 16]![e & 0xffff] = 1;
    }
  }
  return out;
}

/** Every gate made, by id: a word's rules are read for all of them when it is first seen. */
const allGates: WordGate[] = [];

/*
 * Every word seen, shared by all gates: a text's words are looked up once, whatever reads them.
 * An open-addressed table keyed by a hash read while scanning, so a word is not cut out of the
 * text to be found. It is kept in typed arrays, eight numbers a slot (hash, where its characters
 * start in `chars`, length, state: gates read plus RELEVANT, then its first eight characters two
 * a number), because between two incidents the rest of the extractor pushes it out of the CPU
 * cache: a word no gate reads (most) of up to eight characters is answered from one cache line,
 * without touching an object or the character pool.
 */
const TABLE_BITS = 14;
const TABLE_MASK = (1 << TABLE_BITS) - 1;
/** At most half full, so probes stay short. */
const WORD_LIMIT = 1 << (TABLE_BITS - 1);
const RELEVANT = 256;
const SLOT = 8;
let table = new Int32Array(SLOT << TABLE_BITS);
let chars = new Uint16Array(1 << 16);
let charsUsed = 0;
/** The word of a slot, made when it is first seen; read again only for relevant words. */
let entries: (Word | undefined)[] = new Array<Word | undefined>(1 << TABLE_BITS).fill(undefined);
let stored = 0;

/** True when text[from, from + length) is the word of the slot at `base` (its length already equal). */
function sameChars(base: number, text: string, from: number, length: number): boolean {
  const inline = length < 8 ? length : 8;
  for (let k = 0; k < inline; k++) {
    const pair = table[base + 4 + (k >> 1)]!;
    if (((k & 1) === 0 ? pair & 0xffff : pair >>> 16) !== text.charCodeAt(from + k)) return false;
  }
  const start = table[base + 1]!;
  for (let k = 8; k < length; k++) if (chars[start + k] !== text.charCodeAt(from + k)) return false;
  return true;
}

/** The slot of text[from, to), added when new. */
function slotOf(text: string, from: number, to: number, hash: number): number {
  const length = to - from;
  let at = hash & TABLE_MASK;
  for (let len = table[at * SLOT + 2]!; len !== 0; len = table[at * SLOT + 2]!) {
    const base = at * SLOT;
    if (table[base] === hash && len === length && sameChars(base, text, from, length)) return at;
    at = (at + 1) & TABLE_MASK;
  }
  if (stored >= WORD_LIMIT) {
    // Half full: start again (words already handed out stay valid objects).
    table = new Int32Array(SLOT << TABLE_BITS);
    entries = new Array<Word | undefined>(1 << TABLE_BITS).fill(undefined);
    charsUsed = 0;
    stored = 0;
    return slotOf(text, from, to, hash);
  }
  if (charsUsed + length > chars.length) {
    const more = new Uint16Array(Math.max(chars.length * 2, charsUsed + length));
    more.set(chars);
    chars = more;
  }
  for (let k = 0; k < length; k++) chars[charsUsed + k] = text.charCodeAt(from + k);
  const base = at * SLOT;
  table[base] = hash;
  table[base + 1] = charsUsed;
  table[base + 2] = length;
  table[base + 3] = 0;
  for (let k = 0; k < length && k < 8; k++) {
    const i = base + 4 + (k >> 1);
    table[i] = table[i]! | (text.charCodeAt(from + k) << ((k & 1) * 16));
  }
  charsUsed += length;
  // A copy, not a slice: a slice would keep the whole text alive.
  entries[at] = { text: ` ${text.slice(from, to)}`.slice(1), rules: [], packed: NO_RULES, relevant: false };
  stored++;
  return at;
}

/** Reads the word of slot `at` for the gates made since it was last read; its new state. */
function readForNewGates(at: number): number {
  const word = entries[at]!;
  for (let g = word.rules.length; g < allGates.length; g++) {
    const rules = allGates[g]!.rulesOf(word.text);
    word.rules.push(rules);
    if (rules.length > 0) word.relevant = true;
  }
  word.packed = Int32Array.from(word.rules.flatMap((rules, gate) => rules.map((rule) => (gate << 16) | rule)));
  const state = word.rules.length | (word.relevant ? RELEVANT : 0);
  table[at * SLOT + 3] = state;
  return state;
}

/**
 * The runs of [A-Za-z0-9_] in `text` that some gate's rules may start, in order. Read once per
 * text and handed to several gates, so a text shared by several rule families is scanned once.
 */
export function wordsOf(text: string): Words {
  const list: Word[] = [];
  const n = text.length;
  const gates = allGates.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c >= 128 || WORD_CODE[c] === 0) {
      i++;
      continue;
    }
    // FNV-1a over the word's character codes.
    let hash = Math.imul(0x811c9dc5 ^ c, 0x01000193);
    let j = i + 1;
    for (; j < n; j++) {
      const d = text.charCodeAt(j);
      if (d >= 128 || WORD_CODE[d] === 0) break;
      hash = Math.imul(hash ^ d, 0x01000193);
    }
    const at = slotOf(text, i, j, hash);
    let state = table[at * SLOT + 3]!;
    if ((state & (RELEVANT - 1)) < gates) state = readForNewGates(at);
    if ((state & RELEVANT) !== 0) list.push(entries[at]!);
    i = j + 1;
  }
  return { text, list, gates };
}

/**
 * Which of `rules` can match a text. `wordStart` stems are only sound on the very text the words
 * came from (or one cut at word boundaries); `contains` mode reads every stem as "anywhere in a
 * word", which holds for any slice of the text too (its words are parts of the text's words).
 */
export class WordGate {
  readonly #id: number;
  readonly #always: Uint8Array;
  /** Stems a word must begin with, by their first character (case-folded for /i rules). */
  readonly #byFirst = new Map<string, { rule: number; text: string; fold: boolean }[]>();
  /** Stems a word may hold anywhere. */
  readonly #anywhere: { rule: number; text: string; fold: boolean }[] = [];

  constructor(rules: readonly RegExp[], mode: "wordStart" | "contains") {
    const stems = rules.map(ruleStems);
    this.#always = Uint8Array.from(stems, (s) => (s === null ? 1 : 0));
    stems.forEach((list, rule) => {
      const fold = rules[rule]!.ignoreCase;
      for (const s of list ?? []) {
        const entry = { rule, text: s.text, fold };
        if (s.atWordStart && mode === "wordStart") {
          const first = s.text[0]!;
          const bucket = this.#byFirst.get(first) ?? [];
          bucket.push(entry);
          this.#byFirst.set(first, bucket);
        } else this.#anywhere.push(entry);
      }
    });
    this.#id = allGates.length;
    // A slot's state counts the gates read in its low byte.
    if (this.#id >= RELEVANT - 1 || rules.length > 0xffff) throw new Error("WordGate: too many gates or rules");
    allGates.push(this);
  }

  /** For each rule, false when it cannot match `text` (nor, in contains mode, any slice of it). */
  possible(text: string): boolean[] {
    return Array.from(this.possibleIn(wordsOf(text)), (v) => v === 1);
  }

  /** `possible` from the text's words (`wordsOf(text)`): 1 where a rule may match, 0 where it cannot. */
  possibleIn(words: Words): Uint8Array {
    // Words read before this gate was made left out the ones only it reads.
    if (this.#id >= words.gates) return this.possibleIn(wordsOf(words.text));
    return (words.answers ??= answersOf(words))[this.#id]!.slice();
  }

  /** The rules no word can rule out, 1 each (the others 0): the answer for a text without words. */
  get always(): Uint8Array {
    return this.#always;
  }

  /** The rules whose stems `word` holds (at its start, or anywhere for stems read that way). */
  rulesOf(word: string): readonly number[] {
    const found: number[] = [];
    const lower = word.toLowerCase();
    const add = (rule: number): void => {
      if (!found.includes(rule)) found.push(rule);
    };
    // A stem a word begins with shares its first character, in the word's case or folded.
    for (const first of new Set([word[0]!, lower[0]!])) {
      for (const s of this.#byFirst.get(first) ?? []) if ((s.fold ? lower : word).startsWith(s.text)) add(s.rule);
    }
    for (const s of this.#anywhere) if ((s.fold ? lower : word).includes(s.text)) add(s.rule);
    return found.length === 0 ? NONE : found;
  }
}
