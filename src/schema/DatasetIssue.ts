/** One problem found in a dataset, with where it is (`events[3].start`) and what to do about it. */
export interface DatasetIssue {
  path: string;
  message: string;
  eventId?: string;
}

type PathPart = string | number | symbol;

/** `["events", 3, "start"]` → `events[3].start` */
export function formatPath(parts: readonly PathPart[]): string {
  let out = '';
  for (const part of parts) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out;
}

/** `events[4].start: "2023-10-32" is not a date …` */
export function formatIssue(issue: DatasetIssue): string {
  return issue.path ? `${issue.path}: ${issue.message}` : issue.message;
}
