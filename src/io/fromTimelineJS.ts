import { BUILT_IN_CATEGORIES } from '../schema/builtInCategories';
import type { DatasetIssue } from '../schema/DatasetIssue';
import type { TimelineEventInput } from '../schema/event';
import { ID_PATTERN } from '../schema/primitives';
import { emptyDataset, safeParseDataset, type SafeParseResult } from '../schema/safeParseDataset';
import { isTimeZone } from '../schema/timeZones';
import { htmlToText } from './htmlToText';
import { assignEventIds, groupActors } from './timelinejs/assignIds';
import { toTimelineJsPath } from './timelinejs/issuePaths';
import { readEras } from './timelinejs/readEras';
import { fallbackTitle, readSlide, type SlideDraft } from './timelinejs/readSlide';
import { htmlToLine } from './timelinejs/text';
import { describeValue, isRecord, stringField } from './timelinejs/values';
import { readJsonRoot } from '../schema/readJsonRoot';

export interface FromTimelineJSOptions {
  /**
   * The IANA zone of the file's wall-clock times. TimelineJS dates have no zone, so `hour: 9` is read as 09:00
   * in this zone and stored with its offset (`…T09:00+03:00`). Default: the zone `toTimelineJS` recorded in the
   * file (`flashpoint.timeZone`), else `'UTC'`. It becomes the dataset's `timeZone`. A slide whose zone
   * `toTimelineJS` recorded (`flashpoint.timeZone` on the slide) is read in that zone, whatever this says.
   */
  timeZone?: string;
  /** The category of every event: TimelineJS has none. Default `'context'`; others are declared in `categories`. */
  category?: string;
}

const UNTITLED_TIMELINE = 'Untitled timeline';

function toRoot(json: unknown, issues: DatasetIssue[]): Record<string, unknown> | null {
  return readJsonRoot(
    json,
    issues,
    (value) => `a TimelineJS timeline must be an object with "events", got ${describeValue(value)}`,
  );
}

function resolveZone(options: FromTimelineJSOptions, root: Record<string, unknown>, issues: DatasetIssue[]): string {
  if (options.timeZone !== undefined) {
    if (isTimeZone(options.timeZone)) return options.timeZone;
    issues.push({
      path: '',
      message: `the time zone option ${describeValue(options.timeZone)} is not an IANA time zone`,
    });
  }
  const recorded = stringField(root.flashpoint, 'timeZone');
  return recorded !== undefined && isTimeZone(recorded) ? recorded : 'UTC';
}

function resolveCategory(options: FromTimelineJSOptions, issues: DatasetIssue[]): string {
  const { category } = options;
  if (category === undefined) return 'context';
  if (typeof category === 'string' && ID_PATTERN.test(category)) return category;
  issues.push({
    path: '',
    message: `the category option ${describeValue(category)} is not a usable id; "context" is used`,
  });
  return 'context';
}

function readTitle(root: Record<string, unknown>, issues: DatasetIssue[]): { title: string; description?: string } {
  const slide = root.title;
  if (!isRecord(slide)) {
    issues.push({ path: 'title', message: `the timeline has no title slide; it is called "${UNTITLED_TIMELINE}"` });
    return { title: UNTITLED_TIMELINE };
  }
  const description = htmlToText(stringField(slide.text, 'text') ?? '');
  let title = htmlToLine(stringField(slide.text, 'headline'));
  if (!title) {
    const made = fallbackTitle([description], 'title.text.headline', 'title slide', UNTITLED_TIMELINE);
    issues.push({ path: made.path, message: made.message });
    title = made.title;
  }
  return { title, ...(description && { description }) };
}

/**
 * Converts a TimelineJS3 timeline (the object, or its JSON text) into a dataset, keeping every slide that has a
 * readable start date and saying what was changed or left out, with paths into the TimelineJS file
 * (`events[7].start_date.month`). Never throws.
 *
 * - Dates: the finest part given sets the precision (`year` → `'YYYY'`, … hour and minute → a date-time with
 *   the offset of `options.timeZone`). A bad part makes the date coarser with an issue; a missing or unreadable
 *   year (or one outside 0–9999, as on the "cosmological" scale) leaves the event out. An end before the start is
 *   dropped. `display_date` (of the slide, else of its dates) becomes `dateNote`.
 * - Text: headline → `title` (one line of plain text), text → `summary` (plain text, paragraphs kept): see
 *   `htmlToText`. No markup survives; links keep their words and lose their addresses.
 * - Media: http(s) `url` only, `caption` and `credit` as plain text, `alt` from `alt`, `title`, the caption or the
 *   event title. Kind from the address (video and audio sites, image files; other pages are `document`).
 * - `group` → an actor per distinct group (id: its slug), listed in the event's `actors`.
 * - `eras` → phases; `unique_id` → id; the title slide → the dataset's title and description.
 * - Every event gets `options.category` (default `'context'`). No sources are made: credits stay on the media.
 */
export function fromTimelineJS(json: unknown, given: FromTimelineJSOptions = {}): SafeParseResult {
  const options: FromTimelineJSOptions = isRecord(given) ? given : {};
  const issues: DatasetIssue[] = [];
  const root = toRoot(json, issues);
  if (!root) return { dataset: emptyDataset(), issues };
  const timeZone = resolveZone(options, root, issues);
  const category = resolveCategory(options, issues);
  const meta = readTitle(root, issues);
  if (root.scale === 'cosmological') {
    issues.push({
      path: 'scale',
      message: 'the timeline uses the "cosmological" scale; Flashpoint keeps only events in the years 0–9999',
    });
  }

  const slides: { draft: SlideDraft | null; own: DatasetIssue[] }[] = [];
  if (root.events === undefined) {
    issues.push({ path: 'events', message: 'events is missing (a timeline needs a list of slides)' });
  } else if (!Array.isArray(root.events)) {
    issues.push({ path: 'events', message: `events must be a list of slides, got ${describeValue(root.events)}` });
  } else {
    root.events.forEach((slide: unknown, index) => {
      const own: DatasetIssue[] = [];
      slides.push({ draft: readSlide(slide, index, timeZone, own), own });
    });
  }
  const drafts = slides.flatMap(({ draft }) => (draft ? [draft] : []));
  const ids = new Map(assignEventIds(drafts).map((id, k) => [drafts[k]!, id]));
  const { actors, actorOf } = groupActors(drafts);
  // The slides' issues in slide order, each tagged with its event's id when the slide became an event.
  for (const { draft, own } of slides) {
    for (const issue of own) issues.push(draft ? { ...issue, eventId: ids.get(draft)! } : issue);
  }
  const events: TimelineEventInput[] = drafts.map((draft) => {
    const { index: _index, issues: _issues, uniqueId: _uniqueId, media, group, ...fields } = draft;
    return {
      ...fields,
      id: ids.get(draft)!,
      category,
      actors: group === undefined ? [] : [actorOf.get(group)!],
      media: media ? [media] : [],
    };
  });
  const eras = readEras(root.eras, timeZone, issues);

  const result = safeParseDataset({
    ...meta,
    timeZone,
    categories: (BUILT_IN_CATEGORIES as readonly string[]).includes(category)
      ? []
      : [{ id: category, label: category }],
    actors,
    phases: eras.phases,
    events,
  });
  const eventIndexes = drafts.map((draft) => draft.index);
  for (const issue of result.issues) issues.push(toTimelineJsPath(issue, eventIndexes, eras.indexes));
  return { dataset: result.dataset, issues };
}
