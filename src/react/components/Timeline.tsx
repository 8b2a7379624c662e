import { memo, useCallback, useId, useMemo, useRef, useState } from 'react';
import type { AxisDirection, EventMark, LaneMode } from '../../layout/types';
import { describeShowing } from '../../i18n/describeShowing';
import { useTimelineAnnouncements } from '../hooks/useTimelineAnnouncements';
import { LiveRegion } from './LiveRegion';
import { describeTimeDisplay, displayZone, type TimeDisplay } from '../../i18n/displayZone';
import { resolveTimeZone } from '../../i18n/intl';
import { DEFAULT_LOCALE, useLocaleSettings } from '../hooks/useLocaleSettings';
import { useTimeDisplay } from '../hooks/useTimeDisplay';
import { TimeDisplaySwitch } from './TimeDisplaySwitch';
import { useMeasuredWidth } from '../hooks/useContainerWidth';
import { useServerOrHydrating } from '../hooks/useServerOrHydrating';
import { useControllableState } from '../hooks/useControllableState';
import { useMediaQuery } from '../hooks/useMediaQuery';
import { useMeasureText } from '../hooks/useMeasureText';
import { cssPixels } from '../hooks/cssPixels';
import { useTimelineModel } from '../hooks/useTimelineModel';
import { useTimelineZoom } from '../hooks/useTimelineZoom';
import { useTimelineSelection } from '../hooks/useTimelineSelection';
import { useShownInView } from '../hooks/useShownInView';
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

export type { LinkMode, TimelineProps };
import { FilterBar } from './FilterBar';
import { VerticalTimeline } from './VerticalTimeline';
import { Credits } from './Credits';
import { TimelinePanels } from './TimelinePanels';
import { useTimelineFilters } from '../hooks/useTimelineFilters';
import { useAfterFirstPaint } from '../hooks/useAfterFirstPaint';
import { ThemeScope } from './ThemeScope';
import { useNewEvents } from '../hooks/useNewEvents';
import { NewEventsContext } from '../hooks/newEventsContext';
import { formatPlural } from '../../i18n/mapMessages';
import { interpolate } from '../../i18n/interpolate';
import { NewEventsKey } from './NewEventsKey';
import { useKnownFiltersOnUpdate } from '../hooks/useKnownFiltersOnUpdate';
import { GraphicGuard } from './GraphicGuard';
import type { TimelineProps } from './TimelineProps';

// Neither depends on the zoom: kept out of the per-frame re-render.
const StableEventList = memo(EventList);
const StableLegend = memo(Legend);

const PANEL_MIN_CONTAINER = 880;
const PANEL_WIDTH = 340;
/**
 * The list under the graphic (read by screen readers, shown as the List view) lists every event of a dataset of up
 * to FULL_LIST_UP_TO events; a bigger one is listed LIST_PAGE_SIZE at a time, with a "Show more" button. An event
 * in the list is some 40–60 elements: 30 of them keep a 100,000-event Timeline under 3,000 elements in all.
 */
const FULL_LIST_UP_TO = 60;
const LIST_PAGE_SIZE = 30;

/** The Timeline itself; `Timeline` puts it behind its error boundary. */
function TimelineGraphic(props: TimelineProps) {
  const { dataset, locale = DEFAULT_LOCALE, timeZone, laneAccessor, singleLaneBelow = 480, initialWidth = 720 } = props;
  const { showPhases = true, showLegend = true, syncHash = false, headingLevel = 2 } = props;
  const { showFilters = false, filterMode = 'dim', showIntensity = false, showMap = false, showCredits = true } = props;
  const { calendar, numberingSystem, verticalBelow = 560 } = props;
  const axisDirection: AxisDirection = props.axisDirection === 'rtl' ? 'rtl' : 'ltr';
  const { tag, dir, messages, rootAttributes, theme } = useLocaleSettings({
    locale,
    calendar,
    numberingSystem,
    dir: props.dir,
    theme: props.theme,
    messages: props.messages,
  });
  // The parts get the same language, calendar, digits and direction; the theme reaches them through CSS and ThemeScope.
  const localeProps = { locale, calendar, numberingSystem, dir };
  const prefix = `fp${useId().replace(/[^A-Za-z0-9_-]/g, '')}`;
  const rootRef = useRef<HTMLElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const detailRef = useRef<HTMLElement>(null);
  const { width, measured } = useMeasuredWidth(rootRef, initialWidth);
  // Mounted in the browser, the first render leaves the plot out: its width is measured before the first paint and
  // the plot is laid out once, at that width (on the server and while hydrating it is drawn at `initialWidth`).
  const drawPlot = useServerOrHydrating() || measured;
  const reducedMotion = useMediaQuery('(prefers-reduced-motion: reduce)');
  // Labels are measured in the theme's label size (a relative size is measured at the light theme's 12 px).
  const measureText = useMeasureText(rootRef, cssPixels(theme.font.sizeLabel) ?? 12, rootAttributes['data-fp-theme']);
  const [selectedId, setSelectedId] = useControllableState(
    props.selectedId,
    props.defaultSelectedId ?? null,
    props.onSelectedIdChange,
  );
  const [linkMode, setLinkMode] = useState<LinkMode>(props.defaultLinkMode ?? 'all');
  const [view, setView] = useState<TimelineView>('graphic');
  const [wantedTimeDisplay, setTimeDisplay] = useControllableState<TimeDisplay>(
    props.timeDisplay,
    props.defaultTimeDisplay ?? 'place',
    props.onTimeDisplayChange,
  );
  const { display: timeDisplay, readerTimeZone } = useTimeDisplay(wantedTimeDisplay);
  // The axis (and dates tied to no event) in the dataset's zone, the reader's or UTC.
  const axisZone = displayZone(timeDisplay, resolveTimeZone(timeZone, dataset.timeZone), readerTimeZone);
  const vertical = width < verticalBelow;
  const filtering = useTimelineFilters(dataset, {
    filters: props.filters,
    defaultFilters: props.defaultFilters,
    onFiltersChange: props.onFiltersChange,
    // Cards cannot be dimmed like marks: the vertical layout lists only the events the filters keep.
    mode: vertical ? 'hide' : filterMode,
  });
  const [mapHighlight, setMapHighlight] = useState<string | null>(null);
  useKnownFiltersOnUpdate(dataset, filtering.filters, filtering.setFilters);

  const eventsById = useMemo(() => new Map(dataset.events.map((event) => [event.id, event])), [dataset]);
  const hasEvent = useCallback((id: string) => eventsById.has(id), [eventsById]);
  // A lookup, not a scan of every event: this runs on every zoom frame.
  const hasSelection = selectedId !== null && hasEvent(selectedId);
  const detailLayout = width >= PANEL_MIN_CONTAINER ? 'panel' : 'sheet';
  const plotWidth = Math.max(240, hasSelection && detailLayout === 'panel' ? width - PANEL_WIDTH : width);
  const laneMode: LaneMode = width < singleLaneBelow ? 'single' : (props.laneMode ?? 'actor');

  const model = useTimelineModel({
    dataset: filtering.shownDataset,
    locale: tag,
    timeZone: axisZone,
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
    geometry: theme.geometry,
    // One lane holds every event: it gets one more row for their labels.
    laneHeight: theme.geometry.laneHeight + (laneMode === 'single' ? theme.geometry.rowHeight : 0),
    laneHeaderHeight: 16,
    axisDirection,
    skipLayout: !drawPlot,
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
    axisDirection,
    shown: drawPlot && view === 'graphic' && !vertical,
  });

  const { select, openDetail, closeDetail, zoomToCluster, nav, detailFocusProps } = useTimelineSelection({
    selectedId,
    setSelectedId,
    hasEvent,
    layout,
    preparedExtents: model.prepared.extentById,
    domain,
    minSpan: model.minSpan,
    zoom,
    axisDirection,
    svgRef,
    detailRef,
    syncHash,
  });
  const tooltip = useTooltip({ id: `${prefix}-tooltip` });
  const newEvents = useNewEvents(dataset, props, { locale: tag, timeZone: axisZone, messages });

  const { context } = useMemo(
    () =>
      buildEventListContext(dataset, {
        locale: tag,
        timeZone,
        messages,
        headingLevel: 3,
        idPrefix: `${prefix}-tip`,
        timeDisplay,
        readerTimeZone,
        listEvents: false,
      }),
    [dataset, tag, timeZone, messages, prefix, timeDisplay, readerTimeZone],
  );
  const { markLabel, summary, describeEvent, formatCount } = useMarkWords({
    dataset,
    eventsById,
    extents: layout.extents,
    bounds,
    locale: tag,
    timeZone: model.prepared.timeZone,
    messages,
  });
  const { prepared } = model;
  const shownInView = useShownInView(prepared, domain, filtering.matchingIds, layout, drawPlot);
  const announcement = useTimelineAnnouncements({
    selectedId: hasSelection ? selectedId : null,
    describeEvent,
    hasEvent,
    newIds: newEvents.ids,
    describeNew: (count) => formatPlural(messages.announceNew, count, tag, { since: newEvents.sinceText }),
    viewKey: `${domain[0]} ${domain[1]} ${shownInView}`,
    describeView: () =>
      describeShowing({
        shown: shownInView,
        total: dataset.events.length,
        domain,
        locale: tag,
        timeZone: prepared.timeZone,
        messages,
      }),
    messages,
  });

  // Only the map needs them: listing every cluster's members costs a pass over every event in view.
  const visibleIds = useMemo(() => {
    const ids = new Set<string>();
    if (!showMap) return ids;
    for (const mark of layout.marks) {
      for (const id of mark.type === 'cluster' ? mark.eventIds : [mark.id]) {
        if (!filtering.matchingIds || filtering.matchingIds.has(id)) ids.add(id);
      }
    }
    return ids;
  }, [layout.marks, filtering.matchingIds, showMap]);
  const tipMark = layout.marks.find((mark): mark is EventMark => mark.id === tooltip.openKey && mark.type === 'event');
  const tipEvent = tipMark ? eventsById.get(tipMark.id) : undefined;
  const headingId = `${prefix}-title`;
  const graphic = view === 'graphic' && !vertical;
  // The list, legend and credits below the graphic wait for its first paint (at once on the server and when
  // hydrating): at 1,000 events they are half the work of a mount.
  const belowReady = useAfterFirstPaint();

  return (
    <ThemeScope theme={theme}>
      <NewEventsContext.Provider value={newEvents}>
        <section
          {...rootAttributes}
          ref={rootRef}
          className={['fp-root', 'fp-timeline', props.className].filter(Boolean).join(' ')}
          data-fp="timeline"
          data-view={view}
          data-layout={vertical ? 'vertical' : 'horizontal'}
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
            {!vertical && (
              <TimelineToolbar
                view={view}
                onViewChange={setView}
                linkMode={linkMode}
                onLinkModeChange={setLinkMode}
                zoom={zoom}
                axisDirection={axisDirection}
                messages={messages}
              />
            )}
            {props.showTimeDisplaySwitch !== false && (
              <TimeDisplaySwitch
                {...localeProps}
                messages={messages}
                timeDisplay={timeDisplay}
                onTimeDisplayChange={setTimeDisplay}
              />
            )}
          </div>
          {showFilters && (
            <FilterBar
              dataset={dataset}
              filters={filtering.filters}
              onFiltersChange={filtering.setFilters}
              {...localeProps}
              syncHash={syncHash}
              announce={false}
            />
          )}
          {vertical && (
            <VerticalTimeline
              embedded
              dataset={filtering.shownDataset}
              {...localeProps}
              timeZone={timeZone}
              timeDisplay={timeDisplay}
              messages={props.messages}
              selectedId={hasSelection ? selectedId : null}
              onSelectedIdChange={setSelectedId}
              headingLevel={headingLevel}
              highlightSince={props.highlightSince}
              eventAddedAt={props.eventAddedAt}
            />
          )}
          {graphic && (
            <div className="fp-timeline__body" {...detailFocusProps}>
              <div className="fp-timeline__graphic">
                <div className="fp-timeline__plot">
                  {drawPlot && (
                    <TimelinePlot
                      svgRef={svgRef}
                      layout={layout}
                      axis={axis}
                      width={plotWidth}
                      selectedId={hasSelection ? selectedId : null}
                      focusKey={nav.focusKey}
                      matchingIds={filtering.matchingIds}
                      highlightId={mapHighlight}
                      summary={summary}
                      keyboardHelpId={`${prefix}-keys`}
                      markLabel={markLabel}
                      formatCount={formatCount}
                      showPhases={showPhases}
                      idPrefix={prefix}
                      onSelect={select}
                      onZoomCluster={zoomToCluster}
                      onFocusKey={nav.onMarkFocus}
                      onMarkKeyDown={nav.onMarkKeyDown}
                      plotFocusProps={nav.plotFocusProps}
                      getTriggerProps={tooltip.getTriggerProps}
                    />
                  )}
                  <p id={`${prefix}-keys`} className="fp-visually-hidden">
                    {messages.keyboardHelp}
                  </p>
                  {tipMark && tipEvent && (
                    <Tooltip
                      {...tooltip.tooltipProps}
                      x={tipMark.cx ?? tipMark.x}
                      y={LANES_TOP + tipMark.y - layout.markRadius}
                    >
                      <EventTooltipContent event={tipEvent} context={context} />
                    </Tooltip>
                  )}
                  {/* Not a live region: the Timeline has one (LiveRegion), and this hint is for pointer users. */}
                  {zoom.showModifierHint && <p className="fp-timeline__hint">{messages.zoomHint}</p>}
                </div>
                <p className="fp-timeline__zone">{describeTimeDisplay(timeDisplay, axis.zoneLabel, messages)}</p>
                {newEvents.ids.size > 0 && (
                  <NewEventsKey text={interpolate(messages.newSince, { since: newEvents.sinceText })} />
                )}
              </div>
              {hasSelection && (
                <EventDetail
                  ref={detailRef}
                  dataset={dataset}
                  eventId={selectedId}
                  {...localeProps}
                  timeZone={timeZone}
                  timeDisplay={timeDisplay}
                  readerTimeZone={readerTimeZone}
                  layout={detailLayout}
                  messages={props.messages}
                  onSelectEvent={openDetail}
                  onClose={closeDetail}
                />
              )}
            </div>
          )}
          {graphic && (
            <TimelinePanels
              dataset={filtering.shownDataset}
              {...localeProps}
              timeZone={axisZone}
              messages={props.messages}
              domain={domain}
              bounds={bounds}
              onDomainChange={setDomain}
              plotWidth={plotWidth}
              axisDirection={axisDirection}
              showIntensity={showIntensity}
              showMap={showMap}
              visibleIds={visibleIds}
              selectedId={hasSelection ? selectedId : null}
              highlightId={tooltip.openKey}
              onSelect={select}
              onHighlight={setMapHighlight}
            />
          )}
          {graphic && showLegend && belowReady && (
            <StableLegend dataset={dataset} {...localeProps} messages={props.messages} />
          )}
          {/* The cards of the vertical layout are the list there: no second copy of every event. */}
          {!vertical && (belowReady || view === 'list') && (
            <div className={view === 'list' ? 'fp-timeline__list' : 'fp-timeline__list fp-visually-hidden-focusable'}>
              <StableEventList
                {...localeProps}
                timeZone={timeZone}
                timeDisplay={timeDisplay}
                messages={props.messages}
                idPrefix={`${prefix}-list`}
                pageSize={filtering.shownDataset.events.length > FULL_LIST_UP_TO ? LIST_PAGE_SIZE : undefined}
                dataset={filtering.shownDataset}
                headingLevel={Math.min(6, Math.max(2, headingLevel + 1))}
                highlightSince={props.highlightSince}
                eventAddedAt={props.eventAddedAt}
              />
            </div>
          )}
          {showCredits && belowReady && (
            <Credits dataset={dataset} {...localeProps} timeZone={axisZone} messages={props.messages} />
          )}
          <LiveRegion message={announcement} />
        </section>
      </NewEventsContext.Provider>
    </ThemeScope>
  );
}

/**
 * The interactive escalation timeline: a time axis in the place's zone with zoom and pan, lanes, marks
 * shaped by category, clusters, labels that never collide, cause → response arrows, a detail panel, a
 * legend, and the full EventList for assistive technology and as a "List view".
 *
 * Keys, only while a mark has focus (the graphic is one tab stop): ←/→ previous/next event in time, the way
 * the arrow points on the axis; ↑/↓ the lane above/below; Home/End first/last; Enter or Space opens an
 * event (focus moves into the detail) or zooms into a cluster; Esc closes the detail (also from inside it)
 * and focus returns to the event's mark; + (or =) and Page Up zoom in, − and Page Down zoom out, around the
 * focused mark. One polite live region says what was selected and, after zoom, pan or filters, what is shown.
 */
export function Timeline(props: TimelineProps) {
  return (
    <GraphicGuard component="Timeline" props={props}>
      {(dataset) => <TimelineGraphic {...props} dataset={dataset} />}
    </GraphicGuard>
  );
}
