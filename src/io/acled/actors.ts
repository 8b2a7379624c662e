import type { Actor } from '../../schema/index';
import { createIdAllocator } from './slug';

type ActorKind = NonNullable<Actor['kind']>;

/**
 * ACLED's actor types ("inter" codes): numbers 1–8 in older exports, words in newer ones. The kind is set
 * only where the type says it plainly; rioters, protesters and "external/other forces" get none. State forces
 * are military (or police) forces, except actors named "Government of …", which are governments.
 */
const INTER_TYPES: { label: string; kind?: ActorKind }[] = [
  { label: 'State forces', kind: 'military' },
  { label: 'Rebel group', kind: 'armed-group' },
  { label: 'Political militia', kind: 'armed-group' },
  { label: 'Identity militia', kind: 'armed-group' },
  { label: 'Rioters' },
  { label: 'Protesters' },
  { label: 'Civilians', kind: 'civilians' },
  { label: 'External/Other forces' },
];

const singular = (text: string) => text.trim().toLowerCase().replace(/\s+/g, ' ').replace(/s$/, '');

/** The ACLED actor type for an inter code ("7" or "Civilians"), or null when there is none or it is unknown. */
export function interType(code: string): { code: number; label: string; kind?: ActorKind } | null {
  const trimmed = code.trim();
  if (trimmed === '' || trimmed === '0') return null;
  const index = /^\d$/.test(trimmed)
    ? Number(trimmed) - 1
    : INTER_TYPES.findIndex((type) => singular(type.label) === singular(trimmed));
  const type = INTER_TYPES[index];
  return type ? { code: index + 1, ...type } : null;
}

export const CIVILIANS_INTER_CODE = 7;

/** ACLED lists associated actors in one cell, separated by semicolons. */
export function splitList(cell: string): string[] {
  return cell
    .split(';')
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/** The actors of a file, one record per distinct name, with the row that introduced each. */
export function createActorRegistry() {
  const allocate = createIdAllocator('actor');
  const actors: Actor[] = [];
  const firstSeen: { rowNumber: number; column: 'actor1' | 'actor2' | 'assoc_actor_1' | 'assoc_actor_2' }[] = [];
  return {
    actors,
    firstSeen,
    add(name: string, inter: string, rowNumber: number, column: (typeof firstSeen)[number]['column']): string {
      const { id, isNew } = allocate(name);
      if (isNew) {
        const type = interType(inter);
        // "Government of X" is coded as a state force too; it is not a military.
        const kind = type?.kind === 'military' && /^government\b/i.test(name) ? 'government' : type?.kind;
        actors.push({
          id,
          name,
          ...(kind && { kind }),
          ...(type && { description: `ACLED actor type: ${type.label}` }),
        });
        firstSeen.push({ rowNumber, column });
      }
      return id;
    },
  };
}
