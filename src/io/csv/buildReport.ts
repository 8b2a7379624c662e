import type { CsvColumnName } from '../csvColumns';
import type { ActorRegistry } from './actorRegistry';
import type { CsvRow } from './csvRow';
import { parseDateCell } from './dateCell';
import { parseFigureCell } from './figureCell';
import { splitNonEmpty } from './listCell';

/** Reports a cell; `supersedes` when the cell is passed on as written (the schema then rejects it, more vaguely). */
export type Complain = (line: number, column: CsvColumnName, message: string, supersedes?: boolean) => void;

/**
 * One casualty report from the casualty columns of a row, in the schema's input form. Cells that cannot be read
 * are reported and passed on as written, so the schema leaves the event out; a bad source number only loses itself.
 */
export function buildReport(
  row: CsvRow,
  sourceIds: readonly (string | undefined)[],
  timeZone: string | undefined,
  actors: ActorRegistry,
  complain: Complain,
): Record<string, unknown> {
  const report: Record<string, unknown> = {};
  for (const column of ['killed', 'injured'] as const) {
    const written = row.get(column);
    const read = parseFigureCell(written);
    if (read.problem) complain(row.line, column, read.problem, true);
    const value = read.figure ?? written;
    if (value !== undefined) report[column] = value;
  }
  const status = row.get('casualty_status');
  if (status === undefined) {
    complain(
      row.line,
      'casualty_status',
      'a casualty report needs a status: confirmed, reported, claimed, denied or unverified',
      true,
    );
  } else report.status = status.toLowerCase();
  const reportedBy = row.get('reported_by');
  if (reportedBy !== undefined) report.reportedBy = reportedBy;
  const byActor = row.get('reported_by_actor');
  if (byActor !== undefined)
    report.reportedByActor = actors.idFor(byActor, { line: row.line, column: 'reported_by_actor' });
  const group = row.get('casualty_group');
  if (group !== undefined) report.group = group;
  const asOf = parseDateCell(row.get('casualty_as_of'), timeZone);
  if (asOf.problem) complain(row.line, 'casualty_as_of', asOf.problem, true);
  if (asOf.value !== undefined) report.asOf = asOf.value;
  const note = row.get('casualty_note');
  if (note !== undefined) report.note = note;
  const sources: string[] = [];
  for (const item of splitNonEmpty(row.get('casualty_sources'))) {
    const position = /^\d+$/.test(item) ? Number(item) : Number.NaN;
    const id = sourceIds[position - 1];
    if (id !== undefined) {
      if (!sources.includes(id)) sources.push(id);
      continue;
    }
    const listed = sourceIds.length;
    complain(
      row.line,
      'casualty_sources',
      Number.isNaN(position)
        ? `"${item}" is not a source number: count the event's sources in source_outlets from 1 (reference left out)`
        : position >= 1 && position <= listed
          ? `source ${position} of the event was left out (see source_outlets), so this report cannot cite it`
          : `there is no source ${position}: the event lists ${listed} (reference left out)`,
    );
  }
  if (sources.length) report.sources = sources;
  return report;
}
