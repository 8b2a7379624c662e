import { forwardRef, useId, useMemo, type KeyboardEvent } from 'react';
import type { Dataset } from '../../schema/index';
import { knownTimeZone, type MessageOverrides } from '../../i18n/index';
import type { TimeDisplay } from '../../i18n/displayZone';
import { DEFAULT_LOCALE, useLocaleSettings } from '../hooks/useLocaleSettings';
import { useTimeDisplay } from '../hooks/useTimeDisplay';
import { CloseButton } from './CloseButton';
import { EventBody } from './EventBody';
import { ErrorBoundary } from './ErrorBoundary';
import { buildEventListContext, type EventListContext } from './eventListContext';
import { Heading } from './Heading';
import { clampLevel, cx, text } from './safeData';
import { ThemeScope } from './ThemeScope';
import { GraphicBoundary } from './GraphicBoundary';
import type { GraphicProps } from './graphicErrors';

export type EventDetailLayout = 'panel' | 'sheet';

export interface EventDetailProps extends GraphicProps {
  /** The dataset the event belongs to, as returned by `parseDataset` or `safeParseDataset`. */
  dataset: Dataset;
  /** The event to show; `null`, or an id the dataset does not have, shows a short "select an event" hint. */
  eventId: string | null | undefined;
  /** IANA zone for events whose place names no zone (instead of the dataset's); an event's own zone always wins. */
  timeZone?: string;
  /**
   * Which clock times are shown in: the event's place ("place", default), the reader's zone ("reader",
   * applied after mount), or "utc". Times of day always name their zone.
   */
  timeDisplay?: TimeDisplay;
  /**
   * The reader's IANA zone: date-times are then also given in it when it differs from the place's.
   * Never guessed during render (server and browser would disagree): pass it after mount.
   */
  readerTimeZone?: string;
  /** Called with an event id when the reader picks a related event ("Retaliation for: …"). */
  onSelectEvent: (id: string) => void;
  /** Called by the close button and by Esc inside the detail; without it there is no close button. */
  onClose?: () => void;
  /** "panel": beside the graphic on wide containers; "sheet": a bottom sheet on narrow ones. Default "panel". */
  layout?: EventDetailLayout;
  /** Heading level of the event's title (1–6); its sections use the next level. Default 3. */
  headingLevel?: number;
  /** Extra class names for the root element, next to `fp-event-detail`. */
  className?: string;
  /** Words to replace, by key (see `en` in flashpoint's i18n messages); the rest stay English. */
  messages?: MessageOverrides;
}

export const EVENT_DETAIL_DEFAULT_LOCALE = DEFAULT_LOCALE;

/** The EventDetail itself; `EventDetail` puts it behind its error boundary. */
const EventDetailGraphic = forwardRef<HTMLElement, EventDetailProps>(function EventDetailGraphic(
  {
    dataset,
    eventId,
    locale = EVENT_DETAIL_DEFAULT_LOCALE,
    calendar,
    numberingSystem,
    dir,
    theme,
    timeZone,
    timeDisplay: wantedDisplay,
    readerTimeZone,
    onSelectEvent,
    onClose,
    layout = 'panel',
    headingLevel = 3,
    className,
    messages: overrides,
  },
  ref,
) {
  const prefix = `fp-${useId().replace(/[^A-Za-z0-9_-]/g, '')}-detail`;
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
  const display = useTimeDisplay(wantedDisplay, readerTimeZone);
  const built = useMemo(
    () =>
      buildEventListContext(dataset, {
        locale: tag,
        timeZone,
        messages,
        headingLevel: level,
        idPrefix: prefix,
        timeDisplay: display.display,
        readerTimeZone: display.readerTimeZone,
      }),
    [dataset, tag, timeZone, messages, level, prefix, display.display, display.readerTimeZone],
  );
  const item = typeof eventId === 'string' ? built.events.find((e) => e.eventId === eventId) : undefined;
  const context: EventListContext = {
    ...built.context,
    readerTimeZone: knownTimeZone(readerTimeZone),
    onSelectEvent: (id) => {
      if (typeof onSelectEvent === 'function') onSelectEvent(id);
    },
  };
  const close = typeof onClose === 'function' ? onClose : undefined;
  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (e.key !== 'Escape' || !close || e.defaultPrevented) return;
    e.preventDefault();
    e.stopPropagation();
    close();
  };
  const titleId = `${prefix}-title`;
  const title = item ? text(item.event.title) || item.eventId || '' : '';
  const closeButton = close && <CloseButton label={messages.detailClose} onClick={close} />;

  return (
    // The root is a focus target for the Timeline and listens for Esc bubbling from the controls inside it.
    <ThemeScope theme={themeInForce}>
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions */}
      <section
        {...rootAttributes}
        ref={ref}
        data-fp="event-detail"
        className={cx('fp-event-detail', className)}
        data-layout={layout === 'sheet' ? 'sheet' : 'panel'}
        data-state={item ? 'open' : 'empty'}
        data-event-id={item?.eventId}
        data-category={item ? text(item.event.category) || undefined : undefined}
        aria-labelledby={item ? titleId : undefined}
        tabIndex={-1}
        onKeyDown={onKeyDown}
      >
        {item ? (
          <>
            <div className="fp-event-detail__header">
              <Heading level={level} id={titleId} className="fp-event-detail__title">
                <bdi>{title}</bdi>
              </Heading>
              {closeButton}
            </div>
            <div className="fp-event-detail__body">
              <ErrorBoundary fallback={<p className="fp-event__unavailable">{messages.eventUnavailable}</p>}>
                <EventBody item={item} context={context} />
              </ErrorBoundary>
            </div>
          </>
        ) : (
          <div className="fp-event-detail__header">
            <p className="fp-event-detail__hint">{messages.detailHint}</p>
            {closeButton}
          </div>
        )}
      </section>
    </ThemeScope>
  );
});

/**
 * Everything about one event, as a region named by its title: the place's time (and the reader's),
 * category, who acted against whom, where, casualty reports with their status, disputes, media, sources,
 * and related events as buttons. Pure markup like EventList plus two handlers; no effects.
 *
 * The `ref` points at the root, which is focusable (`tabIndex={-1}`): the Timeline moves focus there when
 * the reader opens an event, and back to the mark on close. Esc anywhere inside calls `onClose`.
 */
export const EventDetail = forwardRef<HTMLElement, EventDetailProps>(function EventDetail(props, ref) {
  return (
    <GraphicBoundary component="EventDetail" props={props}>
      <EventDetailGraphic {...props} ref={ref} />
    </GraphicBoundary>
  );
});
