import { useEffect, useRef } from 'react';
import { interpolate } from '../../i18n/interpolate';
import type { Messages } from '../../i18n/messages';
import { useAnnouncer } from './useAnnouncer';

export interface TimelineAnnouncementsOptions {
  selectedId: string | null;
  /** The selected event's title and date in words. */
  describeEvent: (id: string) => { title: string; date: string };
  /**
   * Changes when what the view shows changes (its span, how many events it shows): the view is then
   * described, once it has settled. A change of words alone (a time zone resolved after mount) says nothing.
   */
  viewKey: string;
  /** What the view shows now: "Showing 14 of 33 events, 17 Oct – 21 Nov 2023". */
  describeView: () => string;
  messages: Pick<Messages, 'announceSelected' | 'announceClosed'>;
}

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
 * The Timeline's live region text: "Selected: …" and "Details closed" at once, and what the view shows
 * after zoom, pan and filters settle. Nothing is said for the state the Timeline opens in.
 */
export function useTimelineAnnouncements(options: TimelineAnnouncementsOptions): string {
  const { selectedId, describeEvent, viewKey, describeView, messages } = options;
  const { message, announce } = useAnnouncer();
  useOnChange(selectedId, (id) =>
    announce(id === null ? messages.announceClosed : interpolate(messages.announceSelected, describeEvent(id))),
  );
  useOnChange(viewKey, () => announce(describeView(), SHOWING_DELAY_MS));
  return message;
}
