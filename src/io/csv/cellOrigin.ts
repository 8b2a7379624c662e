import type { CsvColumnName } from '../csvColumns';

/** Where a value came from: the spreadsheet row (header = 1) and the column. */
export interface CellOrigin {
  line: number;
  column: CsvColumnName;
}
