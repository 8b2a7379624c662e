'use client';
// `flashpoint/react`: components and hooks. Keep this file a list of re-exports.
export { EventList, EVENT_LIST_DEFAULT_LOCALE, type EventListProps } from './components/EventList';
export { DatasetIssues, type DatasetIssuesProps } from './components/DatasetIssues';
