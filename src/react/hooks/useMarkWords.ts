import { useCallback } from 'react';
import type { Dataset } from '../../schema/dataset';
import type { TimelineEvent } from '../../schema/event';
import type { Domain, EventExtent, Mark } from '../../layout/types';
import type { Messages } from '../../i18n/messages';
import { interpolate } from '../../i18n/interpolate';
import { formatDateValue } from '../../i18n/formatEventDate';

export interface MarkWords {
  /** A mark's accessible name: title, day, category and how far its figures hold; or a cluster's count and span. */
  markLabel: (mark: Mark) => string;
  /** The graphic's accessible name: what it shows, how many events, from when to when. */
  summary: string;
}

/** The words assistive technology hears for the graphic and its marks, all through Intl in the axis zone. */
export function useMarkWords(options: {
  dataset: Dataset;
  eventsById: ReadonlyMap<string, TimelineEvent>;
  extents: ReadonlyMap<string, EventExtent>;
  bounds: Domain;
  locale: string;
  timeZone: string;
  messages: Messages;
}): MarkWords {
  const { dataset, eventsById, extents, bounds, locale, timeZone, messages } = options;
  const formatDay = useCallback(
    (time: number) => formatDateValue(new Date(time).toISOString(), { precision: 'day', locale, timeZone, messages }),
    [locale, timeZone, messages],
  );
  const markLabel = useCallback(
    (mark: Mark) => {
      if (mark.type === 'cluster') {
        return interpolate(messages.clusterLabel, {
          count: String(mark.count),
          start: formatDay(mark.domain[0]),
          end: formatDay(mark.domain[1]),
        });
      }
      const label = interpolate(messages.markLabel, {
        title: eventsById.get(mark.id)?.title ?? mark.id,
        date: formatDay(extents.get(mark.id)?.start ?? 0),
        category: messages.category[mark.category as keyof typeof messages.category] ?? mark.category,
      });
      return mark.figures && mark.figures !== 'none' ? `${label}, ${messages.markFigures[mark.figures]}` : label;
    },
    [eventsById, extents, formatDay, messages],
  );
  const summary = interpolate(messages.timelineSummary, {
    title: dataset.title,
    count: String(dataset.events.length),
    start: formatDay(bounds[0]),
    end: formatDay(bounds[1]),
  });
  return { markLabel, summary };
}
