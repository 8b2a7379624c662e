import { AxisTop } from '@visx/axis';
import { Group } from '@visx/group';
import { useMemo } from 'react';
import type { AxisDirection, AxisLayout, AxisTick } from '../../layout/types';
import { createTimeScale } from '../../layout/createTimeScale';

export interface TimelineAxisProps {
  axis: AxisLayout;
  domain: readonly [number, number];
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

/**
 * The time axis: coarse labels ("October 2023") over fine ticks ("17 18 19"), drawn with @visx/axis from
 * ticks that layout chose and i18n labelled. Grid lines run down through the lanes.
 */
export function TimelineAxis({ axis, domain, direction = 'ltr', width, top, plotHeight }: TimelineAxisProps) {
  const scale = useMemo(() => createTimeScale(domain, width, direction), [domain, width, direction]);
  const rtl = direction === 'rtl';
  const minorByTime = useMemo(() => new Map(axis.minor.map((tick) => [tick.time, tick])), [axis.minor]);
  return (
    <Group top={top} className="fp-axis">
      <g className="fp-axis__grid" aria-hidden="true">
        {axis.minor.map((tick) => (
          <line key={tick.time} x1={tick.x} x2={tick.x} y1={MINOR_ROW} y2={MINOR_ROW + plotHeight} />
        ))}
      </g>
      <AxisTop
        top={MINOR_ROW}
        scale={scale}
        tickValues={axis.minor.map((tick) => new Date(tick.time))}
        tickLength={5}
        axisClassName="fp-axis__line"
        tickClassName="fp-axis__tick"
        tickComponent={({ x, formattedValue }) => (
          // Labels at the plot's edges are anchored inwards, so "Oct" is never cut to "ct".
          <text
            x={x}
            y={-9}
            className="fp-axis__minor"
            textAnchor={x < EDGE ? 'start' : x > width - EDGE ? 'end' : 'middle'}
          >
            {formattedValue}
          </text>
        )}
        tickFormat={(value) => minorByTime.get((value as Date).getTime())?.label ?? ''}
      />
      <g className="fp-axis__major">
        {axis.major.map((tick: AxisTick) => (
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
    </Group>
  );
}

/** Height of the axis band above the lanes, px. */
export const TIMELINE_AXIS_HEIGHT = MINOR_ROW + 4;
