import type { Dataset } from '../schema/dataset';
import { dateForm } from '../schema/dates';
import type { Precision, TimelineEvent } from '../schema/event';
import type { Media } from '../schema/media';
import { escapeHtml, htmlToLine, textToHtml } from './timelinejs/text';
import type {
  FlashpointSlideExtension,
  TimelineJsEra,
  TimelineJsMedia,
  TimelineJsSlide,
  TimelineJsTimeline,
} from './timelinejs/types';
import { writeTimelineJsDate } from './timelinejs/writeDate';

export type {
  TimelineJsDate,
  TimelineJsEra,
  TimelineJsMedia,
  TimelineJsSlide,
  TimelineJsTimeline,
} from './timelinejs/types';

const FORM_PRECISION: Record<string, Precision> = { year: 'year', month: 'month', day: 'day', datetime: 'minute' };

/** Alt text is a plain-text property in TimelineJS: written as is, escaped only when it would read as markup. */
function plainAlt(alt: string): string {
  return htmlToLine(alt) === alt ? alt : escapeHtml(alt);
}

function writeMedia(media: Media): TimelineJsMedia {
  return {
    url: media.url,
    alt: plainAlt(media.alt),
    ...(media.caption && { caption: textToHtml(media.caption) }),
    ...(media.credit && { credit: textToHtml(media.credit) }),
  };
}

function writeSlide(event: TimelineEvent, dataset: Dataset, actorNames: Map<string, string>): TimelineJsSlide | null {
  const zone = event.timeZone ?? dataset.timeZone;
  const precision = event.precision ?? FORM_PRECISION[dateForm(event.start) ?? 'day']!;
  const start = writeTimelineJsDate(event.start, zone, precision === 'hour');
  if (!start) return null;
  const end = event.end === undefined ? null : writeTimelineJsDate(event.end, zone, precision === 'hour');
  const ext: FlashpointSlideExtension = {};
  if (event.timeZone !== undefined) ext.timeZone = event.timeZone;
  if (precision !== start.precision) ext.precision = precision;
  if (start.offset) ext.startOffset = start.offset;
  if (end?.offset) ext.endOffset = end.offset;
  const actor = event.actors[0];
  const media = event.media[0];
  return {
    unique_id: event.id,
    start_date: start.date,
    ...(end && { end_date: end.date }),
    text: {
      headline: textToHtml(event.title),
      ...(event.summary && { text: textToHtml(event.summary) }),
    },
    ...(media && { media: writeMedia(media) }),
    ...(actor !== undefined && { group: escapeHtml(actorNames.get(actor) ?? actor) }),
    ...(Object.keys(ext).length > 0 && { flashpoint: ext }),
  };
}

function writeEra(phase: Dataset['phases'][number], timeZone: string): TimelineJsEra | null {
  const start = writeTimelineJsDate(phase.start, timeZone, false);
  const end = writeTimelineJsDate(phase.end, timeZone, false);
  if (!start || !end) return null;
  return {
    unique_id: phase.id,
    start_date: start.date,
    end_date: end.date,
    text: {
      headline: textToHtml(phase.title),
      ...(phase.description && { text: textToHtml(phase.description) }),
    },
  };
}

/**
 * A dataset as a TimelineJS3 timeline (https://timeline.knightlab.com/docs/json-format.html), ready for
 * `JSON.stringify` and `new TL.Timeline(element, data)`.
 *
 * - Title slide: the dataset's title and description. Eras: the phases.
 * - Each event becomes a slide: `unique_id` = id; `start_date`/`end_date` = the dates as wall-clock times in the
 *   event's zone (its `timeZone`, else the dataset's), with only the parts its precision gives (a time on the hour
 *   with precision 'hour' has no minute); `text.headline`/`text.text` = title and summary, escaped into HTML
 *   (`&`, `<`, `>`, quotes; blank lines become paragraphs, line breaks `<br>`); `media` = the first media item
 *   (url, caption, credit, alt); `group` = the name of the first actor, so TimelineJS draws a row per actor.
 * - What TimelineJS cannot say about dates goes into a `flashpoint` object on the slide (and one on the timeline
 *   for the dataset's zone), which TimelineJS ignores and `fromTimelineJS` reads: the event's zone, a precision
 *   coarser than the parts written, and the offset of a time in the hour that occurs twice when clocks go back.
 *
 * Not carried (TimelineJS has no place for them): category, targets, other actors, location, casualties,
 * disputes, related links, sources, media after the first and media kind, approximate, dateNote, confidence,
 * significance, tags, aggregates, corrections, credit and the dataset's actors and sources as such.
 */
export function toTimelineJS(dataset: Dataset): TimelineJsTimeline {
  const actorNames = new Map(dataset.actors.map((actor) => [actor.id, actor.name]));
  const events = dataset.events
    .map((event) => writeSlide(event, dataset, actorNames))
    .filter((slide): slide is TimelineJsSlide => slide !== null);
  const eras = dataset.phases
    .map((phase) => writeEra(phase, dataset.timeZone))
    .filter((era): era is TimelineJsEra => era !== null);
  return {
    scale: 'human',
    title: {
      text: {
        headline: textToHtml(dataset.title),
        ...(dataset.description && { text: textToHtml(dataset.description) }),
      },
    },
    events,
    ...(eras.length > 0 && { eras }),
    flashpoint: { timeZone: dataset.timeZone },
  };
}
