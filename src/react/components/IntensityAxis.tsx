import { memo } from 'react';
import type { IntensityTick } from '../../layout/layoutIntensity';
import type { AxisDirection, AxisLayout } from '../../layout/types';

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
  /** Which way time runs: with "rtl" each month's label sits left of its tick, over its days. */
  direction?: AxisDirection;
}

const EDGE = 14;

/**
 * The overview's scales: time under the bars (fine ticks, then months or years), the events-per-bin scale
 * at the left edge and the count scale at the right edge, both drawn inside the plot so the chart keeps the
 * timeline's width. The scales stay on those sides when time runs right to left, as the legend's words
 * ("left scale", "right scale") say. Coordinates and text-anchor are physical (the drawing is
 * `direction: ltr`). Decorative for assistive technology: the data table carries the figures.
 */
export const IntensityAxis = memo(function IntensityAxis({
  axis,
  width,
  baseline,
  barTicks,
  countTicks,
  showCounts,
  formatNumber,
  direction = 'ltr',
}: IntensityAxisProps) {
  const rtl = direction === 'rtl';
  const anchor = (x: number) => (x < EDGE ? 'start' : x > width - EDGE ? 'end' : 'middle');
  // Text just inside each edge, running inwards.
  const left = { x: 2, textAnchor: 'start' } as const;
  const right = { x: width - 2, textAnchor: 'end' } as const;
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
        // Each month or year is named on the side its days run to. No text measuring here: a label that
        // would run past the far edge (about 7 px a character) stops at that edge instead.
        const room = tick.label.length * 7 + 2;
        const over = rtl ? tick.x - room < 0 : tick.x + room > width;
        const side = rtl !== over ? right : left;
        const x = over ? side.x : rtl ? Math.min(width - 2, tick.x - 2) : Math.max(2, tick.x + 2);
        return (
          <text key={tick.time} className="fp-intensity__major" x={x} y={baseline + 28} textAnchor={side.textAnchor}>
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
