import type { DatasetIssue } from '../../schema/index';
import { rowPath, type AcledColumn } from './columns';

/** The ACLED column an event field came from. */
const EVENT_FIELD_COLUMNS: Record<string, AcledColumn> = {
  id: 'event_id_cnty',
  start: 'event_date',
  precision: 'time_precision',
  approximate: 'time_precision',
  dateNote: 'time_precision',
  title: 'sub_event_type',
  summary: 'notes',
  category: 'event_type',
  actors: 'actor1',
  targets: 'actor2',
  casualties: 'fatalities',
  sources: 'source',
  tags: 'tags',
};

const LOCATION_FIELD_COLUMNS: Record<string, AcledColumn> = {
  name: 'location',
  lat: 'latitude',
  lon: 'longitude',
  country: 'country',
  approximate: 'geo_precision',
};

export interface RowOrigins {
  /** Spreadsheet row of each event given to safeParseDataset, by index. */
  events: number[];
  actors: { rowNumber: number; column: AcledColumn }[];
  sources: number[];
}

const LIST_ITEM = /^(events|actors|sources)\[(\d+)\](?:\.(\w+))?(?:\[\d+\])?(?:\.(\w+))?/;

/**
 * safeParseDataset speaks of `events[3].location.lat`; an editor of the spreadsheet needs
 * `rows[5].latitude`. Paths that name an event, actor or source become row paths (with the column when
 * one field maps to one); mentions of `events[n]` in messages become `row N`. Other paths are kept.
 */
export function mapIssuePaths(issues: DatasetIssue[], origins: RowOrigins): DatasetIssue[] {
  const eventRow = (index: number) => origins.events[index];
  const message = (text: string) =>
    text.replace(/events\[(\d+)\]/g, (whole, index: string) => {
      const row = eventRow(Number(index));
      return row === undefined ? whole : `row ${row}`;
    });
  return issues.map((issue) => {
    const m = LIST_ITEM.exec(issue.path);
    if (!m) return { ...issue, message: message(issue.message) };
    const [, list, indexText, field, subField] = m;
    const index = Number(indexText);
    let row: number | undefined;
    let column: AcledColumn | undefined;
    if (list === 'events') {
      row = eventRow(index);
      if (field === 'location') column = (subField && LOCATION_FIELD_COLUMNS[subField]) || 'location';
      else if (field !== undefined) column = EVENT_FIELD_COLUMNS[field];
    } else if (list === 'actors') {
      ({ rowNumber: row, column } = origins.actors[index] ?? {});
    } else {
      row = origins.sources[index];
      column = 'source';
    }
    if (row === undefined) return issue;
    // A field with no column of its own keeps its name in the message: "rows[5]: significance: …".
    const fieldName = field !== undefined && column === undefined ? `${issue.path.replace(/^\w+\[\d+\]\./, '')}: ` : '';
    return { ...issue, path: rowPath(row, column), message: `${fieldName}${message(issue.message)}` };
  });
}
