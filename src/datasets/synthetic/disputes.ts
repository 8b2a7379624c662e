import type { Dispute } from '../../schema/dispute';
import { actorName, MILITIAS } from './actors';
import { BASES } from './places';
import type { Random } from './random';
import type { Slot } from './slots';

const COMMAND = 'Synthetic Coalition Command';

function attackDispute(slot: Slot, random: Random): Dispute {
  const group = actorName(slot.actor);
  const place = slot.place?.name ?? 'the base';
  switch (random.int(0, 2)) {
    case 0: {
      const other = actorName(random.pick(MILITIAS.filter((id) => id !== slot.actor)));
      return {
        field: 'actors',
        topic: 'Which group carried out the attack',
        claims: [
          { value: group, by: COMMAND, sources: ['syn-official'] },
          { value: other, by: `${other} (claim of responsibility)`, sources: ['syn-channel'] },
        ],
        status: 'open',
      };
    }
    case 1: {
      const elsewhere = random.pick(BASES.filter((base) => base.name !== place)).name;
      return {
        field: 'location',
        topic: 'Which base was hit',
        claims: [
          { value: place, by: COMMAND, sources: ['syn-official'] },
          { value: elsewhere, by: 'The Synthetic Times, citing two officials', sources: ['syn-news'] },
        ],
        assessment: `${place} is better supported.`,
        status: 'resolved',
      };
    }
    default:
      return {
        field: 'weapon',
        topic: 'What weapon was used',
        claims: [
          { value: 'One-way attack drone', by: COMMAND, sources: ['syn-official'] },
          { value: 'Rockets', by: 'Synthetic Wire Service', sources: ['syn-wire'] },
          { value: 'Drones and rockets', by: group, sources: ['syn-channel'] },
        ],
        status: 'open',
      };
  }
}

function strikeDispute(slot: Slot, random: Random): Dispute {
  const group = actorName(slot.other ?? slot.actor);
  if (random.chance(0.5)) {
    return {
      field: 'targets',
      topic: 'What the strike hit',
      claims: [
        { value: `A weapons depot of ${group}`, by: COMMAND, sources: ['syn-official'] },
        { value: 'A farm used by civilians', by: group, sources: ['syn-channel'] },
      ],
      status: 'open',
    };
  }
  return {
    field: 'casualties',
    topic: 'Whether civilians were killed',
    claims: [
      { value: 'No civilians were harmed', by: COMMAND, sources: ['syn-official'] },
      {
        value: `${random.int(2, 9)} civilians were killed`,
        by: 'Synthetic Regional Monitor',
        sources: ['syn-monitor'],
      },
    ],
    assessment: 'Could not be established.',
    status: 'open',
  };
}

/** A dispute for some attacks (8 %) and strikes (6 %); none for other events. */
export function disputesFor(slot: Slot, random: Random): Dispute[] {
  if (slot.category === 'attack' && random.chance(0.08)) return [attackDispute(slot, random)];
  if (slot.category === 'strike' && random.chance(0.06)) return [strikeDispute(slot, random)];
  return [];
}
