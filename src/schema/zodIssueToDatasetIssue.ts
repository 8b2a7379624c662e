import type { z } from 'zod';
import { formatPath, type DatasetIssue } from './DatasetIssue';
import { shortenText } from './graphemes';

type PathPart = string | number | symbol;

function describe(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'a list';
  if (typeof input === 'string') return `"${shortenText(input, 40)}"`;
  if (typeof input === 'object') return 'an object';
  return String(input);
}

/** Zod's wording is for programmers; editors get "title is missing" and "expected text, got 42". */
function rewrite(issue: z.core.$ZodIssue, field: string): string {
  // Issues carry `input` because parsing asks for reportInput: undefined here means the field is absent.
  const absent = 'input' in issue && issue.input === undefined;
  if ((issue.code === 'invalid_type' || issue.code === 'invalid_value') && absent)
    return `${field || 'a value'} is missing`;
  if (issue.code === 'invalid_type') {
    // Messages we wrote ourselves in the schema already say what to do.
    if (!issue.message.startsWith('Invalid input')) return issue.message;
    const expected = issue.expected === 'string' ? 'text' : issue.expected === 'array' ? 'a list' : issue.expected;
    return `expected ${expected}, got ${describe(issue.input)}`;
  }
  if (issue.code === 'invalid_value' && issue.message.startsWith('Invalid option')) {
    return `${describe(issue.input)} is not allowed (use one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')})`;
  }
  if (issue.code === 'too_small' && issue.origin === 'string' && issue.minimum === 1) {
    return `${field || 'text'} must not be empty`;
  }
  return issue.message;
}

/** Turns one Zod issue into a DatasetIssue whose path starts at the dataset root. */
export function zodIssueToDatasetIssue(
  issue: z.core.$ZodIssue,
  prefix: readonly PathPart[],
  eventId?: string,
): DatasetIssue {
  const parts = [...prefix, ...issue.path];
  const last = issue.path.at(-1);
  const field = typeof last === 'string' ? last : '';
  const out: DatasetIssue = { path: formatPath(parts), message: rewrite(issue, field) };
  if (eventId !== undefined) out.eventId = eventId;
  return out;
}
