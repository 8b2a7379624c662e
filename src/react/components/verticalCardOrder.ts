import type { VerticalItem } from '../../layout/layoutVertical';
import type { ListedEvent } from './eventListContext';

export interface VerticalCardOrder {
  /** Card element ids in reading order: the keys of the keyboard navigation and of the scroll spy. */
  keys: string[];
  /** Positions in `keys` of the cards just after a break (or after the undated label). */
  sectionStarts: number[];
  /** Card element id by event id, for events with a usable id. */
  keyOfEvent: Map<string, string>;
}

/** The cards of a vertical layout as the keyboard walks them. `listed[i]` is the event of a card's `index`. */
export function verticalCardOrder(items: readonly VerticalItem[], listed: readonly ListedEvent[]): VerticalCardOrder {
  const keys: string[] = [];
  const sectionStarts: number[] = [];
  let afterBreak = false;
  for (const item of items) {
    if (item.type === 'gap' || item.type === 'undated') afterBreak = true;
    if (item.type !== 'card') continue;
    if (afterBreak) sectionStarts.push(keys.length);
    afterBreak = false;
    keys.push(listed[item.index]!.elementId);
  }
  const keyOfEvent = new Map(listed.flatMap((item) => (item.eventId ? [[item.eventId, item.elementId] as const] : [])));
  return { keys, sectionStarts, keyOfEvent };
}
