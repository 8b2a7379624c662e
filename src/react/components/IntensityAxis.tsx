import { memo } from 'react';
import type { IntensityTick } from '../../layout/layoutIntensity';
import type { AxisLayout } from '../../layout/types';

export interface IntensityAxisProps {
  axis: AxisLayout;
  width: number;
  /** The bars' baseline, px: the time labels go under it. */
  baseline: number;
  barTicks: readonly IntensityTick[];
  countTicks: readonly IntensityTick[];
  /** Whether the right-hand count scale is drawn (there are lines on it). */
  showCounts: boolean;
  /** Digits in the reader's locale. */
  formatNumber: (value: number) => string;
}

const EDGE = 14;

/**
 * The overview's scales: time under the bars (fine ticks, then months or years), the events-per-bin scale
 * at the left edge and the count scale at the right edge, both drawn inside the plot so the chart keeps the
 * timeline's width. Decorative for assistive technology: the data table carries the figures.
 */
export const IntensityAxis = memo(function IntensityAxis({
  axis,
  width,
  baseline,
  barTicks,
  countTicks,
  showCounts,
  formatNumber,
}: IntensityAxisProps) {
  const anchor = (x: number) => (x < EDGE ? 'start' : x > width - EDGE ? 'end' : 'middle');
  return (
    <g className="fp-intensity__axis" aria-hidden="true">
      <g className="fp-intensity__grid">
        {countTicks.map((tick) =>
          tick.value > 0 && showCounts ? <line key={tick.value} x1={0} x2={width} y1={tick.y} y2={tick.y} /> : null,
        )}
      </g>
      <line className="fp-intensity__baseline" x1={0} x2={width} y1={baseline} y2={baseline} />
      {axis.minor.map((tick) => (
        <g key={tick.time}>
          <line className="fp-intensity__tick" x1={tick.x} x2={tick.x} y1={baseline} y2={baseline + 4} />
          <text className="fp-intensity__minor" x={tick.x} y={baseline + 14} textAnchor={anchor(tick.x)}>
            {tick.label}
          </text>
        </g>
      ))}
      {axis.major.map((tick) => {
        // No text measuring here: a label that would run past the right edge (about 7 px a character) ends at it.
        const late = tick.x + 2 + tick.label.length * 7 > width;
        return (
          <text
            key={tick.time}
            className="fp-intensity__major"
            x={late ? width - 2 : Math.max(2, tick.x + 2)}
            y={baseline + 28}
            textAnchor={late ? 'end' : 'start'}
          >
            {tick.label}
          </text>
        );
      })}
      {barTicks.map((tick) =>
        tick.value > 0 ? (
          <text key={tick.value} className="fp-intensity__scale" x={2} y={tick.y + 4}>
            {formatNumber(tick.value)}
          </text>
        ) : null,
      )}
      {showCounts &&
        countTicks.map((tick) =>
          tick.value > 0 ? (
            <text key={tick.value} className="fp-intensity__scale" x={width - 2} y={tick.y - 3} textAnchor="end">
              {formatNumber(tick.value)}
            </text>
          ) : null,
        )}
    </g>
  );
});
