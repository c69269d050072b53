/**
 * Cells of a CSV file meant for spreadsheets. Excel, LibreOffice and Google Sheets run a cell that starts with `=`,
 * `+`, `-`, `@`, a tab or a carriage return as a formula, so text from content could call functions on the reader's
 * machine (CSV injection). As OWASP advises, such a cell is written with a single quote in front, which spreadsheets
 * show as text; a reader of our CSV takes the quote away again.
 * https://owasp.org/www-community/attacks/CSV_Injection
 */

/** The characters a spreadsheet reads a formula after, full-width forms included (Apple Numbers folds those). */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/u;

/** A written date (`2025-01-19`, `-0043-03-15`, `1900-01-01T12:30:45Z`): digits and separators, never a formula. */
const WRITTEN_DATE = /^-?\d{4,}(-\d\d(-\d\d(T\d\d:\d\d(:\d\d)?(Z|[+-]\d\d:\d\d)?)?)?)?$/;

/**
 * A cell as it may go into a CSV file for spreadsheets: text that a spreadsheet would run gets a quote in front. A
 * cell of a column that holds only written dates stays as it is when it is one (BC dates start with a minus sign and
 * cannot hold a function call), so the date reads as written.
 */
export function spreadsheetCell(value: string, kind: 'text' | 'date' = 'text'): string {
  if (kind === 'date' && WRITTEN_DATE.test(value)) return value;
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** A cell of a CSV file written by `spreadsheetCell` as it was before: the quote in front of a formula taken away. */
export function fromSpreadsheetCell(value: string): string {
  return value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value;
}
