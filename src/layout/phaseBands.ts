import { datePeriod } from '../schema/epoch';
import type { Phase } from '../schema/phase';
import type { PhaseBand } from './types';

/** Anything that maps epoch ms to px, such as createTimeScale's scale. */
export type TimeToPx = (time: number) => number;

/**
 * Phases as background bands: from the start of the start's period to the end of the end's, in the
 * dataset's zone (a phase "2023-11-24 – 2023-12-01" covers both days whole), clipped to [0, width];
 * phases entirely outside the plot are dropped.
 */
export function phaseBands(phases: readonly Phase[], scale: TimeToPx, width: number, timeZone: string): PhaseBand[] {
  const bands: PhaseBand[] = [];
  for (const phase of phases) {
    const start = datePeriod(phase.start, timeZone)?.start;
    const end = datePeriod(phase.end, timeZone)?.end;
    if (start === undefined || end === undefined) continue;
    // datePeriod's end is its last millisecond; the band runs to the next period's first. A reversed
    // scale (axis running right to left) puts the end left of the start.
    const [a, b] = [scale(start), scale(end + 1)];
    const x1 = Math.max(0, Math.min(a, b));
    const x2 = Math.min(width, Math.max(a, b));
    if (!(x2 > x1)) continue;
    bands.push({ id: phase.id, title: phase.title, x: x1, width: x2 - x1 });
  }
  return bands;
}
