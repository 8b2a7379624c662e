import type { ReactNode } from 'react';
import type { Location, TimelineEvent } from '../../schema/index';
import type { EventListContext } from './eventListContext';
import { JoinedList } from './JoinedList';
import { Message } from './Message';
import { objects, text } from './safeData';

export interface PlaceLineProps {
  event: TimelineEvent;
  context: EventListContext;
}

/** A place and its country, isolated as a name from the data (`<bdi>`), with "approximate location" in words. */
function placeName(place: Location, context: EventListContext): ReactNode {
  const name = [text(place.name), text(place.country)].filter(Boolean).join(', ');
  if (!name) return null;
  const isolated = <bdi>{name}</bdi>;
  return place.approximate === true ? (
    <Message template={context.messages.placeApproximate} values={{ place: isolated }} />
  ) : (
    isolated
  );
}

/** Where it happened: place and country, with "approximate location" in words when it is. */
export function PlaceLine({ event, context }: PlaceLineProps) {
  const first = event.location && typeof event.location === 'object' ? placeName(event.location, context) : null;
  const more = objects(event.additionalLocations)
    .map((place) => placeName(place, context))
    .filter((name) => name !== null);
  if (!first && more.length === 0) return null;
  const { messages } = context;
  return (
    <p className="fp-event__place">
      <span className="fp-label">{messages.placeLabel}</span> {first}
      {more.length > 0 && (
        <Message
          template={first ? messages.additionalPlaces : '{places}'}
          values={{ places: <JoinedList items={more} locale={context.locale} /> }}
        />
      )}
    </p>
  );
}
