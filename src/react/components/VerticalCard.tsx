import { memo, type KeyboardEvent, type MouseEvent } from 'react';
import { categoryShape } from '../../theme/categoryShapes';
import { useTheme } from '../hooks/themeContext';
import { EventArticle } from './EventArticle';
import type { EventListContext, ListedEvent } from './eventListContext';
import { text } from './safeData';
import { NewBadge } from './NewBadge';
import { useNewEventsContext } from '../hooks/newEventsContext';

export interface VerticalCardProps {
  item: ListedEvent;
  context: EventListContext;
  /** Space above the card, 0…4 (layoutVertical's step), as `data-space` for the stylesheet. */
  space: number;
  /** Holds the list's tab stop. */
  tabbable: boolean;
  /** On the reading line as the reader scrolls (highlighted, never announced). */
  current: boolean;
  /** The selected event (`aria-current`). */
  selected: boolean;
  onKeyDown: (event: KeyboardEvent<HTMLElement>, key: string) => void;
  onClick: (event: MouseEvent<HTMLElement>, item: ListedEvent) => void;
}

/**
 * One event of the vertical timeline: a focusable `<li>` named by the event's title, its category's shape
 * on the rail, and an `<article>` with everything the detail panel shows (EventBody).
 */
export const VerticalCard = memo(function VerticalCard(props: VerticalCardProps) {
  const theme = useTheme();
  const { item, context, space, tabbable, current, selected, onKeyDown, onClick } = props;
  const { event, elementId, eventId } = item;
  const titleId = `${elementId}-title`;
  const badgeId = `${elementId}-new`;
  const category = text(event.category);
  const newIds = useNewEventsContext().ids;
  const isNew = eventId !== undefined && newIds.has(eventId);
  return (
    // A card is the roving focus target of the list and selects on Enter, Space or a click on its text;
    // its links and buttons stay ordinary controls inside it.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <li
      id={elementId}
      className="fp-event fp-vertical__card"
      data-event-id={eventId}
      data-category={category || undefined}
      data-space={space > 0 ? space : undefined}
      data-current={current ? 'true' : undefined}
      data-state={selected ? 'selected' : 'idle'}
      data-new={isNew ? 'true' : undefined}
      aria-current={selected ? 'true' : undefined}
      aria-labelledby={isNew ? `${badgeId} ${titleId}` : titleId}
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
      tabIndex={tabbable ? 0 : -1}
      onKeyDown={(e) => onKeyDown(e, elementId)}
      onClick={(e) => onClick(e, item)}
    >
      <span className="fp-vertical__dot" aria-hidden="true">
        <svg className="fp-vertical__icon" viewBox="0 0 16 16" width="16" height="16" focusable="false">
          <path d={categoryShape(theme, category)} fillRule="evenodd" />
        </svg>
      </span>
      {isNew && <NewBadge label={context.messages.newBadge} id={badgeId} />}
      <EventArticle item={item} context={context} titleId={titleId} />
    </li>
  );
});
