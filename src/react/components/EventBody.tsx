import { ActorLine } from './ActorLine';
import { CasualtyReports } from './CasualtyReports';
import { CategoryLabel } from './CategoryLabel';
import { DisputeList } from './DisputeList';
import type { EventListContext, ListedEvent } from './eventListContext';
import { EventTime } from './EventTime';
import { Heading } from './Heading';
import { MediaFigure } from './MediaFigure';
import { PlaceLine } from './PlaceLine';
import { ReaderTime } from './ReaderTime';
import { RelatedLinks } from './RelatedLinks';
import { objects, text } from './safeData';
import { SourceLinks } from './SourceLinks';

export interface EventBodyProps {
  item: ListedEvent;
  context: EventListContext;
}

const CONFIDENCE = new Set(['high', 'medium', 'low']);

/** Everything about one event below its title, in reading order. */
export function EventBody({ item: { event }, context }: EventBodyProps) {
  const { messages } = context;
  const dateNote = text(event.dateNote);
  const summary = text(event.summary);
  const confidence = typeof event.confidence === 'string' && CONFIDENCE.has(event.confidence) ? event.confidence : null;
  const media = objects(event.media);
  return (
    <>
      <p className="fp-event__meta">
        <EventTime event={event} context={context} />
        <ReaderTime event={event} context={context} /> <CategoryLabel category={event.category} context={context} />
      </p>
      {dateNote && (
        <p className="fp-event__date-note">
          <span className="fp-label">{messages.dateNoteLabel}</span> <bdi>{dateNote}</bdi>
        </p>
      )}
      <ActorLine event={event} context={context} />
      <PlaceLine event={event} context={context} />
      {summary && (
        // Text from the data, maybe in another script than the page: isolated, so its punctuation stays put.
        <p className="fp-event__summary">
          <bdi>{summary}</bdi>
        </p>
      )}
      {confidence && (
        <p className="fp-event__confidence" data-confidence={confidence}>
          <span className="fp-label">{messages.confidenceLabel}</span> {messages.confidence[confidence]}
          {text(event.confidenceNote) && (
            <>
              . <bdi>{text(event.confidenceNote)}</bdi>
            </>
          )}
        </p>
      )}
      <CasualtyReports event={event} context={context} />
      <DisputeList event={event} context={context} />
      {media.length > 0 && (
        <>
          <Heading level={context.headingLevel + 1} className="fp-event__section-heading">
            {messages.mediaHeading}
          </Heading>
          {media.map((m, i) => (
            <MediaFigure key={i} media={m} context={context} />
          ))}
        </>
      )}
      <SourceLinks ids={event.sources} context={context} timeZone={context.zoneOf(event)} />
      <RelatedLinks event={event} context={context} />
    </>
  );
}
