import type { PlacedLabel } from '../../layout/types';

export interface TimelineLabelsProps {
  labels: PlacedLabel[];
  selectedId: string | null;
}

/**
 * Event titles where they fit (layout guarantees no overlap). Truncated titles end in "…"; the full title
 * is in the tooltip, the detail and the list, so the labels are hidden from assistive technology.
 */
export function TimelineLabels({ labels, selectedId }: TimelineLabelsProps) {
  return (
    <g className="fp-labels" aria-hidden="true">
      {labels.map((label) => (
        <text
          key={label.eventId}
          className="fp-mark-label"
          data-event-id={label.eventId}
          data-state={label.eventId === selectedId ? 'selected' : 'idle'}
          x={label.x}
          y={label.y + label.height / 2}
          dominantBaseline="central"
        >
          {label.text}
        </text>
      ))}
    </g>
  );
}
