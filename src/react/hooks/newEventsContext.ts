import { createContext, useContext } from 'react';
import { interpolate } from '../../i18n/interpolate';

/** The events a component marks as new (see `highlightSince`), and how a new event's accessible name reads. */
export interface NewEvents {
  ids: ReadonlySet<string>;
  /** "New: {label}", in the component's language. */
  labelTemplate: string;
}

const NONE: NewEvents = { ids: new Set(), labelTemplate: '{label}' };

/**
 * Given by Timeline, VerticalTimeline and EventList to their marks, cards and list items: a context rather than
 * a prop, so the parts in between (the plot, the card list) need not carry it.
 */
export const NewEventsContext = createContext<NewEvents>(NONE);

export function useNewEventsContext(): NewEvents {
  return useContext(NewEventsContext);
}

/** The accessible name of a new event's mark or card: "New: " before its usual name. */
export function newEventName(newEvents: NewEvents, label: string): string {
  return interpolate(newEvents.labelTemplate, { label });
}

/** Whether any of these events is new; stops at the first (a cluster may hold thousands). */
export function anyNew(newEvents: NewEvents, ids: readonly string[]): boolean {
  if (newEvents.ids.size === 0) return false;
  for (const id of ids) if (newEvents.ids.has(id)) return true;
  return false;
}
