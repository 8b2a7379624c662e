import type { TimelineEvent } from '../../schema/index';
import { dateForm } from '../../schema/dates';
import { formatEventDate, formatZoneName, interpolate } from '../../i18n/index';
import { datePeriod } from '../../schema/epoch';
import type { EventListContext } from './eventListContext';

export interface ReaderTimeProps {
  event: TimelineEvent;
  context: EventListContext;
}

/**
 * The same moment in the reader's zone, after the place's time ("— 25 December 2023, 20:45 your time"),
 * only when the context knows the reader's zone (EventDetail after mount; never on the server, so
 * hydration matches), the event has a time of day, and the reader's clock or calendar says something else.
 */
export function ReaderTime({ event, context }: ReaderTimeProps) {
  const reader = context.readerTimeZone;
  if (!reader || typeof event.start !== 'string' || dateForm(event.start) !== 'datetime') return null;
  const options = { locale: context.locale, messages: context.messages, showZone: false } as const;
  const theirs = formatEventDate(event, { ...options, timeZone: context.zoneOf(event) });
  const mine = formatEventDate(event, { ...options, timeZone: reader });
  // Date-only or coarse events come back without a time: a day is a day, and nothing differs.
  if (mine === theirs) return null;
  const at = datePeriod(event.start, reader)?.start ?? Number.NaN;
  const zone = formatZoneName(reader, at, { locale: context.locale, messages: context.messages });
  return (
    <span className="fp-event__reader-time">
      {' — '}
      {interpolate(context.messages.readerTime, { dateTime: mine, zone })}
    </span>
  );
}
