import { useCallback, useMemo } from 'react';
import type { Dataset } from '../../schema/dataset';
import type { TimelineEvent } from '../../schema/event';
import type { Domain, EventExtent, Mark } from '../../layout/types';
import { causalLinks } from '../../layout/causalLinks';
import type { Messages } from '../../i18n/messages';
import { formatDayRange } from '../../i18n/formatDayRange';
import { interpolate } from '../../i18n/interpolate';
import { listFormat, numberFormat } from '../../i18n/intl';
import { formatDateValue } from '../../i18n/formatEventDate';

export interface MarkWords {
  /**
   * A mark's accessible name: title, day, category, how far its figures hold, and its cause → response
   * relations ("Retaliation for: Tower 22 drone attack"); or a cluster's count and span.
   */
  markLabel: (mark: Mark) => string;
  /** The graphic's accessible name: what it shows, how many events, from when to when. */
  summary: string;
  /** An event's title and day, as its mark says them (for the live region). */
  describeEvent: (id: string) => { title: string; date: string };
  /** A number in the locale's digits (a cluster's visible count matches its name). */
  formatCount: (count: number) => string;
}

/** Cluster labels kept between frames (see markLabel). */
const CLUSTER_LABELS_KEPT = 4096;
/** Relations named in a mark's name; the rest are counted ("and 3 more"). */
const NAMED_RELATIONS = 2;

type RelationKey = keyof Messages['relation'];

/**
 * Each event's cause → response relations, from its own side: what it answered ("Retaliation for:",
 * "Responds to:") first, then what answered it ("Answered by:", "Prompted:"). Recorded on either event.
 */
function relationsById(events: readonly TimelineEvent[]): Map<string, { key: RelationKey; id: string }[]> {
  const byId = new Map<string, { key: RelationKey; id: string }[]>();
  const add = (id: string, relation: { key: RelationKey; id: string }) => {
    const list = byId.get(id);
    if (list) list.push(relation);
    else byId.set(id, [relation]);
  };
  const links = causalLinks(events);
  for (const link of links) {
    add(link.toId, { key: link.type === 'responds_to' ? 'responds_to' : 'retaliates_for', id: link.fromId });
  }
  for (const link of links) {
    add(link.fromId, { key: link.type === 'responds_to' ? 'prompted' : 'retaliated_by', id: link.toId });
  }
  return byId;
}

/** The words assistive technology hears for the graphic and its marks, all through Intl in the axis zone. */
export function useMarkWords(options: {
  dataset: Dataset;
  eventsById: ReadonlyMap<string, TimelineEvent>;
  extents: ReadonlyMap<string, EventExtent>;
  bounds: Domain;
  locale: string;
  timeZone: string;
  messages: Messages;
}): MarkWords {
  const { dataset, eventsById, extents, bounds, locale, timeZone, messages } = options;
  const formatDay = useCallback(
    (time: number) => formatDateValue(new Date(time).toISOString(), { precision: 'day', locale, timeZone, messages }),
    [locale, timeZone, messages],
  );
  // Worked out when a mark is first described, not at mount: a pass over every event's links.
  const relations = useMemo(() => {
    let byId: ReturnType<typeof relationsById> | null = null;
    return { get: (id: string) => (byId ??= relationsById(dataset.events)).get(id) };
  }, [dataset]);

  const relationWords = useCallback(
    (id: string): string => {
      const list = relations.get(id) ?? [];
      if (!list.length) return '';
      const and = listFormat(locale, 'conjunction');
      // The first two, grouped by relation: "Answered by: A and B".
      const groups = new Map<RelationKey, string[]>();
      for (const { key, id: other } of list.slice(0, NAMED_RELATIONS)) {
        groups.set(key, [...(groups.get(key) ?? []), eventsById.get(other)?.title ?? other]);
      }
      const parts = [...groups].map(([key, titles]) => `${messages.relation[key]} ${and.format(titles)}`);
      const more = list.length - NAMED_RELATIONS;
      if (more > 0) parts.push(interpolate(messages.relationsMore, { count: numberFormat(locale).format(more) }));
      return and.format(parts);
    },
    [relations, eventsById, messages, locale],
  );

  const describeEvent = useCallback(
    (id: string) => {
      const event = eventsById.get(id);
      const start = extents.get(id)?.start;
      // An event the filters hide has no extent in the frame: its own date string, read in the same zone.
      const date =
        start !== undefined
          ? formatDay(start)
          : event
            ? formatDateValue(event.start, { precision: 'day', locale, timeZone, messages })
            : '';
      return { title: event?.title ?? id, date };
    },
    [eventsById, extents, formatDay, locale, timeZone, messages],
  );

  // Clusters' labels by count and span: while zooming and panning most clusters come back the same, and an Intl
  // range format costs tens of µs (a hundred clusters a frame). Bounded: cleared past CLUSTER_LABELS_KEPT.
  const clusterLabels = useMemo(() => new Map<string, string>(), [messages, locale, timeZone]);
  const markLabel = useCallback(
    (mark: Mark) => {
      if (mark.type === 'cluster') {
        const key = `${mark.count} ${mark.domain[0]} ${mark.domain[1]}`;
        let label = clusterLabels.get(key);
        if (label === undefined) {
          if (clusterLabels.size >= CLUSTER_LABELS_KEPT) clusterLabels.clear();
          label = interpolate(messages.clusterLabel, {
            count: numberFormat(locale).format(mark.count),
            range: formatDayRange(mark.domain[0], mark.domain[1], { locale, timeZone }),
          });
          clusterLabels.set(key, label);
        }
        return label;
      }
      const { title, date } = describeEvent(mark.id);
      const label = interpolate(messages.markLabel, {
        title,
        date,
        category: messages.category[mark.category as keyof typeof messages.category] ?? mark.category,
      });
      const withFigures =
        mark.figures && mark.figures !== 'none' ? `${label}, ${messages.markFigures[mark.figures]}` : label;
      const related = relationWords(mark.id);
      return related ? `${withFigures}. ${related}` : withFigures;
    },
    [describeEvent, relationWords, messages, locale, timeZone, clusterLabels],
  );
  const summary = interpolate(messages.timelineSummary, {
    title: dataset.title,
    count: numberFormat(locale).format(dataset.events.length),
    range: formatDayRange(bounds[0], bounds[1], { locale, timeZone }),
  });
  const formatCount = useCallback((count: number) => numberFormat(locale).format(count), [locale]);
  return { markLabel, summary, describeEvent, formatCount };
}
