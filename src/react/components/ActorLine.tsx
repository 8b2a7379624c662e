import type { TimelineEvent } from '../../schema/index';
import type { EventListContext } from './eventListContext';
import { JoinedList } from './JoinedList';
import { list, text } from './safeData';

export interface ActorLineProps {
  event: TimelineEvent;
  context: EventListContext;
}

/** Who acted and against whom, in words ("By: X and Y → Target: Z"); the arrow is hidden from screen readers. */
export function ActorLine({ event, context }: ActorLineProps) {
  const names = (ids: readonly string[]) =>
    list(ids)
      .map((id) => text(context.actors.get(id)?.name) || text(id))
      .filter(Boolean)
      .map((name, i) => <bdi key={i}>{name}</bdi>);
  const acting = names(event.actors);
  const targets = names(event.targets);
  if (acting.length === 0 && targets.length === 0) return null;
  const { messages, locale } = context;
  return (
    <p className="fp-event__actors">
      {acting.length > 0 && (
        <>
          <span className="fp-label">{messages.actorsLabel}</span> <JoinedList items={acting} locale={locale} />
        </>
      )}
      {acting.length > 0 && targets.length > 0 && (
        <span className="fp-event__arrow" aria-hidden="true">
          {' → '}
        </span>
      )}
      {targets.length > 0 && (
        <>
          <span className="fp-label">{messages.targetsLabel}</span> <JoinedList items={targets} locale={locale} />
        </>
      )}
    </p>
  );
}
