'use client';
// `flashpoint/react`: components and hooks. Keep this file a list of re-exports.
export { EventList, EVENT_LIST_DEFAULT_LOCALE, type EventListProps } from './components/EventList';
export { DatasetIssues, type DatasetIssuesProps } from './components/DatasetIssues';
export {
  EventDetail,
  EVENT_DETAIL_DEFAULT_LOCALE,
  type EventDetailProps,
  type EventDetailLayout,
} from './components/EventDetail';
export { Legend, LEGEND_ITEMS, type LegendProps, type LegendItem, type LegendMark } from './components/Legend';
export { Tooltip, type TooltipProps } from './components/Tooltip';
export { EventTooltipContent, type EventTooltipContentProps } from './components/EventTooltipContent';
export {
  useTooltip,
  type UseTooltipOptions,
  type UseTooltipResult,
  type TooltipTriggerProps,
  type TooltipElementProps,
  type TriggerHandlers,
} from './hooks/useTooltip';
export { Timeline, type TimelineProps, type LinkMode } from './components/Timeline';
export { TimeDisplaySwitch, type TimeDisplaySwitchProps } from './components/TimeDisplaySwitch';
export type { TimeDisplay } from '../i18n/displayZone';
export { VerticalTimeline, type VerticalTimelineProps } from './components/VerticalTimeline';
export {
  FilterBar,
  filterMessagesEn,
  type FilterBarProps,
  type FilterMessages,
  type FilterMessageOverrides,
} from './components/FilterBar';
export { Credits, type CreditsProps } from './components/Credits';
export {
  MapInset,
  mapMessagesEn,
  type MapInsetProps,
  type MapPointState,
  type MapMessages,
  type MapMessageOverrides,
  type PluralMessage,
} from './components/MapInset';
export { IntensityChart, type IntensityChartProps, type IntensityChartMessages } from './components/IntensityChart';
export { ThemeContext, useTheme } from './hooks/themeContext';
export type { ThemeProp } from './hooks/resolveTheme';
