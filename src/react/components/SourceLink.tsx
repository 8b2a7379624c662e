import type { Source } from '../../schema/index';
import { isHttpUrl } from '../../schema/urls';
import { formatDateValue } from '../../i18n/index';
import type { EventListContext } from './eventListContext';
import { text } from './safeData';

export interface SourceLinkProps {
  source: Source;
  context: EventListContext;
  /** Zone for a source date that has a time (the event's place). */
  timeZone: string;
  /** "full": outlet, title and date; "outlet": the outlet's name only, for inline lists. */
  variant?: 'full' | 'outlet';
  /** Words after the outlet's name that tell two links apart ("10 November 2023"). */
  qualifier?: string;
}

/** A source: a link only for http(s) URLs (with rel="noopener noreferrer"), plain text otherwise. */
export function SourceLink({ source, context, timeZone, variant = 'full', qualifier }: SourceLinkProps) {
  // Outlet and title are names from the data, often in another script than the page: each is isolated.
  const title = variant === 'full' ? text(source.title) : '';
  const label = (
    <>
      <bdi>{text(source.outlet) || text(source.id)}</bdi>
      {qualifier && ` (${qualifier})`}
      {title && (
        <>
          {': '}
          <bdi>{title}</bdi>
        </>
      )}
    </>
  );
  const url = typeof source.url === 'string' && isHttpUrl(source.url) ? source.url : undefined;
  const date =
    variant === 'full' && typeof source.date === 'string'
      ? formatDateValue(source.date, { locale: context.locale, timeZone, messages: context.messages, precision: 'day' })
      : '';
  return (
    <>
      {url ? (
        <a className="fp-source__link" href={url} rel="noopener noreferrer">
          {label}
        </a>
      ) : (
        label
      )}
      {date && (
        <>
          {', '}
          <time className="fp-source__date" dateTime={source.date}>
            {date}
          </time>
        </>
      )}
    </>
  );
}
