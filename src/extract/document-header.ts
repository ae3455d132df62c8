// What the opening blocks say of the document as a whole: its title, its period (stated, or a
// month the title names), and for an e-mailed report the subject and date of its mail header.

import type { Period } from "../core/incident.ts";
import { countriesIn, findArena } from "./arenas.ts";
import type { Block } from "./blocks.ts";
import { findDates, findPeriod } from "./dates.ts";
import { findMonthPeriod, findQuarter } from "./month-period.ts";
import { dateAlone } from "./date-alone.ts";
import { readMailHeader } from "./mail-header.ts";
import { cleanQuote, normalizeForMatching } from "./text.ts";

/** Blocks read for a stated period, and for a mail header. */
const PERIOD_BLOCKS = 12;
const MAIL_BLOCKS = 8;
/** Opening blocks where a short line naming a month dates the document. */
const MONTH_BLOCKS = 4;
/** "By a staff reporter | June 18, 2022": a byline that dates the piece. */
const BYLINE_RE = /^\s*By\s+[^|]{2,60}?(?:\||,|\s[–—-])\s*(.*\d{4}.*)$/;
/** ", Media Centre, Naguru" after a date line: where the briefing was held. */
const TRAILING_PLACE_RE = /(?:,\s*(?:the\s+)?[A-Z][^,\d]{2,40}){1,3}\s*$/;
// "Field notes, published 24 June 2019": a short label before it.
const ISSUED_RE = /^\s*(?:[A-Z][\w ]{1,30},\s+)?(?:(?:Issue|Report|Bulletin|Edition|First|Last)\s+)?(?:Published|Posted|Issued|Released|Updated|Prepared|Compiled|Produced|Date of issue|Date of publication|Publication date|Date de publication|Publi[ée] le|As of|As at)\b\s*(?:on\s+)?:?\s*(.+)$/i;

/** The parts of a line cut by bars or middle dots, when it has more than one. */
function barParts(line: string): string[] {
  const parts = line.split(/\s+[|·•]\s+/);
  return parts.length > 1 ? parts.map((p) => p.trim()) : [];
}

/** The line of a block that states the document's period, cleaned of markup. */
function periodLine(b: Block): string {
  const lines = b.raw.split("\n");
  const line = lines.length > 1 ? lines.find((l) => findPeriod(normalizeForMatching(l))) : undefined;
  return line === undefined ? b.quote.trim() : cleanQuote(line).trim();
}

export interface HeaderReading {
  /** The block is mail header only: nothing else is read from it. */
  mail: boolean;
  /** This block gave the document its title. */
  title: boolean;
  /** Countries the title names (or the arena it names stands for), when this block gave the title. */
  titleCountries: string[] | null;
  /** The block states the document's period ("25 February - 3 March 2023") or its date: it is no day header. */
  period: boolean;
}

export class DocumentHeader {
  title: string | null = null;
  period: Period | null = null;
  /** The publication date a mail header or a title dated to the day gives. */
  dated: string | null = null;
  #periodIsMonth = false;
  #periodIsQuarter = false;
  #blocks = 0;

  read(b: Block): HeaderReading {
    this.#blocks++;
    let period = false;
    if (this.#blocks <= PERIOD_BLOCKS && (!this.period || this.#periodIsMonth)) {
      const p = findPeriod(b.norm);
      if (p) {
        this.period = { start: p.start, end: p.end };
        this.#periodIsMonth = false;
        period = true;
        // The line stating the period joins the title; the rest of its block (a note, a paragraph) does not.
        const stated = periodLine(b);
        if (this.title && !this.title.includes(stated) && stated.length <= 100) this.title = /^\(.*\)$/.test(stated) ? `${this.title} ${stated}` : `${this.title} (${stated})`;
      }
    }
    // "Reporting month: May 2023" on a short line under the title: the month is the period until one is stated.
    // A line of months under a title that named the quarter ("Q2 2019" over "April-June 2019") states it again.
    if ((!this.period || this.#periodIsQuarter) && this.title !== null && this.#blocks <= MONTH_BLOCKS && b.norm.length < 100) {
      const months = findMonthPeriod(b.norm);
      if (months) {
        this.period = months;
        this.#periodIsMonth = true;
        this.#periodIsQuarter = false;
        period = true;
      }
    }
    // "North Africa jihadist activity, Q2 2016 (April-June)" in the title block: the quarter.
    if (!this.period && this.#blocks <= MONTH_BLOCKS && b.norm.length < 300) {
      this.period = findQuarter(b.norm);
      this.#periodIsMonth = this.#periodIsQuarter = this.period !== null;
      period = this.period !== null;
    }
    // "Published 5 February 2024", "Date of issue: 8 June 2023", or a news page's timestamp line
    // ("September 9, 2022 2:12 PM UTC") before any period: the publication date, no day header.
    // "Daily round-up | March 14, 2023", "Issue published 15 August 2023 | Compiled from ...": each
    // part of a line cut by bars is read on its own.
    if (this.#blocks <= PERIOD_BLOCKS && this.dated === null && b.norm.length < 200) {
      // And a header sentence opening a longer block ("Compiled on Monday 20 June 2022 from ... . Items are ...").
      const lead = b.norm.length >= 100 && ISSUED_RE.test(b.norm) ? [b.norm.slice(0, b.norm.search(/\.\s|$/))] : [];
      for (const part of b.norm.length < 100 ? [b.norm, ...barParts(b.norm)] : [...lead, ...barParts(b.norm)]) {
        const issued = ISSUED_RE.exec(part) ?? BYLINE_RE.exec(part);
        // A bare date only near the top: further down it is more likely a day header.
        // "Monday, 22nd November 2021, 11:00 a.m., Media Centre, Naguru": a briefing's date line, its place after it.
        const stamp = !issued && !this.period && this.#blocks <= MONTH_BLOCKS ? dateAlone(part, {}, { withYear: true, withTime: true }) ?? dateAlone(part.replace(TRAILING_PLACE_RE, ""), {}, { withYear: true, withTime: true }) : null;
        if (issued) this.dated = findDates(issued[1]!).find((d) => d.hasYear && d.precision === 1)?.date ?? null;
        else if (stamp) {
          this.dated = stamp;
          period = true;
        }
        if (this.dated !== null) break;
      }
    }
    const mail = this.#blocks <= MAIL_BLOCKS ? readMailHeader(b.raw) : null;
    if (mail) {
      if (mail.date && this.dated === null) this.dated = findDates(mail.date).find((d) => d.hasYear && d.precision === 1)?.date ?? null;
      // The subject titles the report and names its arena.
      const arena = mail.subject ? findArena(mail.subject) : null;
      const titled = mail.subject ? this.#titled(mail.subject, mail.subject) : false;
      return { mail: true, period, title: titled, titleCountries: titled ? [...new Set([...countriesIn(mail.subject!), ...(arena?.countries ?? [])])] : null };
    }
    if (b.kind === "heading" || b.kind === "paragraph") {
      // Countries the title names are the context until a heading says otherwise.
      if (this.#titled(b.quote, b.norm)) return { mail: false, period, title: true, titleCountries: countriesIn(b.norm) };
    }
    return { mail: false, period, title: false, titleCountries: null };
  }

  /** Takes `quote` as the title if there is none yet. */
  #titled(quote: string, norm: string): boolean {
    if (this.title !== null) return false;
    this.title = quote.slice(0, 200);
    // A title naming only a month ("roundup, July 2019") dates what follows until a period is stated.
    if (!this.period) {
      this.period = findMonthPeriod(norm);
      this.#periodIsMonth = this.period !== null;
    }
    // "HORN WIRE, 11 March 2022": the day the report was issued.
    if (!this.period && this.dated === null) this.dated = findDates(norm).find((d) => d.hasYear && d.precision === 1)?.date ?? null;
    return true;
  }
}
