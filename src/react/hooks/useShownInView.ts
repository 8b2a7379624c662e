import { useMemo } from 'react';
import type { Domain, TimelineLayout } from '../../layout/types';
import type { PreparedTimeline } from '../../layout/prepareTimeline';
import { countEventsInView } from '../../layout/countEventsInView';

/**
 * For the live region: how many events are in view and match the filters (of all the dataset's events). Without
 * filters the layout has counted them already (a pass over 100,000 extents per frame saved), once it lays out.
 */
export function useShownInView(
  prepared: PreparedTimeline,
  domain: Domain,
  matchingIds: ReadonlySet<string> | null | undefined,
  layout: Pick<TimelineLayout, 'eventsInView'>,
  laidOut: boolean,
): number {
  const preparedIds = useMemo(() => prepared.events.map((event) => event.id), [prepared]);
  const { eventsInView } = layout;
  return useMemo(
    () =>
      matchingIds || !laidOut
        ? countEventsInView(
            preparedIds,
            prepared.extents,
            domain,
            matchingIds ? (id) => matchingIds.has(id) : undefined,
          )
        : eventsInView,
    [preparedIds, prepared, domain, matchingIds, eventsInView, laidOut],
  );
}
