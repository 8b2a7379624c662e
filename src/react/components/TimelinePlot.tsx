import type { FocusEvent, KeyboardEvent, Ref } from 'react';
import type { AxisLayout, ClusterMark, Mark, TimelineLayout } from '../../layout/types';
import type { TooltipTriggerProps, TriggerHandlers } from '../hooks/useTooltip';
import { TIMELINE_AXIS_HEIGHT } from './TimelineAxis';
import { TimelineBackdrop } from './TimelineBackdrop';
import { TimelineCluster } from './TimelineCluster';
import { TimelineLabels } from './TimelineLabels';
import { TimelineLanes } from './TimelineLanes';
import { TimelineLinks } from './TimelineLinks';
import { TimelineMark, type MarkState } from './TimelineMark';

export interface TimelinePlotProps {
  svgRef: Ref<SVGSVGElement>;
  layout: TimelineLayout;
  axis: AxisLayout;
  width: number;
  selectedId: string | null;
  focusKey: string | null;
  /** While a filter dims the rest: the events that match. Null when nothing is dimmed. */
  matchingIds: ReadonlySet<string> | null;
  /** An event highlighted from elsewhere (the map): drawn as focused. */
  highlightId: string | null;
  /** Accessible name of the graphic (a summary; the list of events follows it). */
  summary: string;
  /** Id of the element that says how to use the graphic from the keyboard (its description). */
  keyboardHelpId?: string;
  markLabel: (mark: Mark) => string;
  /** A cluster's count in the locale's digits. */
  formatCount?: (count: number) => string;
  showPhases: boolean;
  idPrefix: string;
  onSelect: (id: string) => void;
  onZoomCluster: (cluster: ClusterMark) => void;
  onFocusKey: (key: string) => void;
  onMarkKeyDown: (event: KeyboardEvent<SVGGElement>, key: string) => void;
  /** Handlers on the SVG that follow whether focus is inside the graphic (see useMarkNavigation). */
  plotFocusProps?: { onBlur: (event: FocusEvent<SVGSVGElement>) => void };
  getTriggerProps: <T extends Element>(key?: string, own?: TriggerHandlers<T>) => TooltipTriggerProps<T>;
}

/** Space between the axis and the first lane for link arcs and phase names, px. */
export const PLOT_HEADROOM = 26;
const BOTTOM = 8;

/** Vertical offset of the lanes in the SVG, px: marks' layout y plus this is where they are drawn. */
export const LANES_TOP = TIMELINE_AXIS_HEIGHT + PLOT_HEADROOM;

/** The SVG: axis, phases, lanes, links, marks and labels, in that order from back to front. */
export function TimelinePlot(props: TimelinePlotProps) {
  const { svgRef, layout, axis, width, selectedId, focusKey, summary, markLabel, showPhases, idPrefix } = props;
  const { matchingIds, highlightId, keyboardHelpId, plotFocusProps } = props;
  const { onSelect, onZoomCluster, onFocusKey, onMarkKeyDown, getTriggerProps } = props;
  const height = LANES_TOP + layout.height + BOTTOM;
  const highlight = new Set(selectedId ? [selectedId] : []);
  // Events linked to the selected one stay at full strength; the rest recede.
  const linked = new Set<string>();
  for (const link of layout.links) {
    if (link.fromId === selectedId) linked.add(link.toId);
    if (link.toId === selectedId) linked.add(link.fromId);
  }
  return (
    <svg
      ref={svgRef}
      className="fp-plot"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      // Coordinates are physical whatever the page's direction (text-anchor "start" is the left); the axis
      // direction is in the layout. Labels keep their own direction (unicode-bidi: plaintext in the CSS).
      direction="ltr"
      role="group"
      aria-label={summary}
      aria-describedby={keyboardHelpId}
      data-selected={selectedId ?? undefined}
      data-axis-direction={layout.axisDirection}
      {...plotFocusProps}
    >
      <TimelineBackdrop
        layout={layout}
        axis={axis}
        width={width}
        height={height}
        bottom={BOTTOM}
        showPhases={showPhases}
      />
      <g className="fp-plot__lanes" transform={`translate(0 ${LANES_TOP})`}>
        <TimelineLanes lanes={layout.lanes} width={width} direction={layout.axisDirection} />
        <TimelineLinks links={layout.links} highlightIds={highlight} markerId={`${idPrefix}-arrow`} />
        <g className="fp-marks">
          {layout.marks.map((mark) => {
            const own: TriggerHandlers<SVGGElement> = {
              onFocus: (event) => {
                if (event.target === event.currentTarget) onFocusKey(mark.id);
              },
              onKeyDown: (event) => onMarkKeyDown(event, mark.id),
            };
            const tabIndex = mark.id === focusKey ? 0 : -1;
            if (mark.type === 'cluster') {
              return (
                <TimelineCluster
                  key={mark.id}
                  cluster={mark}
                  label={markLabel(mark)}
                  countText={props.formatCount?.(mark.count)}
                  tabIndex={tabIndex}
                  focused={mark.id === focusKey}
                  dimmed={matchingIds !== null && !mark.eventIds.some((id) => matchingIds.has(id))}
                  radius={layout.clusterRadius}
                  interaction={{ ...own, onClick: () => onZoomCluster(mark) }}
                />
              );
            }
            const state: MarkState =
              mark.id === selectedId
                ? 'selected'
                : mark.id === highlightId
                  ? 'focused'
                  : (selectedId !== null && !linked.has(mark.id)) || (matchingIds !== null && !matchingIds.has(mark.id))
                    ? 'dimmed'
                    : 'idle';
            return (
              <TimelineMark
                key={mark.id}
                mark={mark}
                label={markLabel(mark)}
                state={state}
                selected={mark.id === selectedId}
                tabIndex={tabIndex}
                size={layout.markRadius}
                interaction={{ ...getTriggerProps(mark.id, own), onClick: () => onSelect(mark.id) }}
              />
            );
          })}
        </g>
        <TimelineLabels labels={layout.labels} selectedId={selectedId} />
      </g>
    </svg>
  );
}
