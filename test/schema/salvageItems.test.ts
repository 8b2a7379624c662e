import { describe, expect, it } from 'vitest';
import { safeParseDataset } from '../../src/schema/index';

// One bad picture, link, id or tag costs only itself: the event stays, the item goes, an issue says why.
const base = {
  title: 'Salvage',
  actors: [{ id: 'us-military', name: 'US military' }],
  sources: [{ id: 'src-a', outlet: 'Agency', url: 'https://example.org/a' }],
};
const event = { id: 'e1', start: '2024-01-28', title: 'Drone attack', category: 'attack' };

function parse(extra: Record<string, unknown>) {
  return safeParseDataset({
    ...base,
    events: [
      { ...event, ...extra },
      { ...event, id: 'e2' },
    ],
  });
}

describe('lists inside an event keep their good items', () => {
  it('a javascript: picture is removed, the good one and the event kept', () => {
    const good = { url: 'https://example.org/p.jpg', alt: 'The base' };
    const { dataset, issues } = parse({ media: [{ url: 'javascript:alert(1)', alt: 'x' }, good] });
    expect(dataset.events.map((e) => e.id)).toEqual(['e1', 'e2']);
    expect(dataset.events[0]!.media).toEqual([{ ...good, kind: 'image' }]);
    expect(issues).toContainEqual(
      expect.objectContaining({
        path: 'events[0].media[0].url',
        eventId: 'e1',
        message: expect.stringContaining('not a web address'),
      }),
    );
    expect(issues).toContainEqual({
      path: 'events[0].media[0]',
      message: 'this media item was left out because of the problem above; the event is kept',
      eventId: 'e1',
    });
  });

  it('a malformed id in actors, targets or sources is removed like a dangling one', () => {
    const { dataset, issues } = parse({ actors: ['us-military', 'Not an id!'], sources: [42, 'src-a'] });
    expect(dataset.events[0]!.actors).toEqual(['us-military']);
    expect(dataset.events[0]!.sources).toEqual(['src-a']);
    expect(issues.map((i) => i.path)).toEqual(expect.arrayContaining(['events[0].actors[1]', 'events[0].sources[0]']));
  });

  it('a link of an unknown type or to a malformed id is removed; good links stay', () => {
    const { dataset, issues } = parse({
      related: [
        { type: 'avenges', id: 'e2' },
        { type: 'precedes', id: 'e2' },
        { type: 'follows', id: '' },
      ],
    });
    expect(dataset.events[0]!.related).toEqual([{ type: 'precedes', id: 'e2' }]);
    expect(issues.filter((i) => i.message.endsWith('the event is kept')).map((i) => i.path)).toEqual([
      'events[0].related[0]',
      'events[0].related[2]',
    ]);
  });

  it('a tag that is not text is removed', () => {
    const { dataset } = parse({ tags: ['drone', 7, null] });
    expect(dataset.events[0]!.tags).toEqual(['drone']);
  });

  it('a valid event raises no issue', () => {
    const input = { ...base, events: [{ ...event, actors: ['us-military'], tags: ['a'] }] };
    const { issues } = safeParseDataset(input);
    expect(issues).toEqual([]);
  });
});
