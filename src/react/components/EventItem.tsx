import { EventBody } from './EventBody';
import { EventErrorBoundary } from './EventErrorBoundary';
import type { EventListContext, ListedEvent } from './eventListContext';
import { Heading } from './Heading';
import { text } from './safeData';

export interface EventItemProps {
  item: ListedEvent;
  context: EventListContext;
}

/** One event of the list: an `<li>` holding an `<article>` named by its title heading. */
export function EventItem({ item, context }: EventItemProps) {
  const { event, elementId, eventId } = item;
  const titleId = `${elementId}-title`;
  const title = text(event.title) || eventId || '';
  return (
    <li className="fp-event" id={elementId} data-event-id={eventId} data-category={text(event.category) || undefined}>
      <article className="fp-event__article" aria-labelledby={titleId}>
        <Heading level={context.headingLevel} id={titleId} className="fp-event__title">
          <bdi>{title}</bdi>
        </Heading>
        <EventErrorBoundary fallback={<p className="fp-event__unavailable">{context.messages.eventUnavailable}</p>}>
          <EventBody item={item} context={context} />
        </EventErrorBoundary>
      </article>
    </li>
  );
}
