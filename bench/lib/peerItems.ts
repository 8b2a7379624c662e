// The same events as the peers take them, derived from the Flashpoint dataset in Node (not timed in the page).
import type { Dataset } from '../../src/schema/dataset';

export interface VisItem {
  id: string;
  /** The title: plain text from the data (vis-timeline treats strings as HTML and runs its default XSS filter). */
  content: string;
  start: number;
  end?: number;
  group: string;
}

export interface VisData {
  items: VisItem[];
  groups: { id: string; content: string }[];
}

export interface ChronoItem {
  title: string;
  cardTitle: string;
  cardSubtitle: string;
  cardDetailedText: string;
}

/** Lane for events that name no acting actor (Flashpoint gives them a lane of their own too). */
export const NO_ACTOR_GROUP = 'no-actor';

/** Epoch ms of an ISO date or date-time; a date alone is taken as midnight UTC. */
export function toEpochMs(iso: string): number {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new Error(`not an ISO date: ${iso}`);
  return ms;
}

/** vis-timeline items (epoch ms, one group per first acting actor) and groups (the dataset's actors). */
export function toVisData(dataset: Dataset): VisData {
  const items = dataset.events.map((event): VisItem => {
    const item: VisItem = {
      id: event.id,
      content: event.title,
      start: toEpochMs(event.start),
      group: event.actors[0] ?? NO_ACTOR_GROUP,
    };
    if (event.end) item.end = toEpochMs(event.end);
    return item;
  });
  const groups = dataset.actors.map((actor) => ({ id: actor.id, content: actor.shortName ?? actor.name }));
  if (items.some((item) => item.group === NO_ACTOR_GROUP)) groups.push({ id: NO_ACTOR_GROUP, content: 'No actor' });
  return { items, groups };
}

/** react-chrono items: the date as its title, then the event's title, place and summary on the card. */
export function toChronoItems(dataset: Dataset): ChronoItem[] {
  const formatDate = new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: dataset.timeZone ?? 'UTC',
  });
  return dataset.events.map((event) => ({
    title: formatDate.format(toEpochMs(event.start)),
    cardTitle: event.title,
    cardSubtitle: event.location ? [event.location.name, event.location.country].filter(Boolean).join(', ') : '',
    cardDetailedText: event.summary ?? '',
  }));
}
