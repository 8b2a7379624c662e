import { describe, expect, it } from 'vitest';
import { assignLanes, UNATTRIBUTED_LANE, UNKNOWN_PLACE_LANE, type LaneEvent } from '../../src/layout/index';

const actors = [
  { id: 'us-military', name: 'United States military', shortName: 'US military' },
  { id: 'kh', name: 'Kataib Hezbollah', shortName: 'KH' },
  { id: 'iri', name: 'Islamic Resistance in Iraq' },
];

/** Events in time order. */
const events: LaneEvent[] = [
  { id: 'e1', actors: ['iri', 'kh'], category: 'attack', location: { name: 'Tower 22', country: 'Jordan' } },
  { id: 'e2', actors: ['us-military'], category: 'strike', location: { name: 'Al-Qaim', country: 'Iraq' } },
  { id: 'e3', actors: [], category: 'context' },
  { id: 'e4', actors: ['kh'], category: 'statement', location: { name: 'Baghdad', country: 'Iraq' } },
  {
    id: 'e5',
    actors: ['us-military', 'kh'],
    category: 'strike',
    location: { name: 'Jurf al-Sakhar', country: 'Iraq' },
  },
  { id: 'e6', actors: ['iri'], category: 'attack', location: { name: 'Erbil', country: 'Iraq' } },
  { id: 'e7', actors: ['us-military'], category: 'memo' },
];

const keys = (result: ReturnType<typeof assignLanes>) => result.lanes.map((lane) => lane.key);

describe('assignLanes(events, { mode, accessor, actors, laneHeight })', () => {
  it("puts an event with several actors in its first actor's lane", () => {
    const { laneOf } = assignLanes(events, { actors, laneHeight: 56 });
    expect(laneOf.get('e1')).toBe('iri');
    expect(laneOf.get('e5')).toBe('us-military');
  });

  it('orders lanes by number of events, ties by first appearance, "Unattributed" last', () => {
    const result = assignLanes(events, { actors, laneHeight: 56 });
    // us-military 3; iri 2 (first at e1); kh 1; unattributed 1 (last whatever its count).
    expect(keys(result)).toEqual(['us-military', 'iri', 'kh', UNATTRIBUTED_LANE]);
    expect(result.lanes.map((lane) => lane.count)).toEqual([3, 2, 1, 1]);
    expect(result.laneOf.get('e3')).toBe(UNATTRIBUTED_LANE);
  });

  it('labels lanes with the short name, else the name, and stacks them from y = 0', () => {
    const { lanes } = assignLanes(events, { actors, laneHeight: 40 });
    expect(lanes.map((lane) => lane.label)).toEqual([
      'US military',
      'Islamic Resistance in Iraq',
      'KH',
      'Unattributed',
    ]);
    expect(lanes.map((lane) => [lane.y, lane.height])).toEqual([
      [0, 40],
      [40, 40],
      [80, 40],
      [120, 40],
    ]);
  });

  it('mode "category" keeps the built-in order (attack, strike, diplomacy, statement, context), then others', () => {
    const result = assignLanes(events, {
      mode: 'category',
      actors,
      laneHeight: 56,
      categories: [{ id: 'memo', label: 'Memos' }],
    });
    expect(keys(result)).toEqual(['attack', 'strike', 'statement', 'context', 'memo']);
    expect(result.lanes.map((lane) => lane.label)).toEqual(['Attack', 'Strike', 'Statement', 'Context', 'Memos']);
  });

  it('mode "country" uses location.country, "Unknown place" last', () => {
    const result = assignLanes(events, { mode: 'country', actors, laneHeight: 56 });
    expect(keys(result)).toEqual(['Iraq', 'Jordan', UNKNOWN_PLACE_LANE]);
    expect(result.lanes.at(-1)).toMatchObject({ label: 'Unknown place', count: 2 });
  });

  it('mode "single" (or a width under singleLaneBelow) puts everything in one lane', () => {
    expect(assignLanes(events, { mode: 'single', actors, laneHeight: 56 }).lanes).toEqual([
      { key: 'all', label: 'All events', y: 0, height: 56, count: 7 },
    ]);
    const narrow = assignLanes(events, { actors, laneHeight: 56, singleLaneBelow: 480, width: 360 });
    expect(keys(narrow)).toEqual(['all']);
    expect(keys(assignLanes(events, { actors, laneHeight: 56, singleLaneBelow: 480, width: 800 }))).toHaveLength(4);
    expect(assignLanes([], { mode: 'single', actors, laneHeight: 56 }).lanes).toHaveLength(1);
  });

  it('lets an accessor decide, null meaning unattributed, and takes translated labels', () => {
    const result = assignLanes(events, {
      actors,
      laneHeight: 56,
      accessor: (event) =>
        event.category === 'context' ? null : { key: event.category === 'attack' ? 'a' : 'b', label: 'x' },
      labels: { unattributed: 'Sans auteur' },
    });
    expect(keys(result)).toEqual(['b', 'a', UNATTRIBUTED_LANE]);
    expect(result.lanes.at(-1)!.label).toBe('Sans auteur');
  });

  it('falls back to the actor id when the actor is not in the list', () => {
    const { lanes } = assignLanes([{ id: 'x', actors: ['ghost'], category: 'attack' }], { actors, laneHeight: 56 });
    expect(lanes[0]).toMatchObject({ key: 'ghost', label: 'ghost' });
  });
});
