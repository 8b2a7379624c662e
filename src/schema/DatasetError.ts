import { formatIssue, type DatasetIssue } from './DatasetIssue';

/** Thrown by `parseDataset`; `.issues` lists every problem found, not only the first. */
export class DatasetError extends Error {
  readonly issues: DatasetIssue[];

  constructor(issues: DatasetIssue[]) {
    const count = issues.length === 1 ? '1 problem' : `${issues.length} problems`;
    super(`The dataset has ${count}:\n${issues.map((issue) => `- ${formatIssue(issue)}`).join('\n')}`);
    this.name = 'DatasetError';
    this.issues = issues;
  }
}
