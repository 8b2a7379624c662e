import { TimelineBackdrop } from '../react/components/TimelineBackdrop';
import { TimelineCluster } from '../react/components/TimelineCluster';
import { TimelineLabels } from '../react/components/TimelineLabels';
import { TimelineLanes } from '../react/components/TimelineLanes';
import { TimelineLinks } from '../react/components/TimelineLinks';
import { TimelineMark } from '../react/components/TimelineMark';
import { LANES_TOP, PLOT_BOTTOM, type StaticPlotModel } from './staticPlotModel';

export interface StaticPlotProps {
  model: StaticPlotModel;
  /** Unique to the picture, for the arrowhead's id. */
  idPrefix: string;
  /** A cluster's count in the locale's digits. */
  formatCount: (count: number) => string;
}

const NO_INTERACTION = {};

/**
 * The plot's drawings, composed from the Timeline's own parts (axis, phases, lanes, links, marks, labels) in the
 * same order, without the interactive graphic's handlers, focus or selection.
 */
export function StaticPlot({ model, idPrefix, formatCount }: StaticPlotProps) {
  const { layout, axis, width, height } = model;
  const titles = new Map(model.prepared.events.map((event) => [event.id, event.title]));
  const noHighlight = new Set<string>();
  return (
    <>
      <TimelineBackdrop layout={layout} axis={axis} width={width} height={height} bottom={PLOT_BOTTOM} />
      <g className="fp-plot__lanes" transform={`translate(0 ${LANES_TOP})`}>
        <TimelineLanes lanes={layout.lanes} width={width} direction={layout.axisDirection} />
        <TimelineLinks links={layout.links} highlightIds={noHighlight} markerId={`${idPrefix}-arrow`} />
        <g className="fp-marks">
          {layout.marks.map((mark) =>
            mark.type === 'cluster' ? (
              <TimelineCluster
                key={mark.id}
                cluster={mark}
                label={formatCount(mark.count)}
                countText={formatCount(mark.count)}
                tabIndex={-1}
                focused={false}
                radius={layout.clusterRadius}
                interaction={NO_INTERACTION}
              />
            ) : (
              <TimelineMark
                key={mark.id}
                mark={mark}
                label={titles.get(mark.id) ?? mark.id}
                state="idle"
                selected={false}
                tabIndex={-1}
                size={layout.markRadius}
                interaction={NO_INTERACTION}
              />
            ),
          )}
        </g>
        <TimelineLabels labels={layout.labels} selectedId={null} />
      </g>
    </>
  );
}
