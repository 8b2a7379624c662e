import type { AxisDirection, Lane } from '../../layout/types';

export interface TimelineLanesProps {
  lanes: Lane[];
  width: number;
  /** Which way time runs: lane names sit where time starts (the right edge on a reversed axis). */
  direction?: AxisDirection;
}

/** Lane separators and lane labels (actor, category or country), drawn behind the marks. */
export function TimelineLanes({ lanes, width, direction = 'ltr' }: TimelineLanesProps) {
  const reversed = direction === 'rtl';
  return (
    <g className="fp-lanes" aria-hidden="true">
      {lanes.map((lane, index) => (
        <g key={lane.key} className="fp-lane" data-lane={lane.key}>
          {index > 0 && <line className="fp-lane__rule" x1={0} x2={width} y1={lane.y} y2={lane.y} />}
          <text
            className="fp-lane__label"
            x={reversed ? width - 4 : 4}
            y={lane.y + 13}
            textAnchor={reversed ? 'end' : 'start'}
          >
            {lane.label}
          </text>
        </g>
      ))}
    </g>
  );
}
