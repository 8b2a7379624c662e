import { useId, useMemo, useRef, type ReactNode } from 'react';
import type { Dataset } from '../../schema/dataset';
import type { AxisDirection, Domain } from '../../layout/types';
import { binEvents } from '../../layout/binEvents';
import type { MessageOverrides } from '../../i18n/messages';
import type { IntensityMessages } from '../../i18n/intensityMessages';
import { intensityMessagesFor } from '../../i18n/catalogue';
import { formatDayRange } from '../../i18n/formatDayRange';
import { interpolate } from '../../i18n/interpolate';
import { listFormat } from '../../i18n/intl';
import { DEFAULT_LOCALE, useLocaleSettings } from '../hooks/useLocaleSettings';
import { useContainerWidth } from '../hooks/useContainerWidth';
import { useControllableState } from '../hooks/useControllableState';
import { useIntensityModel } from '../hooks/useIntensityModel';
import { useIntensityText } from '../hooks/useIntensityText';
import { IntensityAxis } from './IntensityAxis';
import { IntensityBars } from './IntensityBars';
import { IntensityBrush } from './IntensityBrush';
import { IntensityLegend } from './IntensityLegend';
import { IntensityLines } from './IntensityLines';
import { IntensityRange } from './IntensityRange';
import { IntensityTable } from './IntensityTable';
import { cx } from './safeData';
import { ThemeScope } from './ThemeScope';
import { GraphicGuard } from './GraphicGuard';
import type { GraphicProps } from './graphicErrors';

/** The chart's own words (IntensityMessages) and the shared ones it uses (category names, qualifiers), in one object. */
export type IntensityChartMessages = Partial<IntensityMessages> & MessageOverrides;

export interface IntensityChartProps extends GraphicProps {
  /** A validated dataset: its events make the bars, its aggregates the reported-count lines. */
  dataset: Dataset;
  /** The timeline's visible span, epoch ms (controlled): shown as the brushed window. */
  domain?: Domain;
  /** The window at first (uncontrolled). Default: the bounds. */
  defaultDomain?: Domain;
  /** Called with the new span when the reader brushes, picks a week, uses the sliders or "Show all". */
  onDomainChange?: (domain: Domain) => void;
  /** The span the chart covers. Default: every event, padded as the Timeline pads it. */
  bounds?: Domain;
  /** Width, px. The Timeline passes its plot width so both time axes line up. Default: the container's. */
  width?: number;
  /** Height of the drawing, px. Default 140. */
  height?: number;
  /** IANA zone whose days, weeks and months the bins follow. Default: the dataset's zone. */
  timeZone?: string;
  /** Words to replace: this chart's keys (intensityMessages) and shared ones (`category`, `qualifier`). */
  messages?: IntensityChartMessages;
  /** Draw each counter's reported counts as a line. Default true. */
  showReportedCounts?: boolean;
  /** Draw our own running count of the dataset's events. Default true. */
  showOwnCount?: boolean;
  /** Which categories our own count counts. Default ['attack']. */
  ownCountCategories?: readonly string[];
  /** Show the hint and the "Show all" button under the chart. Default true. */
  showControls?: boolean;
  /**
   * Which way time runs, whatever the text direction: "ltr" (default) earliest at the left, "rtl" earliest
   * at the right. The Timeline passes its own `axisDirection`, so both charts run the same way; bars, lines,
   * ticks, the brush and the sliders all follow it.
   */
  axisDirection?: AxisDirection;
  className?: string;
}

const ATTACKS: readonly string[] = ['attack'];
const NO_EVENTS = { events: [], extents: [] };
const NO_SERIES: never[] = [];

/** The IntensityChart itself; `IntensityChart` puts it behind its error boundary. */
function IntensityChartGraphic(props: IntensityChartProps) {
  const { dataset, locale = DEFAULT_LOCALE, timeZone, height = 140, showControls = true } = props;
  const { showReportedCounts = true, showOwnCount = true, ownCountCategories = ATTACKS } = props;
  const axisDirection: AxisDirection = props.axisDirection === 'rtl' ? 'rtl' : 'ltr';
  const { tag, lang, messages, rootAttributes, theme } = useLocaleSettings({
    locale,
    calendar: props.calendar,
    numberingSystem: props.numberingSystem,
    dir: props.dir,
    theme: props.theme,
    messages: props.messages,
  });
  // The locale's words for this chart, then the caller's (only text replaces text).
  const words = useMemo<IntensityMessages>(() => {
    const out = { ...intensityMessagesFor(lang) };
    for (const key of Object.keys(out) as (keyof IntensityMessages)[]) {
      const value = (props.messages as Record<string, unknown> | undefined)?.[key];
      if (typeof value === 'string') out[key] = value;
    }
    return out;
  }, [props.messages, lang]);
  const prefix = `fp${useId().replace(/[^A-Za-z0-9_-]/g, '')}`;
  const rootRef = useRef<HTMLElement>(null);
  const measured = useContainerWidth(rootRef, 720);
  const width = Math.max(120, props.width ?? measured);

  const model = useIntensityModel({
    dataset,
    locale: tag,
    timeZone,
    bounds: props.bounds,
    width,
    height,
    showReportedCounts,
    showOwnCount,
    ownCountCategories,
    messages,
    direction: axisDirection,
  });
  const { layout, bounds } = model;
  const [domain, setDomain] = useControllableState<Domain>(
    props.domain,
    props.defaultDomain ?? bounds ?? [0, 1],
    props.onDomainChange,
  );
  const text = useIntensityText({ model, locale: tag, messages, words, ownCountCategories });
  // Where the keyboard sliders stop: every local midnight of the bounds (and the bounds' own ends).
  const stops = useMemo(() => {
    if (!bounds) return [];
    const days = binEvents(NO_EVENTS, { domain: bounds, unit: 'day', timeZone: text.zone });
    return [bounds[0], ...days.map((day) => day.end).filter((time) => time > bounds[0] && time < bounds[1]), bounds[1]];
  }, [bounds, text.zone]);

  const root = (children: ReactNode) => (
    <ThemeScope theme={theme}>
      <figure
        {...rootAttributes}
        ref={rootRef}
        className={cx('fp-intensity', props.className)}
        data-fp="intensity-chart"
        data-unit={layout?.unit}
        data-axis-direction={axisDirection}
        aria-labelledby={`${prefix}-title`}
      >
        <figcaption id={`${prefix}-title`} className="fp-intensity__title">
          {words.intensityTitle}
        </figcaption>
        {children}
      </figure>
    </ThemeScope>
  );
  if (!layout || !bounds || !model.axis) return root(<p className="fp-intensity__note">{words.noData}</p>);

  const pickWeek = (time: number) => {
    const week = binEvents(NO_EVENTS, { domain: [time, time], unit: 'week', timeZone: text.zone })[0];
    if (week) setDomain([Math.max(bounds[0], week.start), Math.min(bounds[1], week.end)]);
  };
  const full = domain[0] <= bounds[0] && domain[1] >= bounds[1];
  const lines = layout.lines.length > 0 || layout.own !== null;
  const summary = interpolate(lines ? words.intensitySummary : words.intensitySummaryBars, {
    bins: text.binWords,
    range: formatDayRange(bounds[0], bounds[1], { locale: tag, timeZone: text.zone }),
    counters: listFormat(tag, 'conjunction').format(text.summaryLines),
  });

  return root(
    <>
      <div className="fp-intensity__plot">
        <svg
          className="fp-intensity__svg"
          width={width}
          height={height}
          viewBox={`0 0 ${width} ${height}`}
          // Coordinates and text-anchor are physical whatever the page's direction (the stylesheet says so
          // too); which way time runs is in the layout.
          direction="ltr"
          role="img"
          aria-label={summary}
        >
          <defs>
            <clipPath id={`${prefix}-clip`}>
              <rect x={0} y={0} width={width} height={layout.plotBottom + 1} />
            </clipPath>
          </defs>
          <IntensityAxis
            axis={model.axis}
            width={width}
            baseline={layout.plotBottom}
            barTicks={layout.barTicks}
            countTicks={layout.countTicks}
            showCounts={lines}
            formatNumber={text.formatNumber}
            direction={layout.direction}
          />
          <IntensityBars bars={layout.bars} />
          <IntensityBrush
            bounds={bounds}
            domain={domain}
            width={width}
            top={0}
            height={layout.plotBottom}
            direction={layout.direction}
            onBrush={setDomain}
            onPick={pickWeek}
          />
          <IntensityLines
            lines={layout.lines}
            own={layout.own}
            pointText={text.pointText}
            ownLabel={text.ownLabel}
            clipId={`${prefix}-clip`}
          />
        </svg>
      </div>
      <IntensityRange
        bounds={bounds}
        domain={domain}
        stops={stops}
        onChange={setDomain}
        startLabel={words.brushStart}
        endLabel={words.brushEnd}
        formatDay={text.formatDay}
        idPrefix={prefix}
        direction={layout.direction}
      />
      {showControls && (
        <div className="fp-intensity__controls">
          <p className="fp-intensity__hint">{words.brushHint}</p>
          <button type="button" className="fp-intensity__button" disabled={full} onClick={() => setDomain(bounds)}>
            {words.showAll}
          </button>
        </div>
      )}
      <IntensityLegend
        label={words.legendLabel}
        barsText={interpolate(words.legendBars, { bins: text.binWords })}
        categories={text.categories}
        reportedText={words.legendReported}
        counters={text.legend}
        own={layout.own ? text.ownLabel : null}
      />
      {showReportedCounts && model.series.length === 0 && <p className="fp-intensity__note">{words.noCounts}</p>}
      <IntensityTable
        summary={words.dataTable}
        countsCaption={words.countsCaption}
        columns={text.columns}
        series={showReportedCounts ? model.series : NO_SERIES}
        own={text.ownRow}
        formatDate={text.formatDate}
        binsCaption={words.binsCaption}
        monthColumn={words.columnMonth}
        totalColumn={words.columnTotal}
        categories={text.categories}
        months={model.months}
        formatMonth={text.formatMonth}
        formatNumber={text.formatNumber}
      />
    </>,
  );
}

/**
 * An overview of the whole story under the timeline: events per day, week or month stacked by category,
 * each counter's reported cumulative count as its own step line (never two counters on one line), our own
 * count of the dataset's events as a separate dashed line, and a brush showing the timeline's visible span.
 * Drag to choose a span, click a week to zoom to it, or use the two sliders from the keyboard.
 */
export function IntensityChart(props: IntensityChartProps) {
  return (
    <GraphicGuard component="IntensityChart" props={props}>
      {(dataset) => <IntensityChartGraphic {...props} dataset={dataset} />}
    </GraphicGuard>
  );
}
