import type { Dataset } from './dataset';
import { DatasetError } from './DatasetError';
import { safeParseDataset } from './safeParseDataset';

/** Strict parsing: returns the dataset, or throws a DatasetError listing every problem found. */
export function parseDataset(input: unknown): Dataset {
  const { dataset, issues } = safeParseDataset(input);
  if (issues.length > 0) throw new DatasetError(issues);
  return dataset;
}
