import type { CasualtyReport, DatasetIssue, TimelineEventInput } from '../../schema/index';
import { CIVILIANS_INTER_CODE, interType, splitList, type createActorRegistry } from './actors';
import { acledCategory } from './categories';
import { rowPath, type AcledRow } from './columns';
import { acledEventDate } from './eventDate';
import { acledLocation, parseNumberCell } from './eventLocation';
import type { createSourceRegistry } from './sources';

export interface RowContext {
  actors: ReturnType<typeof createActorRegistry>;
  sources: ReturnType<typeof createSourceRegistry>;
  issues: DatasetIssue[];
  /** `auto`: actor2 is a target only when ACLED codes it as civilians; `targets`: always. */
  actor2: 'auto' | 'targets';
  includeZeroFatalities: boolean;
}

export const FATALITIES_NOTE =
  "ACLED's fatality counts are conservative estimates: where reports differ it codes the lowest figure.";

/**
 * `actor1` (with `assoc_actor_1`) act. ACLED says the order of actor1 and actor2 implies no direction
 * (who attacked whom), so `actor2` (with `assoc_actor_2`) is a target only when ACLED codes it as
 * civilians (inter code 7), who in ACLED's model never take part in violence; otherwise both sides are
 * listed as acting. `actor2: 'targets'` makes actor2 a target always.
 */
function eventActors(row: AcledRow, context: RowContext) {
  const add = (column: 'actor1' | 'actor2', assoc: 'assoc_actor_1' | 'assoc_actor_2', inter: string) => {
    const main = row.get(column).trim();
    const ids = main ? [context.actors.add(main, inter, row.rowNumber, column)] : [];
    for (const name of splitList(row.get(assoc))) ids.push(context.actors.add(name, '', row.rowNumber, assoc));
    return ids;
  };
  const side1 = add('actor1', 'assoc_actor_1', row.get('inter1'));
  const side2 = add('actor2', 'assoc_actor_2', row.get('inter2'));
  const targeted = context.actor2 === 'targets' || interType(row.get('inter2'))?.code === CIVILIANS_INTER_CODE;
  const unique = (ids: string[]) => [...new Set(ids)];
  return targeted
    ? { actors: unique(side1), targets: unique(side2) }
    : { actors: unique([...side1, ...side2]), targets: [] };
}

function casualties(row: AcledRow, sourceIds: string[], context: RowContext, eventId: string): CasualtyReport[] {
  const cell = row.get('fatalities').trim();
  const killed = parseNumberCell(cell);
  if (killed === undefined) return [];
  if (!Number.isInteger(killed) || killed < 0) {
    context.issues.push({
      path: rowPath(row.rowNumber, 'fatalities'),
      message: `"${cell}" is not a number of deaths (a whole number, 0 or more); no casualty figure was kept`,
      eventId,
    });
    return [];
  }
  if (killed === 0 && !context.includeZeroFatalities) return [];
  const outlets = row.get('source').trim();
  return [
    {
      killed,
      status: 'reported',
      reportedBy: outlets ? `ACLED (coded from ${outlets})` : 'ACLED',
      sources: sourceIds,
      note: FATALITIES_NOTE,
    },
  ];
}

function title(row: AcledRow, placeName: string | undefined): string {
  const kind = row.get('sub_event_type').trim() || row.get('event_type').trim() || 'Event';
  return placeName ? `${kind} in ${placeName}` : kind;
}

/** One ACLED row → an event for safeParseDataset, or null when the row has no usable date. */
export function rowToEvent(row: AcledRow, context: RowContext): TimelineEventInput | null {
  let id = row.get('event_id_cnty').trim();
  if (id === '') {
    id = `acled-row-${row.rowNumber}`;
    context.issues.push({
      path: rowPath(row.rowNumber, 'event_id_cnty'),
      message: `event_id_cnty is empty; the event was given the id "${id}"`,
      eventId: id,
    });
  }
  const date = acledEventDate(row, context.issues, id);
  if (!date) return null;
  const eventType = row.get('event_type').trim();
  let category = acledCategory(eventType, row.get('sub_event_type'));
  if (category === null) {
    category = 'context';
    context.issues.push({
      path: rowPath(row.rowNumber, 'event_type'),
      message: `${eventType ? `"${eventType}" is not an ACLED event type` : 'event_type is empty'}; the event was filed under "context"`,
      eventId: id,
    });
  }
  const location = acledLocation(row, context.issues, id);
  const sources = context.sources.add(row.get('source'), row.get('source_scale'), row.rowNumber);
  const notes = row.get('notes').trim();
  const tags = splitList(row.get('tags'));
  if (row.get('civilian_targeting').trim() !== '') tags.push('civilian targeting');
  return {
    id,
    ...date,
    title: title(row, location?.name),
    ...(notes && { summary: notes }),
    category,
    ...eventActors(row, context),
    ...(location && { location }),
    casualties: casualties(row, sources, context, id),
    sources,
    tags,
  };
}
