/**
 * Spreadsheet formula injection: Excel, LibreOffice and Google Sheets run a cell that starts
 * with = + - or @ as a formula (and a leading tab or carriage return can hide one), so a
 * headline such as `=HYPERLINK("http://evil","click")` would become a live link or worse.
 * Such a text cell gets a leading single quote, which spreadsheets read as "this is text".
 *
 * Applied to text columns only: `lat` and `lon` are written from validated numbers, so "-33.9"
 * stays a number a spreadsheet can compute with, and no formula can hide in a number.
 * (Papa.unparse has an `escapeFormulae` option, but its pattern misses a formula followed by a
 * newline in the same cell, so the guard is done here.)
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function guardCsvText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}
