import { useCallback, useId, useMemo, useRef, type MouseEvent } from 'react';
import type { Dataset } from '../../schema/index';
import { layoutVertical } from '../../layout/layoutVertical';
import { formatGapLater } from '../../i18n/formatDuration';
import { interpolate } from '../../i18n/interpolate';
import { resolveTimeZone } from '../../i18n/intl';
import type { MessageOverrides } from '../../i18n/messages';
import type { TimeDisplay } from '../../i18n/displayZone';
import { useCardNavigation } from '../hooks/useCardNavigation';
import { useControllableState } from '../hooks/useControllableState';
import { useEventHash } from '../hooks/useEventHash';
import { useLocaleSettings } from '../hooks/useLocaleSettings';
import { useScrollSpy } from '../hooks/useScrollSpy';
import { useScrollAnchor } from '../hooks/useScrollAnchor';
import { useTimeDisplay } from '../hooks/useTimeDisplay';
import { buildEventListContext, type EventListContext, type ListedEvent } from './eventListContext';
import { Heading } from './Heading';
import { cx, objects, text } from './safeData';
import { VerticalCard } from './VerticalCard';
import { verticalCardOrder } from './verticalCardOrder';
import { VerticalGap } from './VerticalGap';
import { VerticalPhase } from './VerticalPhase';
import { ThemeScope } from './ThemeScope';
import { useNewEvents, type HighlightSinceProps } from '../hooks/useNewEvents';
import { NewEventsContext } from '../hooks/newEventsContext';
import { GraphicGuard } from './GraphicGuard';
import { LiveRegion } from './LiveRegion';
import { useNewEventsAnnouncement } from '../hooks/useNewEventsAnnouncement';
import { formatPlural } from '../../i18n/mapMessages';
import type { GraphicProps } from './graphicErrors';
import { elementByIdWithin } from '../dom/elementWithin';

const NONE_NEW: ReadonlySet<string> = new Set();

export interface VerticalTimelineProps extends GraphicProps, HighlightSinceProps {
  /** A validated dataset (parseDataset / safeParseDataset). */
  dataset: Dataset;
  /** Words to replace, by key (see `en` in the i18n messages); the rest come from the locale's catalogue. */
  messages?: MessageOverrides;
  /** IANA zone of events whose place names none. Default: the dataset's. */
  timeZone?: string;
  /** Which clock times are shown in: each event's place (default), the reader's zone (after mount), or UTC. */
  timeDisplay?: TimeDisplay;
  /** The selected event (controlled); null for none. */
  selectedId?: string | null;
  /** The event selected at first (uncontrolled). */
  defaultSelectedId?: string | null;
  onSelectedIdChange?: (id: string | null) => void;
  /**
   * Quiet stretches longer than this (ms) become a break ("3 weeks later"). Default: four times the
   * median gap between events, at least a week.
   */
  gapThreshold?: number;
  /** Heading level of the title (the dataset's); event titles use the next one. 0 hides the title. Default 2. */
  headingLevel?: number;
  /** Write the selected event into the page URL as `#event=<id>`. Reading it always works. Default false. */
  syncHash?: boolean;
  /**
   * Shown by `Timeline` below its `verticalBelow` width, inside its own titled section: the root is then a plain
   * `<div>` (not a second landmark with the same name) and the title is not repeated; cards keep their heading
   * level below `headingLevel`.
   */
  embedded?: boolean;
  className?: string;
}

const CARD_SELECTOR = '.fp-vertical__card';
const INTERACTIVE = 'a, button, summary, input, select, textarea, label, audio, video';

/** The VerticalTimeline itself; `VerticalTimeline` puts it behind its error boundary. */
function VerticalTimelineGraphic(props: VerticalTimelineProps) {
  const { dataset, timeZone, gapThreshold, headingLevel = 2, syncHash = false, embedded = false, className } = props;
  const { locale, calendar, numberingSystem, dir, theme, messages: overrides } = props;
  const settings = useLocaleSettings({ locale, calendar, numberingSystem, dir, theme, messages: overrides });
  const { tag, messages, rootAttributes } = settings;
  const time = useTimeDisplay(props.timeDisplay);
  const prefix = `fp${useId().replace(/[^A-Za-z0-9_-]/g, '')}`;
  const listRef = useRef<HTMLOListElement>(null);
  const [selectedId, setSelectedId] = useControllableState(
    props.selectedId,
    props.defaultSelectedId ?? null,
    props.onSelectedIdChange,
  );

  const cardLevel = Math.min(6, Math.max(2, headingLevel + 1));
  const built = useMemo(
    () =>
      buildEventListContext(dataset, {
        locale: tag,
        timeZone,
        messages,
        headingLevel: cardLevel,
        idPrefix: `${prefix}-v`,
        timeDisplay: time.display,
        readerTimeZone: time.readerTimeZone,
      }),
    [dataset, tag, timeZone, messages, cardLevel, prefix, time.display, time.readerTimeZone],
  );
  const listed = built.events;
  const phases = useMemo(() => objects(dataset?.phases), [dataset]);
  const newEvents = useNewEvents(dataset, props, { locale: tag, timeZone, messages });
  // Inside a Timeline its live region says it; on its own, this graphic says it.
  const newAnnouncement = useNewEventsAnnouncement(embedded ? NONE_NEW : newEvents.ids, (count) =>
    formatPlural(messages.announceNew, count, tag, { since: newEvents.sinceText }),
  );
  const layout = useMemo(
    () =>
      layoutVertical(
        listed.map((item) => item.event),
        { timeZone: resolveTimeZone(timeZone, dataset?.timeZone), gapThreshold, phases },
      ),
    [listed, timeZone, dataset, gapThreshold, phases],
  );

  const { keys, sectionStarts, keyOfEvent } = useMemo(() => verticalCardOrder(layout.items, listed), [layout, listed]);

  const selected = selectedId !== null && keyOfEvent.has(selectedId) ? selectedId : null;
  const current = useScrollSpy(listRef, keys, { selector: CARD_SELECTOR });
  // An update that adds or removes cards above the one being read leaves the reader where they were.
  useScrollAnchor(listRef, keys);
  const eventOfKey = useMemo(() => new Map([...keyOfEvent].map(([id, key]) => [key, id])), [keyOfEvent]);

  const onActivate = useCallback(
    (key: string) => {
      const id = eventOfKey.get(key);
      if (id !== undefined) setSelectedId(id);
    },
    [eventOfKey, setSelectedId],
  );
  const onEscape = useCallback(() => {
    if (selected === null) return false;
    setSelectedId(null);
    return true;
  }, [selected, setSelectedId]);
  const nav = useCardNavigation({
    listRef,
    keys,
    sectionStarts,
    preferredKey: selected !== null ? (keyOfEvent.get(selected) ?? null) : null,
    dir: settings.dir,
    onActivate,
    onEscape,
  });
  const { focusCard } = nav;

  /** A related event's button: select it and take focus to its card, as following a link would. */
  const followEvent = useCallback(
    (id: string) => {
      setSelectedId(id);
      const key = keyOfEvent.get(id);
      if (key) focusCard(key);
    },
    [setSelectedId, keyOfEvent, focusCard],
  );
  // A deep link (#event=<id>) selects the event and scrolls to its card; focus stays where the page put it.
  useEventHash({
    hasEvent: (id) => keyOfEvent.has(id),
    selectedId: selected,
    onHashEvent: (id) => {
      setSelectedId(id);
      const key = keyOfEvent.get(id);
      const card = key ? elementByIdWithin(listRef.current, key) : null;
      card?.scrollIntoView({ block: 'start', behavior: 'instant' });
    },
    syncHash,
  });

  const context = useMemo<EventListContext>(
    () => ({ ...built.context, readerTimeZone: time.readerTimeZone, onSelectEvent: followEvent }),
    [built.context, time.readerTimeZone, followEvent],
  );

  // A click on a card's text selects it; its links and buttons, and selecting text, keep their own meaning.
  const onCardClick = useCallback(
    (event: MouseEvent<HTMLElement>, item: ListedEvent) => {
      const target = event.target instanceof Element ? event.target : null;
      if (!item.eventId || target?.closest(INTERACTIVE)) return;
      if (event.currentTarget.ownerDocument.getSelection()?.isCollapsed === false) return;
      setSelectedId(item.eventId);
    },
    [setSelectedId],
  );

  const title = text(dataset?.title);
  const headingId = `${prefix}-title`;
  const Root = embedded ? 'div' : 'section';
  return (
    <ThemeScope theme={settings.theme}>
      <NewEventsContext.Provider value={newEvents}>
        <Root
          {...rootAttributes}
          className={cx('fp-root', 'fp-vertical', className)}
          data-fp="vertical-timeline"
          aria-labelledby={!embedded && headingLevel > 0 ? headingId : undefined}
          aria-label={embedded || headingLevel > 0 ? undefined : title || undefined}
        >
          {!embedded && headingLevel > 0 && (
            <Heading level={headingLevel} id={headingId} className="fp-vertical__title">
              {title}
            </Heading>
          )}
          <ol
            ref={listRef}
            className="fp-event-list fp-vertical__list"
            aria-label={interpolate(messages.verticalLabel, { title: title || '—' })}
            data-count={listed.length}
            onFocus={nav.onListFocus}
            onBlur={nav.onListBlur}
          >
            {listed.length === 0 && <li className="fp-event-list__empty">{messages.noEvents}</li>}
            {layout.items.map((item) => {
              if (item.type === 'gap') {
                return (
                  <VerticalGap key={item.key} kind="gap" label={formatGapLater(item, { locale: tag, messages })} />
                );
              }
              if (item.type === 'undated') {
                return <VerticalGap key={item.key} kind="undated" label={messages.verticalUndated} />;
              }
              if (item.type === 'phase') return <VerticalPhase key={item.key} phase={phases[item.index]!} />;
              const entry = listed[item.index]!;
              return (
                <VerticalCard
                  key={entry.elementId}
                  item={entry}
                  context={context}
                  space={item.space}
                  tabbable={nav.tabKey === entry.elementId}
                  current={current === entry.elementId}
                  selected={entry.eventId !== undefined && entry.eventId === selected}
                  onKeyDown={nav.onCardKeyDown}
                  onClick={onCardClick}
                />
              );
            })}
          </ol>
          {!embedded && <LiveRegion message={newAnnouncement} />}
        </Root>
      </NewEventsContext.Provider>
    </ThemeScope>
  );
}

/**
 * The phone and story layout of the escalation timeline: time runs down the page, one card per event
 * with everything the detail panel shows, long quiet stretches compressed into a break ("3 weeks later"),
 * and phase starts marked. The card on the reading line is highlighted as the reader scrolls. Keys as in
 * the horizontal timeline: the list is one tab stop; ↓/↑ (and →/←, mirrored in right-to-left), Home/End,
 * Page Down/Up to the next break, Enter or Space selects, Esc clears.
 */
export function VerticalTimeline(props: VerticalTimelineProps) {
  return (
    <GraphicGuard component="VerticalTimeline" props={props}>
      {(dataset) => <VerticalTimelineGraphic {...props} dataset={dataset} />}
    </GraphicGuard>
  );
}
