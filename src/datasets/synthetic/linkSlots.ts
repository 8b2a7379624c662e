import { MILITIAS } from './actors';
import type { Random } from './random';
import type { Slot } from './slots';

const DAY = 86_400_000;
/** A strike answers attacks of the last three weeks; a statement reacts within three days. */
const RETALIATION_WINDOW = 21 * DAY;
const REACTION_WINDOW = 3 * DAY;

/**
 * Walks the sorted slots once and links answers to what they answer, always to strictly earlier events:
 * a strike retaliates for the latest unanswered attacks by the group it hits (each attack is answered once);
 * a statement responds to the latest attack or strike that concerns its author. O(n).
 */
export function linkSlots(slots: Slot[], random: Random): void {
  const unanswered = new Map<string, Slot[]>(MILITIAS.map((group) => [group, []]));
  let lastAttack: Slot | undefined;
  const lastStrikeOn = new Map<string, Slot>();
  let lastStrike: Slot | undefined;

  for (const slot of slots) {
    if (slot.category === 'attack') {
      unanswered.get(slot.actor)?.push(slot);
      lastAttack = slot;
    } else if (slot.category === 'strike' && slot.other) {
      const queue = unanswered.get(slot.other) ?? [];
      let stale = 0;
      while (stale < queue.length && slot.epoch - queue[stale]!.epoch > RETALIATION_WINDOW) stale++;
      queue.splice(0, stale);
      let wanted = random.chance(0.8) ? random.int(1, 3) : 0;
      for (let i = queue.length - 1; i >= 0 && wanted > 0; i--) {
        const attack = queue[i]!;
        if (attack.epoch >= slot.epoch) continue;
        (slot.retaliatesFor ??= []).push(attack);
        attack.retaliatedBy = slot;
        queue.splice(i, 1);
        wanted--;
      }
      lastStrikeOn.set(slot.other, slot);
      lastStrike = slot;
    } else if (slot.category === 'statement' && random.chance(0.6)) {
      const cause =
        slot.actor === 'coalition'
          ? lastAttack
          : slot.actor === 'host-government'
            ? random.chance(0.5)
              ? lastAttack
              : lastStrike
            : slot.actor === 'patron-state'
              ? lastStrike
              : lastStrikeOn.get(slot.actor);
      if (cause && cause.epoch < slot.epoch && slot.epoch - cause.epoch <= REACTION_WINDOW) {
        slot.respondsTo = cause;
        (cause.prompted ??= []).push(slot);
      }
    }
  }
}
