import type { Lane } from '../../layout/types';

export interface TimelineLanesProps {
  lanes: Lane[];
  width: number;
}

/** Lane separators and lane labels (actor, category or country), drawn behind the marks. */
export function TimelineLanes({ lanes, width }: TimelineLanesProps) {
  return (
    <g className="fp-lanes" aria-hidden="true">
      {lanes.map((lane, index) => (
        <g key={lane.key} className="fp-lane" data-lane={lane.key}>
          {index > 0 && <line className="fp-lane__rule" x1={0} x2={width} y1={lane.y} y2={lane.y} />}
          <text className="fp-lane__label" x={4} y={lane.y + 13}>
            {lane.label}
          </text>
        </g>
      ))}
    </g>
  );
}
