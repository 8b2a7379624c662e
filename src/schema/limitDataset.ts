import type { Dataset } from './dataset';
import { MAX_EVENTS } from './limits';

export interface LimitedDataset {
  /** The dataset itself when within the limit; otherwise its first `max` events, with links to the rest removed. */
  dataset: Dataset;
  /** How many events the input had. */
  total: number;
  /** How many were left out (0 when within the limit). */
  leftOut: number;
}

/**
 * For components handed an already-parsed dataset over MAX_EVENTS (parsing cuts it already): the first `max`
 * events in the dataset's order, as safeParseDataset keeps them, so what is drawn is the same either way. Pure;
 * returns the same object when nothing is cut, so memoised layouts stay valid.
 */
export function limitDataset(dataset: Dataset, max = MAX_EVENTS): LimitedDataset {
  const total = dataset.events.length;
  if (total <= max) return { dataset, total, leftOut: 0 };
  const kept = dataset.events.slice(0, max);
  // Defensive reads: a host may hand a component anything, and this runs before any check of it.
  const keptIds = new Set<unknown>();
  for (const event of kept) if (typeof event?.id === 'string') keptIds.add(event.id);
  const events = kept.map((event) => {
    const related = event?.related as Dataset['events'][number]['related'] | undefined;
    if (!Array.isArray(related) || related.every((link) => keptIds.has(link?.id))) return event;
    return { ...event, related: related.filter((link) => keptIds.has(link?.id)) };
  });
  return { dataset: { ...dataset, events }, total, leftOut: total - max };
}
