import { memo } from 'react';
import { INTENSITY_STYLES, IntensityMarker } from './IntensityMarker';

export interface IntensityLegendEntry {
  id: string;
  /** Position among the counters (line style). */
  index: number;
  label: string;
  /** The latest count in words, e.g. "168, 7 Feb"; empty for none. */
  latest: string;
}

export interface IntensityLegendProps {
  label: string;
  /** "Bars: events per day, by category (left scale)". */
  barsText: string;
  categories: readonly { id: string; label: string }[];
  /** Shown before the counters when there are any. */
  reportedText: string;
  counters: readonly IntensityLegendEntry[];
  /** Our own count's label and value, or null when it is not drawn. */
  own: string | null;
}

function LineSample({ index }: { index: number | null }) {
  return (
    <svg
      className="fp-intensity__sample"
      viewBox="0 0 32 12"
      width="32"
      height="12"
      aria-hidden="true"
      focusable="false"
    >
      <line className="fp-intensity__line" x1="1" x2="31" y1="6" y2="6" />
      {index !== null && <IntensityMarker index={index} x={16} y={6} />}
    </svg>
  );
}

/** The key, in words: the bars and their categories, each counter's line (dash, shape, colour) and our own count. */
export const IntensityLegend = memo(function IntensityLegend({
  label,
  barsText,
  categories,
  reportedText,
  counters,
  own,
}: IntensityLegendProps) {
  return (
    <ul className="fp-intensity__legend" aria-label={label}>
      <li className="fp-intensity__legend-bars">
        <span>{barsText}</span>
        {categories.map((category) => (
          <span key={category.id} className="fp-intensity__legend-category">
            <svg
              className="fp-intensity__swatch"
              viewBox="0 0 10 10"
              width="10"
              height="10"
              aria-hidden="true"
              focusable="false"
            >
              <rect className="fp-intensity__bar" data-category={category.id} x="0" y="0" width="10" height="10" />
            </svg>
            {category.label}
          </span>
        ))}
      </li>
      {counters.length > 0 && <li className="fp-intensity__legend-note">{reportedText}</li>}
      {counters.map((counter) => (
        <li key={counter.id} className="fp-intensity__series" data-style={counter.index % INTENSITY_STYLES}>
          <LineSample index={counter.index} />
          <span>
            <bdi className="fp-intensity__legend-name">{counter.label}</bdi>
            {counter.latest && <span className="fp-intensity__legend-value">: {counter.latest}</span>}
          </span>
        </li>
      ))}
      {own && (
        <li className="fp-intensity__own">
          <LineSample index={null} />
          <span className="fp-intensity__legend-name">{own}</span>
        </li>
      )}
    </ul>
  );
});
