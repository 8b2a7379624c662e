import { EventBody } from './EventBody';
import { ErrorBoundary } from './ErrorBoundary';
import type { EventListContext, ListedEvent } from './eventListContext';
import { Heading } from './Heading';
import { text } from './safeData';

export interface EventArticleProps {
  item: ListedEvent;
  context: EventListContext;
  /** Id of the title heading, which names the article (and may name its list item). */
  titleId: string;
}

/** One event as an `<article>` named by its title heading: the body of a list item and of a vertical card. */
export function EventArticle({ item, context, titleId }: EventArticleProps) {
  return (
    <article className="fp-event__article" aria-labelledby={titleId}>
      <Heading level={context.headingLevel} id={titleId} className="fp-event__title">
        <bdi>{text(item.event.title) || item.eventId || ''}</bdi>
      </Heading>
      <ErrorBoundary fallback={<p className="fp-event__unavailable">{context.messages.eventUnavailable}</p>}>
        <EventBody item={item} context={context} />
      </ErrorBoundary>
    </article>
  );
}
