import { describe, expect, it } from 'vitest';
import { safeParseDataset } from '../../src/schema/safeParseDataset';
import { validInput, withChange } from './fixtures';

describe('safeParseDataset(input)', () => {
  it('returns the dataset and no issues for valid input', () => {
    const { dataset, issues } = safeParseDataset(validInput());
    expect(issues).toEqual([]);
    expect(dataset.events).toHaveLength(2);
  });

  it('keeps every valid event and drops only the invalid one, saying why', () => {
    const input = withChange((d) => {
      d.events.push({ id: 'bad-date', start: '2023-10-32', title: 'Broken', category: 'attack' });
      d.events.push({ id: 'late', start: '2023-11-01', title: 'Fine', category: 'statement' });
    });
    const { dataset, issues } = safeParseDataset(input);
    expect(dataset.events.map((e) => e.id)).toEqual(['drone-attack', 'strike', 'late']);
    expect(issues).toContainEqual(expect.objectContaining({ path: 'events[2].start', eventId: 'bad-date' }));
    expect(issues).toContainEqual({
      path: 'events[2]',
      eventId: 'bad-date',
      message: 'event "bad-date" was left out because of the problems above',
    });
  });

  it('reports each dropped event once with a "left out" issue', () => {
    const input = withChange((d) => {
      d.events.push({ id: 'a', start: 'soon', title: '', category: 'attack' });
      d.events.push({ start: '2023-10-01', title: 'No id', category: 'attack' });
    });
    const { dataset, issues } = safeParseDataset(input);
    const leftOut = issues.filter((issue) => issue.message.includes('was left out'));
    expect(leftOut.map((issue) => issue.path)).toEqual(['events[2]', 'events[3]']);
    expect(dataset.events).toHaveLength(2);
  });

  it('keeps an event whose actor reference is unknown, removing only the reference', () => {
    const input = withChange((d) => (d.events[0]!.actors = ['militia', 'ghost']));
    const { dataset, issues } = safeParseDataset(input);
    expect(dataset.events[0]!.actors).toEqual(['militia']);
    expect(issues).toHaveLength(1);
  });

  it('never throws, whatever it is given', () => {
    for (const input of [undefined, null, 42, 'not json', '[]', [], { events: 'x' }, { events: [null, 1, 'a'] }]) {
      const result = safeParseDataset(input);
      expect(result.dataset.events).toEqual([]);
      expect(result.issues.length).toBeGreaterThan(0);
    }
  });

  it('reads a JSON string', () => {
    const { dataset, issues } = safeParseDataset(JSON.stringify(validInput()));
    expect(issues).toEqual([]);
    expect(dataset.title).toBe('Test timeline');
  });

  it('falls back to a title and UTC when the dataset-level fields are broken, and says so', () => {
    const { dataset, issues } = safeParseDataset({ title: '', timeZone: 'Atlantis', events: [] });
    expect(dataset.title).toBe('Untitled timeline');
    expect(dataset.timeZone).toBe('UTC');
    expect(issues.map((issue) => issue.path)).toEqual(['title', 'timeZone']);
  });

  it('reports a missing event list', () => {
    const { issues } = safeParseDataset({ title: 'x' });
    expect(issues).toEqual([{ path: 'events', message: 'events is missing (a dataset needs a list of events)' }]);
  });
});

describe('safeParseDataset messages for wrong and missing values', () => {
  it('says a field of the wrong type is wrong, not missing', () => {
    const { issues } = safeParseDataset(withChange((d) => (d.events[0]!.significance = 'high')));
    expect(issues[0]).toMatchObject({
      path: 'events[0].significance',
      message: 'significance must be a whole number from 1 to 5, got "high" (3, the default, is used)',
    });
  });

  it('says a missing claim status is missing', () => {
    const { issues } = safeParseDataset(
      withChange((d) => delete (d.events[0]!.casualties as { status?: string }[])[0]!.status),
    );
    expect(issues[0]).toMatchObject({ path: 'events[0].casualties[0].status', message: 'status is missing' });
  });
});
