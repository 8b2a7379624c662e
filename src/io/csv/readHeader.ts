import type { DatasetIssue } from '../../schema/DatasetIssue';
import { CSV_COLUMNS, type CsvColumnName } from '../csvColumns';

/** `Start Date`, `start-date`, ` START_DATE ` → `start_date`: case, spaces, `-` and `_` do not matter. */
export function headerKey(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '_');
}

const BY_KEY = new Map<string, CsvColumnName>();
for (const column of CSV_COLUMNS) {
  BY_KEY.set(headerKey(column.name), column.name);
  for (const alias of 'aliases' in column ? column.aliases : []) BY_KEY.set(headerKey(alias), column.name);
}

/** True when a normalised header names a template column or one of its aliases. */
export function isKnownHeader(key: string): boolean {
  return BY_KEY.has(key);
}

/** A, B, …, Z, AA, AB: the column letter a spreadsheet shows. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    out = String.fromCharCode(65 + rest) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export interface Header {
  /** Where each known column is, by its template name. */
  index: Map<CsvColumnName, number>;
  issues: DatasetIssue[];
  /** True when a required column is missing: then no row can make an event. */
  missingRequired: boolean;
}

/**
 * Matches the header row to the template's columns. Unknown columns are reported once each and ignored; so is a
 * second column with the same meaning, and a column without a name that holds data.
 */
export function readHeader(header: readonly string[], hasData: (column: number) => boolean): Header {
  const index = new Map<CsvColumnName, number>();
  const issues: DatasetIssue[] = [];
  header.forEach((written, i) => {
    const key = headerKey(written);
    if (key === '') {
      if (hasData(i)) {
        issues.push({
          path: `columns.${columnLetter(i)}`,
          message: `column ${columnLetter(i)} has data but no name in the header row (ignored)`,
        });
      }
      return;
    }
    const name = BY_KEY.get(key);
    if (name === undefined) {
      issues.push({ path: `columns.${key}`, message: `unknown column "${written.trim()}" (ignored)` });
      return;
    }
    const first = index.get(name);
    if (first !== undefined) {
      issues.push({
        path: `columns.${name}`,
        message: `"${written.trim()}" in column ${columnLetter(i)} means the same as "${header[first]!.trim()}" in column ${columnLetter(first)} (column ${columnLetter(i)} is ignored)`,
      });
      return;
    }
    index.set(name, i);
  });
  let missingRequired = false;
  for (const column of CSV_COLUMNS) {
    if ('required' in column && column.required && !index.has(column.name)) {
      issues.push({ path: `columns.${column.name}`, message: `the required column "${column.name}" is missing` });
      missingRequired = true;
    }
  }
  return { index, issues, missingRequired };
}
