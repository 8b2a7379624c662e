import type { DatasetIssue } from '../../schema/DatasetIssue';

/** Our event fields → where they came from in a TimelineJS slide. */
const EVENT_FIELDS: [RegExp, string][] = [
  [/^\.id$/, '.unique_id'],
  [/^\.title$/, '.text.headline'],
  [/^\.summary$/, '.text.text'],
  [/^\.(start|precision)$/, '.start_date'],
  [/^\.end$/, '.end_date'],
  [/^\.dateNote$/, '.display_date'],
  [/^\.media\[0\]/, '.media'],
  [/^\.actors\[0\]$/, '.group'],
];

const PHASE_FIELDS: [RegExp, string][] = [
  [/^\.id$/, '.unique_id'],
  [/^\.title$/, '.text.headline'],
  [/^\.description$/, '.text.text'],
  [/^\.start$/, '.start_date'],
  [/^\.end$/, '.end_date'],
];

const DATASET_FIELDS: Record<string, string> = {
  title: 'title.text.headline',
  description: 'title.text.text',
};

function mapItem(
  path: string,
  list: string,
  target: string,
  indexes: readonly number[],
  fields: [RegExp, string][],
): string | null {
  const m = new RegExp(`^${list}\\[(\\d+)\\](.*)$`).exec(path);
  if (!m) return null;
  const index = indexes[Number(m[1])] ?? Number(m[1]);
  const rest = m[2]!;
  for (const [pattern, replacement] of fields) {
    if (pattern.test(rest)) return `${target}[${index}]${rest.replace(pattern, replacement)}`;
  }
  return `${target}[${index}]${rest}`;
}

/**
 * Rewrites the paths of issues found by `safeParseDataset` in the converted dataset so that they point into the
 * TimelineJS file: `events[2].title` → `events[7].text.headline` when the third event kept came from the eighth
 * slide, `phases[0].end` → `eras[0].end_date`. Fields with no TimelineJS source keep our name.
 */
export function toTimelineJsPath(
  issue: DatasetIssue,
  eventIndexes: readonly number[],
  eraIndexes: readonly number[],
): DatasetIssue {
  const path =
    mapItem(issue.path, 'events', 'events', eventIndexes, EVENT_FIELDS) ??
    mapItem(issue.path, 'phases', 'eras', eraIndexes, PHASE_FIELDS) ??
    DATASET_FIELDS[issue.path] ??
    issue.path;
  return { ...issue, path };
}
