import { EventArticle } from './EventArticle';
import type { EventListContext, ListedEvent } from './eventListContext';
import { text } from './safeData';
import { NewBadge } from './NewBadge';
import { useNewEventsContext } from '../hooks/newEventsContext';

export interface EventItemProps {
  item: ListedEvent;
  context: EventListContext;
}

/**
 * One event of the list: an `<li>` holding an `<article>` named by its title heading, after a "New" badge when
 * the event is new (highlightSince).
 */
export function EventItem({ item, context }: EventItemProps) {
  const { event, elementId, eventId } = item;
  const newIds = useNewEventsContext().ids;
  const isNew = eventId !== undefined && newIds.has(eventId);
  return (
    <li
      className="fp-event"
      id={elementId}
      data-event-id={eventId}
      data-category={text(event.category) || undefined}
      data-new={isNew ? 'true' : undefined}
    >
      {isNew && <NewBadge label={context.messages.newBadge} />}
      <EventArticle item={item} context={context} titleId={`${elementId}-title`} />
    </li>
  );
}
