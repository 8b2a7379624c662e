import type { DatasetIssue } from '../../schema/DatasetIssue';
import { datePeriod } from '../../schema/epoch';
import { PRECISIONS, type Precision } from '../../schema/event';
import type { Location } from '../../schema/location';
import type { Media } from '../../schema/media';
import { isTimeZone } from '../../schema/timeZones';
import { htmlToText } from '../htmlToText';
import { readTimelineJsDate } from './readDate';
import { readTimelineJsMedia } from './readMedia';
import { firstWords, htmlToLine } from './text';
import { describeValue, isRecord, stringField } from './values';
import { parseOffset } from './zonedTime';

/** One slide read into our terms, before ids and lanes are assigned. */
export interface SlideDraft {
  /** Position of the slide in `events`. */
  index: number;
  /** Issues about this slide (the list given to `readSlide`), tagged with the event's id once it has one. */
  issues: DatasetIssue[];
  uniqueId?: string;
  start: string;
  precision: Precision;
  end?: string;
  /** The slide's own zone, when `toTimelineJS` recorded one. */
  timeZone?: string;
  dateNote?: string;
  title: string;
  summary?: string;
  media?: Media;
  group?: string;
  location?: Location;
}

export const UNTITLED_EVENT = 'Untitled event';

/** A made-up title for a slide without a headline, and the issue that says so. */
export function fallbackTitle(
  texts: string[],
  path: string,
  noun: string,
  untitled: string,
): DatasetIssue & { title: string } {
  const source = texts.find((text) => text.trim() !== '');
  if (source === undefined) {
    return { path, message: `the ${noun} has no headline and no text; it is called "${untitled}"`, title: untitled };
  }
  const title = firstWords(source);
  return { path, message: `the ${noun} has no headline; its title is made from its first words: "${title}"`, title };
}

function readLocation(raw: unknown, path: string, issues: DatasetIssue[]): Location | undefined {
  if (!isRecord(raw)) return undefined;
  const name = htmlToLine(stringField(raw, 'name'));
  const { lat, lon } = raw;
  const hasCoordinates =
    typeof lat === 'number' && typeof lon === 'number' && Math.abs(lat) <= 90 && Math.abs(lon) <= 180;
  if (!name) {
    if (hasCoordinates) {
      issues.push({
        path,
        message: `the place at ${lat}, ${lon} has no name, which Flashpoint needs to show it; it is left out`,
      });
    }
    return undefined;
  }
  return hasCoordinates ? { name, lat, lon } : { name };
}

function displayDate(slide: Record<string, unknown>): string | undefined {
  const own = stringField(slide, 'display_date');
  const parts =
    own !== undefined ? [own] : [slide.start_date, slide.end_date].map((d) => stringField(d, 'display_date'));
  const text = parts
    .filter((part): part is string => part !== undefined)
    .map(htmlToLine)
    .filter((part) => part !== '')
    .join(' – ');
  return text || undefined;
}

/**
 * Reads one TimelineJS slide, adding what it finds wrong to `own`. Null when it cannot become an event (not an
 * object, no readable start date). `timeZone` is the zone of wall-clock times for slides that record none.
 */
export function readSlide(slide: unknown, index: number, timeZone: string, own: DatasetIssue[]): SlideDraft | null {
  const at = `events[${index}]`;
  if (!isRecord(slide)) {
    own.push({ path: at, message: `expected a slide object, got ${describeValue(slide)}; it is left out` });
    return null;
  }
  const ext = isRecord(slide.flashpoint) ? slide.flashpoint : {};
  let zone = timeZone;
  let ownZone: string | undefined;
  if (typeof ext.timeZone === 'string' && isTimeZone(ext.timeZone)) zone = ownZone = ext.timeZone;
  else if (ext.timeZone !== undefined) {
    own.push({
      path: `${at}.flashpoint.timeZone`,
      message: `${describeValue(ext.timeZone)} is not an IANA time zone; the times are read in ${timeZone}`,
    });
  }

  const start = readTimelineJsDate(slide.start_date, {
    path: `${at}.start_date`,
    timeZone: zone,
    offsetMs: parseOffset(ext.startOffset),
    consequence: 'the event is left out',
    issues: own,
  });
  if (start.kind !== 'date') {
    if (start.kind === 'missing') {
      own.push({
        path: `${at}.start_date`,
        message: 'the slide has no start_date (every slide but the title needs one); it is left out',
      });
    }
    return null;
  }
  let precision = start.precision;
  if (typeof ext.precision === 'string' && PRECISIONS.includes(ext.precision as Precision)) {
    const wanted = ext.precision as Precision;
    if (PRECISIONS.indexOf(wanted) <= PRECISIONS.indexOf(precision)) precision = wanted;
  }

  const end = readTimelineJsDate(slide.end_date, {
    path: `${at}.end_date`,
    timeZone: zone,
    offsetMs: parseOffset(ext.endOffset),
    consequence: 'the end date is left out',
    issues: own,
  });
  let endValue = end.kind === 'date' ? end.value : undefined;
  if (endValue !== undefined) {
    const from = datePeriod(start.value, zone);
    const to = datePeriod(endValue, zone);
    if (from && to && to.end < from.start) {
      own.push({
        path: `${at}.end_date`,
        message: `the end (${endValue}) is before the start (${start.value}); the end date is left out`,
      });
      endValue = undefined;
    }
  }

  const text = slide.text;
  if (text !== undefined && text !== null && !isRecord(text)) {
    own.push({
      path: `${at}.text`,
      message: `expected { "headline", "text" }, got ${describeValue(text)}; it is ignored`,
    });
  }
  const summary = htmlToText(stringField(text, 'text') ?? '');
  const caption = htmlToText(stringField(slide.media, 'caption') ?? '');
  let title = htmlToLine(stringField(text, 'headline'));
  if (!title) {
    const { title: made, ...issue } = fallbackTitle([summary, caption], `${at}.text.headline`, 'slide', UNTITLED_EVENT);
    own.push(issue);
    title = made;
  }
  const media = readTimelineJsMedia(slide.media, `${at}.media`, title, own);
  const location = readLocation(slide.location, `${at}.location`, own);
  const group = htmlToLine(stringField(slide, 'group'));
  const dateNote = displayDate(slide);
  const uniqueId = stringField(slide, 'unique_id');
  return {
    index,
    issues: own,
    start: start.value,
    precision,
    title,
    ...(uniqueId !== undefined && { uniqueId }),
    ...(endValue !== undefined && { end: endValue }),
    ...(ownZone !== undefined && { timeZone: ownZone }),
    ...(dateNote !== undefined && { dateNote }),
    ...(summary && { summary }),
    ...(media && { media }),
    ...(group && { group }),
    ...(location && { location }),
  };
}
