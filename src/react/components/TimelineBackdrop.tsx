import type { AxisLayout, TimelineLayout } from '../../layout/types';
import { TimelineAxis, TIMELINE_AXIS_HEIGHT } from './TimelineAxis';
import { TimelinePhases } from './TimelinePhases';

export interface TimelineBackdropProps {
  layout: Pick<TimelineLayout, 'phases' | 'axisDirection'>;
  axis: AxisLayout;
  width: number;
  /** The whole plot's height, px. */
  height: number;
  /** Space under the lanes, px. */
  bottom: number;
  /** Shade the dataset's phases. Default true. */
  showPhases?: boolean;
}

/** What sits behind the lanes, in the interactive plot and in the static picture alike: phase bands, then the axis. */
export function TimelineBackdrop({ layout, axis, width, height, bottom, showPhases = true }: TimelineBackdropProps) {
  const plotHeight = height - TIMELINE_AXIS_HEIGHT - bottom;
  return (
    <>
      {showPhases && (
        <TimelinePhases
          bands={layout.phases}
          top={TIMELINE_AXIS_HEIGHT}
          height={plotHeight}
          direction={layout.axisDirection}
        />
      )}
      <TimelineAxis axis={axis} direction={layout.axisDirection} width={width} top={0} plotHeight={plotHeight} />
    </>
  );
}
