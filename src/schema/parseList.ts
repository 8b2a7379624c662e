import type { z } from 'zod';
import type { DatasetIssue } from './DatasetIssue';
import { zodIssueToDatasetIssue } from './zodIssueToDatasetIssue';

function rawId(item: unknown): string | undefined {
  if (item && typeof item === 'object' && 'id' in item) {
    const value = (item as { id: unknown }).id;
    if (typeof value === 'string') return value;
  }
  return undefined;
}

export interface ParsedList<T> {
  items: T[];
  /** Where each kept item stood in the input, so later issue paths point at what the editor wrote. */
  inputIndexes: number[];
}

/**
 * Parses each item of a list on its own, so one bad item costs only itself.
 * Items whose id repeats an earlier one are dropped too: ids must be stable and unique.
 */
export function parseList<S extends z.ZodType>(
  raw: unknown,
  schema: S,
  listName: string,
  issues: DatasetIssue[],
  options: {
    tagEventIds?: boolean;
    noun: string;
    /** Repairs an item before it is parsed (prepareEvent), reporting each repair in `issues`. */
    prepare?: (item: unknown, index: number, issues: DatasetIssue[], id?: string) => unknown;
  },
): ParsedList<z.output<S>> {
  const kept: ParsedList<z.output<S>> = { items: [], inputIndexes: [] };
  if (raw === undefined) return kept;
  if (!Array.isArray(raw)) {
    issues.push({ path: listName, message: `${listName} must be a list, got ${raw === null ? 'null' : typeof raw}` });
    return kept;
  }
  const seen = new Map<string, number>();
  raw.forEach((item, index) => {
    const id = rawId(item);
    const eventId = options.tagEventIds ? id : undefined;
    const prepared = options.prepare ? options.prepare(item, index, issues, eventId) : item;
    const result = schema.safeParse(prepared, { reportInput: true });
    if (!result.success) {
      for (const issue of result.error.issues) issues.push(zodIssueToDatasetIssue(issue, [listName, index], eventId));
      issues.push({
        path: `${listName}[${index}]`,
        message: `${options.noun}${id ? ` "${id}"` : ''} was left out because of the problems above`,
        ...(eventId !== undefined && { eventId }),
      });
      return;
    }
    if (id !== undefined) {
      const first = seen.get(id);
      if (first !== undefined) {
        issues.push({
          path: `${listName}[${index}].id`,
          message: `id "${id}" is already used by ${listName}[${first}]; this ${options.noun} was left out`,
          ...(eventId !== undefined && { eventId }),
        });
        return;
      }
      seen.set(id, index);
    }
    kept.items.push(result.data);
    kept.inputIndexes.push(index);
  });
  return kept;
}
