// Document layout: raw lines in, blocks out. A block is a heading, a footnote, a caption,
// a day header, or a paragraph/bullet (hard-wrapped lines joined). Streaming: feed lines,
// blocks come out as soon as the next line shows where they end.

import { blankFootnoteNumbers, cleanQuote, normalizeForMatching } from "./text.ts";
import { LEADER, isLabelCountRow, isTabRow, isTableRow } from "./table-lines.ts";
import { DAY_HEADER_RE, STAMP_LINE_RE, dayHeaderOf } from "./day-headers.ts";
import { MONTH_RE } from "./dates.ts";
import { capitalsBeforeProse, COLUMN_SLACK, DATE_LABEL_LINE_RE, headline, headlineOverParagraph, isHeadingText, nextItem, OPEN_END_RE, unwrappedParagraph } from "./line-shapes.ts";

export const BLOCK_KINDS = ["heading", "footnote", "caption", "day_header", "paragraph"] as const;
export type BlockKind = (typeof BLOCK_KINDS)[number];

export interface Block {
  kind: BlockKind;
  /** Cleaned text (markdown, bullets and layout gone; words verbatim). */
  quote: string;
  /** `quote` with plain quotes and dashes, same length. */
  norm: string;
  /** The block's text exactly as in the document. */
  raw: string;
  /** Raw offsets of the block in the document, [start, end). */
  start: number;
  end: number;
  /** 1-based line of the block's first line. */
  line: number;
  bullet: boolean;
  /** Footnote markers attached to a heading ("ISIS's activity in Syria³" -> ["3"]) or a footnote's own number. */
  markers: string[];
  /** For day headers: the date text and what follows it on the line. */
  dateText?: string;
  rest?: string;
  /** For a statement's header line ("Security Media Cell, 1 October 2020, 10:15"): the body that issued it. */
  issuer?: string;
  /** A statement's or brief's header (issuer or "Erbil – 15 March 2021"): the paragraphs below it are one item. */
  statement?: true;
  /** A numbered statement's header ("Statement No. 131 | Sunday 16 May 2021"). */
  numbered?: true;
  /** A digest's item stamp: the next short line is its headline; `followUp` when it marks a later report. */
  headline?: true;
  followUp?: true;
}

// "3/ " numbers the posts of a thread, as "3." and "3)" number items.
// Numbered items also by letter or lower-case Roman numeral: "a)", "B.", "iv.".
const BULLET_RE = /^\s*(?:[-–—•▶►◆◇▪▫●○■□‣⁃∙·*+]+|(?:\(?\d{1,3}[.)]|\d{1,3}\/)(?!\d)|\(?(?:[ivx]{1,4}|[a-hA-H])[.)])\s+/u;
const BANNER_RE = /^\s*([=*#~_-])\1{2,}\s*([^=*#~_\s][^=*#~_]{0,60}?)\s*\1{3,}\s*$/;
const FOOTNOTE_RE = /^\s*(?:⁽?([⁰¹²³⁴⁵⁶⁷⁸⁹]+)⁾?|\[(\d{1,3})\]|\^(\d{1,3}))\s*(\S.*)$/u;
// "Attacks north of Baghdad(1)": a number in parentheses set against the heading's last word marks it too.
const HEADING_MARKER_RE = /(?:⁽?([⁰¹²³⁴⁵⁶⁷⁸⁹]+)⁾?|\[(\d{1,3})\]|\^(\d{1,3})|(?<=\p{L})\((\d{1,2})\))\s*[:.]?\s*$/u;
const CITATION_TAIL_RE = /\([^()]*(?:\d{4}|Wikipedia|Telegram|Amaq|Reuters|AFP)[^()]*\)\s*\.?\s*$/;
/** "Spotlight on Global Jihad (February 10-16, 2022)": a closing parenthesis holding only dates is a title's period, not a citation. */
function datesOnlyTail(quote: string): boolean {
  const inner = /\(([^()]*)\)\s*\.?\s*$/.exec(quote)?.[1] ?? "";
  return inner.replace(new RegExp(MONTH_RE, "gi"), "").replace(/\b(?:to|and|until)\b|[\d\s,.–—-]/g, "") === "";
}
const CAPTION_START_RE = /^(?:Right|Left|Above|Below|Top|Bottom|Photo|Image|Map|Infographic|Picture|Screenshot|Source|Caption|Figure|Fig\.)\b/i;
const SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";
// A caption names a picture; a line with a finite verb is a sentence that happens to end in a citation.
/**
 * "The Sinai Peninsula (according to claims of the Sinai Province posted on Telegram)", "... went on this week
 * (according to claims ... posted on Twitter):": a claims note in brackets closing a heading or a list's lead
 * sentence, with the colon that opens the list. Such a line is no caption; incident-cues.ts reads its note.
 */
export const BRACKETED_NOTE_RE = /\(((?:according to|based on)\s+[^()]*\bclaims?\b[^()]*)\)\s*(:?)\s*$/i;
const CLAUSE_VERB_RE = /\b(?:was|were|is|are|has|have|had|carried out|claimed|killed|wounded|reported|attacked|said|stated)\b/i;

/** "³" -> "3": a superscript mark as the digits its footnote is numbered by. */
export function toDigits(s: string): string {
  let out = "";
  for (const ch of s) {
    const i = SUPERSCRIPTS.indexOf(ch);
    out += i >= 0 ? String(i) : ch;
  }
  return out;
}

/**
 * A line of a labelled record, as military and e-mailed SITREPs write one incident:
 * "DTG: 130545Z MAR 23", "LOCATION: ...", "CASUALTIES: 2 KIA / 4 WIA". Consecutive such lines
 * are one record, so one block, however short each line is. An incident log typed by hand labels
 * the same fields in title case ("Date: 15 September 2021", "Location: Konduga, Borno State").
 */
export const RECORD_LINE_RE =
  /^\s*(?:[A-Z][A-Z0-9/&() -]{0,24}[A-Z)]|(?:Date|Time|Date\/time|Location|Place|Area|Type|Event|Incident|Details|Narrative|Summary|Description|Casualties|Attribution|Perpetrator|Actor|Claim|Source|Sources|Remarks|Comment|Target|Weapon|Method)):\s+\S/;
/**
 * Page furniture of text pasted from a PDF: a document symbol ("S/2021/389"), a job number and
 * page ("21-05512   7/29"), "Page 7 of 29", "- 7 -". Only read while a paragraph is held.
 */
const PAGE_FURNITURE_RE = /^\s*(?:(?:Page\s+\d{1,4}(?:\s+of\s+\d{1,4})?|\d{1,4}\/\d{1,4}|\d{2}-\d{4,6}|[A-Z]{1,4}\/\d{4}\/\d{1,5}|[-–]\s*\d{1,4}\s*[-–]|\d{1,4})\s*){1,3}$/;
/** A line of one rule character ("=====", "*****", "~~~~~"): a section's rule. */
const RULE_LINE_RE = /^\s*([=*#~_-])\1{2,}\s*$/;
const YEAR_RE = /\b(?:19|20)\d\d\b/;
/** A line ending on a month and year, or a year, after a dash or a comma: a title's dateline. */
const TITLE_DATE_END_RE = new RegExp(`\\s[-–—,|:]\\s*(?:\\d{1,2}\\s+)?(?:${MONTH_RE}\\s+)?(?:\\d{1,2},?\\s+)?(?:19|20)\\d\\d\\s*$`, "i");
/** The rule above a page's footnotes. */
const FOOT_RULE_RE = /^\s*[_—–-]{5,}\s*$/;
const LEADING_DATE_RE = /^\s*(?:(?:19|20)\d\d-\d\d-\d\d|\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}\b)/;

/** Longest line and paragraph kept whole; beyond them text is cut (still extracted, piece by piece). */
const MAX_LINE = 64 * 1024;
const MAX_BLOCK = 64 * 1024;

interface Line {
  text: string;
  start: number;
  end: number;
  line: number;
}

/** "Iraq ..... 4 attacks / 11 killed": a label led by dots to its figures, a row of its own however long. */
const LEADER_ROW_RE = new RegExp(`\\S\\s*${LEADER}\\s*\\d`);
/** "West Africa: 14", "Iraq: 2 attacks": a line of a list of counts, not a section title. */
// "Reported fatalities this week: 41 (previous week: 22)": the same, with the period before's figure.
const LABEL_COLON_COUNT_RE = new RegExp(`^[^:\\d]{2,60}(?::|${LEADER})\\s*\\d{1,3}(?:,\\d{3})*\\s*(?:attacks|operations|incidents|killed|wounded|casualties)?\\s*(?:\\((?:previous|last|prior|preceding) (?:week|month|period)\\s*:?\\s*\\d{1,3}(?:,\\d{3})*\\))?\\s*$`, "i");

/** Classify one finished block of lines. */
function classify(lines: Line[], headingAllowed: boolean): Block {
  const first = lines[0]!;
  const last = lines[lines.length - 1]!;
  const raw = lines.map((l) => l.text).join("\n");
  const bullet = BULLET_RE.test(first.text) && !/^\s*\d{1,3}[.)]\s*$/.test(first.text);
  const quote = cleanQuote(raw);
  const base = { raw, quote, norm: blankFootnoteNumbers(normalizeForMatching(quote)), start: first.start, end: last.end, line: first.line, bullet, markers: [] as string[] };
  const foot = FOOTNOTE_RE.exec(raw);
  if (foot && !bullet) {
    const marker = toDigits(foot[1] ?? foot[2] ?? foot[3] ?? "");
    const q = cleanQuote(foot[4]!);
    return { ...base, kind: "footnote", quote: q, norm: normalizeForMatching(q), markers: [marker] };
  }
  const header = lines.length === 1 ? dayHeaderOf(first.text) : null;
  if (header) return { ...base, kind: "day_header", ...header };
  // "==== AVRIL / APRIL ====": a section title between rules of one character.
  const banner = lines.length === 1 ? BANNER_RE.exec(first.text) : null;
  if (banner) {
    const q = cleanQuote(banner[2]!);
    return { ...base, kind: "heading", quote: q, norm: normalizeForMatching(q), markers: [] };
  }
  // "2. Democratic Republic of the Congo": a numbered section title, not a list item.
  const numberedTitle = bullet && /^\s*(?:\d{1,2}(?:\.\d{1,2})*\.?|[A-H][.)])\s+\S/.test(first.text) && quote.split(/\s+/).length <= 8 && !/[.;,]$/.test(quote);
  if (lines.length === 1 && (!bullet || numberedTitle)) {
    if (CAPTION_START_RE.test(quote) || (/^\(.*\)$/.test(quote.trim()) && quote.length < 120) || (CITATION_TAIL_RE.test(quote) && !datesOnlyTail(quote) && quote.length < 160 && !/\.\s+[A-Z]/.test(quote) && !CLAUSE_VERB_RE.test(quote.replace(CITATION_TAIL_RE, "")) && !BRACKETED_NOTE_RE.test(quote))) {
      return { ...base, kind: "caption" };
    }
    if (headingAllowed && isHeadingText(quote) && !isTableRow(quote) && !isTabRow(raw) && !isLabelCountRow(quote) && !LABEL_COLON_COUNT_RE.test(quote) && !LEADER_ROW_RE.test(quote)) {
      const mk = HEADING_MARKER_RE.exec(quote);
      const markers = mk ? [toDigits(mk[1] ?? mk[2] ?? mk[3] ?? mk[4] ?? "")] : [];
      return { ...base, kind: "heading", markers };
    }
  }
  // "ISIS operatives carried out several attacks east of the Euphrates¹:": a list's introduction marked by a note.
  const listMark = !bullet && /:\s*$/.test(quote) ? HEADING_MARKER_RE.exec(quote) : null;
  const markers = listMark && (listMark[1] ?? listMark[2] ?? listMark[3]) ? [toDigits(listMark[1] ?? listMark[2] ?? listMark[3]!)] : [];
  return { ...base, kind: "paragraph", markers };
}

/** Splits a stream of text into blocks. */
export class BlockReader {
  #pending = "";
  #offset = 0;
  #lineNo = 0;
  #current: Line[] = [];
  #currentLength = 0;
  /** The current paragraph stopped mid-sentence at a blank line: a page break may follow. */
  #held = false;
  /** Inside the footnotes at the foot of a page, while a paragraph is held. */
  #pageFoot = false;
  /** The document's first line, lower-cased: a running page header repeats it ("Kivu Security Brief | No. 23"). */
  #firstLine: string | null = null;
  /** The column a hard-wrapped document's lines fill, learnt from its paragraphs; null until one shows it. */
  #width: number | null = null;

  /** Feed text; returns the blocks completed by it. */
  push(chunk: string): Block[] {
    const text = this.#pending + chunk;
    const out: Block[] = [];
    let from = 0;
    for (;;) {
      const nl = text.indexOf("\n", from);
      if (nl < 0) break;
      this.#line(text.slice(from, nl), out);
      this.#offset += nl - from + 1;
      from = nl + 1;
    }
    this.#pending = text.slice(from);
    // A "line" longer than this is not prose: cut it so memory stays bounded.
    while (this.#pending.length > MAX_LINE) {
      const cut = this.#pending.lastIndexOf(" ", MAX_LINE) > 0 ? this.#pending.lastIndexOf(" ", MAX_LINE) + 1 : MAX_LINE;
      this.#line(this.#pending.slice(0, cut), out, false);
      this.#offset += cut;
      this.#pending = this.#pending.slice(cut);
    }
    return out;
  }

  /** Flush what is left at the end of the text. */
  end(): Block[] {
    const out: Block[] = [];
    if (this.#pending) {
      this.#line(this.#pending, out);
      this.#offset += this.#pending.length;
      this.#pending = "";
    }
    this.#flush(out);
    return out;
  }

  #line(rawLine: string, out: Block[], endsLine = true): void {
    if (endsLine) this.#lineNo++;
    const text = rawLine.endsWith("\r") ? rawLine.slice(0, -1) : rawLine;
    const line: Line = { text, start: this.#offset, end: this.#offset + text.length, line: this.#lineNo };
    if (!text.trim()) {
      // A PDF's page break falls anywhere in a paragraph: one cut mid-sentence is held, not ended.
      const last = this.#current[this.#current.length - 1]?.text.trim() ?? "";
      if (this.#held || ((last.length >= 40 || this.#current.length >= 2) && /[a-z,;-]$/.test(last) && !RECORD_LINE_RE.test(last))) this.#held = this.#current.length > 0;
      else this.#flush(out);
      return;
    }
    if (this.#held) {
      // Page furniture is dropped, the page's footnotes are blocks of their own, and a line
      // that goes on in lower case continues the held paragraph; anything else ends it.
      if (PAGE_FURNITURE_RE.test(text) || this.#runningHeader(text)) {
        this.#pageFoot = false;
        return;
      }
      if (this.#pageFoot || FOOT_RULE_RE.test(text)) {
        this.#pageFoot = true;
        if (!FOOT_RULE_RE.test(text)) out.push(classify([line], false));
        return;
      }
      this.#held = false;
      if (/^\s*[a-z]/.test(text)) {
        this.#currentLength += text.length;
        this.#current.push(line);
        return;
      }
      this.#flush(out);
    }
    // "=========": a rule between sections ends the block before it and is no text of its own.
    if (RULE_LINE_RE.test(text)) {
      this.#flush(out);
      return;
    }
    this.#firstLine ??= text.trim().toLowerCase();
    // "[Shafaq News | Fri 02/10/2020 22:15]": an item's stamp is a block of its own, whatever is around it.
    if (text.includes("|") && STAMP_LINE_RE.test(text)) {
      this.#flush(out);
      out.push(classify([line], true));
      return;
    }
    const cur = this.#current;
    if (cur.length > 0) {
      const prev = cur[cur.length - 1]!.text.trim();
      if (RECORD_LINE_RE.test(text) && RECORD_LINE_RE.test(cur[0]!.text) && this.#currentLength <= MAX_BLOCK) {
        this.#currentLength += text.length;
        cur.push(line);
        return;
      }
      // A line that ends on a word no sentence ends with ("the administrator on") goes on, even into a date.
      const open = OPEN_END_RE.test(prev);
      const startsNew =
        BULLET_RE.test(text) || FOOTNOTE_RE.test(text) || DAY_HEADER_RE.test(text) || /^\s*#/.test(text) || isTableRow(text) || isTableRow(prev) || isLabelCountRow(text) || isLabelCountRow(prev) || LEADER_ROW_RE.test(text) || LEADER_ROW_RE.test(prev) || (LEADING_DATE_RE.test(text) && !open) || DATE_LABEL_LINE_RE.test(text) || nextItem(cur[0]!.text, prev, text);
      // Hard-wrapped prose: a long previous line, one that fills the document's column, or one
      // that stops mid-sentence, continues. A line ending in a word cut by a hyphen ("wound-") always goes on.
      const full = this.#width !== null && prev.length >= this.#width - COLUMN_SLACK;
      // "Islamic Emirate statements on operations against ISKP - May 2022": a title's line that ends on its date ends there.
      const titleLine = this.#lineNo <= 6 && TITLE_DATE_END_RE.test(prev);
      // "RADIO SAVA (Mora), Saturday 3 April 2021 - correspondent ...": a dated header line stands alone, however long.
      const headerLine = prev.length >= 40 && prev.length <= 140 && YEAR_RE.test(prev) && cur.length === 1 && dayHeaderOf(prev) !== null;
      const wrapped = !startsNew && !titleLine && !headerLine && (prev.length >= 65 || full || open || (prev.length >= 40 && !/[.:!?)"”]$/.test(prev)) || /[A-Za-z]-$/.test(prev)) && !/^#/.test(prev) && !capitalsBeforeProse(prev, text) && !unwrappedParagraph(prev, text) && !headline(prev) && !(cur.length === 1 && this.#width === null && headlineOverParagraph(prev, text));
      if (!wrapped || this.#currentLength > MAX_BLOCK) this.#flush(out);
    }
    this.#currentLength += text.length;
    this.#current.push(line);
  }

  /** A running page header: the document's first line again, at a page break. */
  #runningHeader(text: string): boolean {
    return this.#firstLine !== null && this.#firstLine.length >= 8 && text.trim().toLowerCase().startsWith(this.#firstLine);
  }

  /**
   * Learns the column of a hard-wrapped layout from a paragraph of four lines or more whose lines
   * but the last all end within a few characters of each other (narrow PDF columns wrap at 40-50).
   */
  #learnWidth(lines: Line[]): void {
    if (lines.length < 4) return;
    let min = Infinity;
    let max = 0;
    for (let i = 0; i < lines.length - 1; i++) {
      const n = lines[i]!.text.trim().length;
      if (n < min) min = n;
      if (n > max) max = n;
    }
    if (max - min <= COLUMN_SLACK && max < 65) this.#width = Math.max(this.#width ?? 0, max);
  }

  #flush(out: Block[]): void {
    this.#held = false;
    this.#pageFoot = false;
    if (this.#current.length === 0) return;
    this.#learnWidth(this.#current);
    out.push(classify(this.#current, true));
    this.#current = [];
    this.#currentLength = 0;
  }
}

/** All blocks of a whole text. */
export function readBlocks(text: string): Block[] {
  const r = new BlockReader();
  return [...r.push(text), ...r.end()];
}
