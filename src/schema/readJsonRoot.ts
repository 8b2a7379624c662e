import type { DatasetIssue } from './DatasetIssue';
import { MAX_DATASET_BYTES } from './limits';
import { utf8Length } from './utf8Length';

const MEGABYTE = 1024 * 1024;

/** Over the limit for sure (each UTF-16 unit is at least one byte), under it for sure (at most three), or counted. */
function tooLarge(text: string): boolean {
  if (text.length > MAX_DATASET_BYTES) return true;
  if (text.length * 3 <= MAX_DATASET_BYTES) return false;
  return utf8Length(text, MAX_DATASET_BYTES) > MAX_DATASET_BYTES;
}

/**
 * A JSON value as an object: parsed first when it is JSON text (up to MAX_DATASET_BYTES). Says why not, in
 * `issues`, and returns null.
 */
export function readJsonRoot(
  input: unknown,
  issues: DatasetIssue[],
  describeExpected: (value: unknown) => string,
): Record<string, unknown> | null {
  let value = input;
  if (typeof value === 'string') {
    if (tooLarge(value)) {
      // Parsing hundreds of megabytes would hold the page for seconds and may run the tab out of memory.
      issues.push({
        path: '',
        message: `the text is larger than ${MAX_DATASET_BYTES / MEGABYTE} MB, the most Flashpoint reads (docs/limits.md); it was not read. Split the dataset by period, or give counts as aggregates`,
      });
      return null;
    }
    try {
      value = JSON.parse(value);
    } catch (error) {
      issues.push({ path: '', message: `the text is not valid JSON (${(error as Error).message})` });
      return null;
    }
  }
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
  issues.push({ path: '', message: describeExpected(value) });
  return null;
}
