/**
 * Formula injection in spreadsheets (CSV/Excel): a cell that starts with `=`, `+`, `-`, `@`, a tab
 * or a carriage return is run as a formula by Excel or LibreOffice when a CSV is opened, or when an
 * .xlsx text cell is edited and saved. Imports keep such a value as the text it is (never a
 * formula); every export writes it behind an apostrophe, which spreadsheets show as text. The
 * portal's own exports do the same (apps/portal/src/ui/export-xlsx.ts).
 */
export const FORMULA_START = /^[=+\-@\t\r]/;

/** The text as an export writes it: a leading apostrophe when it would start a formula. */
export function inertCellText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** The text an export wrote back to what it was (an import of an exported file round-trips). */
export function withoutInertMark(text: string): string {
  return text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;
}
