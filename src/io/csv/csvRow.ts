import { CSV_COLUMNS, type CsvColumnName } from '../csvColumns';
import { unguardFormula } from './formulaGuard';

/** One spreadsheet row: its number as the editor sees it (the header is row 1) and its cells by column name. */
export interface CsvRow {
  line: number;
  /** The trimmed cell (without the formula guard toCsv adds), or undefined when empty or the column is absent. */
  get(column: CsvColumnName): string | undefined;
}

export const CASUALTY_COLUMNS: readonly CsvColumnName[] = CSV_COLUMNS.filter((c) => c.group === 'casualty').map(
  (c) => c.name,
);
export const EVENT_COLUMNS: readonly CsvColumnName[] = CSV_COLUMNS.filter((c) => c.group === 'event').map(
  (c) => c.name,
);

export function csvRow(line: number, cells: readonly string[], index: ReadonlyMap<CsvColumnName, number>): CsvRow {
  return {
    line,
    get(column) {
      const at = index.get(column);
      const value = at === undefined ? undefined : unguardFormula(cells[at]?.trim() ?? '').trim();
      return value ? value : undefined;
    },
  };
}

/** True when any of the columns has a value in the row. */
export function hasAny(row: CsvRow, columns: readonly CsvColumnName[]): boolean {
  return columns.some((column) => row.get(column) !== undefined);
}
