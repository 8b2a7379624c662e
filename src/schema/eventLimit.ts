import type { DatasetIssue } from './DatasetIssue';
import { MAX_EVENTS } from './limits';

const count = (n: number) => n.toLocaleString('en');

function idOf(item: unknown): string | undefined {
  const id = item !== null && typeof item === 'object' ? (item as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? id : undefined;
}

/**
 * The first MAX_EVENTS items of a raw event list, and the ids of the rest, which are not parsed at all: checking
 * them is what would hold the page. One issue says how many there were and which were left out. Links to
 * left-out events are then removed without an issue each (this one covers them).
 */
export function takeEventsWithinLimit(
  raw: unknown,
  issues: DatasetIssue[],
  max = MAX_EVENTS,
): { events: unknown; leftOutIds: ReadonlySet<string> } {
  if (!Array.isArray(raw) || raw.length <= max) return { events: raw, leftOutIds: new Set() };
  const leftOutIds = new Set<string>();
  for (let i = max; i < raw.length; i++) {
    const id = idOf(raw[i]);
    if (id !== undefined) leftOutIds.add(id);
  }
  issues.push({
    path: 'events',
    message:
      `the dataset has ${count(raw.length)} events; at most ${count(max)} are drawn, so events[${max}] to ` +
      `events[${raw.length - 1}] (${count(raw.length - max)}) were left out without being checked. Split the ` +
      'dataset (by period or by place), or give counts over time as aggregates',
  });
  return { events: raw.slice(0, max), leftOutIds };
}
