import type { MarkItem } from './clusterMarks';
import type { EventMark, Mark } from './types';

function eventMark(item: MarkItem, shift: number): EventMark {
  const { id, laneKey, category, x, x2, y, kind, significance } = item;
  const mark: EventMark = { type: 'event', id, laneKey, category, x: x + shift, x2: x2 + shift, y, kind, significance };
  if (item.cx !== undefined) mark.cx = item.cx + shift;
  if (item.figures !== undefined) mark.figures = item.figures;
  return mark;
}

/**
 * At the narrowest zoom no cluster can be parted by zooming in (events on the same day known only to the
 * day, or minutes apart): each is spread instead, its events side by side in time order, each symbol at
 * least `gap` px after the one before and as near its own time as that allows, the group centred where
 * the cluster was. So every event can still be seen, pointed at and focused. `items` gives each event's
 * placed item (layoutTimeline's, before clustering); marks keep their order, a cluster's events in its slot.
 */
export function spreadClusters(marks: readonly Mark[], items: ReadonlyMap<string, MarkItem>, gap: number): Mark[] {
  return marks.flatMap((mark): Mark[] => {
    if (mark.type !== 'cluster') return [mark];
    const members = mark.eventIds.map((id) => items.get(id));
    if (members.some((member) => member === undefined)) return [mark];
    const at = (members as MarkItem[]).map((member) => member.cx ?? member.x);
    const placed: number[] = [];
    for (const [i, x] of at.entries()) placed.push(i === 0 ? x : Math.max(x, placed[i - 1]! + gap));
    const centre = (Math.min(...at) + Math.max(...at)) / 2;
    const offset = centre - (placed[0]! + placed.at(-1)!) / 2;
    return (members as MarkItem[]).map((member, i) => eventMark(member, placed[i]! + offset - at[i]!));
  });
}
