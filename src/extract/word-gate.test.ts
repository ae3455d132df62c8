import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { WordGate, wordsOf } from "./word-gate.ts";

// Shapes the extractor's rules use: \b words with optional endings, groups, lookbehind, phrases,
// case-sensitive names, stems inside words, anchors, and rules with no literal start at all.
const RULES = [
  /\bambush(?:ed|es|ing)?\b/i,
  /\b(?:an?|the) (?:[\w-]+ )?bomb\b(?! squad)/i,
  /(?<!rocket-propelled )\bgrenades?\b/i,
  /\bISIS\b|\bIS-K\b|\bDa'esh\b/,
  /kill|dead|die[ds]|wound/i,
  /^(?:On|In)\s+\w+/,
  /\s+(?:was|were)\s+hit\b/i,
  /\bset (?:fire|on fire)\b|\bburn(?:ed|t)\b/i,
  /\b(?:rockets?|mortars?)\b|\bRPGs?\b/i,
  /\bsuicide\b|improvised explosive|\bself-detonat/i,
  /[A-Z]{3,}/,
  /\bfir(?:ed|ing)\s+(?:[\w-]+\s+){0,2}?(?:rockets?|shells?)\b/gi,
];
const PIECES = ["ambush", "ambushed", "Ambushes", "a", "the", "bomb", "bombs", "squad", "rocket-propelled", "grenade", "grenades", "ISIS", "isis", "IS-K", "Da'esh", "kill", "skilled", "dead", "dies", "wound", "On", "In", "was", "were", "hit", "set", "fire", "on", "burnt", "burned", "Rockets", "mortar", "RPG", "rpgs", "suicide", "improvised", "explosive", "self-detonating", "fired", "firing", "shells", "unambushed", "xbomb", "ABC", "_", "9"];
const SEPS = [" ", "  ", ", ", ".", "-", "'", "(", ")", ""];

test("a rule the gate rules out never matches the text, nor in contains mode any slice of it", () => {
  const starts = new WordGate(RULES, "wordStart");
  const contains = new WordGate(RULES, "contains");
  const text = fc.array(fc.tuple(fc.constantFrom(...PIECES), fc.constantFrom(...SEPS)), { maxLength: 14 }).map((parts) => parts.map(([w, s]) => w + s).join(""));
  fc.assert(
    fc.property(text, fc.nat(), fc.nat(), (t, a, b) => {
      const ps = starts.possible(t);
      const pc = contains.possible(t);
      const [from, to] = [a % (t.length + 1), b % (t.length + 1)].sort((x, y) => x - y) as [number, number];
      const slice = t.slice(from, to);
      RULES.forEach((re, i) => {
        re.lastIndex = 0;
        if (re.test(t)) {
          assert.ok(ps[i], `${re} matches ${JSON.stringify(t)}`);
          assert.ok(pc[i], `${re} matches ${JSON.stringify(t)} (contains)`);
        }
        re.lastIndex = 0;
        if (re.test(slice)) assert.ok(pc[i], `${re} matches the slice ${JSON.stringify(slice)} of ${JSON.stringify(t)}`);
        re.lastIndex = 0;
      });
    }),
    { numRuns: 5000 },
  );
});

test("a rule without stems is always tried", () => {
  const gate = new WordGate([/\bambush/i, /\s+was/], "wordStart");
  assert.deepEqual(gate.possible("They were AMBUSHED."), [true, true]);
  assert.deepEqual(gate.possible("A quiet day."), [false, true]);
});

test("a text's words are its runs of ASCII letters, digits and underscores that some gate reads, in order", () => {
  new WordGate([/\bQoph\b/, /\b3\b/, /\bVex\b/, /\bs\b/, /\bNaba\b/, /\bhit_it\b/, /\bx\b/], "wordStart");
  const words = wordsOf("Qoph 3 jumped, Vex's lynx (pyx-Naba) hit_it é-x");
  assert.deepEqual(words.list.map((w) => w.text), ["Qoph", "3", "Vex", "s", "Naba", "hit_it", "x"]);
  assert.deepEqual(wordsOf("").list, []);
  // The same word is one entry, whichever text it came from.
  assert.equal(wordsOf("Vex").list[0], wordsOf("the Vex cell").list.find((w) => w.text === "Vex"));
});

test("a gate made after a text's words were read still sees the words only it reads", () => {
  const words = wordsOf("A grenade hit the zebu market.");
  const late = new WordGate([/\bzebu\b/, /\bgiraffe\b/], "wordStart");
  assert.deepEqual([...late.possibleIn(words)], [1, 0]);
});

test("several gates read the same words and each answers for its own rules", () => {
  const a = new WordGate([/\bambush/i, /\brocket/i], "wordStart");
  const b = new WordGate([/\bISIS\b/, /kill/i], "contains");
  const words = wordsOf("ISIS fighters ambushed a patrol, killing two.");
  assert.deepEqual([...a.possibleIn(words)], [1, 0]);
  assert.deepEqual([...b.possibleIn(words)], [1, 1]);
  assert.deepEqual([...a.possibleIn(wordsOf("A rocket hit."))], [0, 1]);
});


test("words longer than the characters a slot holds, or sharing their first eight, stay apart", () => {
  const gate = new WordGate([/\binfiltration\b/i, /\binfiltrated\b/i, /\bqq\b/], "wordStart");
  assert.deepEqual([...gate.possibleIn(wordsOf("infiltrated"))], [0, 1, 0]);
  assert.deepEqual([...gate.possibleIn(wordsOf("infiltration"))], [1, 0, 0]);
  assert.deepEqual([...gate.possibleIn(wordsOf("infiltrat infiltrations"))], [1, 0, 0]);
  assert.deepEqual([...gate.possibleIn(wordsOf("q qq"))], [0, 0, 1]);
});

test("a text's words read before a gate was made are still answered for the older gates", () => {
  const old = new WordGate([/\bokapi\b/], "wordStart");
  const words = wordsOf("an okapi and a quokka");
  const later = new WordGate([/\bquokka\b/, /\bokapi\b/], "wordStart");
  // A later text reads the shared words for the new gate too.
  wordsOf("okapi quokka");
  assert.deepEqual([...old.possibleIn(words)], [1]);
  assert.deepEqual([...later.possibleIn(words)], [1, 1]);
});
