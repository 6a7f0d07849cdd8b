/**
 * How the file writes numbers. Peru and Spain write `1.234,5` (Excel on a Spanish Windows, which also
 * saves CSV with `;`), English-language tools `1,234.5`; `1.234` alone means different things in each.
 */
export interface NumberFormat {
  readonly decimalSeparator: '.' | ',';
  readonly thousandsSeparator: ',' | '.';
}

export const POINT_DECIMAL: NumberFormat = { decimalSeparator: '.', thousandsSeparator: ',' };
export const COMMA_DECIMAL: NumberFormat = { decimalSeparator: ',', thousandsSeparator: '.' };

/** `1.234` and `1,234` read as a thousand in one convention and as a decimal in the other: no vote. */
const AMBIGUOUS = /^[+-]?\d{1,3}[.,]\d{3}$/;
const COMMA_GROUPS = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;
const POINT_GROUPS = /^[+-]?\d{1,3}(\.\d{3})+(,\d+)?$/;
/** One separator followed by other than three digits can only be a decimal separator. */
const POINT_DECIMAL_ONLY = /^[+-]?\d+\.(\d{1,2}|\d{4,})$/;
const COMMA_DECIMAL_ONLY = /^[+-]?\d+,(\d{1,2}|\d{4,})$/;
const SAMPLE_CELLS = 5000;

/**
 * Guesses from the numbers in the data: votes of cells that can only be read one way (`1,234,567`,
 * `2.5`, `1.234,5`) decide, cells like `1.234` do not vote; with no vote, a `;` delimiter means Spanish-locale Excel.
 */
export function guessNumberFormat(
  rows: readonly (readonly (string | null)[])[],
  delimiter: string | undefined,
): NumberFormat {
  const votes = new NumberFormatVotes();
  for (const row of rows) if (votes.add(row)) break;
  return votes.result(delimiter);
}

/** {@link guessNumberFormat} a row at a time, for readers that do not hold every row. */
export class NumberFormatVotes {
  private pointVotes = 0;
  private commaVotes = 0;
  private sampled = 0;

  /** Counts a row's votes; `true` once enough number cells were seen for the guess to be final. */
  add(row: readonly (string | null)[]): boolean {
    for (const cell of row) {
      if (this.sampled >= SAMPLE_CELLS) break;
      if (cell === null || !/^[+-]?\d/.test(cell) || AMBIGUOUS.test(cell)) continue;
      if (COMMA_GROUPS.test(cell) || POINT_DECIMAL_ONLY.test(cell)) this.pointVotes++;
      else if (POINT_GROUPS.test(cell) || COMMA_DECIMAL_ONLY.test(cell)) this.commaVotes++;
      this.sampled++;
    }
    return this.sampled >= SAMPLE_CELLS;
  }

  result(delimiter: string | undefined): NumberFormat {
    if (this.pointVotes !== this.commaVotes) return this.pointVotes > this.commaVotes ? POINT_DECIMAL : COMMA_DECIMAL;
    return delimiter === ';' ? COMMA_DECIMAL : POINT_DECIMAL;
  }
}
