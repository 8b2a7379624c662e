import type { DatasetIssue } from '../schema/DatasetIssue';
import { safeParseDataset, type SafeParseResult } from '../schema/safeParseDataset';
import { ActorRegistry } from './csv/actorRegistry';
import { buildEvent } from './csv/buildEvent';
import { csvRow, type CsvRow } from './csv/csvRow';
import { groupRows } from './csv/groupRows';
import { IssueLog } from './csv/issueLog';
import { parseTable } from './csv/parseTable';
import { pruneUnused } from './csv/pruneUnused';
import { readHeader } from './csv/readHeader';
import { remapIssue, type RowMap } from './csv/remapIssue';
import { SourceRegistry } from './csv/sourceRegistry';

export interface FromCsvOptions {
  /** The dataset's title (default "Untitled timeline"). */
  title?: string;
  /** The dataset's IANA zone, for rows without a time_zone (default "UTC"). */
  timeZone?: string;
  /** Credit line, e.g. "Graphic: A. Editor. Sources: Reuters, CENTCOM". */
  credit?: string;
}

const NO_ROWS: RowMap = { eventLines: [], reportLines: [], actorOrigins: [], sourceOrigins: [] };

const isBlank = (cells: readonly string[]) => cells.every((cell) => cell.trim() === '');

function meta(options: FromCsvOptions): Record<string, unknown> {
  const out: Record<string, unknown> = {
    title: options.title ?? 'Untitled timeline',
    timeZone: options.timeZone ?? 'UTC',
  };
  if (options.credit !== undefined) out.credit = options.credit;
  return out;
}

/**
 * Reads the spreadsheet template (see `CSV_COLUMNS` and the "Spreadsheet template" docs page): one row per event,
 * a repeated id for each further casualty report. Never throws; keeps every valid event and says what was wrong
 * with the others. Issue paths name the cell as the editor sees it: `rows[4].start` is row 4 of the sheet,
 * counting the header as row 1; `columns.foo` is a header cell; `options.title` an option.
 */
export function fromCsv(text: string, options: FromCsvOptions = {}): SafeParseResult {
  const log = new IssueLog();
  const table = parseTable(text);
  const headerAt = table.findIndex((cells) => !isBlank(cells));
  const finish = (raw: Record<string, unknown>, map: RowMap = NO_ROWS): SafeParseResult => {
    const parsed = safeParseDataset(raw);
    // A cell's own message (from reading it) wins over the schema's message about the same cell.
    const fresh = parsed.issues
      .map((issue) => remapIssue(issue, map))
      .filter(({ issue }) => !log.supersedes(issue.path));
    for (const { issue, order } of fresh) log.add(order, issue);
    return { dataset: pruneUnused(parsed.dataset), issues: log.issues() };
  };
  if (headerAt < 0) {
    log.add(0, { path: '', message: 'the CSV is empty: it needs a header row and one row per event' });
    return finish({ ...meta(options), events: [] });
  }

  const header = table[headerAt]!;
  const body = table.slice(headerAt + 1);
  const {
    index,
    issues: headerIssues,
    missingRequired,
  } = readHeader(header, (column) => body.some((cells) => (cells[column] ?? '').trim() !== ''));
  for (const issue of headerIssues) log.add(0, issue);
  if (missingRequired) {
    return finish({ ...meta(options), events: [] });
  }
  if (!index.has('id')) {
    log.add(0, {
      path: 'columns.id',
      message:
        'there is no id column: each event got an id made from its title (add an id column so links and URLs stay the same when a title changes)',
    });
  }

  const rows: CsvRow[] = [];
  body.forEach((cells, i) => {
    if (!isBlank(cells)) rows.push(csvRow(headerAt + i + 2, cells, index));
  });
  const groups = groupRows(rows, index.has('id'), log);
  const actors = new ActorRegistry();
  const sources = new SourceRegistry();
  const timeZone = options.timeZone ?? 'UTC';
  const events = groups.map((group) =>
    buildEvent(group, {
      actors,
      sources,
      timeZone,
      complain: (line, column, message, supersedes) => {
        const issue: DatasetIssue = { path: `rows[${line}].${column}`, message, eventId: group.id };
        log.add(group.first.line, issue, supersedes);
      },
    }),
  );
  const map: RowMap = {
    eventLines: groups.map((group) => group.first.line),
    reportLines: groups.map((group) => group.reportRows.map((row) => row.line)),
    actorOrigins: actors.origins(),
    sourceOrigins: sources.origins(),
  };
  return finish({ ...meta(options), actors: actors.actors(), sources: sources.sources(), events }, map);
}
