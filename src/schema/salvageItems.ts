import type { z } from 'zod';
import { formatPath, type DatasetIssue } from './DatasetIssue';
import { zodIssueToDatasetIssue } from './zodIssueToDatasetIssue';

export interface SalvageOptions {
  /** Where the list is: ['events', 3, 'media']. */
  at: readonly (string | number)[];
  /** What one item is called in the issue: "media item", "link", "actor reference". */
  noun: string;
  eventId?: string | undefined;
  /** A cheap test that passes almost every valid item, so zod only runs on the odd one. */
  looksValid?: (item: unknown) => boolean;
}

/**
 * An event's list with the items that would not parse taken out, each reported with its reasons; the event is
 * kept. One bad picture, link or id is no reason to hide an attack. Returns the list itself when every item is
 * fine, and anything that is not a list as it is (the schema reports that).
 */
export function salvageItems(
  raw: unknown,
  schema: z.ZodType,
  issues: DatasetIssue[],
  options: SalvageOptions,
): unknown {
  if (!Array.isArray(raw)) return raw;
  const { at, noun, eventId, looksValid } = options;
  let kept: unknown[] | null = null;
  raw.forEach((item: unknown, i) => {
    const result = looksValid?.(item) ? null : schema.safeParse(item, { reportInput: true });
    if (!result || result.success) {
      kept?.push(item);
      return;
    }
    kept ??= raw.slice(0, i);
    for (const issue of result.error.issues) issues.push(zodIssueToDatasetIssue(issue, [...at, i], eventId));
    issues.push({
      path: formatPath([...at, i]),
      message: `this ${noun} was left out because of the problem above; the event is kept`,
      ...(eventId !== undefined && { eventId }),
    });
  });
  return kept ?? raw;
}
