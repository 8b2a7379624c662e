import type { DatasetIssue } from '../../schema/DatasetIssue';
import type { CsvColumnName } from '../csvColumns';
import type { CellOrigin } from './cellOrigin';

const EVENT_FIELDS: Record<string, CsvColumnName> = {
  id: 'id',
  start: 'start',
  end: 'end',
  precision: 'precision',
  approximate: 'approximate',
  timeZone: 'time_zone',
  dateNote: 'date_note',
  title: 'title',
  summary: 'summary',
  category: 'category',
  actors: 'actors',
  targets: 'targets',
  sources: 'source_outlets',
  related: 'related',
  confidence: 'confidence',
  confidenceNote: 'confidence_note',
  significance: 'significance',
  tags: 'tags',
};
const LOCATION_FIELDS: Record<string, CsvColumnName> = {
  name: 'place',
  country: 'country',
  lat: 'lat',
  lon: 'lon',
  approximate: 'coordinates_approximate',
};
const REPORT_FIELDS: Record<string, CsvColumnName> = {
  killed: 'killed',
  injured: 'injured',
  status: 'casualty_status',
  reportedBy: 'reported_by',
  reportedByActor: 'reported_by_actor',
  group: 'casualty_group',
  asOf: 'casualty_as_of',
  sources: 'casualty_sources',
  note: 'casualty_note',
};
const SOURCE_FIELDS: Record<string, CsvColumnName> = { url: 'source_urls', title: 'source_titles' };

/** Where the rows of the assembled dataset came from, to point the schema's issues back at cells. */
export interface RowMap {
  /** The first row of each event, by its index in the assembled `events`. */
  eventLines: number[];
  /** The row of each casualty report of each event. */
  reportLines: number[][];
  actorOrigins: CellOrigin[];
  sourceOrigins: CellOrigin[];
}

export interface Remapped {
  issue: DatasetIssue;
  /** The row of the event the issue belongs to (0 for options), to keep an event's issues together. */
  order: number;
}

function cell(line: number, column: CsvColumnName | undefined): string {
  return column === undefined ? `rows[${line}]` : `rows[${line}].${column}`;
}

/** "reportedBy is missing" → "reported_by is missing": messages name the column, not the JSON field. */
function reword(message: string, jsonField: string | undefined, column: CsvColumnName | undefined): string {
  if (column === 'place' && message === 'name is missing') {
    return 'place is missing: a row with country, lat or lon needs the name of the place';
  }
  if (!jsonField || !column || jsonField === column) return message;
  for (const tail of [' is missing', ' must not be empty']) {
    if (message.startsWith(jsonField + tail)) return column + message.slice(jsonField.length);
  }
  return message;
}

function locate(path: string, map: RowMap): { path: string; field?: string; column?: CsvColumnName; order: number } {
  const event = /^events\[(\d+)\](.*)$/.exec(path);
  if (event) {
    const index = Number(event[1]);
    const line = map.eventLines[index] ?? 0;
    const rest = event[2]!;
    const report = /^\.casualties\[(\d+)\](?:\.(\w+))?/.exec(rest);
    if (report) {
      const column = report[2] === undefined ? 'killed' : REPORT_FIELDS[report[2]];
      const reportLine = map.reportLines[index]?.[Number(report[1])] ?? line;
      return { path: cell(reportLine, column), field: report[2], column, order: line };
    }
    const location = /^\.location(?:\.(\w+))?/.exec(rest);
    if (location) {
      const column = location[1] === undefined ? 'lat' : LOCATION_FIELDS[location[1]];
      return { path: cell(line, column), field: location[1], column, order: line };
    }
    const field = /^\.(\w+)/.exec(rest)?.[1];
    const column = field === undefined ? undefined : EVENT_FIELDS[field];
    return { path: cell(line, column), field, column, order: line };
  }
  const listed = /^(actors|sources)\[(\d+)\](?:\.(\w+))?/.exec(path);
  if (listed) {
    const origin = (listed[1] === 'actors' ? map.actorOrigins : map.sourceOrigins)[Number(listed[2])];
    if (origin) {
      const column = listed[1] === 'sources' ? (SOURCE_FIELDS[listed[3] ?? ''] ?? origin.column) : origin.column;
      return { path: cell(origin.line, column), order: origin.line };
    }
  }
  return { path: path ? `options.${path}` : path, order: 0 };
}

/** One issue of `safeParseDataset` on the assembled dataset, pointed at the spreadsheet row and column. */
export function remapIssue(issue: DatasetIssue, map: RowMap): Remapped {
  const where = locate(issue.path, map);
  const out: DatasetIssue = { path: where.path, message: reword(issue.message, where.field, where.column) };
  if (issue.eventId !== undefined) out.eventId = issue.eventId;
  return { issue: out, order: where.order };
}
