import { describe, expect, it } from 'vitest';
import type { DatasetIssue } from '../../src/schema/DatasetIssue';
import { takeEventsWithinLimit } from '../../src/schema/eventLimit';
import { safeParseDataset } from '../../src/schema/safeParseDataset';
import { limitDataset } from '../../src/schema/limitDataset';
import { MAX_DATASET_BYTES, MAX_EVENTS } from '../../src/schema/limits';
import { utf8Length } from '../../src/schema/utf8Length';
import { edgeEvent, oneEvent } from '../fixtures/edgeDatasets';

// docs/limits.md: beyond MAX_EVENTS events or MAX_DATASET_BYTES of text, a clear message instead of a frozen tab.
const rawEvent = (i: number) => ({ id: `e${i}`, start: '2024-01-01', title: `Event ${i}`, category: 'attack' });

/** An event list whose items past `readable` throw when read: proof that the parser never looks at them. */
function eventsReadableUpTo(total: number, readable: number): unknown[] {
  const events: unknown[] = Array.from({ length: readable }, (_, i) => rawEvent(i));
  const untouchable = new Proxy(
    {},
    {
      get(_target, key) {
        if (key === 'id') return 'beyond';
        throw new Error(`event beyond the limit was read (${String(key)})`);
      },
    },
  );
  for (let i = readable; i < total; i++) events.push(untouchable);
  return events;
}

describe(`more than MAX_EVENTS (${MAX_EVENTS.toLocaleString('en')}) events`, () => {
  it('parses the first MAX_EVENTS, never reads the rest, and names them in one issue', () => {
    const total = MAX_EVENTS + 5_000;
    const started = performance.now();
    const events = eventsReadableUpTo(total, MAX_EVENTS);
    // A link to a left-out event goes quietly: the one issue covers it.
    (events[0] as { related?: unknown }).related = [{ type: 'precedes', id: 'beyond' }];
    const { dataset, issues } = safeParseDataset({ title: 'Too many', events });
    const ms = performance.now() - started;
    expect(dataset.events).toHaveLength(MAX_EVENTS);
    expect(dataset.events.at(-1)!.id).toBe(`e${MAX_EVENTS - 1}`);
    expect(dataset.events[0]!.related).toEqual([]);
    expect(issues).toEqual([
      {
        path: 'events',
        message:
          'the dataset has 105,000 events; at most 100,000 are drawn, so events[100000] to events[104999] (5,000) ' +
          'were left out without being checked. Split the dataset (by period or by place), or give counts over time ' +
          'as aggregates',
      },
    ]);
    expect(ms).toBeLessThan(20_000);
  }, 60_000);

  it('takes the first items of a list over the limit and the ids of the rest', () => {
    const issues: DatasetIssue[] = [];
    const raw = Array.from({ length: 12 }, (_, i) => rawEvent(i));
    const { events, leftOutIds } = takeEventsWithinLimit(raw, issues, 10);
    expect(events).toEqual(raw.slice(0, 10));
    expect([...leftOutIds]).toEqual(['e10', 'e11']);
    expect(issues).toHaveLength(1);
    expect(takeEventsWithinLimit(raw, [], 12).events).toBe(raw);
  });
});

describe('JSON text larger than MAX_DATASET_BYTES', () => {
  it('is refused with an issue, without parsing it', () => {
    const text = `{"title":"Big","events":[],"pad":"${'x'.repeat(MAX_DATASET_BYTES)}"}`;
    const { dataset, issues } = safeParseDataset(text);
    expect(dataset.events).toEqual([]);
    expect(issues).toEqual([
      {
        path: '',
        message:
          'the text is larger than 100 MB, the most Flashpoint reads (docs/limits.md); it was not read. Split the ' +
          'dataset by period, or give counts as aggregates',
      },
    ]);
  });

  it('counts bytes, not characters: Arabic text under the limit in characters can be over it in bytes', () => {
    expect(utf8Length('aé中🔥')).toBe(1 + 2 + 3 + 4);
    expect(utf8Length('\ud800')).toBe(3);
    expect(utf8Length('ا'.repeat(1000), 100)).toBeLessThan(110);
  });
});

describe('limitDataset(dataset)', () => {
  it('returns the same dataset when within the limit', () => {
    const limited = limitDataset(oneEvent);
    expect(limited).toEqual({ dataset: oneEvent, total: 1, leftOut: 0 });
    expect(limited.dataset).toBe(oneEvent);
  });

  it('keeps the first events in order and removes links to the ones left out', () => {
    const events = Array.from({ length: 5 }, (_, i) =>
      edgeEvent({
        id: `e${i}`,
        start: `2024-01-0${i + 1}`,
        title: `Event ${i}`,
        related: [
          { type: 'precedes', id: `e${(i + 1) % 5}` },
          { type: 'follows', id: `e${(i + 4) % 5}` },
        ],
      }),
    );
    const { dataset, total, leftOut } = limitDataset({ ...oneEvent, events }, 3);
    expect({ total, leftOut }).toEqual({ total: 5, leftOut: 2 });
    expect(dataset.events.map((event) => event.id)).toEqual(['e0', 'e1', 'e2']);
    expect(dataset.events.map((event) => event.related.map((link) => link.id))).toEqual([['e1'], ['e2', 'e0'], ['e1']]);
    expect(dataset.events[1]).toBe(events[1]); // Untouched events are the same objects.
  });

  it(`cuts a dataset of MAX_EVENTS + 1 to MAX_EVENTS`, () => {
    const events = Array.from({ length: MAX_EVENTS + 1 }, (_, i) =>
      edgeEvent({ id: `e${i}`, start: '2024-01-01', title: 'x' }),
    );
    const { dataset, leftOut } = limitDataset({ ...oneEvent, events });
    expect(dataset.events).toHaveLength(MAX_EVENTS);
    expect(leftOut).toBe(1);
  });

  it('does not throw on events a host did not validate (null, no related, junk links)', () => {
    const junk = [null, { id: 'a' }, { id: 'b', related: [null, { id: 'a' }, { id: 'gone' }] }, { id: 'c' }];
    const { dataset, leftOut } = limitDataset({ ...oneEvent, events: junk as never }, 3);
    expect(leftOut).toBe(1);
    expect(dataset.events).toEqual([null, { id: 'a' }, { id: 'b', related: [{ id: 'a' }] }]);
  });
});
