import type { Dataset } from '../schema/index';

/** The renderers take a validated dataset; anything else gets a message that says how to get one. */
export function checkDataset(dataset: unknown, caller: string): asserts dataset is Dataset {
  const value = dataset as Partial<Dataset> | null;
  if (typeof value !== 'object' || value === null || !Array.isArray(value.events) || typeof value.title !== 'string') {
    throw new TypeError(`${caller}: pass a validated dataset (from parseDataset or safeParseDataset)`);
  }
}
