import type { Actor } from '../../schema/actor';

/** Invented parties: realistic kinds and name lengths, no real organisation. */
export const SYNTHETIC_ACTORS: Actor[] = [
  {
    id: 'coalition',
    name: 'Synthetic Coalition Forces',
    shortName: 'Coalition',
    kind: 'coalition',
    description: 'Invented foreign military coalition with bases in the region (synthetic data).',
  },
  {
    id: 'patron-state',
    name: 'Patron State',
    shortName: 'Patron',
    kind: 'state',
    description: 'Invented regional state that backs the armed groups (synthetic data).',
  },
  {
    id: 'host-government',
    name: 'Host Government',
    shortName: 'Host gov.',
    kind: 'government',
    country: 'Iraq',
    description: 'Invented host government caught between the parties (synthetic data).',
  },
  { id: 'river-brigades', name: 'River Brigades', shortName: 'RB', kind: 'armed-group' },
  { id: 'desert-front', name: 'Desert Front', shortName: 'DF', kind: 'armed-group' },
  {
    id: 'valley-committees',
    name: 'Popular Committees of the Eastern Valley',
    shortName: 'PCEV',
    kind: 'armed-group',
    aliases: ['Eastern Valley Committees'],
  },
  { id: 'civilians', name: 'Civilians', kind: 'civilians' },
];

/** The armed groups, with how often each acts (the first is the most active). */
export const MILITIAS = ['river-brigades', 'desert-front', 'valley-committees'] as const;
export const MILITIA_WEIGHTS = [5, 3, 2] as const;
export type MilitiaId = (typeof MILITIAS)[number];

const NAMES = new Map(SYNTHETIC_ACTORS.map((actor) => [actor.id, actor.name]));

export function actorName(id: string): string {
  return NAMES.get(id) ?? id;
}
