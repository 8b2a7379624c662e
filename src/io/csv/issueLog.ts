import type { DatasetIssue } from '../../schema/DatasetIssue';

/**
 * Issues in the order an editor reads them: header and options first, then by the first row of the event they
 * belong to, so "event … was left out because of the problems above" follows the problems in its own rows.
 */
export class IssueLog {
  private readonly entries: { issue: DatasetIssue; order: number }[] = [];
  private readonly seen = new Set<string>();
  private readonly paths = new Set<string>();

  /**
   * `order`: 0 for the header and options, else the row number of the event's first row. `supersedes`: the cell was
   * passed on as written, so the schema's own message about the same cell is left out in favour of this one.
   */
  add(order: number, issue: DatasetIssue, supersedes = false): void {
    const key = `${issue.path}\u0000${issue.message}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    if (supersedes) this.paths.add(issue.path);
    this.entries.push({ issue, order });
  }

  /** True when a superseding issue was given for this cell (a cell's own message wins over the schema's). */
  supersedes(path: string): boolean {
    return this.paths.has(path);
  }

  issues(): DatasetIssue[] {
    return this.entries
      .map((entry, seq) => ({ ...entry, seq }))
      .sort((a, b) => a.order - b.order || a.seq - b.seq)
      .map((entry) => entry.issue);
  }
}
