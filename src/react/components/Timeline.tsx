import { memo, useCallback, useId, useMemo, useRef, useState } from 'react';
import type { Dataset } from '../../schema/dataset';
import type { ClusterMark, Domain, EventMark, LaneMode } from '../../layout/types';
import type { LaneAccessor } from '../../layout/assignLanes';
import { en, mergeMessages, type MessageOverrides } from '../../i18n/messages';
import { interpolate } from '../../i18n/interpolate';
import { useContainerWidth } from '../hooks/useContainerWidth';
import { useControllableState } from '../hooks/useControllableState';
import { useMediaQuery } from '../hooks/useMediaQuery';
import { useMeasureText } from '../hooks/useMeasureText';
import { useTimelineModel } from '../hooks/useTimelineModel';
import { useTimelineZoom } from '../hooks/useTimelineZoom';
import { useMarkNavigation } from '../hooks/useMarkNavigation';
import { useEventHash } from '../hooks/useEventHash';
import { useReaderTimeZone } from '../hooks/useReaderTimeZone';
import { useTooltip } from '../hooks/useTooltip';
import { useMarkWords } from '../hooks/useMarkWords';
import { buildEventListContext } from './eventListContext';
import { EventDetail } from './EventDetail';
import { EventList } from './EventList';
import { EventTooltipContent } from './EventTooltipContent';
import { Heading } from './Heading';
import { Legend } from './Legend';
import { TimelinePlot, LANES_TOP } from './TimelinePlot';
import { Tooltip } from './Tooltip';
import { TimelineToolbar, type LinkMode, type TimelineView } from './TimelineToolbar';

export type { LinkMode };
import { FilterBar } from './FilterBar';
import { Credits } from './Credits';
import { TimelinePanels } from './TimelinePanels';
import { useTimelineFilters } from '../hooks/useTimelineFilters';
import type { FilterMode, Filters } from '../../state/filterModel';

// Neither depends on the zoom: kept out of the per-frame re-render.
const StableEventList = memo(EventList);
const StableLegend = memo(Legend);

export interface TimelineProps {
  /** A validated dataset (parseDataset / safeParseDataset). */
  dataset: Dataset;
  /** BCP 47 locale for every date and number; explicit so server and browser agree. Default "en-GB". */
  locale?: string;
  /** IANA zone of the axis and of events whose place names none. Default: the dataset's zone. */
  timeZone?: string;
  /** Words to replace (see `en` in the i18n messages). */
  messages?: MessageOverrides;
  /** Lanes by acting actor (default), category, country, or one lane. */
  laneMode?: LaneMode;
  /** Your own lanes: `(event) => ({ key, label })`; overrides laneMode. */
  laneAccessor?: LaneAccessor;
  /** Below this container width (px) every event goes in one lane. Default 480. */
  singleLaneBelow?: number;
  /** The selected event (controlled); null for none. */
  selectedId?: string | null;
  /** The event selected at first (uncontrolled). */
  defaultSelectedId?: string | null;
  onSelectedIdChange?: (id: string | null) => void;
  /** The visible span, epoch ms (controlled). */
  domain?: Domain;
  /** The span shown at first (uncontrolled). Default: every event, with padding. */
  defaultDomain?: Domain;
  onDomainChange?: (domain: Domain) => void;
  /** Which cause → response arrows to draw at first: all, only the selected event's, or none. Default "all". */
  defaultLinkMode?: LinkMode;
  /** Shade the dataset's phases. Default true. */
  showPhases?: boolean;
  /** Show the legend under the graphic. Default true. */
  showLegend?: boolean;
  /** Write the selected event into the page URL as `#event=<id>`. Reading it always works. Default false. */
  syncHash?: boolean;
  /** Filters by category, actor, country, claim status and significance (controlled). */
  filters?: Filters;
  /** The filters at first (uncontrolled). */
  defaultFilters?: Filters;
  onFiltersChange?: (filters: Filters) => void;
  /** Show the filter bar above the graphic. Default false. */
  showFilters?: boolean;
  /** Filtered-out events are dimmed (default) or hidden. */
  filterMode?: FilterMode;
  /** Show the intensity chart (events per day or week, reported counts) under the graphic; its brush zooms. Default false. */
  showIntensity?: boolean;
  /** Show a map of the places of the events in view, linked both ways with the graphic. Default false. */
  showMap?: boolean;
  /** Show "Updated …", corrections, the credit and the sources under the graphic. Default true. */
  showCredits?: boolean;
  /** Width used on the server and before the container is measured, px. Default 720. */
  initialWidth?: number;
  /** Heading level of the title (the dataset's); 0 hides it. Default 2. */
  headingLevel?: number;
  className?: string;
}

const PANEL_MIN_CONTAINER = 880;
const PANEL_WIDTH = 340;
const LABEL_FONT_SIZE = 12;
/** The list under the graphic grows by this many events at a time (a 10,000-event list takes seconds to render). */
const LIST_PAGE_SIZE = 250;

/**
 * The interactive escalation timeline: a time axis in the place's zone with zoom and pan, lanes, marks
 * shaped by category, clusters, labels that never collide, cause → response arrows, a detail panel, a
 * legend, and the full EventList for assistive technology and as a "List view".
 */
export function Timeline(props: TimelineProps) {
  const { dataset, locale = 'en-GB', timeZone, laneAccessor, singleLaneBelow = 480, initialWidth = 720 } = props;
  const { showPhases = true, showLegend = true, syncHash = false, headingLevel = 2 } = props;
  const { showFilters = false, filterMode = 'dim', showIntensity = false, showMap = false, showCredits = true } = props;
  const messages = useMemo(() => mergeMessages(en, props.messages), [props.messages]);
  const prefix = `fp${useId().replace(/[^A-Za-z0-9_-]/g, '')}`;
  const rootRef = useRef<HTMLElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const detailRef = useRef<HTMLElement>(null);
  const width = useContainerWidth(rootRef, initialWidth);
  const reducedMotion = useMediaQuery('(prefers-reduced-motion: reduce)');
  const measureText = useMeasureText(rootRef, LABEL_FONT_SIZE);
  const [selectedId, setSelectedId] = useControllableState(
    props.selectedId,
    props.defaultSelectedId ?? null,
    props.onSelectedIdChange,
  );
  const [linkMode, setLinkMode] = useState<LinkMode>(props.defaultLinkMode ?? 'all');
  const [view, setView] = useState<TimelineView>('graphic');
  const readerTimeZone = useReaderTimeZone();
  const filtering = useTimelineFilters(dataset, {
    filters: props.filters,
    defaultFilters: props.defaultFilters,
    onFiltersChange: props.onFiltersChange,
    mode: filterMode,
  });
  const [mapHighlight, setMapHighlight] = useState<string | null>(null);

  const hasSelection = selectedId !== null && dataset.events.some((event) => event.id === selectedId);
  const detailLayout = width >= PANEL_MIN_CONTAINER ? 'panel' : 'sheet';
  const plotWidth = Math.max(240, hasSelection && detailLayout === 'panel' ? width - PANEL_WIDTH : width);
  const laneMode: LaneMode = width < singleLaneBelow ? 'single' : (props.laneMode ?? 'actor');

  const model = useTimelineModel({
    dataset: filtering.shownDataset,
    locale,
    timeZone,
    messages,
    laneMode,
    laneAccessor: width < singleLaneBelow ? undefined : laneAccessor,
    plotWidth,
    measureText,
    linkMode,
    selectedId: hasSelection ? selectedId : null,
    domain: props.domain,
    defaultDomain: props.defaultDomain,
    onDomainChange: props.onDomainChange,
    laneHeight: laneMode === 'single' ? 80 : 62,
    laneHeaderHeight: 16,
  });
  const { layout, axis, domain, bounds, setDomain } = model;
  const zoom = useTimelineZoom({
    targetRef: svgRef,
    domain,
    onDomainChange: setDomain,
    bounds,
    minSpan: model.minSpan,
    width: plotWidth,
    height: LANES_TOP + layout.height,
    reducedMotion,
  });

  /** Keep the span, and centre an event that is out of view. */
  const bringIntoView = useCallback(
    (id: string) => {
      const extent = layout.extents.get(id);
      if (!extent || (extent.start >= domain[0] && extent.end <= domain[1])) return;
      const span = domain[1] - domain[0];
      const centre = (extent.start + extent.end) / 2;
      zoom.zoomTo([centre - span / 2, centre + span / 2]);
    },
    [layout.extents, domain, zoom],
  );
  const select = useCallback(
    (id: string | null) => {
      setSelectedId(id);
      if (id) bringIntoView(id);
    },
    [setSelectedId, bringIntoView],
  );
  const zoomToCluster = useCallback(
    (cluster: ClusterMark) => {
      const span = cluster.domain[1] - cluster.domain[0];
      const pad = Math.max(span * 0.25, model.minSpan / 2);
      zoom.zoomTo([cluster.domain[0] - pad, cluster.domain[1] + pad]);
    },
    [zoom, model.minSpan],
  );

  const nav = useMarkNavigation({
    marks: layout.marks,
    plotRef: svgRef,
    selectedId,
    onSelect: (id) => {
      select(id);
      if (id) requestAnimationFrame(() => detailRef.current?.focus());
    },
    onZoomCluster: zoomToCluster,
    onZoomBy: zoom.zoomBy,
  });
  const tooltip = useTooltip({ id: `${prefix}-tooltip` });

  const eventsById = useMemo(() => new Map(dataset.events.map((event) => [event.id, event])), [dataset]);
  useEventHash({ hasEvent: (id) => eventsById.has(id), selectedId, onHashEvent: select, syncHash });

  const { context } = useMemo(
    () => buildEventListContext(dataset, { locale, timeZone, messages, headingLevel: 3, idPrefix: `${prefix}-tip` }),
    [dataset, locale, timeZone, messages, prefix],
  );
  const { markLabel, summary } = useMarkWords({
    dataset,
    eventsById,
    extents: layout.extents,
    bounds,
    locale,
    timeZone: model.prepared.timeZone,
    messages,
  });

  const visibleIds = useMemo(() => {
    const ids = new Set<string>();
    for (const mark of layout.marks) {
      for (const id of mark.type === 'cluster' ? mark.eventIds : [mark.id]) {
        if (!filtering.matchingIds || filtering.matchingIds.has(id)) ids.add(id);
      }
    }
    return ids;
  }, [layout.marks, filtering.matchingIds]);
  const tipMark = layout.marks.find((mark): mark is EventMark => mark.id === tooltip.openKey && mark.type === 'event');
  const tipEvent = tipMark ? eventsById.get(tipMark.id) : undefined;
  const headingId = `${prefix}-title`;

  return (
    <section
      ref={rootRef}
      className={['fp-root', 'fp-timeline', props.className].filter(Boolean).join(' ')}
      data-fp="timeline"
      data-view={view}
      data-detail={hasSelection ? detailLayout : 'none'}
      aria-labelledby={headingLevel > 0 ? headingId : undefined}
      aria-label={headingLevel > 0 ? undefined : dataset.title}
    >
      <div className="fp-timeline__header">
        {headingLevel > 0 && (
          <Heading level={headingLevel} id={headingId} className="fp-timeline__title">
            {dataset.title}
          </Heading>
        )}
        <TimelineToolbar
          view={view}
          onViewChange={setView}
          linkMode={linkMode}
          onLinkModeChange={setLinkMode}
          zoom={zoom}
          messages={messages}
        />
      </div>
      {showFilters && (
        <FilterBar
          dataset={dataset}
          filters={filtering.filters}
          onFiltersChange={filtering.setFilters}
          locale={locale}
          syncHash={syncHash}
        />
      )}
      {view === 'graphic' && (
        <div className="fp-timeline__body">
          <div className="fp-timeline__graphic">
            <div className="fp-timeline__plot">
              <TimelinePlot
                svgRef={svgRef}
                layout={layout}
                axis={axis}
                domain={domain}
                width={plotWidth}
                selectedId={hasSelection ? selectedId : null}
                focusKey={nav.focusKey}
                matchingIds={filtering.matchingIds}
                highlightId={mapHighlight}
                summary={summary}
                markLabel={markLabel}
                showPhases={showPhases}
                idPrefix={prefix}
                onSelect={select}
                onZoomCluster={zoomToCluster}
                onFocusKey={nav.setFocusKey}
                onMarkKeyDown={nav.onMarkKeyDown}
                getTriggerProps={tooltip.getTriggerProps}
              />
              {tipMark && tipEvent && (
                <Tooltip
                  {...tooltip.tooltipProps}
                  x={tipMark.cx ?? tipMark.x}
                  y={LANES_TOP + tipMark.y - layout.markRadius}
                >
                  <EventTooltipContent event={tipEvent} context={context} />
                </Tooltip>
              )}
              {zoom.showModifierHint && (
                <p className="fp-timeline__hint" role="status">
                  {messages.zoomHint}
                </p>
              )}
            </div>
            <p className="fp-timeline__zone">{interpolate(messages.timesIn, { zone: axis.zoneLabel })}</p>
          </div>
          {hasSelection && (
            <EventDetail
              ref={detailRef}
              dataset={dataset}
              eventId={selectedId}
              locale={locale}
              timeZone={timeZone}
              readerTimeZone={readerTimeZone}
              layout={detailLayout}
              messages={props.messages}
              onSelectEvent={(id) => select(id)}
              onClose={() => {
                const id = selectedId;
                select(null);
                requestAnimationFrame(() =>
                  svgRef.current?.querySelector<SVGGElement>(`[data-mark-key="${CSS.escape(id ?? '')}"]`)?.focus(),
                );
              }}
            />
          )}
        </div>
      )}
      {view === 'graphic' && (
        <TimelinePanels
          dataset={filtering.shownDataset}
          locale={locale}
          timeZone={timeZone}
          domain={domain}
          bounds={bounds}
          onDomainChange={setDomain}
          plotWidth={plotWidth}
          showIntensity={showIntensity}
          showMap={showMap}
          visibleIds={visibleIds}
          selectedId={hasSelection ? selectedId : null}
          highlightId={tooltip.openKey}
          onSelect={select}
          onHighlight={setMapHighlight}
        />
      )}
      {view === 'graphic' && showLegend && <StableLegend dataset={dataset} locale={locale} messages={props.messages} />}
      <div className={view === 'list' ? 'fp-timeline__list' : 'fp-timeline__list fp-visually-hidden-focusable'}>
        <StableEventList
          locale={locale}
          timeZone={timeZone}
          messages={props.messages}
          idPrefix={`${prefix}-list`}
          pageSize={LIST_PAGE_SIZE}
          dataset={filtering.shownDataset}
          headingLevel={Math.min(6, Math.max(2, headingLevel + 1))}
        />
      </div>
      {showCredits && <Credits dataset={dataset} locale={locale} messages={props.messages} />}
    </section>
  );
}
