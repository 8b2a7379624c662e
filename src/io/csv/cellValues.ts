/** A cell read as a value of the schema, or the text as written with what is wrong with it. */
export interface CellValue<T> {
  value?: T | string;
  problem?: string;
}

const YES = new Set(['yes', 'y', 'true', '1', 'x']);
const NO = new Set(['no', 'n', 'false', '0']);

/** `yes`/`no`, `true`/`false` (Google Sheets checkboxes publish TRUE/FALSE), `y`/`n`, `1`/`0`, `x` for yes. */
export function parseYesNo(cell: string | undefined): CellValue<boolean> {
  if (cell === undefined) return {};
  const key = cell.toLowerCase();
  if (YES.has(key)) return { value: true };
  if (NO.has(key)) return { value: false };
  return { value: cell, problem: `"${cell}" is not yes or no` };
}

export function writeYesNo(value: boolean | undefined): string {
  return value === undefined ? '' : value ? 'yes' : 'no';
}

const DECIMAL = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?$/i;

/** A number with a point as decimal mark (`33.786`, `-0.5`); a comma is refused rather than guessed. */
export function parseNumberCell(cell: string | undefined, what: string): CellValue<number> {
  if (cell === undefined) return {};
  if (DECIMAL.test(cell)) return { value: Number(cell) };
  const hint = /^[-+]?\d+,\d+$/.test(cell) ? ` (write ${cell.replace(',', '.')} with a point)` : '';
  return { value: cell, problem: `"${cell}" is not ${what}${hint}` };
}
