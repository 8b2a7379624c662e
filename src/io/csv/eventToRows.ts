import type { CasualtyReport } from '../../schema/casualtyReport';
import type { Dataset } from '../../schema/dataset';
import type { TimelineEvent } from '../../schema/event';
import type { Source } from '../../schema/source';
import { CSV_COLUMNS, type CsvColumnName } from '../csvColumns';
import { writeYesNo } from './cellValues';
import { writeFigureCell } from './figureCell';
import { joinList } from './listCell';
import { writeRelatedCell } from './relatedCell';

export interface Lookup {
  actorName: (id: string) => string;
  source: (id: string) => Source | undefined;
}

export function lookupFor(dataset: Dataset): Lookup {
  const actors = new Map(dataset.actors.map((actor) => [actor.id, actor.name]));
  const sources = new Map(dataset.sources.map((source) => [source.id, source]));
  return { actorName: (id) => actors.get(id) ?? id, source: (id) => sources.get(id) };
}

type Cells = Partial<Record<CsvColumnName, string>>;

function reportCells(report: CasualtyReport, sourceIds: readonly string[], lookup: Lookup): Cells {
  return {
    killed: writeFigureCell(report.killed),
    injured: writeFigureCell(report.injured),
    casualty_status: report.status,
    reported_by: report.reportedBy,
    reported_by_actor: report.reportedByActor === undefined ? '' : lookup.actorName(report.reportedByActor),
    casualty_group: report.group ?? '',
    casualty_as_of: report.asOf ?? '',
    casualty_sources: report.sources
      .map((id) => sourceIds.indexOf(id) + 1)
      .filter((n) => n > 0)
      .join('; '),
    casualty_note: report.note ?? '',
  };
}

const toRow = (cells: Cells) => CSV_COLUMNS.map((column) => cells[column.name] ?? '');

/**
 * The rows of one event: the first holds the event and its first casualty report; each further report gets a row
 * with the same id and only the casualty columns. Sources a report cites but the event does not list are added to
 * the event's sources, because `casualty_sources` counts positions in them.
 */
export function eventToRows(event: TimelineEvent, lookup: Lookup): string[][] {
  const sourceIds = [...event.sources];
  for (const report of event.casualties) {
    for (const id of report.sources) if (!sourceIds.includes(id) && lookup.source(id)) sourceIds.push(id);
  }
  const sources = sourceIds.map((id) => lookup.source(id)).filter((s): s is Source => s !== undefined);
  const listedIds = sources.map((source) => source.id);
  const location = event.location;
  const first: Cells = {
    id: event.id,
    start: event.start,
    end: event.end ?? '',
    precision: event.precision ?? '',
    approximate: writeYesNo(event.approximate),
    time_zone: event.timeZone ?? '',
    title: event.title,
    summary: event.summary ?? '',
    category: event.category,
    actors: joinList(event.actors.map(lookup.actorName)),
    targets: joinList(event.targets.map(lookup.actorName)),
    place: location?.name ?? '',
    country: location?.country ?? '',
    lat: location?.lat === undefined ? '' : String(location.lat),
    lon: location?.lon === undefined ? '' : String(location.lon),
    coordinates_approximate: writeYesNo(location?.approximate),
    source_urls: sources.some((source) => source.url) ? joinList(sources.map((source) => source.url ?? '')) : '',
    source_outlets: joinList(sources.map((source) => source.outlet)),
    source_titles: sources.some((source) => source.title) ? joinList(sources.map((s) => s.title ?? '')) : '',
    related: writeRelatedCell(event.related),
    significance: String(event.significance),
    confidence: event.confidence ?? '',
    confidence_note: event.confidenceNote ?? '',
    tags: joinList(event.tags),
    date_note: event.dateNote ?? '',
  };
  const [firstReport, ...further] = event.casualties;
  const rows = [toRow({ ...first, ...(firstReport && reportCells(firstReport, listedIds, lookup)) })];
  for (const report of further) rows.push(toRow({ id: event.id, ...reportCells(report, listedIds, lookup) }));
  return rows;
}
