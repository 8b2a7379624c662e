import type { ActorRegistry } from './actorRegistry';
import { buildReport, type Complain } from './buildReport';
import { parseNumberCell, parseYesNo, type CellValue } from './cellValues';
import type { CsvRow } from './csvRow';
import { parseDateCell } from './dateCell';
import { splitNonEmpty } from './listCell';
import { readRowSources } from './readRowSources';
import { parseRelatedCell } from './relatedCell';
import type { SourceRegistry } from './sourceRegistry';

/** The rows of one event: the first holds the event, every row may hold a casualty report. */
export interface EventRows {
  id: string;
  first: CsvRow;
  reportRows: CsvRow[];
}

export interface BuildContext {
  actors: ActorRegistry;
  sources: SourceRegistry;
  /** The dataset's zone, for rows without a time_zone. */
  timeZone: string;
  complain: Complain;
}

const LOWER_CASE = ['precision', 'category', 'confidence'] as const;
const TEXT = [
  ['title', 'title'],
  ['summary', 'summary'],
  ['time_zone', 'timeZone'],
  ['date_note', 'dateNote'],
  ['confidence_note', 'confidenceNote'],
] as const;

/** One event in the schema's input form, built from its rows; `reportRows` gives each casualty report's row. */
export function buildEvent(rows: EventRows, context: BuildContext): Record<string, unknown> {
  const { first: row } = rows;
  const { complain } = context;
  const event: Record<string, unknown> = { id: rows.id };
  const take = <T>(column: Parameters<Complain>[1], key: string, read: CellValue<T>) => {
    if (read.problem) complain(row.line, column, read.problem, true);
    if (read.value !== undefined) event[key] = read.value;
  };
  const zone = row.get('time_zone') ?? context.timeZone;
  take('start', 'start', parseDateCell(row.get('start'), zone));
  take('end', 'end', parseDateCell(row.get('end'), zone));
  for (const [column, key] of TEXT) if (row.get(column) !== undefined) event[key] = row.get(column);
  for (const column of LOWER_CASE) if (row.get(column) !== undefined) event[column] = row.get(column)!.toLowerCase();
  take('approximate', 'approximate', parseYesNo(row.get('approximate')));
  take('significance', 'significance', parseNumberCell(row.get('significance'), 'a number from 1 to 5'));

  for (const column of ['actors', 'targets'] as const) {
    const names = splitNonEmpty(row.get(column));
    if (names.length) event[column] = names.map((name) => context.actors.idFor(name, { line: row.line, column }));
  }
  const tags = splitNonEmpty(row.get('tags'));
  if (tags.length) event.tags = tags;

  const location: Record<string, unknown> = {};
  const place = row.get('place');
  const country = row.get('country');
  if (place !== undefined) location.name = place;
  if (country !== undefined) location.country = country;
  const lat = parseNumberCell(row.get('lat'), 'a latitude in decimal degrees');
  const lon = parseNumberCell(row.get('lon'), 'a longitude in decimal degrees');
  const near = parseYesNo(row.get('coordinates_approximate'));
  for (const [column, key, read] of [
    ['lat', 'lat', lat],
    ['lon', 'lon', lon],
    ['coordinates_approximate', 'approximate', near],
  ] as const) {
    if (read.problem) complain(row.line, column, read.problem, true);
    if (read.value !== undefined) location[key] = read.value;
  }
  if (Object.keys(location).length) event.location = location;

  const sources = readRowSources(row, context.sources);
  for (const problem of sources.problems) complain(row.line, problem.column, problem.message);
  const sourceIds = sources.ids.filter((id): id is string => id !== undefined);
  if (sourceIds.length) event.sources = [...new Set(sourceIds)];

  const related = parseRelatedCell(row.get('related'));
  for (const problem of related.problems) complain(row.line, 'related', problem);
  if (related.links.length) event.related = related.links;

  const casualties = rows.reportRows.map((reportRow) =>
    buildReport(reportRow, sources.ids, zone, context.actors, complain),
  );
  if (casualties.length) event.casualties = casualties;
  return event;
}
