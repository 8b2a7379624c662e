import type { Location, TimelineEvent } from '../../schema/index';
import { interpolate } from '../../i18n/index';
import type { EventListContext } from './eventListContext';
import { JoinedList } from './JoinedList';
import { Message } from './Message';
import { objects, text } from './safeData';

export interface PlaceLineProps {
  event: TimelineEvent;
  context: EventListContext;
}

function placeName(place: Location, context: EventListContext): string {
  const name = [text(place.name), text(place.country)].filter(Boolean).join(', ');
  if (!name) return '';
  return place.approximate === true ? interpolate(context.messages.placeApproximate, { place: name }) : name;
}

/** Where it happened: place and country, with "approximate location" in words when it is. */
export function PlaceLine({ event, context }: PlaceLineProps) {
  const first = event.location && typeof event.location === 'object' ? placeName(event.location, context) : '';
  const more = objects(event.additionalLocations)
    .map((place) => placeName(place, context))
    .filter(Boolean);
  if (!first && more.length === 0) return null;
  const { messages } = context;
  return (
    <p className="fp-event__place">
      <span className="fp-label">{messages.placeLabel}</span> {first && <bdi>{first}</bdi>}
      {more.length > 0 && (
        <Message
          template={first ? messages.additionalPlaces : '{places}'}
          values={{
            places: (
              <JoinedList
                items={more.map((m, k) => (
                  <bdi key={k}>{m}</bdi>
                ))}
                locale={context.locale}
              />
            ),
          }}
        />
      )}
    </p>
  );
}
