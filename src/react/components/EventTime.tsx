import type { TimelineEvent } from '../../schema/index';
import { dateForm } from '../../schema/dates';
import { formatEventDate } from '../../i18n/index';
import type { EventListContext } from './eventListContext';

export interface EventTimeProps {
  event: TimelineEvent;
  context: EventListContext;
}

/**
 * When the event happened, for people (in the place's zone, the zone named after a time of day)
 * and for machines (`dateTime`: the ISO value as written, a date alone for date-only events).
 */
export function EventTime({ event, context }: EventTimeProps) {
  const label = formatEventDate(event, {
    locale: context.locale,
    timeZone: context.zoneOf(event),
    messages: context.messages,
  });
  if (typeof event.start !== 'string' || !dateForm(event.start)) {
    return <span className="fp-event__time">{label}</span>;
  }
  return (
    <time className="fp-event__time" dateTime={event.start}>
      {label}
    </time>
  );
}
