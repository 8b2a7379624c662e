import type { DatasetIssue } from './DatasetIssue';

/** A JSON value as an object: parsed first when it is JSON text. Says why not, in `issues`, and returns null. */
export function readJsonRoot(
  input: unknown,
  issues: DatasetIssue[],
  describeExpected: (value: unknown) => string,
): Record<string, unknown> | null {
  let value = input;
  if (typeof value === 'string') {
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
