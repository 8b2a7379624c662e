import { csvFormatRows } from 'd3-dsv';
import type { Dataset } from '../schema/dataset';
import { CSV_COLUMNS } from './csvColumns';
import { eventToRows, lookupFor } from './csv/eventToRows';
import { guardFormula } from './csv/formulaGuard';

/**
 * The dataset as the spreadsheet template (`CSV_COLUMNS`, one row per event, a row with the same id and only the
 * casualty columns for each further casualty report), which `fromCsv` reads back. The CSV form holds no disputes,
 * media, additional locations, categories, phases, aggregates or corrections, and of actors and sources only
 * what the cells say (names; outlet, link and headline): those stay in the JSON. A cell a spreadsheet would run as
 * a formula (`=…`, `+…`, `-…`, `@…`) gets a leading `'`, which `fromCsv` takes off again; plain numbers do not.
 */
export function toCsv(dataset: Dataset): string {
  const lookup = lookupFor(dataset);
  const rows = [CSV_COLUMNS.map((column) => column.name), ...dataset.events.flatMap((e) => eventToRows(e, lookup))];
  return `${csvFormatRows(rows.map((row) => row.map(guardFormula)))}\n`;
}
