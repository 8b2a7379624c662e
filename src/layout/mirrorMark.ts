import type { Mark } from './types';

/** A mark reflected across the plot's vertical centre line (x → width - x), for an axis running right to left. */
export function mirrorMark(mark: Mark, width: number): Mark {
  if (mark.type === 'cluster') {
    return { ...mark, x: width - mark.x, x1: width - mark.x2, x2: width - mark.x1 };
  }
  const mirrored = { ...mark, x: width - mark.x, x2: width - mark.x2 };
  if (mark.cx !== undefined) mirrored.cx = width - mark.cx;
  return mirrored;
}
