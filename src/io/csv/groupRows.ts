import type { EventRows } from './buildEvent';
import { CASUALTY_COLUMNS, EVENT_COLUMNS, hasAny, type CsvRow } from './csvRow';
import type { IssueLog } from './issueLog';
import { shortHash, slug } from './slug';

function generatedId(row: CsvRow, taken: Set<string>): string {
  const title = row.get('title') ?? '';
  const base = slug(title) || `event-${shortHash(title || String(row.line))}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/** A row that repeats an earlier id adds a casualty report; its event columns must be empty or the same. */
function addFurtherReport(rows: EventRows, row: CsvRow, log: IssueLog): void {
  const { id, first } = rows;
  const at = (column: string) => `rows[${row.line}]${column ? `.${column}` : ''}`;
  const title = row.get('title');
  if (title !== undefined && title !== first.get('title')) {
    log.add(first.line, {
      path: at('id'),
      message: `id "${id}" is already used by row ${first.line}, which has another title; a row that repeats an id may only add a casualty report (row left out)`,
      eventId: id,
    });
    return;
  }
  for (const column of EVENT_COLUMNS) {
    const value = row.get(column);
    if (column === 'id' || value === undefined || value === first.get(column)) continue;
    log.add(first.line, {
      path: at(column),
      message: `this row repeats the id "${id}" of row ${first.line}, so it only adds a casualty report; this cell differs from row ${first.line} and is ignored`,
      eventId: id,
    });
  }
  if (hasAny(row, CASUALTY_COLUMNS)) rows.reportRows.push(row);
  else
    log.add(first.line, {
      path: at('id'),
      message: `this row repeats the id "${id}" of row ${first.line} but holds no casualty report (row ignored)`,
      eventId: id,
    });
}

/**
 * Groups rows into events by id, in sheet order. A row without an id gets one made from its title (reported,
 * unless the whole id column is missing, which is reported once); a row with only casualty columns and no id
 * cannot be placed and is reported.
 */
export function groupRows(rows: readonly CsvRow[], hasIdColumn: boolean, log: IssueLog): EventRows[] {
  const taken = new Set(rows.map((row) => row.get('id')).filter((id): id is string => id !== undefined));
  const byId = new Map<string, EventRows>();
  const events: EventRows[] = [];
  for (const row of rows) {
    let id = row.get('id');
    const known = id === undefined ? undefined : byId.get(id);
    if (known) {
      addFurtherReport(known, row, log);
      continue;
    }
    if (id === undefined) {
      if (row.get('title') === undefined && row.get('start') === undefined) {
        log.add(row.line, {
          path: `rows[${row.line}]`,
          message: hasAny(row, CASUALTY_COLUMNS)
            ? 'this row has casualty columns but no id: repeat the id of its event to add a further report (row ignored)'
            : 'this row has no id, title or start (row ignored)',
        });
        continue;
      }
      id = generatedId(row, taken);
      if (hasIdColumn)
        log.add(row.line, {
          path: `rows[${row.line}].id`,
          message: `no id: the event got "${id}", made from its title (give every row an id, so links and URLs stay the same when the title changes)`,
          eventId: id,
        });
    }
    const group: EventRows = { id, first: row, reportRows: hasAny(row, CASUALTY_COLUMNS) ? [row] : [] };
    byId.set(id, group);
    events.push(group);
  }
  return events;
}
