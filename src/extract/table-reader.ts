// The table being read: its header row names the columns, and each data row of the same shape
// comes back as prose for the incident rules (see table-rows.ts).

import type { Block } from "./blocks.ts";
import { isTableRow, isTableRule } from "./table-lines.ts";
import { numericOrder, type DateContext } from "./dates.ts";
import { headerRoles, inferredRoles, rowAsText, splitCells, type ColumnRole, type TableRow } from "./table-rows.ts";
import { normalizeForMatching } from "./text.ts";

export class TableReader {
  #columns: ColumnRole[] | null = null;
  #names: string[] = [];
  /** The table's numeric dates are day first, as a row has shown ("03/07/2022" in a July-September table). */
  #dayFirst: boolean | undefined;

  /** A block that is no table row ends the table. */
  end(): void {
    this.#columns = null;
    this.#dayFirst = undefined;
  }

  /** A data row as prose; null for a header row (remembered), a rule, or a row without a header of its shape. */
  /** `day`: the day header in force, for a log whose lines give only the time. */
  row(b: Block, given: DateContext, day: string | null = null): TableRow | null {
    if (isTableRule(b.norm)) return null;
    const shown = numericOrder(b.norm, given);
    if (shown !== null) this.#dayFirst ??= shown === "day";
    const ctx: DateContext = this.#dayFirst === undefined ? given : { ...given, dayFirst: this.#dayFirst };
    // A tab or fixed-width row's cells are read from the raw line (the quote's gaps are collapsed), then normalised as the quote is.
    const cells = isTableRow(b.quote) ? splitCells(b.norm) : splitCells(b.raw).map(normalizeForMatching);
    const header = headerRoles(cells);
    if (header) {
      this.#columns = header;
      this.#names = cells;
      return null;
    }
    if (!this.#columns || this.#columns.length !== cells.length) {
      // A log without a header row: its columns are guessed from the row itself.
      const guessed = inferredRoles(cells, ctx, day);
      return guessed ? rowAsText(cells, guessed, ctx, [], day) : null;
    }
    return rowAsText(cells, this.#columns, ctx, this.#names);
  }
}
