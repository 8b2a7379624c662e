import type { ReactElement } from 'react';
import {
  EventDetail,
  EventList,
  IntensityChart,
  MapInset,
  Timeline,
  VerticalTimeline,
  type EventDetailProps,
  type EventListProps,
  type IntensityChartProps,
  type MapInsetProps,
  type TimelineProps,
  type VerticalTimelineProps,
} from '../../src/react/index';
import { escalation2023 } from '../../src/datasets/index';
import { createTheme } from '../../src/theme/index';

/**
 * What the hydration tests render: once on the server (test/ssr/renderServerHtml.tsx, in Node with TZ=UTC) and
 * again in Chromium with hydrateRoot. Both sides build their elements here, so they have the same props; a test
 * may pass overrides (a spy for a callback, or a deliberate mismatch).
 */
const dataset = escalation2023;
const noop = () => {};
const parchment = createTheme({ colors: { background: '#f4efe6', surface: '#ebe3d4', text: '#2b2118' } });

export const HYDRATION_EVENT = 'tower-22-drone-attack';

export const hydrationCases = {
  timeline: (props: Partial<TimelineProps> = {}) => <Timeline dataset={dataset} locale="en-GB" {...props} />,
  'timeline-reader-time': (props: Partial<TimelineProps> = {}) => (
    <Timeline dataset={dataset} locale="en-GB" timeDisplay="reader" {...props} />
  ),
  'timeline-theme-object': (props: Partial<TimelineProps> = {}) => (
    <Timeline dataset={dataset} locale="en-GB" theme={parchment} {...props} />
  ),
  'timeline-arabic': (props: Partial<TimelineProps> = {}) => <Timeline dataset={dataset} locale="ar" {...props} />,
  'timeline-every-part': (props: Partial<TimelineProps> = {}) => (
    <Timeline
      dataset={dataset}
      locale="en-GB"
      initialWidth={960}
      showFilters
      showIntensity
      showMap
      defaultSelectedId={HYDRATION_EVENT}
      {...props}
    />
  ),
  'vertical-timeline': (props: Partial<VerticalTimelineProps> = {}) => (
    <VerticalTimeline dataset={dataset} locale="en-GB" {...props} />
  ),
  'event-list': (props: Partial<EventListProps> = {}) => <EventList dataset={dataset} locale="en-GB" {...props} />,
  'intensity-chart': (props: Partial<IntensityChartProps> = {}) => (
    <IntensityChart dataset={dataset} locale="en-GB" {...props} />
  ),
  'map-inset': (props: Partial<MapInsetProps> = {}) => <MapInset dataset={dataset} locale="en-GB" {...props} />,
  'event-detail': (props: Partial<EventDetailProps> = {}) => (
    <EventDetail
      dataset={dataset}
      locale="en-GB"
      eventId={HYDRATION_EVENT}
      onSelectEvent={noop}
      onClose={noop}
      {...props}
    />
  ),
} satisfies Record<string, (props?: never) => ReactElement>;

export type HydrationCase = keyof typeof hydrationCases;
