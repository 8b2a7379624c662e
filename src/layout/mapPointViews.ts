import type { PlaceGroup } from './groupPlaces';

/** `selected` holds the selected event, `highlighted` the one hovered elsewhere, `dimmed` none in view. */
export type MapPointState = 'idle' | 'highlighted' | 'selected' | 'dimmed';

/** A point as drawn: its group, its state, its size. */
export interface MapPointView {
  group: PlaceGroup;
  /** The members in view (all members when none is): what clicks cycle through. */
  pool: readonly string[];
  state: MapPointState;
  /** The number in its badge: members in view, or all members when none is. */
  count: number;
  /** Radius of its dot, px: 5 for one event, growing with the square root of the count up to 15. */
  r: number;
}

export interface MapPointViewsOptions {
  /** Events in the timeline's view; undefined: all. */
  visibleIds?: ReadonlySet<string>;
  selectedId?: string | null;
  highlightId?: string | null;
  /** Points with no event in view: drawn dimmed, or left out. Default "dim". */
  outOfView?: 'dim' | 'hide';
}

const STATE_ORDER: Record<MapPointState, number> = { selected: 0, highlighted: 1, idle: 2, dimmed: 3 };

/** Marked points first, then the busiest: the order in which points deserve a label. */
export function compareMapPoints(a: MapPointView, b: MapPointView): number {
  return STATE_ORDER[a.state] - STATE_ORDER[b.state] || b.count - a.count;
}

function dotRadius(count: number): number {
  return count <= 1 ? 5 : Math.round(Math.min(15, 7 + 2.2 * Math.sqrt(count)) * 10) / 10;
}

/**
 * Each point's state, count and size, in drawing order: big dots first so small ones stay on top and
 * clickable, the selected and highlighted ones last of all.
 */
export function mapPointViews(groups: readonly PlaceGroup[], options: MapPointViewsOptions = {}): MapPointView[] {
  const { visibleIds, selectedId = null, highlightId = null, outOfView = 'dim' } = options;
  const views = groups.map((group): MapPointView => {
    const inView = visibleIds ? group.ids.filter((id) => visibleIds.has(id)) : group.ids;
    const has = (id: string | null) => id !== null && group.ids.includes(id);
    const state = has(selectedId) ? 'selected' : has(highlightId) ? 'highlighted' : inView.length ? 'idle' : 'dimmed';
    const count = inView.length || group.count;
    return { group, pool: inView.length ? inView : group.ids, state, count, r: dotRadius(count) };
  });
  return views
    .filter((view) => !(outOfView === 'hide' && view.state === 'dimmed'))
    .sort((a, b) => STATE_ORDER[b.state] - STATE_ORDER[a.state] || b.r - a.r);
}
