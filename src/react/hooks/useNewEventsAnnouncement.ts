import { useEffect, useRef } from 'react';
import { takeNewArrivals } from '../../state/newEventIds';
import { useAnnouncer } from './useAnnouncer';
import { SHOWING_DELAY_MS } from './useTimelineAnnouncements';

/**
 * The live region text of a graphic that announces nothing but new events (a VerticalTimeline on its own): "3 new
 * events since …" once per batch that arrives, at mount after the region has settled. The Timeline says the same
 * within its own announcements (useTimelineAnnouncements).
 */
export function useNewEventsAnnouncement(newIds: ReadonlySet<string>, describeNew: (count: number) => string): string {
  const { message, announce } = useAnnouncer();
  const announced = useRef(new Set<string>());
  const mounted = useRef(false);
  const describe = useRef(describeNew);
  describe.current = describeNew;
  useEffect(() => {
    const arrived = takeNewArrivals(newIds, announced.current);
    if (arrived > 0) announce(describe.current(arrived), mounted.current ? 0 : SHOWING_DELAY_MS, true);
    mounted.current = true;
  }, [newIds, announce]);
  return message;
}
