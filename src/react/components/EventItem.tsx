import { EventArticle } from './EventArticle';
import type { EventListContext, ListedEvent } from './eventListContext';
import { text } from './safeData';

export interface EventItemProps {
  item: ListedEvent;
  context: EventListContext;
}

/** One event of the list: an `<li>` holding an `<article>` named by its title heading. */
export function EventItem({ item, context }: EventItemProps) {
  const { event, elementId, eventId } = item;
  return (
    <li className="fp-event" id={elementId} data-event-id={eventId} data-category={text(event.category) || undefined}>
      <EventArticle item={item} context={context} titleId={`${elementId}-title`} />
    </li>
  );
}
