import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/schema/parseDataset';
import { DatasetError } from '../../src/schema/DatasetError';
import { formatIssue } from '../../src/schema/DatasetIssue';
import { INVALID_CASES } from './invalidCases';
import { validInput, withChange } from './fixtures';

describe('parseDataset(input)', () => {
  it('returns the dataset with defaults filled in', () => {
    const dataset = parseDataset(validInput());
    expect(dataset.events.map((e) => e.id)).toEqual(['drone-attack', 'strike']);
    expect(dataset.events[1]!.significance).toBe(3);
    expect(dataset.events[1]!.casualties).toEqual([]);
    expect(dataset.phases).toEqual([]);
  });

  it.each(INVALID_CASES)(
    'rejects $name with its path and a message an editor understands',
    ({ input, path, message }) => {
      let error: unknown;
      try {
        parseDataset(input);
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(DatasetError);
      const issues = (error as DatasetError).issues;
      expect(issues).toContainEqual(expect.objectContaining({ path, message }));
    },
  );

  it('throws a DatasetError that lists every problem, not only the first', () => {
    const input = withChange((d) => {
      d.events[0]!.start = '2023-13-01';
      d.events[1]!.category = 'skirmish';
      d.timeZone = 'Nowhere/City';
    });
    expect(() => parseDataset(input)).toThrowError(DatasetError);
    try {
      parseDataset(input);
    } catch (error) {
      const issues = (error as DatasetError).issues;
      expect(issues.map((issue) => issue.path)).toEqual(
        expect.arrayContaining(['events[0].start', 'events[1].category', 'timeZone']),
      );
      expect((error as Error).message).toContain(formatIssue(issues[0]!));
      expect((error as Error).message).toMatch(/^The dataset has \d+ problems:/);
    }
  });

  it('names the event an issue belongs to', () => {
    const input = withChange((d) => (d.events[1]!.start = 'yesterday'));
    try {
      parseDataset(input);
      expect.unreachable('parseDataset accepted "yesterday"');
    } catch (error) {
      expect((error as DatasetError).issues[0]).toMatchObject({ path: 'events[1].start', eventId: 'strike' });
    }
  });
});
