// What the lines of releases, statements and digests say of the text under them: the body that
// issued it, whether a statement's later paragraphs go on with its one item, the headline under a
// digest item's stamp, and the incident an update is about.

import type { SourceRef } from "../core/incident.ts";
import type { Block } from "./blocks.ts";
import { isHeadline, isReleaseHouse, releaseIssuer } from "./report-lines.ts";

export class ReleaseState {
  /** The body whose statement header ("Security Media Cell, 1 October 2020") the items below sit under. */
  issuer: SourceRef | null = null;
  /** Items read under a statement's header: its later paragraphs tell more of the same one. */
  statementItems: number | null = null;
  /**
   * The header line of an update ("UPDATE 2 | BURKINA FASO | Inata | ..."): the paragraphs below
   * revise an incident told before ("" for a follow-up whose headline has not named it yet).
   */
  updateOf: string | null = null;
  /** The day of the release dateline in force ("PR/2019/004 - Bamako, 6 January 2019"): relative days in its text count from it. */
  dateline: string | null = null;
  /** The block after a digest item's stamp may be its headline. */
  #headlineNext = false;
  /** The body a release-number line names ("No PR-112/2023-ISPR"), for the day header under it. */
  #releaseIssuer: string | null = null;

  /**
   * A day header dated `day`: its issuer (its own, a release line's above it, or the house the
   * title names over "[02-08-2023] ..." releases) sources what follows, and it may open a
   * statement, a digest item or a follow-up.
   */
  dayHeader(b: Block, day: string | null, house: string | null): void {
    const issuer = b.issuer ?? this.#releaseIssuer ?? ((b.statement || b.numbered) && isReleaseHouse(house) ? house : null);
    this.issuer = issuer ? { name: issuer, date: day } : null;
    this.#releaseIssuer = null;
    this.statementItems = b.statement ? 0 : null;
    this.#headlineNext = b.headline === true;
    // A follow-up's report revises the item it is about, as an alert's UPDATE header's does.
    this.updateOf = b.followUp ? "" : null;
  }

  /** A digest item's headline under its stamp: no incident or section of its own; a follow-up's names the item it revises. */
  headline(b: Block): boolean {
    const headline = this.#headlineNext && isHeadline(b.quote);
    this.#headlineNext = false;
    if (headline && this.updateOf !== null) this.updateOf = b.quote;
    return headline;
  }

  /** A release's number line ("No PR-112/2023-ISPR"): its issuer is the source of what follows. */
  release(line: string): boolean {
    const release = releaseIssuer(line);
    if (!release) return false;
    this.#releaseIssuer = release;
    this.issuer = { name: release, date: null };
    return true;
  }

  /** A heading past any release line: the statement and its issuer end there. */
  heading(): void {
    this.issuer = null;
    this.statementItems = null;
  }
}
