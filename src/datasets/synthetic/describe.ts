import { actorName } from './actors';
import type { Random } from './random';
import type { Slot } from './slots';

const WEAPONS = ['Drone', 'Rocket', 'One-way drone', 'Drone and rocket'] as const;

export interface Description {
  title: string;
  /** One sentence for the summary. */
  sentence: string;
  /** Always starts with `synthetic`. */
  tags: string[];
  /** Acting parties beyond the slot's own (a protest is acted by civilians). */
  actors: string[];
  targets: string[];
}

function near(slot: Slot): string {
  return slot.place?.name ?? 'the region';
}

function statement(slot: Slot, random: Random): Description {
  const who = actorName(slot.actor);
  const cause = slot.respondsTo;
  const base = { tags: ['synthetic', 'statement'], actors: [slot.actor], targets: [] as string[] };
  if (cause) {
    const what = cause.category === 'strike' ? `the strike near ${near(cause)}` : `the attack on ${near(cause)}`;
    const title =
      slot.actor === 'coalition'
        ? `${who} vows to respond to the attack on ${near(cause)}`
        : slot.actor === 'host-government'
          ? `${who} condemns ${what}`
          : slot.actor === 'patron-state'
            ? `${who} warns after ${what}`
            : `${who} vows revenge for ${what}`;
    const targets = cause.actor === slot.actor ? [] : [cause.actor];
    return { ...base, title, sentence: `${who} reacted to ${what}.`, targets };
  }
  const title = random.pick(
    slot.actor === 'coalition'
      ? [`${who} warns armed groups against further attacks`, `${who} says its forces will stay`]
      : slot.actor === 'host-government'
        ? [`${who} calls for calm`, `${who} says foreign forces must leave`]
        : slot.actor === 'patron-state'
          ? [`${who} denies directing the attacks`]
          : [`${who} announces a new phase of operations`, `${who} threatens coalition bases`],
  );
  return { ...base, title, sentence: `${title}.` };
}

/** The title, a summary sentence, tags and parties of an event, from what it is and what it answers. */
export function describe(slot: Slot, isRange: boolean, random: Random): Description {
  const place = near(slot);
  switch (slot.category) {
    case 'attack': {
      const weapon = random.pick(WEAPONS);
      const group = actorName(slot.actor);
      const title = isRange ? `Series of ${weapon.toLowerCase()} attacks on ${place}` : `${weapon} attack on ${place}`;
      return {
        title,
        sentence: `${title}, attributed to ${group}.`,
        tags: ['synthetic', 'attack', weapon.includes('ocket') ? 'rocket' : 'drone'],
        actors: [slot.actor],
        targets: slot.other ? [slot.other] : [],
      };
    }
    case 'strike': {
      const group = actorName(slot.other ?? '');
      const title = isRange ? `Strikes on ${group} sites near ${place}` : `Strike on ${group} site near ${place}`;
      const answers = slot.retaliatesFor?.length ?? 0;
      const sentence =
        answers > 0
          ? `${title}, in response to ${answers === 1 ? 'an earlier attack' : `${answers} earlier attacks`}.`
          : `${title}.`;
      return {
        title,
        sentence,
        tags: ['synthetic', 'strike', 'airstrike'],
        actors: [slot.actor],
        targets: slot.other ? [slot.other] : [],
      };
    }
    case 'diplomacy': {
      const a = actorName(slot.actor);
      const b = actorName(slot.other ?? '');
      const title = random.pick([
        `${a} and ${b} officials meet in ${place}`,
        `${a} envoy visits ${place}`,
        `Talks on the coalition's future in ${place}`,
      ]);
      return {
        title,
        sentence: `${title}.`,
        tags: ['synthetic', 'diplomacy'],
        actors: [slot.actor, ...(slot.other ? [slot.other] : [])],
        targets: [],
      };
    }
    case 'statement':
      return statement(slot, random);
    case 'context': {
      if (!slot.place) {
        const title = random.pick([
          'Heightened alert across the region',
          'Oil prices rise on regional tensions',
          'Parliament debates foreign troop presence',
        ]);
        return { title, sentence: `${title}.`, tags: ['synthetic', 'context'], actors: [], targets: [] };
      }
      const protest = random.chance(0.4);
      const title = protest
        ? `Protest near ${place}`
        : random.pick([`Security alert near ${place}`, `Power cuts reported near ${place}`]);
      return {
        title,
        sentence: `${title}.`,
        tags: ['synthetic', 'context'],
        actors: protest ? ['civilians'] : [],
        targets: [],
      };
    }
  }
}
