import type { TimelineEvent } from '../../schema/index';
import type { EventListContext } from './eventListContext';
import { Heading } from './Heading';
import { objects, text } from './safeData';

export interface RelatedLinksProps {
  event: TimelineEvent;
  context: EventListContext;
}

/**
 * How this event relates to others, in words ("Retaliation for: …"), each an in-page link to that event;
 * or, when the context has `onSelectEvent` (EventDetail), a button that selects it, named with the
 * relation and the title so it makes sense on its own ("Retaliation for: Drone strike on Tower 22 …").
 */
export function RelatedLinks({ event, context }: RelatedLinksProps) {
  // Only links to events in this list: an id alone means nothing to a reader (the parser reports dangling links).
  const links = objects(event.related).flatMap((link) => {
    const target = typeof link.id === 'string' && link.id !== event.id ? context.targets.get(link.id) : undefined;
    return target ? [{ link, target }] : [];
  });
  if (links.length === 0) return null;
  const words = context.messages.relation as Record<string, string>;
  const { onSelectEvent } = context;
  return (
    <>
      <Heading level={context.headingLevel + 1} className="fp-event__section-heading">
        {context.messages.relatedHeading}
      </Heading>
      <ul className="fp-related__list">
        {links.map(({ link, target }, i) => {
          const type = text(link.type);
          const note = text(link.note);
          const relation = (
            <span className="fp-label">
              {(Object.prototype.hasOwnProperty.call(words, type) ? words[type] : '') || `${type}:`}
            </span>
          );
          return (
            <li key={i} className="fp-related__item" data-relation={type || undefined}>
              {onSelectEvent ? (
                <button type="button" className="fp-related__button" onClick={() => onSelectEvent(link.id)}>
                  {relation} <bdi className="fp-related__title">{target.title}</bdi>
                </button>
              ) : (
                <>
                  {relation}{' '}
                  <a className="fp-related__link" href={`#${target.elementId}`}>
                    <bdi>{target.title}</bdi>
                  </a>
                </>
              )}
              {note && (
                <span className="fp-related__note">
                  {' — '}
                  <bdi>{note}</bdi>
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}
