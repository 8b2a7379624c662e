import { useEffect, useRef } from 'react';
import { interpolate } from '../../i18n/interpolate';
import type { Messages } from '../../i18n/messages';
import { useAnnouncer } from './useAnnouncer';
import { takeNewArrivals } from '../../state/newEventIds';

export interface TimelineAnnouncementsOptions {
  selectedId: string | null;
  /** The selected event's title and date in words. */
  describeEvent: (id: string) => { title: string; date: string };
  /** Whether the dataset (all of it, whatever the filters) still holds this event. */
  hasEvent?: (id: string) => boolean;
  /**
   * Changes when what the view shows changes (its span, how many events it shows): the view is then
   * described, once it has settled. A change of words alone (a time zone resolved after mount) says nothing.
   */
  viewKey: string;
  /** What the view shows now: "Showing 14 of 33 events, 17 Oct – 21 Nov 2023". */
  describeView: () => string;
  /** The events marked new (highlightSince): each is counted in one announcement, the first time it is new. */
  newIds?: ReadonlySet<string>;
  /** "3 new events since …" for this many events that just became new. */
  describeNew?: (count: number) => string;
  messages: Pick<Messages, 'announceSelected' | 'announceClosed' | 'announceSelectionRemoved'>;
}

const NONE_NEW: ReadonlySet<string> = new Set();

/** Wait this long after the last zoom, pan or filter change before saying what is shown. */
export const SHOWING_DELAY_MS = 500;

/** Calls `onChange` when `value` changes after the first render (never for the value it started with). */
function useOnChange<T>(value: T, onChange: (value: T, previous: T) => void) {
  const previous = useRef(value);
  const latest = useRef(onChange);
  latest.current = onChange;
  useEffect(() => {
    if (Object.is(previous.current, value)) return;
    const before = previous.current;
    previous.current = value;
    latest.current(value, before);
  }, [value]);
}

/**
 * The Timeline's live region text: "Selected: …", "Details closed" (or, when an update removed the open event,
 * that it was removed) at once; new events once per batch that arrives ("2 new events since …", at mount after
 * the region has settled); what the view shows after zoom, pan and filters settle. What one update changes is
 * said in one message, so no part of it replaces another before it is read.
 */
export function useTimelineAnnouncements(options: TimelineAnnouncementsOptions): string {
  const { selectedId, viewKey, newIds = NONE_NEW, messages } = options;
  const { message, announce } = useAnnouncer();
  const latest = useRef(options);
  latest.current = options;
  const seen = useRef<{ selectedId: string | null; announced: Set<string>; mounted: boolean }>({
    selectedId,
    announced: new Set(),
    mounted: false,
  });

  useEffect(() => {
    const state = seen.current;
    const { describeEvent, hasEvent, describeNew } = latest.current;
    const parts: string[] = [];
    if (state.mounted && state.selectedId !== selectedId) {
      const before = state.selectedId;
      if (selectedId !== null) parts.push(interpolate(messages.announceSelected, describeEvent(selectedId)));
      else
        parts.push(
          before !== null && hasEvent?.(before) === false ? messages.announceSelectionRemoved : messages.announceClosed,
        );
    }
    state.selectedId = selectedId;
    const arrived = takeNewArrivals(newIds, state.announced);
    if (arrived > 0 && describeNew) parts.push(describeNew(arrived));
    // At mount the region has only just been rendered: wait until screen readers have registered it.
    if (parts.length > 0) announce(parts.join(' '), state.mounted ? 0 : SHOWING_DELAY_MS, true);
    state.mounted = true;
  }, [selectedId, newIds, messages, announce]);

  useOnChange(viewKey, () => announce(latest.current.describeView(), SHOWING_DELAY_MS));
  return message;
}
