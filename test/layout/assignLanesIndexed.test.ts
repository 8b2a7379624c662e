import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assignLanes,
  assignLanesIndexed,
  UNATTRIBUTED_LANE,
  UNKNOWN_PLACE_LANE,
  type LaneAccessor,
  type LaneEvent,
} from '../../src/layout/assignLanes';
import type { LaneMode } from '../../src/layout/types';

const actors = [
  { id: 'kh', name: 'Kataib Hezbollah', shortName: 'KH' },
  { id: 'us', name: 'United States military' },
];

const laneEvents = fc
  .array(
    fc.record({
      actors: fc.array(fc.constantFrom('kh', 'us', 'iri'), { maxLength: 2 }),
      category: fc.constantFrom('attack', 'strike', 'memo', 'context'),
      location: fc.option(
        fc.record({
          name: fc.constant('x'),
          country: fc.constantFrom('Iraq', ' Iraq ', 'Syria', '', '_unknown-place'),
        }),
        { nil: undefined },
      ),
    }),
    { maxLength: 60 },
  )
  .map((events) => events.map((event, i): LaneEvent => ({ id: `e${i}`, ...event })));

const names = new Map(actors.map((a) => [a.id, a.shortName?.trim() || a.name]));

/** The built-in modes written as caller accessors: assignLanes then asks for every event's lane. */
const asAccessor: Record<'actor' | 'country', LaneAccessor> = {
  actor: (event) => {
    const first = event.actors?.[0];
    return first === undefined ? null : { key: first, label: names.get(first) ?? first };
  },
  country: (event) => {
    const country = event.location?.country?.trim();
    return country ? { key: country, label: country } : { key: UNKNOWN_PLACE_LANE, label: 'Unknown place' };
  },
};

describe('assignLanesIndexed', () => {
  it("gives each event's lane as its index in `lanes`, and the same lanes as assignLanes", () => {
    fc.assert(
      fc.property(laneEvents, fc.constantFrom<LaneMode>('actor', 'category', 'country', 'single'), (events, mode) => {
        const options = { mode, actors, laneHeight: 40 };
        const { lanes, laneOf, laneIndex } = assignLanesIndexed(events, options);
        expect(Array.from(laneIndex)).toEqual(events.map((e) => lanes.findIndex((l) => l.key === laneOf.get(e.id))));
        expect({ lanes, laneOf }).toEqual(assignLanes(events, options));
      }),
    );
  });

  it('finds the same lanes and labels as asking the lane of every event', () => {
    fc.assert(
      fc.property(laneEvents, fc.constantFrom<'actor' | 'country'>('actor', 'country'), (events, mode) => {
        const builtIn = assignLanesIndexed(events, { mode, actors, laneHeight: 40 });
        const asked = assignLanesIndexed(events, { accessor: asAccessor[mode], actors, laneHeight: 40 });
        expect(builtIn).toEqual(asked);
      }),
    );
  });

  it("asks a caller's accessor once per event, in order, and puts null in Unattributed", () => {
    const events: LaneEvent[] = ['a', 'b', 'c'].map((id) => ({ id, actors: [], category: 'attack' }));
    const asked: string[] = [];
    const { laneIndex, lanes } = assignLanesIndexed(events, {
      accessor: (event) => (asked.push(event.id), event.id === 'b' ? null : { key: 'k', label: 'K' }),
      actors,
      laneHeight: 40,
    });
    expect(asked).toEqual(['a', 'b', 'c']);
    expect(lanes.map((lane) => lane.key)).toEqual(['k', UNATTRIBUTED_LANE]);
    expect(Array.from(laneIndex)).toEqual([0, 1, 0]);
  });
});
