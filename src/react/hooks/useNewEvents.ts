import { useMemo } from 'react';
import type { Dataset } from '../../schema/dataset';
import { newEventIds, readInstant, type EventAddedAt } from '../../state/newEventIds';
import { dateTimeFormat, resolveTimeZone } from '../../i18n/intl';
import { formatZoneName } from '../../i18n/formatZoneName';
import { interpolate } from '../../i18n/interpolate';
import type { Messages } from '../../i18n/messages';
import type { NewEvents } from './newEventsContext';

/** The props every component that marks new events takes. */
export interface HighlightSinceProps {
  /**
   * Developing stories: events newer than this instant (an ISO 8601 date-time, or epoch ms) carry a "New" badge
   * and "New: " in their accessible name; the Timeline also says how many arrived, once per update. "Newer" is
   * `eventAddedAt(event)` when given, else the event's `addedAt`, else its start (a date known to the day counts
   * all that day).
   */
  highlightSince?: string | number | null;
  /** When each event was published or added (ISO date-time or epoch ms), if the host knows it better than its start. */
  eventAddedAt?: EventAddedAt;
}

export interface NewEventsModel extends NewEvents {
  /** highlightSince, read; undefined when unset or unreadable (nothing is then new). */
  since: number | undefined;
  /** highlightSince in words, with its zone: "28 Jan 2024, 14:00 Baghdad time (GMT+3)". */
  sinceText: string;
}

/** Which events of the dataset are new since `highlightSince`, and that time in words (see HighlightSinceProps). */
export function useNewEvents(
  dataset: Dataset | null | undefined,
  props: HighlightSinceProps,
  words: { locale: string; timeZone: string | undefined; messages: Messages },
): NewEventsModel {
  const since = readInstant(props.highlightSince);
  const { eventAddedAt } = props;
  const datasetZone = dataset?.timeZone;
  const ids = useMemo(
    () => newEventIds(dataset?.events, since, { addedAt: eventAddedAt, timeZone: datasetZone }),
    [dataset, since, eventAddedAt, datasetZone],
  );
  const { locale, messages } = words;
  const zone = resolveTimeZone(words.timeZone, datasetZone);
  const sinceText = useMemo(() => {
    if (since === undefined) return '';
    const dateTime = dateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: zone }).format(since);
    return interpolate(messages.dateTimeWithZone, {
      dateTime,
      zone: formatZoneName(zone, since, { locale, messages }),
    });
  }, [since, locale, zone, messages]);
  return useMemo(
    () => ({ ids, since, sinceText, labelTemplate: messages.newLabel }),
    [ids, since, sinceText, messages.newLabel],
  );
}
