import type { TimelineEvent } from '../../schema/index';
import { ActorLine } from './ActorLine';
import { CategoryLabel } from './CategoryLabel';
import type { EventListContext } from './eventListContext';
import { EventTime } from './EventTime';
import { text } from './safeData';

export interface EventTooltipContentProps {
  event: TimelineEvent;
  /**
   * Built once for the whole graphic with `buildEventListContext` (as EventList and EventDetail do): its
   * locale tag, words and time display (`timeDisplay`, `readerTimeZone`) decide how the date is written.
   */
  context: EventListContext;
}

/**
 * What a tooltip says about an event, kept short: the full title (labels on the graphic may be cut),
 * the place's local date, the category in words and who acted against whom. The rest is in EventDetail.
 */
export function EventTooltipContent({ event, context }: EventTooltipContentProps) {
  return (
    <div className="fp-tooltip__event" data-category={text(event.category) || undefined}>
      <p className="fp-tooltip__title">
        <bdi>{text(event.title) || text(event.id)}</bdi>
      </p>
      <p className="fp-tooltip__meta">
        <EventTime event={event} context={context} /> <CategoryLabel category={event.category} context={context} />
      </p>
      <ActorLine event={event} context={context} />
    </div>
  );
}
