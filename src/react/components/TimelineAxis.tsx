import type { AxisDirection, AxisLayout } from '../../layout/types';

export interface TimelineAxisProps {
  axis: AxisLayout;
  /** Which way time runs: "rtl" puts the start at the right; major labels then sit left of their tick. */
  direction?: AxisDirection;
  width: number;
  /** Top of the axis band, px. */
  top: number;
  /** Height of the plot under the axis, for the tick grid lines. */
  plotHeight: number;
}

const MINOR_ROW = 34;
const EDGE = 14;
const MAJOR_ROW = 16;
const TICK_LENGTH = 5;

/**
 * The time axis: coarse labels ("October 2023") over fine ticks ("17 18 19"), from ticks that layout chose
 * and i18n labelled. Grid lines run down through the lanes. Drawn by hand, not with @visx/axis: the ticks
 * are already placed, and that package brought a scale, a text wrapper and an expression parser (11 KB
 * gzip of the Timeline bundle) to draw a line and some labels.
 */
export function TimelineAxis({ axis, direction = 'ltr', width, top, plotHeight }: TimelineAxisProps) {
  const rtl = direction === 'rtl';
  return (
    <g transform={`translate(0, ${top})`} className="fp-axis">
      <g className="fp-axis__grid" aria-hidden="true">
        {axis.minor.map((tick) => (
          <line key={tick.time} x1={tick.x} x2={tick.x} y1={MINOR_ROW} y2={MINOR_ROW + plotHeight} />
        ))}
      </g>
      <g transform={`translate(0, ${MINOR_ROW})`} className="fp-axis__line">
        {axis.minor.map((tick) => (
          <g key={tick.time} className="fp-axis__tick">
            <line x1={tick.x} x2={tick.x} y1={0} y2={-TICK_LENGTH} shapeRendering="crispEdges" strokeLinecap="square" />
            {/* Labels at the plot's edges are anchored inwards, so "Oct" is never cut to "ct". */}
            <text
              x={tick.x}
              y={-9}
              className="fp-axis__minor"
              textAnchor={tick.x < EDGE ? 'start' : tick.x > width - EDGE ? 'end' : 'middle'}
            >
              {tick.label}
            </text>
          </g>
        ))}
        {/* Half a pixel in, as @visx/axis drew it, so the crisp 1px line lands on the same pixels. */}
        <line x1={0.5} x2={width + 0.5} y1={0} y2={0} shapeRendering="crispEdges" />
      </g>
      <g className="fp-axis__major">
        {axis.major.map((tick) => (
          // Each month or year is named on the side its days run to: right of its tick, or left of it when
          // the axis runs right to left.
          <text
            key={tick.time}
            x={rtl ? Math.min(width - 2, tick.x - 2) : Math.max(2, tick.x + 2)}
            y={MAJOR_ROW - 4}
            textAnchor={rtl ? 'end' : 'start'}
            className="fp-axis__major-label"
          >
            {tick.label}
          </text>
        ))}
      </g>
    </g>
  );
}

/** Height of the axis band above the lanes, px. */
export const TIMELINE_AXIS_HEIGHT = MINOR_ROW + 4;
