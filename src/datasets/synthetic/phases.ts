import type { Phase } from '../../schema/phase';
import type { Random } from './random';

const DAY = 86_400_000;
const NAMES = ['Opening wave', 'Escalation', 'Lull', 'Retaliation', 'Renewed attacks', 'Talks', 'Pause', 'Flare-up'];

function date(wall: number): string {
  return new Date(wall).toISOString().slice(0, 10);
}

/** Back-to-back phases (about one per 45 days, 2 to 12) covering the whole period, day by day. */
export function phasesFor(days: number, startWall: number, random: Random): Phase[] {
  const count = Math.min(12, Math.max(2, Math.round(days / 45)));
  const starts = [0];
  for (let j = 1; j < count; j++) {
    const even = (j * days) / count;
    const jitter = Math.round((random.next() - 0.5) * 0.4 * (days / count));
    starts.push(Math.min(days - (count - j), Math.max(starts[j - 1]! + 1, Math.round(even) + jitter)));
  }
  return starts.map((first, j) => {
    const last = j + 1 < count ? starts[j + 1]! - 1 : days - 1;
    return {
      id: `phase-${String(j + 1).padStart(2, '0')}`,
      title: `${NAMES[j % NAMES.length]} (synthetic)`,
      start: date(startWall + first * DAY),
      end: date(startWall + last * DAY),
      description: `Phase ${j + 1} of ${count} of the generated period.`,
    };
  });
}
