// CSV formula injection (OWASP): a spreadsheet runs a cell that starts with =, +, -, @, tab or carriage return as a
// formula, so a title like `=HYPERLINK("http://evil.example","Click")` becomes a live link or worse on open.

/** A formula trigger at the start, after any apostrophes already there (so an apostrophe of the text survives). */
const GUARDED = /^'*[=+\-@\t\r]/;
/** What guardFormula wrote: one apostrophe too many before a trigger. */
const UNGUARD = /^'(?='*[=+\-@\t\r])/;
/** A plain number (`-33.5`, `+2`, `1e-3`) is a value in every spreadsheet, never a formula: left as it is. */
const PLAIN_NUMBER = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?$/i;

/** The cell as written to CSV: prefixed with `'` when a spreadsheet would read it as a formula. */
export function guardFormula(cell: string): string {
  return GUARDED.test(cell) && !PLAIN_NUMBER.test(cell) ? `'${cell}` : cell;
}

/**
 * The cell as read from CSV: the `'` guardFormula added is taken off, and only that one: a leading apostrophe
 * that protects nothing (`'tis`) is text and stays. Spreadsheets do not keep the `'` a user types to escape a
 * cell, so a CSV cell `'=…` comes from a guarding exporter (ours, or another that follows OWASP).
 */
export function unguardFormula(cell: string): string {
  return cell.replace(UNGUARD, '');
}
