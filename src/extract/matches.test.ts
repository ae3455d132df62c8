import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { FirstMatches, eachMatch, splitAt } from "./matches.ts";
import { isSpace, splitSentences } from "./text.ts";

const TEXTS = ["", "a", ";", "a;b", ";a;;b;", "  one, two and three; four  ", "x and y, z", "On May 2, 2022, a patrol; two died.", "aaa"];

test("eachMatch yields what matchAll yields, empty matches included", () => {
  for (const re of [/\w+/g, /a*/g, /(?:)/g, /\s*,\s*/g, /;/g]) {
    for (const t of TEXTS) {
      const ours = [...eachMatch(re, t)].map((m) => [m.index, m[0]]);
      const theirs = [...t.matchAll(new RegExp(re.source, re.flags))].map((m) => [m.index, m[0]]);
      assert.deepEqual(ours, theirs, `${re} on ${JSON.stringify(t)}`);
      assert.equal(re.lastIndex, 0);
    }
  }
});

test("splitAt gives the pieces String.prototype.split gives", () => {
  for (const re of [/;\s*/g, /\s+/g, /[.;,]\s+/g, /a*/g, /(?:)/g, /\s*(?:[;:]|,(?!\d{3})|\band\b)\s*/gi]) {
    for (const t of TEXTS) assert.deepEqual(splitAt(t, re), t.split(new RegExp(re.source, re.flags.replace("g", ""))), `${re} on ${JSON.stringify(t)}`);
  }
});

test("isSpace agrees with \\s on every code unit", () => {
  for (let c = 0; c < 0x10000; c++) assert.equal(isSpace(c), /\s/.test(String.fromCharCode(c)));
});

test("splitSentences with a limit gives the first sentences of the full split", () => {
  const t = "Gen. Smith arrived. . Then (it said. more) left! Final";
  assert.deepEqual(splitSentences(t, 1), splitSentences(t).slice(0, 1));
  assert.deepEqual(splitSentences(t, 2), splitSentences(t).slice(0, 2));
});

test("FirstMatches finds each rule's first match as exec does, overlapping and tied rules included", () => {
  // Rules that overlap ("al-Sham"/"Sham"), start at the same place ("Iraq"/"Iraqi army") and use lookbehind and \b.
  const rules = [/\bSham\b/i, /\bal-Sham\b|\bLevant\b/i, /\bIraqi army\b/i, /\bIraq(?:i)?\b/i, /(?<!West )\bAfrica\b/i, /army/i, /\bzz\b/i];
  const fm = new FirstMatches(rules);
  const words = ["al-Sham", "Sham", "Iraqi", "army", "Iraq", "West", "Africa", "the", "AL-SHAM", "armyman", ",", "-", "zz", " "];
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...words), { maxLength: 12 }), fc.constantFrom(" ", "", "-"), (ws, sep) => {
      const text = ws.join(sep);
      const expected = rules.map((re) => re.exec(text)?.index ?? -1);
      assert.deepEqual(fm.indexes(text), expected, text);
      // first(): the rule with the earliest first match, the earlier rule on a tie.
      let best = -1;
      for (let i = 0; i < expected.length; i++) if (expected[i]! >= 0 && (best < 0 || expected[i]! < expected[best]!)) best = i;
      assert.equal(fm.first(text), best, text);
    }),
    { numRuns: 2000 },
  );
  assert.throws(() => new FirstMatches([/a/i, /b/]), /share their flags/);
});
