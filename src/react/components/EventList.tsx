import { useId, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Dataset } from '../../schema/index';
import { interpolate, type MessageOverrides } from '../../i18n/index';
import { numberFormat } from '../../i18n/intl';
import type { TimeDisplay } from '../../i18n/displayZone';
import { DEFAULT_LOCALE, useLocaleSettings } from '../hooks/useLocaleSettings';
import { useTimeDisplay } from '../hooks/useTimeDisplay';
import { usePrinting } from '../hooks/usePrinting';
import { buildEventListContext } from './eventListContext';
import { EventItem } from './EventItem';
import { Heading } from './Heading';
import { clampLevel, cx, text } from './safeData';
import { ThemeScope } from './ThemeScope';
import { useNewEvents, type HighlightSinceProps } from '../hooks/useNewEvents';
import { NewEventsContext } from '../hooks/newEventsContext';
import { useKeptListFocus } from '../hooks/useKeptListFocus';
import { GraphicBoundary } from './GraphicBoundary';
import { PlainEventTitles } from './PlainEventTitles';
import type { GraphicProps } from './graphicErrors';

export interface EventListProps extends GraphicProps, HighlightSinceProps {
  /** The events to list, as returned by `parseDataset` or `safeParseDataset`. */
  dataset: Dataset;
  /** IANA zone for events whose place names no zone (instead of the dataset's); an event's own zone always wins. */
  timeZone?: string;
  /**
   * Which clock times are shown in: each event's place ("place", default), the reader's zone ("reader",
   * applied after mount, so server and first render show "place"), or "utc". Times of day always name their zone.
   */
  timeDisplay?: TimeDisplay;
  /** Heading level of each event title (1–6); the sections inside an event use the next level. Default 3. */
  headingLevel?: number;
  /**
   * Show this many events, then a "Show more" button (for very large datasets: rendering 10,000 articles
   * takes seconds). Default: every event. Printing always shows every event (expanded on `beforeprint`).
   */
  pageSize?: number;
  /** A visible heading just before the list, one level above the event titles; it also names the list. */
  heading?: ReactNode;
  /** Prefix of element ids and in-page links ("<prefix>-event-<id>"); default: unique per list, from React's useId. */
  idPrefix?: string;
  /** Extra class names for the `<ol>`, next to `fp-event-list`. */
  className?: string;
  /** Accessible name of the list; default "<dataset title>: events in time order". */
  'aria-label'?: string;
  /** Id of an element on the page that names the list (wins over `heading` and `aria-label`). */
  'aria-labelledby'?: string;
  /** Words to replace, by key (see `en` in flashpoint's i18n messages); the rest stay English. */
  messages?: MessageOverrides;
}

export const EVENT_LIST_DEFAULT_LOCALE = DEFAULT_LOCALE;

/** Keeps what is safe in an id: letters, digits, "-" and "_". */
function cleanPrefix(value: string): string {
  return value.replace(/[^A-Za-z0-9_-]/g, '');
}

/** The EventList itself; `EventList` puts it behind its error boundary. */
function EventListGraphic({
  dataset,
  locale = EVENT_LIST_DEFAULT_LOCALE,
  calendar,
  numberingSystem,
  dir,
  theme,
  timeZone,
  timeDisplay: wantedDisplay,
  headingLevel = 3,
  heading,
  idPrefix,
  className,
  'aria-label': ariaLabel,
  'aria-labelledby': ariaLabelledBy,
  messages: overrides,
  pageSize,
  highlightSince,
  eventAddedAt,
}: EventListProps) {
  const reactId = useId();
  const listRef = useRef<HTMLOListElement>(null);
  const auto = `fp-${cleanPrefix(reactId)}`;
  const prefix = (idPrefix !== undefined && cleanPrefix(String(idPrefix))) || auto;
  const level = clampLevel(headingLevel);
  const {
    tag,
    messages,
    rootAttributes,
    theme: themeInForce,
  } = useLocaleSettings({
    locale,
    calendar,
    numberingSystem,
    dir,
    theme,
    messages: overrides,
  });
  const { display, readerTimeZone } = useTimeDisplay(wantedDisplay);
  const { context, events } = useMemo(
    () =>
      buildEventListContext(dataset, {
        locale: tag,
        timeZone,
        messages,
        headingLevel: level,
        idPrefix: prefix,
        timeDisplay: display,
        readerTimeZone,
      }),
    [dataset, tag, timeZone, messages, level, prefix, display, readerTimeZone],
  );

  const page = pageSize !== undefined && pageSize > 0 ? Math.floor(pageSize) : Infinity;
  const [shown, setShown] = useState(page);
  // Paper has no "Show more" button: a paged list prints every event.
  const printing = usePrinting(page !== Infinity);
  const visible = events.length > shown && !printing ? events.slice(0, shown) : events;
  const hidden = events.length - visible.length;
  const newEvents = useNewEvents(dataset, { highlightSince, eventAddedAt }, { locale: tag, timeZone, messages });
  const visibleIds = useMemo(() => visible.map((item) => item.elementId), [visible]);
  const keptFocus = useKeptListFocus(listRef, visibleIds);

  const headingId = `${prefix}-heading`;
  const hasHeading = heading !== undefined && heading !== null && heading !== false && heading !== '';
  const labelledBy = text(ariaLabelledBy) || (hasHeading ? headingId : undefined);
  const label = labelledBy
    ? undefined
    : text(ariaLabel) || interpolate(messages.eventListLabel, { title: text(dataset?.title) || '—' });

  const list = (
    <ol
      {...rootAttributes}
      ref={listRef}
      onFocus={keptFocus.onFocus}
      onBlur={keptFocus.onBlur}
      data-fp="event-list"
      className={cx('fp-event-list', className)}
      aria-label={label}
      aria-labelledby={labelledBy}
      data-count={events.length}
    >
      {events.length === 0 ? (
        <li className="fp-event-list__empty">{messages.noEvents}</li>
      ) : (
        visible.map((item) => <EventItem key={item.elementId} item={item} context={context} />)
      )}
    </ol>
  );
  const more =
    hidden > 0 ? (
      <button
        {...rootAttributes}
        type="button"
        className="fp-button fp-event-list__more"
        onClick={() => setShown(shown + page)}
      >
        {interpolate(messages.showMoreEvents, {
          count: numberFormat(tag).format(Math.min(page, hidden)),
          remaining: numberFormat(tag).format(hidden),
        })}
      </button>
    ) : null;
  return (
    <ThemeScope theme={themeInForce}>
      <NewEventsContext.Provider value={newEvents}>
        {hasHeading && (
          <Heading level={Math.max(1, level - 1)} id={headingId} className="fp-event-list__heading" {...rootAttributes}>
            {heading}
          </Heading>
        )}
        {list}
        {more}
      </NewEventsContext.Provider>
    </ThemeScope>
  );
}

/**
 * Every event of a dataset as an ordered list, in time order: the semantic baseline that screen readers,
 * search engines, print and readers without JavaScript get. Pure markup, no style attributes; effects only to
 * print the whole list when paged, and to keep focus in the list when an update removes the focused item.
 */
export function EventList(props: EventListProps) {
  return (
    <GraphicBoundary component="EventList" props={props} fallback={<PlainEventTitles dataset={props.dataset} />}>
      <EventListGraphic {...props} />
    </GraphicBoundary>
  );
}
