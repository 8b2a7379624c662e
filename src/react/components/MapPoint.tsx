import type { PointerEvent } from 'react';
import type { MapPointState } from '../../layout/mapPointViews';

export interface MapPointProps {
  x: number;
  y: number;
  r: number;
  /** Member event ids, in time order. */
  ids: readonly string[];
  /** The number of events in a group: a badge is drawn when it is more than one. */
  count: number;
  /** That number in the reader's digits. */
  countText: string;
  state: MapPointState;
  approximate: boolean;
  onSelect: () => void;
  onHighlight: (on: boolean) => void;
}

/** Pointer targets are at least 24 px across (WCAG 2.5.8), however small the dot; the ring of a marked point is drawn on it. */
const MIN_HIT_RADIUS = 12;

/**
 * One point of the map: a dot for a single event, a larger dot with its count for a group. Not focusable:
 * the map is an image for assistive technology (see MapInset); the timeline and the list carry every event.
 */
export function MapPoint({ x, y, r, ids, count, countText, state, approximate, onSelect, onHighlight }: MapPointProps) {
  const hover = (on: boolean) => (event: PointerEvent) => {
    if (event.pointerType !== 'touch') onHighlight(on);
  };
  return (
    <g
      className="fp-map-inset__point"
      transform={`translate(${x.toFixed(1)},${y.toFixed(1)})`}
      data-state={state}
      data-event-id={ids.length === 1 ? ids[0] : undefined}
      data-event-ids={ids.join(' ')}
      data-count={ids.length}
      data-approximate={approximate || undefined}
      onClick={onSelect}
      onPointerEnter={hover(true)}
      onPointerLeave={hover(false)}
    >
      <circle className="fp-map-inset__hit" r={Math.max(MIN_HIT_RADIUS, r + 4)} />
      <circle className="fp-map-inset__dot" r={r} />
      {count > 1 && (
        <text className="fp-map-inset__count" dy="0.35em">
          {countText}
        </text>
      )}
    </g>
  );
}
