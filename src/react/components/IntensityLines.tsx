import { memo } from 'react';
import type { IntensityLabelSpot, IntensityLine, IntensityOwnLine } from '../../layout/layoutIntensity';
import { IntensityMarker, INTENSITY_STYLES } from './IntensityMarker';

export interface IntensityLinesProps {
  lines: readonly IntensityLine[];
  own: IntensityOwnLine | null;
  /** Words for a marker (its tooltip) and for the latest point's label, by aggregate id. */
  pointText: (id: string) => string;
  /** Label of our own count's line, e.g. "Events in this dataset (Attack): 10". */
  ownLabel: string;
  clipId: string;
}

function Label({ spot, text, className }: { spot: IntensityLabelSpot; text: string; className: string }) {
  // A label pushed away from its point gets a leader line back to it.
  const moved = Math.abs(spot.labelY + 5 - spot.y) > 4;
  return (
    <g className={className}>
      {moved && <line className="fp-intensity__leader" x1={spot.x} y1={spot.y} x2={spot.labelX} y2={spot.labelY - 4} />}
      <text className="fp-intensity__label" x={spot.labelX} y={spot.labelY} textAnchor={spot.anchor}>
        {text}
      </text>
    </g>
  );
}

/**
 * Reported counts, one step line per counter with its own dash pattern, marker shape and colour, and our
 * own count as a separate dashed line; each line's latest point is labelled in words. Lines are drawn
 * over a halo in the background colour so they stay visible over the bars.
 */
export const IntensityLines = memo(function IntensityLines({
  lines,
  own,
  pointText,
  ownLabel,
  clipId,
}: IntensityLinesProps) {
  return (
    <g className="fp-intensity__lines">
      <g clipPath={`url(#${clipId})`}>
        {own && (
          <g className="fp-intensity__own">
            <path className="fp-intensity__halo" d={own.d} />
            <path className="fp-intensity__line" d={own.d} />
          </g>
        )}
        {lines.map((line) => (
          <g
            key={line.id}
            className="fp-intensity__series"
            data-series={line.id}
            data-style={line.index % INTENSITY_STYLES}
          >
            <path className="fp-intensity__halo" d={line.d} />
            <path className="fp-intensity__line" d={line.d} />
            {line.markers.map((marker) => (
              <IntensityMarker
                key={marker.id}
                index={line.index}
                x={marker.x}
                y={marker.y}
                title={pointText(marker.id)}
              />
            ))}
          </g>
        ))}
      </g>
      {lines.map(
        (line) =>
          line.label &&
          line.latestId && (
            <g key={line.id} className="fp-intensity__series" data-style={line.index % INTENSITY_STYLES}>
              <Label spot={line.label} text={pointText(line.latestId)} className="fp-intensity__direct" />
            </g>
          ),
      )}
      {own?.label && (
        <g className="fp-intensity__own">
          <Label spot={own.label} text={ownLabel} className="fp-intensity__direct" />
        </g>
      )}
    </g>
  );
});
