import { test } from "node:test";
import assert from "node:assert/strict";
import { cleanQuote, isSpace, normalizeForMatching, RawWalker, rawSpan, splitSentences } from "./text.ts";

test("cleanQuote drops bullets and bold markers but keeps the words", () => {
  assert.equal(cleanQuote("- ▶ **On May 2, 2022**, a patrol was hit."), "On May 2, 2022, a patrol was hit.");
  assert.equal(cleanQuote("► **On May 2, 2022, an IED was activated.** Two died."), "On May 2, 2022, an IED was activated. Two died.");
  assert.equal(cleanQuote("3. On May 2, 2022, _gunmen_ fired."), "On May 2, 2022, gunmen fired.");
  assert.equal(cleanQuote("## Diyala Province"), "Diyala Province");
});

test("normalizeForMatching keeps length and plain-ASCII quotes", () => {
  const q = "ISIS’s “agent” – Raqqa⁵";
  const n = normalizeForMatching(q);
  assert.equal(n.length, q.length);
  assert.equal(n, `ISIS's "agent" - Raqqa `);
});

test("splitSentences does not end a sentence at i.e. or Gen.", () => {
  const s = splitSentences("Khorasan, i.e. Afghanistan, saw attacks. Gen. Ali was killed. He died (AFP, May 2, 2021). Next one.");
  assert.deepEqual(s.map((x) => x.text), [
    "Khorasan, i.e. Afghanistan, saw attacks.",
    "Gen. Ali was killed.",
    "He died (AFP, May 2, 2021).",
    "Next one.",
  ]);
});

test("cleanQuote makes every run of spaces, tabs and no-break or thin spaces one space, and leaves lone spaces", () => {
  assert.equal(cleanQuote("a \t b\u00a0\u00a0c  d\u2009e\u202f f\tg h"), "a b c d e f g h");
  assert.equal(cleanQuote("plain words, one space each"), "plain words, one space each");
});

test("a Markdown link keeps its words and loses its address", () => {
  assert.equal(cleanQuote("* Gunmen killed 2 near [Rashad](https://example.org/map) ([Shafaq News](https://example.org/a), 5 July)."), "Gunmen killed 2 near Rashad (Shafaq News, 5 July).");
});

test("a walk over a paragraph's segments in order gives the same offsets as a walk from the start each time", () => {
  const raw = "- **On 3 May**, gunmen  attacked a post.   On 4 May, a bomb\n  exploded.";
  const cleaned = cleanQuote(raw);
  const walker = new RawWalker(raw, cleaned);
  const second = cleaned.indexOf("On 4 May");
  for (const [from, to] of [[0, 10], [second, cleaned.length]] as const) assert.deepEqual(walker.span(from, to), rawSpan(raw, cleaned, from, to));
});

test("isSpace agrees with a regex's \\s on every UTF-16 code unit", () => {
  for (let c = 0; c < 0x10000; c++) assert.equal(isSpace(c), /\s/.test(String.fromCharCode(c)), `U+${c.toString(16)}`);
});

test("a sentence ending on a transliterated name's last letter ('al-Ra'i.') ends there, while an initial does not", () => {
  assert.equal(splitSentences("The tank was hit near al-Ra'i. Two soldiers were killed.").length, 2);
  assert.equal(splitSentences("The convoy was hit near Tal Abu-Z. Three men died.").length, 2);
  assert.equal(splitSentences("The minister, J. Smith, spoke. He left.").length, 2);
});
