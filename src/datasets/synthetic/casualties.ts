import type { CasualtyReport } from '../../schema/casualtyReport';
import type { Figure } from '../../schema/figure';
import { actorName } from './actors';
import type { Random } from './random';
import type { Slot } from './slots';
import type { ZoneClock } from './zoneClock';

const DAY = 86_400_000;
const COMMAND = 'Synthetic Coalition Command';

/** A count as sources word it: exact, "at least", a range, or words only. */
function figure(value: number, random: Random): Figure {
  const form = random.weighted([5, 2, 2, 1]);
  if (form === 1) return { value, qualifier: 'at-least' };
  if (form === 2) return { min: value, max: value + random.int(1, 4) };
  if (form === 3) return { text: value > 3 ? 'dozens' : 'several' };
  return value;
}

function attackReports(slot: Slot, random: Random): CasualtyReport[] {
  const group = 'Coalition personnel';
  const claimant = actorName(slot.actor);
  switch (random.weighted([3, 2, 2, 1])) {
    case 0: {
      const injured = random.int(1, 12);
      const official: CasualtyReport = {
        group,
        injured,
        status: 'confirmed',
        reportedBy: COMMAND,
        reportedByActor: 'coalition',
        sources: ['syn-official'],
      };
      if (!random.chance(0.3)) return [official];
      // Contested: the wire's count disagrees with the official one.
      const low = injured + random.int(1, 5);
      return [
        official,
        {
          group,
          injured: { min: low, max: low + 3 },
          status: 'reported',
          reportedBy: 'Synthetic Wire Service',
          sources: ['syn-wire'],
        },
      ];
    }
    case 1:
      // Contested: the group claims deaths, the command denies any.
      return [
        {
          group,
          killed: figure(random.int(1, 6), random),
          status: 'claimed',
          reportedBy: claimant,
          reportedByActor: slot.actor,
          sources: ['syn-channel'],
        },
        {
          group,
          killed: 0,
          status: 'denied',
          reportedBy: COMMAND,
          reportedByActor: 'coalition',
          sources: ['syn-official'],
        },
      ];
    case 2:
      return [
        {
          group,
          injured: figure(random.int(1, 8), random),
          status: 'reported',
          reportedBy: 'The Synthetic Times',
          sources: ['syn-news'],
        },
      ];
    default:
      return [
        {
          group,
          status: 'unverified',
          reportedBy: 'Synthetic Regional Monitor',
          sources: ['syn-monitor'],
          note: 'No figure could be found.',
        },
      ];
  }
}

function strikeReports(slot: Slot, random: Random): CasualtyReport[] {
  const target = slot.other ?? slot.actor;
  const members = `${actorName(target)} members`;
  switch (random.weighted([3, 2, 2, 1])) {
    case 0: {
      // Contested: the monitor's toll and the group's own differ.
      const counted = random.int(1, 15);
      return [
        {
          group: members,
          killed: figure(counted, random),
          status: 'reported',
          reportedBy: 'Synthetic Regional Monitor',
          sources: ['syn-monitor'],
        },
        {
          group: members,
          killed: counted + random.int(1, 6),
          status: 'claimed',
          reportedBy: actorName(target),
          reportedByActor: target,
          sources: ['syn-channel'],
        },
      ];
    }
    case 1:
      return [
        {
          group: 'Civilians',
          killed: random.int(1, 6),
          status: 'claimed',
          reportedBy: actorName(target),
          reportedByActor: target,
          sources: ['syn-channel'],
        },
        {
          group: 'Civilians',
          killed: 0,
          status: 'denied',
          reportedBy: COMMAND,
          reportedByActor: 'coalition',
          sources: ['syn-official'],
        },
      ];
    case 2:
      return [
        {
          group: members,
          killed: figure(random.int(2, 20), random),
          status: 'confirmed',
          reportedBy: COMMAND,
          reportedByActor: 'coalition',
          sources: ['syn-official'],
        },
      ];
    default:
      return [
        {
          group: members,
          status: 'unverified',
          reportedBy: 'Synthetic Wire Service',
          sources: ['syn-wire'],
          note: 'Casualty figures were not given.',
        },
      ];
  }
}

/** Casualty reports for an attack (35 %) or a strike (45 %), often two that disagree; none for other events. */
export function casualtiesFor(slot: Slot, random: Random, clock: ZoneClock): CasualtyReport[] {
  let reports: CasualtyReport[];
  if (slot.category === 'attack' && random.chance(0.35)) reports = attackReports(slot, random);
  else if (slot.category === 'strike' && random.chance(0.45)) reports = strikeReports(slot, random);
  else return [];
  const asOf = clock.formatDate(slot.epoch + random.int(0, 3) * DAY);
  for (const report of reports) report.asOf = asOf;
  return reports;
}

/** True when a report says someone died (for significance). */
export function reportsDeaths(reports: CasualtyReport[]): boolean {
  return reports.some((r) => r.status !== 'denied' && r.killed !== undefined && r.killed !== 0);
}
