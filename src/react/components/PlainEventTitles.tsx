import type { Dataset } from '../../schema/dataset';
import { list, objects, text } from './safeData';

export interface PlainEventTitlesProps {
  dataset: Dataset | undefined;
}

/**
 * The last fallback: each event's date as written and its title, as plain text. Nothing here formats, sorts or
 * looks anything up, so whatever broke the richer list cannot break this one.
 */
export function PlainEventTitles({ dataset }: PlainEventTitlesProps) {
  const events = objects(list(dataset?.events));
  return (
    <ol className="fp-plain-events">
      {events.map((event, i) => {
        const start = text(event.start);
        return (
          <li key={i} className="fp-plain-events__item">
            {start && <time dateTime={start}>{start}</time>} <bdi>{text(event.title)}</bdi>
          </li>
        );
      })}
    </ol>
  );
}
