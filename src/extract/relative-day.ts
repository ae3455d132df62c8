// "yesterday", "last night", "today": a day counted from the date the text was written or posted
// (a claim's timestamp, a wire item's dateline, the bulletin's day header).

const RELATIVE_WORD_RE = /\b(the day before yesterday|yesterday|last night|last evening|earlier today|this (?:morning|afternoon|evening)|today|tonight)\b/i;

/** Days from the reference date that a relative day word in `text` names (yesterday: -1), or null. */
export function relativeDayOffset(text: string): number | null {
  const m = RELATIVE_WORD_RE.exec(text);
  if (!m) return null;
  const w = m[1]!.toLowerCase();
  return w === "the day before yesterday" ? -2 : w === "yesterday" || w.startsWith("last ") ? -1 : 0;
}
