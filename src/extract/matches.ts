// Regex iteration without the hidden copies: `String.prototype.matchAll` and `split` with a
// regex construct a new RegExp on every call (species constructor), and `split` then tries a
// sticky match at every position. On short incident texts that copy costs more than the scan.

/**
 * Every match of a global regex, as `text.matchAll(re)` gives them. The regex's `lastIndex` is
 * reset before and after, so a module-level regex can be shared (but not nested on itself).
 */
export function* eachMatch(re: RegExp, text: string): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  try {
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0].length === 0) re.lastIndex = advance(text, re.lastIndex, re.unicode);
      yield m;
    }
  } finally {
    re.lastIndex = 0;
  }
}

function advance(text: string, i: number, unicode: boolean): number {
  if (!unicode || i + 1 >= text.length) return i + 1;
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return i + 1;
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff ? i + 2 : i + 1;
}

/**
 * `text.split(re)` for a global regex without capturing groups: the pieces between matches.
 * Same results as the spec's algorithm: the leftmost match at or after each position, an empty
 * match where the last piece ended moves on one position, and no match counts at the very end.
 */
export function splitAt(text: string, re: RegExp): string[] {
  re.lastIndex = 0;
  if (text.length === 0) {
    const m = re.exec(text);
    re.lastIndex = 0;
    return m ? [] : [text];
  }
  const out: string[] = [];
  let p = 0;
  let q = 0;
  while (q < text.length) {
    re.lastIndex = q;
    const m = re.exec(text);
    if (!m || m.index >= text.length) break;
    const e = Math.min(m.index + m[0].length, text.length);
    if (e === p) {
      q = m.index + 1;
      continue;
    }
    out.push(text.slice(p, m.index));
    p = e;
    q = p;
  }
  re.lastIndex = 0;
  out.push(text.slice(p));
  return out;
}
